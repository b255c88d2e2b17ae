"""Withholding permission from a party is a refusal to yield to it (124): "will not give Ukraine
permission to strike X" (announced: hypothetical, convention 4), "denied Israel permission to send
troops". What the permission would allow has not happened and is no event of its own.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected,factuality", [
    ("Biden said Washington would not give permission to Ukraine to strike targets inside Russia.",
     ("USAGOV", "UKR", "124"), "hypothetical"),
    ("Biden would not give Ukraine permission to strike targets inside Russia.", ("USAGOV", "UKR", "124"), "hypothetical"),
    ("Turkey said it will not grant Sweden permission to hold exercises in its airspace.",
     ("TUR", "SWE", "124"), "hypothetical"),
    ("Hungary will not give Ukraine permission to send weapons to Israel.", ("HUN", "UKR", "124"), "hypothetical"),
    ("Egypt denied Israel permission to send troops into the Sinai.", ("EGY", "ISR", "124"), "asserted"),
    ("Israel refused the UN permission to deliver aid to Gaza.", ("ISR", "IGOUNO", "124"), "asserted"),
])
def test_withheld_permission_is_refusal_to_yield(code, text, expected, factuality):
    events = code(text, pub_date=DATE)
    got = triples(events)
    assert expected in got, got
    assert {e.factuality for e in events if (e.source.cameo, e.target and e.target.cameo, e.cameo) == expected} \
        == {factuality}


@pytest.mark.parametrize("text,permitted", [
    ("Egypt denied Israel permission to send troops into the Sinai.", "154"),
    ("Israel refused the UN permission to deliver aid to Gaza.", "070"),
    ("Hungary will not give Ukraine permission to send weapons to Israel.", "072"),
])
def test_permitted_act_is_no_event(code, text, permitted):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith(permitted) for _, _, c in got), got
