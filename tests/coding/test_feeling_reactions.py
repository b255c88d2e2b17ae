"""A reported feeling about an act just told is a reaction to it (110, convention 12), aimed at
the act's doer: "said it was 'deeply shocked'", "expressed grave concern" name nothing they answer,
so they answer the act of the sentence before, as "the move" does; "was 'perplexed' by the
decision" answers the decision, and its subject (not the "by" phrase) is who feels it. A present
feeling ("is deeply concerned") is a standing attitude, and one with no act told before it has no
target: neither is coded. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"
SENTENCED = "A Sudanese court sentenced two Kenyan aid workers to death on Monday. "
CANCELLED = "Canada said its prime minister would not travel to Delhi this week as planned. "


@pytest.mark.parametrize("text,expected", [
    (SENTENCED + 'Kenya said it was "deeply shocked" and would appeal.', ("KEN", "SDNJUD", "110")),
    (SENTENCED + "Kenya's foreign minister said he was deeply alarmed.", ("KENGOV", "SDNJUD", "110")),
    (SENTENCED + "Nairobi expressed grave concern.", ("KENGOV", "SDNJUD", "110")),
    (CANCELLED + 'The Indian government said it was "perplexed" by the decision.', ("INDGOV", "CANGOV", "110")),
])
def test_a_feeling_reported_after_an_act_answers_it(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,source", [
    # a standing attitude, not a reaction
    (SENTENCED + "Kenya is deeply shocked.", "KEN"),
    # no act told to answer
    ("Kenya's foreign minister said he was deeply alarmed.", "KENGOV"),
])
def test_no_reaction_without_an_act_answered(code, text, source):
    got = triples(code(text, pub_date=DATE))
    assert not {t for t in got if t[0] == source and t[2] == "110"}, got
