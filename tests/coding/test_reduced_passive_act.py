"""An act told by a participle with a "by" agent and no auxiliary ("after the truce agreed by X and
Y") is the agents' act on the noun it modifies, as "the truce was agreed by X and Y" is."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,pair", [
    ("Shelling resumed on Sunday after the truce agreed by Armenia and Azerbaijan.", {"ARM", "AZE"}),
    ("The ceasefire agreed by Sudan and the rebels in 2004 has largely held.", {"SDNGOV", "SDNREB"}),
])
def test_a_reduced_passive_act_is_its_agents(code, text, pair):
    got = triples(code(text, pub_date="2005-06-06"))
    assert any(c == "0871" and {s, t} == pair for s, t, c in got), got


def test_an_act_its_clause_tells_actively_is_left_alone(code):
    got = triples(code("Armenia and Azerbaijan agreed a truce on Sunday.", pub_date="2005-06-06"))
    assert any(c == "0871" for _, _, c in got), got
