"""The discard screen: a discard's context words are looked for among a superset of the words
``_context_words`` gives a sentence (read from the token columns) before those words are gathered
token by token; a word outside that superset is in no context, a word inside may be."""

import pytest

from eventwire.coding.readings import SentenceCoder, _context_words
from eventwire.nlp import arcs_within_sentences, kids

pytestmark = pytest.mark.slow

TEXTS = [
    # compounds and modifiers, a plural name, words side by side
    "The Atlantic Rovers beat the Harbour Kings in the league final. Lisbon hosted the trade fair.",
    "Border guards detained two smugglers near the mountain pass on Friday. The Andes Riders won again.",
    "Workers at the state grain company walked out over unpaid wages, officials in Quito said.",
]
ABSENT = ["snowboard", "halftime_score", "cricket_bat", "slalom"]


@pytest.mark.parametrize("text", TEXTS)
def test_every_context_word_of_a_sentence_passes_the_screen(ew, text):
    doc = ew.nlp(text)
    assert arcs_within_sentences(doc)
    for sent in doc.sents:
        coder = SentenceCoder(ew.coder.lex, doc, sent)
        words = _context_words(list(sent))
        words |= {w for tok in sent for w in _context_words([t for c in kids(tok) for t in c.subtree])}
        assert words and all(coder._may_occur(frozenset({w})) for w in words)


@pytest.mark.parametrize("text", TEXTS)
def test_words_not_in_the_sentence_do_not_pass(ew, text):
    doc = ew.nlp(text)
    for sent in doc.sents:
        coder = SentenceCoder(ew.coder.lex, doc, sent)
        assert not coder._may_occur(frozenset(ABSENT))
