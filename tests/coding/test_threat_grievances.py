"""What a threat is made "over" or "because of" is its grievance, not the act it threatens: a
threat whose own act names no force stays a plain threat (130) even when the grievance is an
attack; force the threatened act names keeps 138 and its sub-codes. Hand-written sentences."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # the grievance is an attack, the threatened act is no force
    ("Samsung threatened to leave Vietnam over the bombing of its plant.", ("KORBUS", "VNM", "130")),
    ("Russia threatened Ukraine over the missile attacks.", ("RUS", "UKR", "130")),
    ("Toyota's threat to quit Peru because of attacks on its depots alarmed Lima.", ("JPNBUS", "PER", "130")),
    # negative rows: the threatened act names force, whatever the grievance
    ("Russia threatened a military response over Finland's NATO bid.", ("RUS", "FIN", "138")),
    ("Iran threatened to attack Israel over the killing of its general.", ("IRN", "ISR", "1384")),
    ("Turkey threatened to send troops over the border into Syria.", ("TUR", "SYR", "138")),
])
def test_a_threats_grievance_names_no_threatened_force(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
