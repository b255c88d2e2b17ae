"""A party's claim that it has the strength, power or means to use force or coerce ("has the
capability to strike any target in X") is a threat of that act (13x), asserted: the act itself,
only boasted of, is no event. A capability to do anything else (help, rebuild) is no threat.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Moscow has the capability to strike any target in Ukraine, the Kremlin said.", ("RUSGOV", "UKR", "1384")),
    ("Iran has the ability to attack US bases, its defence minister said.", ("IRN", "USA", "1384")),
    ("Egypt said it has the strength to defeat Islamic State in Sinai on its own.", ("EGY", "IMGMOSISI", "1384")),
    # a claim of a capability boasts of it: no claim of responsibility (015)
    ("North Korea claims it has the capability to hit the US mainland with nuclear missiles.", ("PRK", "USA", "1384")),
])
def test_claimed_capability_to_use_force_is_threat(code, text, expected):
    events = code(text, pub_date=DATE)
    got = triples(events)
    assert expected in got, got
    assert not any(c[:2] in ("18", "19", "20") or c == "015" for _, _, c in got), got
    assert {e.factuality for e in events if (e.source.cameo, e.target and e.target.cameo, e.cameo) == expected} \
        == {"asserted"}


@pytest.mark.parametrize("text", [
    "China has the capacity to help Ukraine rebuild, the minister said.",
    "Japan said it has the means to support Ukraine's reconstruction.",
])
def test_capability_to_help_is_no_threat(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith("13") for _, _, c in got), got
