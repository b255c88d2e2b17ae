"""A negation in the simple present ("Moscow says it does not recognise the new leaders in Kyiv",
"Japan does not support the bid") states a standing position, which the conventions do not code;
it is no act that did not happen. A past or perfect negation ("did not recognise ... in 2008",
"has not recognised") is a negated event, an announced one ("will not recognise") a future
rejection, and a negation the pattern reads as the act ("does not accept X's claim") a rejection.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2014-03-05"


@pytest.mark.parametrize("text,cameo", [
    ("Russia does not recognise the government of Kosovo.", "054"),
    ("Moscow says it does not recognise the new leaders in Kyiv.", "054"),
    ("Japan does not support China's bid to join the pact.", "051"),
])
def test_a_present_negation_is_a_standing_position(code, text, cameo):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == cameo for _, _, c in got), got


@pytest.mark.parametrize("text,source,target,cameo", [
    ("Russia did not recognise the government of Kosovo in 2008.", "RUS", "XKXGOV", "054"),
    ("China has not recognised Kosovo.", "CHN", "XKX", "054"),
    ("Serbia will not recognise Kosovo.", "SRB", "XKX", "120"),
    ("Kenya does not accept Somalia's claim to the waters.", "KEN", "SOM", "120"),
])
def test_past_announced_and_read_negations_stay_events(code, text, source, target, cameo):
    assert (source, target, cameo) in triples(code(text, pub_date=DATE))
