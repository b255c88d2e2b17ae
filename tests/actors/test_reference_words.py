"""Coreference asks only the tokens whose form or lemma is one of the words a reference is made
of: every token it takes for a reference has one (pronouns, "the latter", "both countries", "the
two leaders", "his counterpart", "the country", "the bloc", a first person inside a quotation)."""

import pytest

from eventwire.actors.reference_words import REFERENCE_FORMS, REFERENCE_LEMMAS

TEXTS = [
    "Turkey and Greece held talks on Monday. Both countries said they would meet again.",
    "Putin spoke with Xi on Friday. The two leaders discussed trade, and the latter praised his counterpart.",
    '"We will not give up our land," the Ukrainian president said. He urged the bloc to act.',
    "The country's army shelled the border, and the nation mourned. Its allies, whose envoys met, were silent.",
    "Egypt and Qatar mediated. The former hosted the talks; both sides, the three nations and "
    "the two governments welcomed it. I think the two will sign.",
    # references added with the side and organisation words
    "Kenya and Somalia clashed again. Each side accused the other, and the agency urged all belligerents "
    "to stop.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_reference_has_one_of_the_reference_words(ew, text):
    doc = next(ew.nlp.pipe([text]))
    found = [tok for tok in doc if ew.actors.coref._is_reference(tok)]
    assert found  # (each text has some)
    for tok in found:
        assert tok.lower_ in REFERENCE_FORMS or tok.lemma_.lower() in REFERENCE_LEMMAS, tok.text
