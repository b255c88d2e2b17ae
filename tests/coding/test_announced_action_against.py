"""An announced move against a party ("would act against X", "will move against X") is a threat
(13x), asserted: the saying happened; not a past act, and not a move against a wrong no party
does. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-11-20"


@pytest.mark.parametrize("text,expected", [
    ("Kenya warned that it would move against Al-Shabaab in Somalia.", ("KEN", "SOMREB")),
    ("The Turkish president told reporters that Turkey would act against Syria.", ("TUR", "SYR")),
    ("The EU said it would act against Hungary if the law was passed.", ("IGOEUREEC", "HUN")),
])
def test_announced_action_against_a_party_is_a_threat(code, text, expected):
    events = code(text, pub_date=DATE)
    got = {(e.source.cameo, e.target and e.target.cameo, e.cameo[:2], e.factuality) for e in events}
    assert (*expected, "13", "asserted") in got, got


@pytest.mark.parametrize("text", [
    "The police acted against the protesters in the capital on Monday.",
    "The government will act against corruption.",
])
def test_no_threat(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c[:2] == "13" for _, _, c in got), got
