"""Eliminating or defeating an armed body (an army, rebels, militants) is military force (190);
vowed or announced, a threat of it (1384). Beating a politician or an official is no force.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The Syrian government vowed to eliminate the Kurdish militias.", ("SYRGOV", "SYRREB", "1384")),
    ("Nigeria's army said it would defeat Boko Haram by the end of the year.", ("NGAMIL", "NGAREB", "1384")),
    ("The Iraqi army defeated Islamic State in Mosul.", ("IRQMIL", "IMGMOSISI", "190")),
])
def test_defeat_of_armed_body_is_force(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "Biden defeated Trump in the 2020 election.",
    "Sudan's president removed the army chief on Monday.",
    "The ruling party defeated the opposition in the Kenyan parliament vote.",
])
def test_defeat_of_politician_is_no_force(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c[:2] in ("13", "19") for _, _, c in got), got
