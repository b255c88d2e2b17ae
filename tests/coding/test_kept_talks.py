"""A negative commitment is coded by what the speaker commits to (seed conventions, clarified 3):
a party that says it will not abandon, quit or pull out of talks states its intent to keep to
them (036, asserted: saying so is the act), not a breakdown of the talks (164) negated. Talks that
did break down, or that a party did not leave in the past, keep their own codes. Sentences written
for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The ELN said it would not abandon the peace talks with Bogota.", ("COLREB", "COLGOV", "036")),
    ("Kosovo's prime minister said Pristina will not pull out of the talks with Serbia.", ("XKXGOV", "SRB", "036")),
])
def test_talks_one_will_not_abandon_are_an_intent_to_keep_to_them(code, text, expected):
    events = code(text, pub_date=DATE)
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo): e.factuality for e in events}
    assert got.get(expected) == "asserted", got


@pytest.mark.parametrize("text,expected", [
    ("The ELN pulled out of the peace talks with Bogota on Monday.", ("COLREB", "COLGOV", "164")),
    ("The ELN did not pull out of the peace talks with Bogota.", ("COLREB", "COLGOV", "164")),
])
def test_a_breakdown_told_or_denied_in_the_past_keeps_its_code(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
