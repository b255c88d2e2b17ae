"""Dropping a demand, claim or precondition is yielding (080): "the rebels dropped their demand for
self-rule" is the rebels giving way, with a named counterpart ("dropped its claims to the islands
held by Chile") as target where the clause has one. A demand that drops (a market's demand for a
good) is no act. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-03-14"


@pytest.mark.parametrize("text,source", [
    ("The Polisario Front said it had dropped its demand for a referendum.", "ESHREB"),
    ("Serbia dropped its demand that Kosovo be returned.", "SRB"),
    ("Armenian rebels abandoned their claims to the district.", "ARMREB"),
    ("Tamil separatists renounced their preconditions for new talks.", "LKAREB"),
])
def test_dropping_a_demand_is_yielding(code, text, source):
    got = triples(code(text, pub_date=DATE))
    assert any(s == source and c.startswith("08") for s, _, c in got), got


@pytest.mark.parametrize("text", [
    "Chinese demand for Brazilian soybeans dropped sharply last year.",
    "Demand for Russian gas in Europe has dropped since the war began.",
])
def test_a_falling_demand_is_no_yield(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith("08") for _, _, c in got), got
