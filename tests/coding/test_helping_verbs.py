"""A frame that wraps "help" with an act ("promised to help train the army") wraps the act: helping
with an act is taking part in it, so a promise to help train troops is an intent to give military
aid (0332, asserted, convention 15), not a hypothetical training (072), and a refusal to help arm a
party is a refused military aid (1222). Bare "help" with no act after it keeps its own reading.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2005-03-10"


@pytest.mark.parametrize("text,expected", [
    ("Nato has promised to help train Armenia's army.", ("IGOWSTNAT", "ARMMIL", "0332")),
    ("Canada offered to help train Haitian police.", ("CAN", "HTICOP", "0332")),
    ("Germany refused to help arm the Iraqi army.", ("DEU", "IRQMIL", "1222")),
])
def test_a_frame_wraps_the_act_helped_with(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
    assert not any(c.startswith("07") for _, _, c in got), got


def test_bare_help_keeps_its_own_reading(code):
    got = triples(code("Japan pledged to help Indonesia after the earthquake.", pub_date=DATE))
    assert not any(c.startswith("07") for _, _, c in got), got
    assert any(s == "JPN" and t == "IDN" and c.startswith("03") for s, t, c in got), got


def test_one_asked_to_help_stays_the_target_of_the_appeal(code):
    got = triples(code("Kenya asked Qatar to help free the kidnapped engineers.", pub_date=DATE))
    assert any(s == "KEN" and t == "QAT" and c.startswith("02") for s, t, c in got), got
