"""An investigation opened into a party for a crime ("for espionage", "over corruption") is the
investigation of a crime (091), not the residual 090, as investigating a party for one already was;
an investigation over anything else stays 090. Sentences written for this test; none is taken
from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Niger opened an investigation into the French journalists for espionage.", ("NER", "FRAMED", "091")),
    ("Kenya launched a probe into Ugandan officials over corruption.", ("KEN", "UGAGOV", "091")),
    ("Russia opened an investigation into the Estonian diplomat for spying.", ("RUS", "ESTGOV", "091")),
    # no crime named
    ("Kenya launched a probe into Ugandan officials over the border incident.", ("KEN", "UGAGOV", "090")),
])
def test_an_investigation_for_a_crime_is_091(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))
