"""Rejecting another party's criticism, condemnation or complaint is a rejection (120) aimed at the
critic; rejecting an accusation of an act stays a denial of responsibility (016).
Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Moscow rejected the condemnation by NATO.", ("RUSGOV", "IGOWSTNAT", "120")),
    ("China rejected Japan's criticism of its drills.", ("CHN", "JPN", "120")),
    ("Ankara dismissed the criticism voiced by Athens.", ("TURGOV", "GRCGOV", "120")),
])
def test_rejected_criticism_is_a_rejection(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
    assert (expected[0], expected[1], "016") not in got, got


@pytest.mark.parametrize("text,expected", [
    ("Tajikistan rejected Kyrgyzstan's accusations of shelling.", ("TJK", "KGZ", "016")),
    ("Rwanda rejected the allegations by Congo that it backs the rebels.", ("RWA", "COD", "016")),
])
def test_rejected_accusation_stays_a_denial(code, text, expected):
    assert expected in triples(code(text))
