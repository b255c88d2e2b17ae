"""Using force against or on a party is force (190, refined as any force is: on protesters it is
repression, 175); asked not to, it is an appeal to de-escalate (0256); threatened or vowed, it is
the threat of force unspecified (138), not of a conventional attack (1384). Force used on no party named is no event ("used the task force on the case").
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The Sudanese army used force against protesters in Khartoum.", ("SDNMIL", "SDNOPP", "175")),
    ("Belarusian opposition leader Sviatlana Tsikhanouskaya urged the army not to use force against the "
     "marchers.", ("BLROPP", "BLRMIL", "0256")),
    ("Azerbaijan threatened to use force against the Armenian separatists.", ("AZE", "ARMREB", "138")),
    ("Azerbaijan warned it would use military force against the Armenian separatists.", ("AZE", "ARMREB", "138")),
])
def test_force_used_against_a_party(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Colombia used the task force on the case.",
])
def test_force_on_no_party_is_no_event(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith("19") for _, _, c in got), got
