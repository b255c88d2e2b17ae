"""De-escalation (087) is a fighting side's act: a party that ends a fight the sentence tells
between two others ("a resolution ended the war between X and Y") de-escalates no fight of its
own; the fight itself stays coded. A side that ends its own fight keeps its 087. Sentences
written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,third,fight", [
    ("The UN resolution ended the war between Ethiopia and Eritrea in 2000.", "IGOUNO", ("ETH", "ERI", "190")),
    ("Russia halted the fighting between Armenia and Azerbaijan.", "RUS", ("ARM", "AZE", "190")),
])
def test_third_party_ending_a_fight_is_no_deescalation(code, text, third, fight):
    got = triples(code(text, pub_date=DATE))
    assert not any(s == third and c == "087" for s, _, c in got), got
    assert fight in got, got


@pytest.mark.parametrize("text,expected", [
    ("Ethiopia ended its war with Eritrea.", ("ETH", "ERI", "087")),
    ("Ethiopia and Eritrea ended the war between them in 2018.", ("ETH", "ERI", "087")),
])
def test_a_side_ending_its_own_fight_deescalates(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
