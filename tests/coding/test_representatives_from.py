"""People sent by a body ("representatives|members|delegates from X") act for it, as those "of X"
do. Hand-written texts."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-03-12"


@pytest.mark.parametrize("text,expected", [
    ("Representatives from Kenyan rights groups criticised Uganda.", ("KENHRI", "UGA", "111")),
    ("Delegates from Kenyan rights groups met the Ugandan foreign minister.", ("KENHRI", "UGAGOV", "040")),
    ("Representatives from Amnesty International condemned the Ugandan police.", ("NGOHRI", "UGACOP", "111")),
    ("Representatives from Kenya criticised Uganda.", ("KEN", "UGA", "111")),
    ("Members from Zimbabwean civil society groups accused the police of torture.", ("ZWENGO", "ZWECOP", "1122")),
])
def test_representatives_from_a_body_act_for_it(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
