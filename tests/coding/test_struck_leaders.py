"""Killing one named leader or commander is an assassination (186) whatever the weapon: an air
strike, a drone or warplanes say how the act was done, the one prominent victim what it was.
Strikes that kill many people keep the weapon's code (195). Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-10-20"


@pytest.mark.parametrize("text,expected", [
    ("An Israeli air strike in Gaza killed Islamic Jihad commander Khalil Bahitini.", ("ISR", "PSEREB", "186")),
    ("Israel killed the Hamas leader Yahya Sinwar in an air strike on Rafah.", ("ISR", "PSEREB", "186")),
    ("Israeli warplanes killed senior Hezbollah commander Ibrahim Aqil in Beirut.", ("ISRMIL", "LBNREB", "186")),
])
def test_named_leader_struck_is_assassinated(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
    assert (expected[0], expected[1], "195") not in got, got


@pytest.mark.parametrize("text,expected", [
    ("Israeli warplanes killed twelve people in Khan Younis.", ("ISRMIL", "PSECVL", "195")),
])
def test_many_struck_keep_the_weapon(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))
