""" "said it was in contact with X": the subject of a copula whose only predicate is talks or
contact "with" someone is a party, not the empty "it" of "it is clear that". Sentences written for
these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("The Kenyan foreign ministry said it was in contact with Addis Ababa about the detained sailors.",
     ("KENGOV", "ETHGOV", "040")),
    ("Kenya said it had been in touch with Ethiopia about the detained sailors.", ("KEN", "ETH", "040")),
    ("Peru said it was in talks with Chile over the border.", ("PER", "CHL", "046")),
])
def test_it_in_contact_with_a_party_is_the_reporter(code, text, expected):
    assert expected in triples(code(text, pub_date="2024-05-01"))


@pytest.mark.parametrize("text", [
    "Kenya said it was in the interest of Ethiopia to talk.",
    "Kenya said it was clear that the talks would fail.",
])
def test_an_empty_it_stays_empty(code, text):
    assert not any(s == "KEN" and t == "ETH" for s, t, _ in triples(code(text, pub_date="2024-05-01")))
