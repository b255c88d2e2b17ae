"""Taking over a country, region or city ("took over Crimea", "took over Mosul") is occupying it
by force (192) against its holder; taking over from a predecessor or taking over a post or a
chairmanship names no party and is no event. Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Russian forces took over Crimea in 2014.", ("RUSMIL", "UKR", "192")),
    ("The Houthis took over Sanaa in 2014.", ("YEMREB", "YEM", "192")),
    ("ISIS took over Mosul in June 2014.", ("IMGMOSISI", "IRQ", "192")),
    ("Hamas took over Gaza in 2007.", ("PSEREB", "PSE", "192")),
])
def test_taken_over_place_is_occupied(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Merkel took over from Schroeder in 2005.",
    "China took over the chairmanship of the council.",
])
def test_taking_over_a_post_is_no_event(code, text):
    assert not triples(code(text))
