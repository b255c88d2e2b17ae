"""A party that says it was not consulted, with no one named as having failed to consult it, was
not consulted by the parties it complains of in the same breath: the foreign parties its side
criticises, rejects, urges or makes demands of in that sentence or the one before ("Iran condemned
the agreement and said Tehran had not been consulted": each party of the agreement, 040 negated).
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-09-20"


@pytest.mark.parametrize("text,expected", [
    ("Armenia and Azerbaijan signed a transit deal on Friday. Iran's foreign minister condemned the agreement "
     "and said Tehran had not been consulted.", {("ARM", "IRNGOV", "040"), ("AZE", "IRNGOV", "040")}),
    ("Kazakhstan has criticised Russia's plan to build a dam on the Irtysh river. Its foreign minister said on "
     "Monday that Astana had not been consulted and urged Moscow to share the designs.",
     {("RUS", "KAZGOV", "040")}),
])
def test_the_unconsulted_party_was_not_consulted_by_those_it_complains_of(code, text, expected):
    events = code(text, pub_date=DATE)
    got = {(s, t, c) for s, t, c in triples(events) if c == "040"}
    assert got >= expected, triples(events)
    assert all(e.factuality == "negated" for e in events if e.cameo == "040"), events


@pytest.mark.parametrize("text", [
    "Kazakhstan said Astana had not been consulted.",
    "Russia and China signed a pipeline deal on Friday. Kazakhstan welcomed the agreement and said it had been "
    "consulted.",
])
def test_no_complaint_no_party_owes_the_consultation(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "040" for _, _, c in got), got
