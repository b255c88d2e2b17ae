""""Keep doing X" carries X as "continue doing X" does: said of one's own side in the future, it
is a pledge of X (a threat, 13x, for force); a kept object ("kept its promise", "kept the border
open") names no act. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The Sudanese army chief said his forces would keep fighting the RSF.", ("SDNMIL", "SDNREB", "1384")),
    ("Israel's defence minister said the army would keep striking Hezbollah.", ("ISRMIL", "LBNREB", "1384")),
    ("Russia will keep attacking Ukrainian energy sites, the Kremlin said.", ("RUSGOV", "UKR", "1384")),
])
def test_pledge_to_keep_using_force_is_threat(code, text, expected):
    events = code(text, pub_date=DATE)
    got = triples(events)
    assert expected in got, got
    assert {e.factuality for e in events if (e.source.cameo, e.target and e.target.cameo, e.cameo) == expected} \
        == {"asserted"}


@pytest.mark.parametrize("text", [
    "Egypt kept the Rafah crossing closed on Tuesday, officials said.",
    "The president said Kenya would keep its promise to Haiti.",
])
def test_kept_object_is_no_carried_act(code, text):
    events = code(text, pub_date=DATE)
    assert not any(e.coder.rule.startswith(("carry.keep", "pledge.say-will+carry.keep")) for e in events), \
        [(e.cameo, e.coder.rule) for e in events]


@pytest.mark.parametrize("text,expected", [
    ("The Sudanese army chief said his forces would keep fighting until the RSF was defeated.",
     ("SDNMIL", "SDNREB", "1384")),
    ("Israel vowed to keep striking until Hamas is destroyed.", ("ISR", "PSEREB", "1384")),
    ("The Ethiopian army will fight on until the Tigrayan rebels surrender, the prime minister said.",
     ("ETHGOV", "ETHREB", "1384")),
])
def test_fight_until_enemy_is_beaten_targets_enemy(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


def test_fight_until_other_end_names_no_enemy(code):
    got = triples(code("The Sudanese army chief said his forces would keep fighting until the hostages return.",
                       pub_date=DATE))
    assert not any(t is not None for _, t, _ in got), got
