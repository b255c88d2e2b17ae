"""Working, coordinating or cooperating with an armed body (an army, rebels, militias) is
military cooperation (062), not plain cooperation (050). Sentences written for this test; none
is taken from an evaluation set."""

import pytest

from tests.coding import source_code_target

pytestmark = pytest.mark.slow

DATE = "2018-11-20"


@pytest.mark.parametrize("text,expected", [
    ("Niger's army has worked with Chadian troops along the border since 2016.", ("NERMIL", "062", "TCDMIL")),
    ("The Iraqi army coordinated with the Syrian army in the offensive.", ("IRQMIL", "062", "SYRMIL")),
])
def test_cooperation_with_an_armed_body(code, text, expected):
    assert expected in source_code_target(code(text, pub_date=DATE))


def test_no_military_cooperation_with_an_unarmed_partner(code):
    got = source_code_target(code("The Iraqi government worked with the World Bank on the budget.", pub_date=DATE))
    assert not any(c == "062" for _, c, _ in got), got
