"""An announced refusal to negotiate that names no one ("said it would not negotiate under
pressure") is a refusal (125, hypothetical) aimed at the other side of the talks told before, as a
present refusal ("refused to negotiate") is. Sentences written for this test; none is taken from
an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-03-08"
TALKS = "Ecuador and Peru held border talks in Lima on Monday. "


@pytest.mark.parametrize("text", [
    TALKS + "Quito said it would not negotiate under pressure.",
    TALKS + "Quito said it would not return to the talks unless the new border posts came down.",
    TALKS + "The Ecuadorean government said it will not negotiate while Peruvian patrols remain in the valley.",
])
def test_announced_talks_refusal_is_aimed_at_the_other_side(code, text):
    got = {(e.source.cameo[:3], e.target and e.target.cameo[:3], e.cameo, e.factuality)
           for e in code(text, pub_date=DATE)}
    assert ("ECU", "PER", "125", "hypothetical") in got, got


@pytest.mark.parametrize("text", [
    "Quito said it would not negotiate under pressure.",  # no talks told: no one to aim at
    TALKS + "Quito did not negotiate on Tuesday.",  # a past negation announces nothing
])
def test_no_refusal_without_talks_or_announcement(code, text):
    got = [(e.cameo, e.target and e.target.cameo) for e in code(text, pub_date=DATE)]
    assert not any(c == "125" for c, _ in got), got
