"""An act a deadline or timetable is set for ("set a deadline for the withdrawal of X", "a
timetable for the release of Y") is the content of a demand, not an act done: it is not coded
on its own. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,act", [
    ("The African Union set a deadline for the withdrawal of Rwandan troops from Congo.", "0874"),
    ("Kenya proposed a timetable for an Ethiopian pullout from the border region.", "0874"),
    ("The bloc gave Mali a deadline for the release of the detained Ivorian soldiers.", "0841"),
])
def test_act_a_deadline_is_set_for_is_not_done(code, text, act):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == act for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # the act itself, told as done, stays coded
    ("Rwandan troops completed their withdrawal from Congo on Sunday.", ("RWAMIL", "COD", "0874")),
])
def test_act_done_is_still_coded(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
