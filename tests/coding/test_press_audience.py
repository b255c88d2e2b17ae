"""A meeting or call named in an adverbial of a speech act is held with the one spoken to ("told the
Argentine president in a phone call"), but the press a speaker tells something is an audience, no
party of the meeting ("told reporters after the meeting"). Sentences written for this test; none is
taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text", [
    "Ruto told journalists after the meeting that Kenya remained committed to the deal.",
    "Petro informed the press after the consultation that Colombia would reopen the crossing.",
])
def test_the_press_told_is_no_party_of_the_meeting(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c[:2] == "04" for _, _, c in got), got


@pytest.mark.parametrize("text,event", [
    ("Macron told the Argentine president in a phone call that France backed the loan.", ("FRAGOV", "ARGGOV", "041")),
    ("Scholz assured the Polish prime minister during the meeting that Germany would pay.", ("DEUGOV", "POLGOV", "040")),
])
def test_the_one_spoken_to_within_an_occasion_is_its_party(code, text, event):
    assert event in triples(code(text, pub_date=DATE))
