"""What a party says had happened, in a participle hung on its own act ("expelled the envoy,
saying X's troops had attacked ..."), is the act's stated reason: content, not an event of its
own (the conventions: an actor's stated justification is not coded). A report with a subject of
its own ("with X saying"), a plain "X said", and an appeal the saying makes are still coded.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2022-09-20"


@pytest.mark.parametrize("text,reason", [
    ("Kenya recalled its ambassador from Uganda on Monday, saying Ugandan troops had seized a Kenyan "
     "fishing island.", ("UGAMIL", "KEN", "192")),
    ("Ghana closed its border with Togo, saying Togolese soldiers had detained three Ghanaian traders.",
     ("TGOMIL", "GHABUS", "173")),
    ("Mali expelled the French ambassador, saying France had attacked Malian soldiers.",
     ("FRA", "MLIMIL", "190")),
])
def test_a_stated_reason_is_not_coded(code, text, reason):
    got = triples(code(text, pub_date=DATE))
    assert not any(t[:2] == reason[:2] for t in got), got
    assert len(got) == 1, got  # the act itself stays


@pytest.mark.parametrize("text,expected", [
    ("Fighting went on, with Armenia saying its forces had shelled Azerbaijani positions.", ("ARMMIL", "AZE", "194")),
    ("Ecuador said Peruvian troops had attacked a border post.", ("PERMIL", None, "190")),
    ("Bolivia rejected the complaint, saying Chile should withdraw its troops from the border.", ("BOL", "CHL", "0256")),
])
def test_reports_and_appeals_are_still_coded(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
