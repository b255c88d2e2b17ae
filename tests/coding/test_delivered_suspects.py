"""Delivering, surrendering or transferring wanted people to another party is judicial cooperation
(063, as handing them over is), so a demand or an appeal that asks for it takes the judicial
sub-code (1013, 0213) instead of the residual one; people who surrender themselves, troops moved
and aid delivered are not. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Britain told Rwanda it must deliver the indicted suspects to the international tribunal.",
     ("GBR", "RWA", "1013")),
    ("Uganda delivered two fugitives to Kenya on Tuesday.", ("UGA", "KEN", "063")),
    ("Colombia surrendered the wanted trafficker to the United States.", ("COL", "USA", "063")),
])
def test_delivered_suspects_are_judicial_cooperation(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,expected", [
    ("The rebel commander surrendered to Ugandan troops.", ("UGAREB", "UGAMIL", "0874")),
    ("Uganda delivered food aid to Kenya on Tuesday.", ("UGA", "KEN", "073")),
])
def test_other_deliveries_and_surrenders_keep_their_codes(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got and not any(c.startswith("063") for _, _, c in got), got
