"""Ties told as the subject of a passive ("relations between X and Y were suspended", "ties
between X and Y were restored"): the relation noun's "between" phrase names the pair whose ties
were cut (161) or restored (050), coded as the coder codes other acts between two parties.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


def coded(events):
    return {(e.source.cameo if e.source else None, e.target.cameo if e.target else None, e.cameo)
            for e in events}


@pytest.mark.parametrize("text,expected", [
    ("Diplomatic relations between Peru and Ecuador were suspended on Monday.", ("PER", "ECU", "161")),
    ("Ties between Chile and Bolivia were frozen after the border incident.", ("CHL", "BOL", "161")),
    ("Diplomatic ties between Hungary and Romania were restored last week.", ("HUN", "ROU", "050")),
    ("Relations between Morocco and Algeria were normalised in March.", ("MAR", "DZA", "050")),
])
def test_passive_ties_between_two_parties(code, text, expected):
    assert expected in coded(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    # a state of the ties, not a change made to them
    "Relations between Morocco and Algeria have been tense for years.",
    # no pair named
    "Diplomatic ties were restored last week.",
])
def test_no_ties_act_without_a_change_or_a_pair(code, text):
    got = coded(code(text, pub_date=DATE))
    assert not any(c in ("050", "161") and s and t for s, t, c in got), got
