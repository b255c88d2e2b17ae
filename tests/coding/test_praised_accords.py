"""A speaker who describes a thing as an accord between two parties, and praises it ("described
it as an important agreement between A and B"), praises the parties: the noun tells the accord and
is the judgement at once, so both are coded, and its "between" phrase names whom the praise is
aimed at when the thing described names no one. Sentences written for this test; none is taken
from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Japan described it as an important agreement between Vietnam and Thailand.",
     {("JPN", "VNM", "051"), ("JPN", "THA", "051"), ("VNM", "THA", "057")}),
    ("The Kenyan government on Friday described this as a historic accord between Uganda and Tanzania.",
     {("KENGOV", "UGA", "051"), ("KENGOV", "TZA", "051"), ("UGA", "TZA", "057")}),
])
def test_praise_of_an_accord_between_parties_is_aimed_at_them(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected <= got, got


@pytest.mark.parametrize("text", [
    # the accord told, no one judging it
    "Vietnam and Thailand reached an important agreement on Monday.",
    # no describing speaker: the accord is told, not praised
    "An important agreement between Uganda and Tanzania was signed in Arusha.",
])
def test_no_praise_without_a_describing_speaker(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "051" for _, _, c in got), got
