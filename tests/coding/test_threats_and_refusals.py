"""Announced threats, refusals, vows and conditions: what a speaker says it will do, or will not
let another party do. Hand-written sentences, one mechanism per test."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


# -- "will not allow T to X": announced prevention ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("India will not allow Pakistani militants to attack Kashmir.", ("IND", "PAKREB", "138")),
    ("Israel will not permit Hezbollah to build factories in Lebanon.", ("ISR", "LBNREB", "138")),
    ("The Thai army will not allow protesters to march on parliament.", ("THAMIL", "THAOPP", "137")),
    ("Beijing would not allow Taiwanese leaders to visit the island.", ("CHNGOV", "TWNGOV", "125")),
])
def test_announced_prevention_is_a_threat_or_a_refusal(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_announced_prevention_of_force_is_said_so_it_happened(code):
    events = code("India will not allow Pakistani militants to attack Kashmir.")
    assert [e.factuality for e in events if e.cameo == "138"] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Egypt did not allow Hamas officials to enter the country.",  # a past act, negated
    "The law does not allow Russian companies to bid.",  # a standing rule
    "Greece will not allow itself to be blackmailed by Turkey.",  # the speaker itself
    "Pakistan will not allow its soil to be used against Afghanistan.",  # a reassurance, no party kept back
])
def test_no_threat_without_an_announced_prevention_of_another_party(code, text):
    got = triples(code(text))
    assert not any(c[:2] == "13" for _, _, c in got), got
