"""An act told in a clause on a noun (a relative or participial clause, an apposition) is
background to the sentence's own act: when both have one code and pair they are two events, each
with its own date, and the main clause's act is never lost to the background one. One act told
twice in a sentence (conjoined verbs, a relative clause and a main clause on one date) stays one
record. Sentences written for this test; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-05-01"


@pytest.mark.parametrize("text,dyad,dates", [
    ("Kenya, which sent troops to Somalia in 2011, sent 500 more soldiers to Somalia on Monday.",
     ("KEN", "SOM", "154"), {"2011", "2024-04-29"}),
    ("Colombia's government, which met ELN rebels in Havana last year, met the ELN in Caracas on Thursday.",
     ("COLGOV", "COLREB", "040"), {"2023", "2024-04-25"}),
])
def test_a_background_act_and_the_main_act_are_two(code, text, dyad, dates):
    events = [e for e in code(text, pub_date=DATE)
              if (e.source.cameo, e.target and e.target.cameo, e.cameo) == dyad]
    assert {e.date.value for e in events} == dates, [(e.cameo, e.date.value, e.evidence) for e in events]


@pytest.mark.parametrize("text,dyad", [
    # conjoined verbs of one act
    ("Nigerian troops attacked and bombed a Boko Haram camp on Monday.", ("NGAMIL", "NGAREB")),
    # the act told in the relative clause and again in the main clause, on one date
    ("Chad's army, which attacked Boko Haram on Monday, attacked the group's camp near Lake Chad.",
     ("TCDMIL", "NGAREB")),
])
def test_one_act_told_twice_stays_one(code, text, dyad):
    events = [e for e in code(text, pub_date=DATE) if (e.source.cameo, e.target and e.target.cameo) == dyad]
    assert len(events) == 1, [(e.cameo, e.date.value, e.evidence) for e in events]
