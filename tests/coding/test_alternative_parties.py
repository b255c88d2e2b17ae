"""An act a frame wraps shares the party named by an alternative coordinated after it, with no
subject of its own ("threatened to suspend funding or impose sanctions on X": a threat to X),
where the wrapped act's own words name no one. An alternative that names no party leaves the act
with none. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    ("The European Union threatened to suspend funding or impose sanctions on Zambia's government.",
     ("IGOEUREEC", "ZMBGOV", "1311")),
    ("Brussels threatened to freeze aid and impose tariffs on Malawi.", ("IGOEUREEC", "MWI", "1311")),
    ("Norway pledged to cut aid or end loans to Uganda.", ("NOR", "UGA", "1311")),
])
def test_a_wrapped_act_shares_its_alternatives_party(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Canada threatened to halt aid or withdraw from the agreement.", ("CAN", None, "1311")),
    ("Washington threatened to cut aid or impose sanctions.", ("USAGOV", None, "1311")),
    ("Canada threatened to halt aid.", ("CAN", None, "1311")),
])
def test_alternatives_naming_no_party_leave_none(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
