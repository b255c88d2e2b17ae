"""A denial of interfering or meddling in a party's affairs ("denied interfering in X's
affairs", "denied meddling in X's elections", the gerund a complement of "deny") denies an act
with no code of its own: a 016 (deny responsibility) towards the party, as "denied any role in"
is. A denied act with a code keeps it, ``denied`` (convention 11). Sentences written for this
test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2019-03-12"


@pytest.mark.parametrize("text,expected", [
    ("Venezuela denied interfering in Colombia's internal affairs.", ("VEN", "COL")),
    ("Kenya's foreign ministry denied meddling in Somalia's elections.", ("KENGOV", "SOM")),
])
def test_denied_interference_is_a_denial(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert (*expected, "016") in got, got


@pytest.mark.parametrize("text", [
    "Ghana's government denied arming the rebels in Togo.",
    "The minister said Qatar had interfered in Bahrain's affairs.",
])
def test_no_interference_denial(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "016" for _, _, c in got), got


def test_denied_act_keeps_its_code(code):
    events = code("Ghana's government denied arming the rebels in Togo.", pub_date=DATE)
    assert any(e.cameo == "072" and e.factuality == "denied" for e in events), events
