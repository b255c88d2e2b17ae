"""An appeal to avoid or avert a war or an escalation asks the addressee to de-escalate (0256),
not a plain appeal (020). Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Egypt urged Israel to avoid a wider war.", ("EGY", "ISR", "0256")),
    ("Qatar called on Israel to avert a regional war.", ("QAT", "ISR", "0256")),
    ("Turkey asked Armenia and Azerbaijan to prevent a new conflict.", ("TUR", "ARM", "0256")),
])
def test_appeal_to_avoid_war(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_avoiding_war_alone_is_no_event(code):
    got = triples(code("Egypt mediated talks to avoid a wider war."))
    assert not any(c.startswith("087") for _, _, c in got), got
