"""An attack whose attackers the text never names, told by what it falls on ("airstrikes on Saraqeb
killed ..."), happened in the town or region it falls on, so it is coded by that place's country;
a country or a capital an attack falls on is its target, never the place of unnamed attackers. A
noun that counts attacks ("two waves of airstrikes") stands for them; what strikes from the air is
an air force, so the place's military (a bomb or a shell keeps the bare country).
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Airstrikes on Saraqeb killed at least nine civilians on Tuesday.", ("SYRMIL", "SYRCVL", "195")),
    ("Three air strikes on the town of Maarat al-Numan killed 11 civilians.", ("SYRMIL", "SYRCVL", "195")),
    ("Heavy artillery fire on Mosul killed four civilians, residents said.", ("IRQ", "IRQCVL", "194")),
    # a noun that counts the attacks stands for them
    ("Three waves of airstrikes on Maarat al-Numan killed 11 civilians overnight.", ("SYRMIL", "SYRCVL", "195")),
    ("A series of bombings in Kirkuk killed 20 Iraqi civilians.", ("IRQ", "IRQCVL", "190")),
])
def test_attack_on_a_town_is_coded_by_its_country(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # a country or its capital attacked is no place of unnamed attackers of its own
    "A rocket attack on Israel killed two Israeli civilians.",
    "Airstrikes on Kyiv killed five Ukrainian civilians.",
    # a count of anything else is no attack
    "Two waves of floods in Mosul killed 30 Iraqi civilians.",
])
def test_attack_on_a_country_is_not_its_own(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(s == t[:3] for s, t, c in got if t and c.startswith(("18", "19"))), got
