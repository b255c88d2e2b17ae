"""Visits and hosting told in ordinary news phrasings the lexicon missed: an official "due in"
or "coming to" a foreign capital, "touching down" there, "the chief guest at" a state's parade
or "a guest of" its leader (the copula's subject is the visitor), and a host "welcoming" a guest
"to" its seat of power when the parser hangs that phrase on the guest. Sentences written for
this test; none is taken from an evaluation set."""

import pytest

from tests.coding import source_code_target

pytestmark = pytest.mark.slow

DATE = "2021-03-10"


@pytest.mark.parametrize("text,expected", [
    ("The Portuguese foreign minister is due in Angola next week to discuss the debt.", ("PRTGOV", "042", "AGO")),
    ("The Indonesian president is due at Canberra on Friday.", ("IDNGOV", "042", "AUS")),
    ("The Brazilian president came to Lima on Tuesday.", ("BRAGOV", "042", "PERGOV")),
    ("The Turkish foreign minister will go to Baghdad next week.", ("TURGOV", "042", "IRQGOV")),
    ("The Japanese prime minister touched down in Hanoi on Sunday.", ("JPNGOV", "042", "VNM")),
    ("The Ghanaian president was the chief guest at Nigeria's independence day parade.",
     ("GHAGOV", "042", "NGA")),
    ("The Mexican president was a guest of the Cuban leadership.", ("MEXGOV", "042", "CUB")),
    # (the parser hangs "to the Kremlin" on the guest's name)
    ("Putin welcomed German Chancellor Angela Merkel to the Kremlin on Friday.", ("RUSGOV", "043", "DEUGOV")),
    ("Putin welcomed German Chancellor Angela Merkel to the Kremlin on Friday.", ("DEUGOV", "042", "RUSGOV")),
])
def test_visit_phrasings(code, text, expected):
    assert expected in source_code_target(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    # not a state's official, or a place of one's own country, or no place at all
    "The striker is due in Madrid for the final on Sunday.",
    "The Brazilian president returned to Brasilia on Tuesday.",
    "The first payment is due in March.",
    "The singer was the guest of honour at the film festival.",
    "The refugees came to Germany in 2015.",
])
def test_no_visit_without_an_official_abroad(code, text):
    got = source_code_target(code(text, pub_date=DATE))
    assert not any(c[:2] in ("042", "043") for _, c, _ in got), got
