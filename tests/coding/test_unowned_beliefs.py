"""What an agentless passive of belief says of its subject ("X is widely believed to have
poisoned Y", "the exiled leader is thought to be in Moscow") is speculation no one in the text
voices: no event. Reported speech ("is said to have armed") and a belief the text gives an owner
stay coded, and so does a nominal act told as fact inside the clause ("thought to have fled
after a French air strike on Timbuktu": the strike).
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2019-09-01"


@pytest.mark.parametrize("text,cameo", [
    ("Russia is widely believed to have poisoned several Ukrainian officials.", "180"),
    ("The exiled Kyrgyz president is believed to be in Moscow.", "042"),
    ("Syria is presumed to have supplied Hezbollah with rockets.", "072"),
])
def test_an_unowned_belief_is_no_event(code, text, cameo):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == cameo for _, _, c in got), got


@pytest.mark.parametrize("text,source,target,cameo", [
    ("The jihadist chief is thought to have fled after a French air strike on Timbuktu in 2013.",
     "FRA", "MLI", "195"),
    ("Russia is said to have armed the rebels in Donetsk.", "RUS", "UKRREB", "072"),
    ("Ukraine believed Russia had shelled the town of Kharkiv.", "RUS", "UKR", "194"),
])
def test_reports_and_told_facts_stay_events(code, text, source, target, cameo):
    assert (source, target, cameo) in triples(code(text, pub_date=DATE))
