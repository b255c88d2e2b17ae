"""Meeting, fulfilling or satisfying a standard (criteria, requirements, a deadline, a target) is
no meeting between the parties that meet it: "Chile and Peru met the requirements" is no 040.
Meeting a person, and meeting a party's demands (a concession, 080), stay events.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2022-03-10"


@pytest.mark.parametrize("text", [
    "The commission found that both Chile and Peru met the legal requirements for membership.",
    "Officials said Romania and Bulgaria had met the criteria for joining the zone.",
    "Kenya and Uganda met the deadline set by the bloc.",
    "Auditors said Latvia and Estonia satisfied the conditions for the next tranche.",
])
def test_meeting_a_standard_is_no_meeting(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith("04") for _, _, c in got), got


@pytest.mark.parametrize("text,source,target,cameo", [
    ("The Kenyan president met his Ugandan counterpart in Kampala on Friday.", "KENGOV", "UGAGOV", "040"),
    ("Germany met Greece's demands for compensation.", "DEU", "GRC", "080"),
])
def test_meeting_a_party_or_its_demands_stays_an_event(code, text, source, target, cameo):
    assert (source, target, cameo) in triples(code(text, pub_date=DATE))
