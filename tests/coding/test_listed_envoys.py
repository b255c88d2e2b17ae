"""An act on the envoys "of" a list of states reaches every state listed, the first too: the actor
stage reads the first state into the office noun's mention ("the ambassadors of China"), headed on
the noun, and a pattern whose slot is the "of" object finds that mention, as it finds the states
coordinated after it. Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Lithuania summoned the envoys of Russia and Belarus over the border incident.",
     [("LTU", "RUSGOV", "114"), ("LTU", "BLR", "114")]),
    ("Tokyo summoned the ambassadors of China, Russia and North Korea on Tuesday.",
     [("JPNGOV", "CHNGOV", "114"), ("JPNGOV", "RUS", "114"), ("JPNGOV", "PRK", "114")]),
    ("The Philippines summoned the ambassadors of China and Vietnam after the collision.",
     [("PHL", "CHNGOV", "114"), ("PHL", "VNM", "114")]),
])
def test_first_listed_state_keeps_its_envoy(code, text, expected):
    got = triples(code(text))
    for triple in expected:
        assert triple in got, got
