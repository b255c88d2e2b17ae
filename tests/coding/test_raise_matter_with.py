"""Raising, broaching or taking up a matter with someone is consulting them (040), by telephone a
telephone discussion (041): "Kenya will raise the issue with Uganda" is Kenya consulting Uganda.
Raising a price or a tax "with" a manner phrase is no consultation. Sentences written for this
test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-03-14"


@pytest.mark.parametrize("text,expected", [
    ("Kenya's foreign minister said she would raise the issue with the Ugandan government.",
     ("KENGOV", "UGAGOV", "040")),
    ("Peru took up the matter with Ecuador.", ("PER", "ECU", "040")),
    ("Peru brought up the issue with Ecuador during the visit.", ("PER", "ECU", "040")),
    ("The Chilean president broached the subject with his Argentine counterpart by telephone on Monday.",
     ("CHLGOV", "ARGGOV", "041")),
])
def test_raising_a_matter_with_someone_consults_them(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Nigeria raised the price of fuel with little warning.",
    "Ghana raised taxes on imports with the support of parliament.",
])
def test_raising_a_price_is_no_consultation(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith("04") for _, _, c in got), got
