"""Cooperating with an investigation, an inquiry or prosecutors is judicial cooperation (063), so
an appeal to do it is an appeal for judicial cooperation (0213), not for diplomatic cooperation
(022, which plain "cooperate with X" keeps). Sentences written for this test; none is taken from
an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Germany urged Poland to cooperate with the Dutch investigation.", ("DEU", "POL", "0213")),
    ("The United Nations called on Sudan to cooperate with the inquiry into the killings.", ("IGOUNO", "SDN", "0213")),
    # cooperation with a party, or on trade, keeps its own sub-code
    ("Germany urged Poland to cooperate with France.", ("DEU", "POL", "022")),
    ("Kenya urged Uganda to cooperate with Tanzania on trade.", ("KEN", "UGA", "0211")),
])
def test_cooperation_with_an_investigation_is_judicial(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))
