"""Phrasings of economic measures, investment and military aid the lexicon reads: aid, a grant
or a loan put off (the defer frame: 162x), a penalty another party "followed" or "responded" with
(163), a country's goods pulled from shelves (163, aimed at the goods' country), a sum invested in
a country (061), an army supplied with rifles or helicopters (072). Sentences written for this
test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    ("The African Development Bank delayed its loan to Malawi.", ("IGOAFRADB", "MWI", "1621")),
    ("Sweden postponed its grant to Zambia.", ("SWE", "ZMB", "1621")),
    ("Chile responded with tariffs on Peruvian fruit.", ("CHL", "PER", "163")),
    ("Japan imposed duties on Thai rice in May, and South Korea followed with a 30 percent levy in June.",
     ("KOR", "THA", "163")),
    ("Polish supermarkets pulled Ukrainian grain from their shelves.", ("POL", "UKR", "163")),
    ("Indian firms have invested millions of dollars in Ghanaian farms.", ("INDBUS", "GHA", "061")),
    ("Qatar has invested billions in Rwanda.", ("QAT", "RWA", "061")),
    ("Pretoria, which has supplied the Malawian army with rifles and helicopters, urged calm.", ("ZAFGOV", "MWIMIL", "072")),
])
def test_economic_phrasings(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Portugal delayed its offensive against the rebels.",
    "The shop pulled the toys from its shelves.",
    "The minister responded with a smile.",
])
def test_no_measure_read(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith(("16", "06")) for _, _, c in got), got
