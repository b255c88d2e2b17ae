"""Sinking a civilian vessel (a fishing boat, a trawler, a ferry, a tanker) destroys property,
1712; sinking a warship or a patrol boat stays a naval attack, 194. Sentences written for this
test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2021-07-02"


@pytest.mark.parametrize("text,expected", [
    ("Eritrea sank three Yemeni fishing boats in the Red Sea.", ("ERI", "YEM", "1712")),
    ("The Greek navy sank a Turkish cargo ferry near Rhodes.", ("GRCMIL", "TUR", "1712")),
    ("Peru has sunk dozens of Chilean trawlers since 2015.", ("PER", "CHL", "1712")),
])
def test_sinking_a_civilian_vessel_destroys_property(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Somali forces sank a Kenyan warship.",
    "Somali forces sank a Kenyan patrol boat.",
])
def test_sinking_a_warship_stays_a_naval_attack(code, text):
    got = triples(code(text, pub_date=DATE))
    assert any(c == "194" for _, _, c in got) and not any(c == "1712" for _, _, c in got), got
