"""Losing ground held by force to someone is that someone's use of force against the loser:
"the rebels lost three towns to the army" is the army (source) fighting the rebels (target), 190;
the lexicon's pattern reverses the clause. Elections and markets are not fought over: losing
ground, seats or market share to a rival is no event. Sentences written for this test; none is
taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-03-14"


@pytest.mark.parametrize("text,expected", [
    ("Malian rebels have lost several towns to the French army since January.", ("FRAMIL", "MLIREB", "19")),
    ("The Sudanese government lost control of the border town to the rebels last week.",
     ("SDNREB", "SDNGOV", "19")),
    ("Ukrainian forces lost two villages to Russian troops over the weekend.", ("RUSMIL", "UKRMIL", "19")),
])
def test_the_taker_of_lost_territory_uses_force_against_the_loser(code, text, expected):
    source, target, root = expected
    got = triples(code(text, pub_date=DATE))
    assert any(s == source and t == target and c.startswith(root) for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "The ruling party in Kenya lost ground to the opposition in the election.",
    "Brazil's state oil company lost market share to Norwegian rivals last year.",
])
def test_losing_ground_in_a_contest_is_no_attack(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith("19") for _, _, c in got), got
