"""Readings the coder keeps when the parser misreads a word of the act: a verb particle put
before a number in the object ("handed over 150 prisoners") that the model reads as "more than"
(a quantmod or advmod of the number). Sentences written for these tests; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Russia handed over 150 prisoners of war to Ukraine on Sunday.", ("RUS", "UKR", "0841")),
    ("Syria handed over 20 detainees to Lebanon.", ("SYR", "LBN", "0841")),
    ("The militia handed over 12 hostages to the Red Cross in Gaza.", ("PSEREB", "NGOIRC", "0841")),
    ("Belarus turned over 40 detainees to Lithuania at the border crossing.", ("BLR", "LTU", "0841")),
])
def test_a_particle_read_as_more_than_before_a_number_still_makes_the_phrasal_verb(code, text, expected):
    assert expected in triples(code(text))


def test_more_than_before_a_number_after_a_plain_verb_stays_a_quantity(code):
    # "over" is no particle of "sent": the number keeps its reading and no handover is coded
    text = "Russia sent over 150 soldiers to the border with Ukraine."
    assert not any(e.cameo.startswith("084") for e in code(text))
