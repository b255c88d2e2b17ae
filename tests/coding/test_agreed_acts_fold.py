"""Acts coordinated in the clause an agreement wraps are agreed to, as they are under an appeal,
a vow or a refusal: "agreed not to threaten or attack each other" is one agreement, with no
attack told of its own, even when the frame's row keeps the later act's code. A frame that tells
its act as done ("announced it had expelled ...") still leaves the acts coordinated with it told.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected,not_expected", [
    ("Ethiopia and Eritrea agreed on Monday not to threaten or attack each other along the disputed border.",
     ("ETH", "ERI", "0356"), ("ETH", "ERI", "190")),
])
def test_an_act_coordinated_under_an_agreement_is_agreed_to(code, text, expected, not_expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
    assert not_expected not in got and tuple(reversed(not_expected[:2])) + not_expected[2:] not in got, got


@pytest.mark.parametrize("text,expected", [
    # told as done: the coordinated closure is an act of its own
    ("Nigeria announced it had expelled the Chadian envoy and closed its embassy in N'Djamena.", ("NGA", "TCD", "161")),
])
def test_acts_told_as_done_stay_told(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
