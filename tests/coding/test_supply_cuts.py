"""Cutting, halting or reducing a plain supply of energy to a country ("cut gas to X", "reduced
supplies to X") is an economic sanction (163), also when a state energy firm does it, as the longer
"gas supplies" phrasings are. Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Moscow halted gas to Kyiv on New Year's Day.", ("RUSGOV", "UKRGOV", "163")),
    ("Algeria reduced supplies to Spain in October.", ("DZA", "ESP", "163")),
    ("Israel cut electricity to Gaza after the raid.", ("ISR", "PSE", "163")),
    ("Gazprom cut supplies to Moldova by a third on Friday.", ("RUSBUS", "MDA", "163")),
])
def test_plain_supply_cut_is_a_sanction(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The rebels cut supply lines to the town.",
    "The company cut prices for customers.",
])
def test_other_cuts_are_no_sanction(code, text):
    assert not any(c == "163" for _, _, c in triples(code(text)))
