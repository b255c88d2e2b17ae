"""A party expected or scheduled somewhere for talks ("the minister is expected in Nairobi on
Thursday for talks with X") is the party to those talks, and the talks are planned, not held: the
meeting is coded `hypothetical`, as "is due in Nairobi for talks" is. Sentences written for this
test; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


def coded(events):
    return {(e.source.cameo, e.target.cameo if e.target else None, e.cameo, e.factuality) for e in events}


@pytest.mark.parametrize("text,expected", [
    ("The Swiss foreign minister is expected in Nairobi on Thursday for talks with the Kenyan government.",
     ("CHEGOV", "KENGOV", "046", "hypothetical")),
    ("Kenya's foreign minister is expected in Addis Ababa later this month for talks with Ethiopian leaders.",
     ("KENGOV", "ETHGOV", "046", "hypothetical")),
    ("The Japanese premier is scheduled in Hanoi next month for talks with Vietnam.",
     ("JPNGOV", "VNM", "046", "hypothetical")),
    ("Brazil's president is due in Buenos Aires this weekend for talks with Argentine ministers.",
     ("BRAGOV", "ARGGOV", "046", "hypothetical")),
])
def test_an_expected_party_holds_the_planned_talks(code, text, expected):
    got = coded(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # what is expected is no party ("rain"): no talks of its own
    "Rain is expected in Nairobi next week during talks with Kenyan officials.",
    # a passive that is no expectation: the arrested envoy is not the arrester's partner in talks
    "The Swiss envoy was arrested in Nairobi during talks with Kenyan officials.",
])
def test_no_talks_for_what_is_not_an_expected_party(code, text):
    got = coded(code(text, pub_date=DATE))
    assert not any(c == "046" for _, _, c, _ in got), got


def test_talks_held_during_a_stay_are_asserted(code):
    got = coded(code("The Swiss envoy, in Nairobi last week, held talks with Kenyan officials.", pub_date=DATE))
    assert ("CHEGOV", "KENGOV", "046", "asserted") in got, got
