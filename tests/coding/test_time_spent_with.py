""" "spent two hours with the opposition leader": time a party spends with another is a meeting
(040). Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Kenya's foreign minister spent two hours with the Ethiopian prime minister on Monday.",
     ("KENGOV", "ETHGOV", "040")),
    ("The AU envoy met Kenya's president and then spent three hours with the opposition leader.",
     ("IGOAFRAFU", "KENOPP", "040")),
])
def test_time_spent_with_a_party_is_a_meeting(code, text, expected):
    assert expected in triples(code(text, pub_date="2024-05-01"))


@pytest.mark.parametrize("text", [
    "Kenya spent $2bn with Chinese firms on new roads.",
    "Kenya's foreign minister spent two hours on the plane.",
])
def test_money_or_time_spent_on_no_party_is_no_meeting(code, text):
    assert not any(c.startswith("04") for _, _, c in triples(code(text, pub_date="2024-05-01")))
