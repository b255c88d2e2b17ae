"""The token columns read from a document's attribute array are the tokens' own lemma (lower-cased),
form and part of speech, also after the parse repairs, and are rebuilt for another document."""

import pytest

from eventwire.nlp import token_columns

TEXTS = [
    "KABUL, Aug 15 (Reuters) - Taliban fighters ENTERED Kabul on Sunday, officials said.",
    "The U.S.-led coalition pledged $3 billion in aid; Mr Trump imposed tariffs on China.",
    "Russia's foreign minister said Moscow would \"respond\" if NATO deployed troops in Finland.",
    "Protesters were dispersed with tear gas after rallying against the government's decision.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_are_each_tokens_lemma_form_and_part_of_speech(ew, text):
    doc = next(ew.nlp.pipe([text]))
    lemmas, lowers, pos = token_columns(doc)
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert lowers == [t.lower_ for t in doc]
    assert pos == [t.pos_ for t in doc]
    assert token_columns(doc) is token_columns(doc)  # read once per document


def test_each_document_has_its_own_columns(ew):
    first, second = ew.nlp.pipe(TEXTS[:2])
    assert token_columns(first)[1] == [t.lower_ for t in first]
    assert token_columns(second)[1] == [t.lower_ for t in second]
