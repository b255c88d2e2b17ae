"""A promise to send forces or to give something else *to* a country names the destination on
the alternative ("offered to deploy soldiers or send money to Haiti"): an intent to protect it
(0334), as with the destination on the deploying verb itself; a threat stays a threat.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    ("Kenya offered to send troops or provide funds to Haiti.", ("KEN", "HTI", "0334")),
    ("Rwanda pledged to deploy soldiers or supply money to Mozambique.", ("RWA", "MOZ", "0334")),
    ("Kenya offered to send troops to Haiti.", ("KEN", "HTI", "0334")),
])
def test_an_alternatives_destination_makes_a_protection_intent(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Kenya offered to send troops or provide funds to Haiti.",
    "Rwanda pledged to deploy soldiers or supply money to Mozambique.",
])
def test_no_threat_of_force_is_read(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c[:2] == "13" for _, _, c in got), got


def test_a_threat_to_send_forces_stays_a_threat(code):
    got = triples(code("Turkey threatened to send troops or impose a blockade on Armenia.", pub_date=DATE))
    assert not any(c == "0334" for _, _, c in got), got
