"""A "union with" a state is a merger, not a trade union: the word names no body when "with"
follows it, however the parser hangs the phrase ("nationalists who sought union with Romania").
A union named as a body keeps its sector.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Nationalists in Moldova who sought union with Romania staged rallies in Chisinau.",
    "Crimea's union with Russia was condemned by Ukraine.",
])
def test_union_with_a_state_names_no_trade_union(ew, text):
    assert not any(m.cameo and m.cameo.endswith("LAB") for m in mentions(ew, text, "2015-04-01").values())


@pytest.mark.parametrize("text", [
    "Zambia's mineworkers union held talks with the government.",
    "Nigeria's unions called a general strike on Monday.",
])
def test_a_union_as_a_body_keeps_its_sector(ew, text):
    assert any(m.cameo in ("ZMBLAB", "NGALAB") for m in mentions(ew, text, "2015-04-01").values())
