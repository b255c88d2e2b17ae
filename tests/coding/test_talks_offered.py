"""Talks offered, accepted or closed to a party: "accepted an offer of talks from X" (036),
"urged X to accept an offer of talks" and "urged X to agree to talks" (a call to negotiate, 026),
"threatened to exclude X from the talks" (a threat to halt negotiations with X, 134); building
or restoring confidence in talks with X is an intent to negotiate (036). Sentences
written for these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("North Korea threatened to exclude Japan from the six-party talks.", ("PRK", "JPN", "134")),
    ("Pyongyang threatened to try to bar Seoul from the negotiations.", ("PRKGOV", "KORGOV", "134")),
    ("Washington pressed Moscow to accept a Ukrainian offer of talks.", ("USAGOV", "RUSGOV", "026")),
    ("Egypt urged Israel to accept a Palestinian proposal for negotiations.", ("EGY", "ISR", "026")),
    ("Colombian rebels accepted an offer of talks from the government.", ("COLREB", "COLGOV", "036")),
    ("The EU urged Serbia to agree to talks with Kosovo.", ("IGOEUREEC", "SRB", "026")),
])
def test_talks_offered_accepted_or_closed_to_a_party(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    ("Colombian rebels said they wanted to restore trust in the peace process with the government.",
     ("COLREB", "COLGOV", "036")),
    ("Sudanese rebels freed 20 prisoners on Monday, saying they wanted to build confidence in the "
     "negotiations with Khartoum.", ("SDNREB", "SDNGOV", "036")),
    ("The Sudanese government released 20 prisoners to build confidence in the negotiations with the rebels.",
     ("SDNGOV", "SDNREB", "036")),
])
def test_building_confidence_in_talks_is_an_intent_to_negotiate(code, text, expected):
    assert expected in triples(code(text))
