"""An intention to investigate (CAMEO has no 03x code for it) keeps the investigation's own code,
as intentions to accuse, sue or reject do: "intends to investigate X" is 09x aimed at X, not no
event at all. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The ICC intends to investigate Israel over the Gaza war.", ("IGOJUDICC", "ISR", "090")),
    ("The UN seeks to investigate abuses by Sudan's army.", ("IGOUNO", "SDNMIL", "092")),
    ("The European Parliament wants to investigate Hungary over its media law.", ("IGOEUREEC", "HUN", "090")),
])
def test_intended_investigation_keeps_its_code(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # sites inspected or examined: the country where they are is the party investigated
    ("IAEA inspectors plan to re-examine two reactors in North Korea.", ("IGOUNO", "PRK", "090")),
    ("UN experts plan to examine the chemical plants in Syria next week.", ("IGOUNO", "SYR", "090")),
    ("The IAEA inspected the nuclear facilities in Iran on Monday.", ("IGOUNO", "IRN", "090")),
])
def test_sites_examined_are_investigation_of_their_country(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Officials examined the proposal from Iran.",  # no site: a document read, no investigation
    "The minister visited the factories in China.",  # a visit to a site is no inspection
])
def test_other_examinations_are_no_investigation(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith("09") for _, _, c in got), got
