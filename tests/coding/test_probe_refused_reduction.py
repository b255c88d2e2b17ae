"""A refusal to cut ties, impose sanctions or halt aid, or a rejected demand to do so, is a
refusal to change a policy (1232), not the residual rejection (120). Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Turkey refused to cut ties with Russia.", ("TUR", "RUS", "1232")),
    ("Hungary declined to sever relations with Moscow.", ("HUN", "RUSGOV", "1232")),
    ("Serbia refused to impose sanctions on Russia.", ("SRB", "RUS", "1232")),
])
def test_refused_reduction_is_a_policy_refusal(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Turkey rejected a demand to sever its alliance with Russia.", ("TUR", "RUS", "1232")),
    ("Hungary rejected a U.S. demand to cut ties with Moscow.", ("HUN", "USA", "1232")),
])
def test_rejected_demand_to_cut_ties(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
