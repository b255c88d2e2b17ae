"""A vow that an act with no party of its own "will not go unpunished" ("vowed that the raids
would not go unanswered") names the act told before: the threat is aimed at its doers (each of
them, when two did it together), and the act is not coded again. An act no one did before, or
the vower's own, gives no threat. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2022-03-14"


def threats(events):
    return {(e.source.cameo, e.target and e.target.country, e.cameo[:2]) for e in events if e.cameo[:2] == "13"}


@pytest.mark.parametrize("text,expected", [
    ("French and Belgian jets bombed rebel camps in northern Mali on Sunday. "
     "A rebel spokesman said three commanders had died and vowed that the raids would not go unanswered.",
     {("MLIREB", "FRA", "13"), ("MLIREB", "BEL", "13")}),
    ("Ethiopian artillery shelled villages in Eritrea overnight. "
     "Asmara said the shelling would not go unpunished.",
     {("ERIGOV", "ETH", "13")}),
])
def test_vow_over_told_act_threatens_its_doers(code, text, expected):
    events = code(text, pub_date=DATE)
    assert expected <= threats(events), threats(events)
    # the raids are coded once, where they were told
    assert not [e for e in events if e.cameo[:2] == "19" and "unanswered" in e.evidence], events


@pytest.mark.parametrize("text", [
    # no act told before
    "A rebel spokesman in Mali vowed that the raids would not go unanswered.",
    # the vower's own act
    "Ethiopian artillery shelled villages in Eritrea overnight. Addis Ababa said the shelling would not go unpunished.",
])
def test_no_threat_without_another_partys_act(code, text):
    got = threats(code(text, pub_date=DATE))
    assert not got, got
