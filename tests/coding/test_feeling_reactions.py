"""A reported feeling about an act just told is a reaction to it (110, convention 12), aimed at
the act's doer: "said it was 'deeply shocked'", "expressed grave concern" name nothing they answer,
so they answer the act of the sentence before, as "the move" does; "was 'perplexed' by the
decision" and "was deeply disappointed by the expulsion" (a participle with a "by" agent) answer
the decision and the expulsion, and their subject (not the "by" phrase) is who feels it. A present
feeling ("is deeply concerned") is a standing attitude, and one with no act told before it has no
target: neither is coded. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"
SENTENCED = "A Sudanese court sentenced two Kenyan aid workers to death on Monday. "
CANCELLED = "Canada said its prime minister would not travel to Delhi this week as planned. "
EXPELLED = "Russia expelled two Polish diplomats on Monday. "


@pytest.mark.parametrize("text,expected", [
    (SENTENCED + 'Kenya said it was "deeply shocked" and would appeal.', ("KEN", "SDNJUD", "110")),
    (SENTENCED + "Kenya's foreign minister said he was deeply alarmed.", ("KENGOV", "SDNJUD", "110")),
    (SENTENCED + "Nairobi expressed grave concern.", ("KENGOV", "SDNJUD", "110")),
    (CANCELLED + 'The Indian government said it was "perplexed" by the decision.', ("INDGOV", "CANGOV", "110")),
    # a participle the parser makes the copula's predicate, its "by" phrase an agent
    (EXPELLED + "Warsaw said it was deeply disappointed by the expulsion.", ("POLGOV", "RUS", "110")),
    # a passive's agent is who reacts, not what is reacted to
    (EXPELLED + "The expulsion was condemned by the European Union.", ("IGOEUREEC", "RUS", "111")),
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
