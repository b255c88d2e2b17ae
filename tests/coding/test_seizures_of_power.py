"""A seizure of power (192) is coded by what its doer was before the act (roles as of the event
date): a junta, which rules as its country's government once in power, was the military then,
and takes power from the government. Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("The junta in Conakry seized power on 5 September.", ("GINMIL", "GINGOV", "192")),
    ("Burkina Faso's junta staged a coup in January.", ("BFAMIL", "BFAGOV", "192")),
])
def test_junta_seizes_power_as_the_military(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Niger's junta expelled the French ambassador.", ("NERGOV", "FRAGOV", "161")),  # in power: the government
])
def test_junta_in_power_stays_the_government(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The ruling party seized the initiative in the debate.",
])
def test_no_seizure_of_power(code, text):
    assert not any(c == "192" for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("Thailand's junta, which took power in a coup in 2006, dissolved the parliament.", ("THAMIL", "THAGOV", "192")),
    ("Niger's military junta took power in a putsch last July.", ("NERMIL", "NERGOV", "192")),
])
def test_power_taken_in_a_coup(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The Labour party took power after winning the election in May.",
    "The opposition took power in parliament's vote on Tuesday.",
])
def test_power_taken_without_force(code, text):
    assert not any(c == "192" for _, _, c in triples(code(text)))
