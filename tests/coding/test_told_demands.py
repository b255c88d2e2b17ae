"""A state telling another party to do something ("told T to X") demands it (10x, with the
sub-code of the act asked for); a person told to do something who is no actor is no demand, and
a quote before "told reporters" is what was said, not what they were told to do."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Turkey told Greece to pull its soldiers out of the islands.", ("TUR", "GRC", "1056")),
    ("Ankara told Washington to keep out of the dispute.", ("TURGOV", "USAGOV", "100")),
    ("The Sudanese government told the rebels to end their sit-ins.", ("SDNGOV", "SDNREB", "1052")),
])
def test_told_to_is_a_demand(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The spokesman told reporters to wait for a statement.",
    '"We are going to hold elections next year," the Malian leader told journalists.',
])
def test_telling_reporters_is_no_demand(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("10")]
