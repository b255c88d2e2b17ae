"""Access to a country's oil, gas, mines, reserves or market is economic cooperation (061), and an
offer of it an intent to cooperate economically (0311), not the admission of foreign observers or
agencies that plain "access" is (086 / 0355). Sentences written for this test; none is taken from
an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Bolivia has offered China broad access to its lithium reserves.", ("BOL", "CHN", "0311")),
    ("Norway offered the EU access to its gas fields.", ("NOR", "IGOEUREEC", "0311")),
    ("Guinea granted Russia access to its bauxite mines.", ("GIN", "RUS", "061")),
    ("The EU will give Ukraine access to its single market.", ("IGOEUREEC", "UKR", "061")),
    # access for observers and agencies stays the admission of international involvement
    ("Mali granted UN investigators access to the prison.", ("MLI", "IGOUNO", "0862")),
    ("Israel allowed the Red Cross access to the detainees.", ("ISR", "NGOIRC", "086")),
])
def test_access_to_resources_is_economic_cooperation(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
