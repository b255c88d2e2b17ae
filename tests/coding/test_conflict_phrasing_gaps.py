"""Wire phrasings of conflictual acts (roots 10-17) the lexicon had no pattern for: conditions set
on a party, a deadline counted in hours or days, a measure held up, visits suspended, exports
cut off, troops ordered out and a forced exile. Hand-written sentences."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Ankara set conditions for Finland's membership.", ("TURGOV", "FIN", "100")),
    ("Jordan laid down strict conditions for Hezbollah.", ("JOR", "LBNREB", "100")),
    ("Washington gave Baghdad 72 hours to hand over the suspects.", ("USAGOV", "IRQGOV", "139")),
    ("Warsaw held up the EU budget for weeks.", ("POLGOV", "IGOEUREEC", "120")),
    ("Morocco suspended all official visits to Algeria.", ("MAR", "DZA", "161")),
    ("Beijing cut off rare earth exports to Tokyo.", ("CHNGOV", "JPNGOV", "163")),
    ("Burkina Faso ordered French troops out.", ("BFA", "FRAMIL", "166")),
    ("Nicaragua forced the opposition leader into exile.", ("NIC", "NICOPP", "174")),
])
def test_conflict_phrasings(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The company set conditions for the merger.",
    "Heavy traffic held up the convoy for hours.",
    "The storm cut off power supplies to the region.",
    "The coach gave his players two days off.",
])
def test_no_conflict_read(code, text):
    assert not [e for e in code(text) if e.cameo[:2] in {"10", "12", "13", "16", "17"}]
