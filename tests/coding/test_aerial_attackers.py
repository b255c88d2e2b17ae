"""Attackers the text never names are coded by the country the attack happened in; when the attack
came from the air ("an airstrike", "air raids"), they are an air force, so that country's military
(MIL). A bomb, a shelling or a shooting keeps the bare country. Sentences written for this test;
none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("An airstrike in Marib killed six Yemeni civilians on Friday.", ("YEMMIL", "YEMCVL", "195")),
    ("Air raids in Darfur killed 14 Sudanese civilians, medics said.", ("SDNMIL", "SDNCVL", "195")),
    ("Four farmers were killed by an air strike near Kidal.", ("MLIMIL", "MLIAGR", "195")),
])
def test_unnamed_aerial_attackers_are_the_military(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("A car bomb killed nine Somali civilians in Mogadishu.", ("SOM", "SOMCVL", "1832")),
    ("Gunmen killed 12 villagers in Borno.", ("NGA", "NGACVL", "190")),
])
def test_other_unnamed_attackers_keep_the_bare_country(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
