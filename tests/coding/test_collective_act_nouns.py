"""A noun that counts or groups acts ("a wave of airstrikes", "a series of raids", "a new round of
talks"): the parser may hang the phrase that names the acts' target or parties on the grouping noun
("wave ... on X"), which leaves the acts without it. A preposition after the "of" object belongs to
that object (nlp.repairs._member_phrase_hung_on_its_collective). Sentences written for this test;
none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Lebanon protested against a wave of Israeli airstrikes on Hezbollah fighters.", ("ISR", "LBNREB", "195")),
    ("Somalia condemned a wave of Kenyan airstrikes on Shabaab fighters.", ("KEN", "SOMREB", "195")),
])
def test_a_phrase_after_the_collective_s_object_is_the_acts(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,word,head", [
    # a noun that does not group acts keeps its phrases ("a rise in attacks")
    ("Kenya reported a sharp rise in attacks by al-Shabaab.", "in", "rise"),
])
def test_phrases_of_other_nouns_are_left_alone(nlp, text, word, head):
    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert tok.head.lower_ == head, [(t.text, t.dep_, t.head.text) for t in tok.doc]
