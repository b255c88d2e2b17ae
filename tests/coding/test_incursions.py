"""Forces entering or crossing into a party's territory ("troops entered Syrian territory",
"crossed into rebel-held territory") use force on its holder (190); resolved on, a threat of it
(1384). Refugees or civilians crossing are no act. Sentences written for this test; none is taken
from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Turkish troops entered rebel-held territory.", ("TURMIL", "TURREB", "190")),
    ("Turkish troops entered Syrian territory on Tuesday.", ("TURMIL", "SYR", "190")),
    ("Israeli troops entered Lebanese territory overnight.", ("ISRMIL", "LBN", "190")),
    ("Ethiopian troops vowed to cross into rebel-held territory.", ("ETHMIL", "ETHREB", "1384")),
])
def test_forces_entering_territory_use_force(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "Refugees crossed into Turkish territory.",
    "Thousands of Syrian refugees crossed into Turkey.",
])
def test_refugees_crossing_is_no_force(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c[:2] in ("13", "19") for _, _, c in got), got
