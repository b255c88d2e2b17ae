"""A war or battle fought "with" a party, its "with" phrase hung on the combat noun the verb takes
("fought a two-week war with X"), is a fight both sides waged: one directed event per side (seed
convention 7), as "clashed with X" is. A war "against" X or "alongside" X stays one side's act.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,first,second", [
    ("Peru's army fought a border war with Ecuador over the Cenepa valley.", ("PERMIL", "ECU", "190"),
     ("ECU", "PERMIL", "190")),
    ("Armenia fought a bitter battle with Azerbaijani forces near Shusha.", ("ARM", "AZEMIL", "190"),
     ("AZEMIL", "ARM", "190")),
])
def test_war_with_a_party_is_fought_by_both(code, text, first, second):
    got = triples(code(text, pub_date=DATE))
    assert first in got and second in got, got


@pytest.mark.parametrize("text,one_way", [
    ("Ethiopia fought a war against Eritrea in 1998.", ("ETH", "ERI", "190")),
])
def test_war_against_a_party_stays_one_sided(code, text, one_way):
    got = triples(code(text, pub_date=DATE))
    assert one_way in got, got
    assert ("ERI", "ETH", "190") not in got, got
