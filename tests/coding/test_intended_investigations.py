"""An intention to investigate (CAMEO has no 03x code for it) keeps the investigation's own code,
as intentions to accuse, sue or reject do: "intends to investigate X" is 09x aimed at X, not no
event at all. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The ICC intends to investigate Israel over the Gaza war.", ("IGOJUDICC", "ISR", "090")),
    ("The UN seeks to investigate abuses by Sudan's army.", ("IGOUNO", "SDNMIL", "092")),
    ("The European Parliament wants to investigate Hungary over its media law.", ("IGOEUREEC", "HUN", "090")),
])
def test_intended_investigation_keeps_its_code(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
