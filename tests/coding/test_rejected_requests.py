"""A rejection of a request noun with no sub-code of its own ("rejected the calls", "turned down
the demand") answers the request told before and takes its counterpart in the codebook (a call
for a resignation, 0241, rejected: 1231). An offer rejected, or a rejection whose noun names no
request, keeps the plain code. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    ("Opposition leader Raila Odinga called for the resignation of the president. "
     "The president rejected the calls on Friday.", ("KENGOV", "KENOPP", "1231")),
    ("Hungary demanded that Serbia release the detained journalists. Belgrade turned down the demand.",
     ("SRBGOV", "HUN", "1243")),
])
def test_a_rejected_request_takes_its_counterpart(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Hungary offered Serbia a loan. Belgrade rejected the offer.", ("SRBGOV", "HUN", "120")),
    ("Croatia rejected the plan.", ("HRV", None, "120")),
])
def test_other_rejections_keep_the_plain_code(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
