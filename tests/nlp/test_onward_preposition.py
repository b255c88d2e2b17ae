""" "is due to travel on to Egypt": an "on" the model reads as a preposition whose only dependent is
the "to" phrase after it is the verb's adverb, and the destination the verb's. Sentences written
for these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Kenya's president William Ruto is due to travel on to Egypt.", ("KENGOV", "EGY", "042")),
    ("Ruto is due to travel on to Egypt.", ("KENGOV", "EGY", "042")),
    ("Blinken is due to travel on to Israel.", ("USAGOV", "ISR", "042")),
])
def test_a_destination_after_on_is_the_verb_s(code, text, expected):
    assert expected in triples(code(text, pub_date="2024-05-01"))


@pytest.mark.parametrize("text,expected,wrong", [
    # "on" with an object of its own, or before an infinitive, stays as it was
    ("Uganda called on Kenya to release the prisoners.", ("UGA", "KEN", "0253"), None),
    ("Kenya's president William Ruto went on to criticise Uganda.", ("KENGOV", "UGA", "111"), "042"),
])
def test_on_with_an_object_or_an_infinitive_is_left_alone(code, text, expected, wrong):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got and not any(c == wrong for _, _, c in got), got


def test_the_repair_moves_the_phrase_to_the_verb(nlp):
    doc = nlp("Ruto is due to travel on to Egypt.")
    to = next(t for t in doc if t.lower_ == "to" and t.dep_ == "prep")
    assert to.head.lower_ == "travel" and doc[to.i - 1].dep_ == "advmod"
