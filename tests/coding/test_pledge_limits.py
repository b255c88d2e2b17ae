"""What bounds a pledge is part of it: in "said they would free no more hostages until X agreed to
Y", X agreeing is the condition the speaker sets, not an act X did, so it is no event (as the
"until" of a vow or an appeal already is). A past act reported with an "until" clause is no
pledge, and what bounds it stays an event.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2020-06-15"


@pytest.mark.parametrize("text,party", [
    ("The Karen rebels said they would release no more hostages until Yangon agreed to a ceasefire.", "MMR"),
    ("Hezbollah said it would release no captured soldiers until Israel agreed to free Lebanese prisoners.", "ISR"),
    ("The Taliban said they would free no aid workers until Kabul agreed to a truce.", "AFGGOV"),
])
def test_the_limit_of_a_pledge_is_no_act_of_its_own(code, text, party):
    got = triples(code(text, pub_date=DATE))
    assert not any(s == party for s, _, _ in got), got
    assert got, got  # the pledge itself is still coded


def test_the_limit_of_a_reported_past_act_stays_an_act(code):
    got = triples(code("The Karen rebels said they had kept the hostages until Yangon agreed to a ceasefire in March.",
                       pub_date=DATE))
    assert any(s == "MMR" and c.startswith("08") for s, _, c in got), got
