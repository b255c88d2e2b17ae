"""The entities cached per document are spaCy's own: ``doc_ents`` is ``doc.ents`` and
``sentence_ents`` is ``sent.ents`` for every sentence, in order."""

import pytest

from eventwire.nlp import doc_ents, sentence_ents

TEXTS = [
    "Iran and the United States held talks in Oman on Sunday. The European Union welcomed the talks.",
    "KYIV, May 3 (Reuters) - Russian forces shelled Kharkiv overnight, Ukraine's military said. "
    "Two people were killed.",
    "The African Union suspended Niger after the coup. ECOWAS threatened sanctions on Monday, "
    "and Nigeria closed its border with Niger.",
    "No names at all in this sentence. Nor here.",
    "Prime Minister Narendra Modi met President Joe Biden at the White House in Washington "
    "on June 22, 2023. They discussed trade.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cached_entities_are_the_documents_and_each_sentences_own(nlp, text):
    doc = nlp(text)
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is doc_ents(doc)  # built once
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in sentence_ents(sent)] == \
            [(e.start, e.end, e.label_) for e in sent.ents]
    # any span, not only a sentence: a span that ends inside an entity stops before it, as spaCy's
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert [(e.start, e.end) for e in sentence_ents(span)] == [(e.start, e.end) for e in span.ents]
