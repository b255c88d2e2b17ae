"""A government advising its people against travel to a country reduces relations with it (160),
as wire copy phrases travel advisories: "advised against all travel to X", "warned its citizens
against travelling to X", "issued a travel warning for X". Not a threat (130) to the country, nor
a warning against someone else's trip. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The British Foreign Office has advised against all travel to Haiti.", ("GBRGOV", "HTI", "160")),
    ("Canada warned its citizens against travelling to Lebanon.", ("CAN", "LBN", "160")),
    ("France advised its nationals against all but essential travel to Niger after the coup.", ("FRA", "NER", "160")),
    ("Germany issued a travel warning for Mali on Tuesday.", ("DEU", "MLI", "160")),
    ("Australia upgraded its travel advisory for Israel on Friday.", ("AUS", "ISR", "160")),
    ("Japan raised its travel alert for Sri Lanka following the bombings.", ("JPN", "LKA", "160")),
])
def test_travel_advisory_reduces_relations(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
    assert not any(c.startswith("13") for _, _, c in got), got  # no threat to the country


@pytest.mark.parametrize("text", [
    "China warned against travel to Taiwan by US officials.",  # another party's trip: a warning
    "China warned against any trip to Taiwan by US lawmakers.",
    "Russia warned Britain against sending troops to Ukraine.",
])
def test_warning_against_others_trip_is_no_advisory(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "160" for _, _, c in got), got
