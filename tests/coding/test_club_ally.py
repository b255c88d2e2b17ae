"""A country named after its tie to a club ("NATO ally Turkey") acts itself, not the club.
Hand-written texts."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-03-12"


@pytest.mark.parametrize("text,expected", [
    ("NATO ally Turkey condemned the attack on Syria.", ("TUR", "SYR", "111")),
    ("The NATO ally Turkey criticised Russia.", ("TUR", "RUS", "111")),
])
def test_a_club_ally_acts_itself(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
