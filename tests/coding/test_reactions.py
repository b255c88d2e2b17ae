"""Reactions to an act told sentences before ("Britain condemned the seizure"): aimed at whoever
did it. Hand-written texts, one mechanism per test."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # the noun's own kind of act (a seizure is 17/18/19) picks the act it refers to
    ("Iran's Revolutionary Guards seized a British-flagged tanker on Friday. Britain condemned the seizure.",
     ("GBR", "IRNMIL", "111")),
    ("Turkey launched an offensive against Kurdish forces in Syria. Emmanuel Macron condemned the offensive.",
     ("FRAGOV", "TUR", "111")),
    # "the decision", "the move": whatever was done in the sentence before
    ("Russia expelled two British diplomats. London condemned the decision.", ("GBRGOV", "RUS", "111")),
    ("Washington imposed new sanctions on Venezuela. Moscow condemned the policy.", ("RUSGOV", "USAGOV", "111")),
])
def test_a_reaction_to_an_act_told_before_is_aimed_at_its_doer(code, text, expected):
    assert expected in triples(code(text, pub_date="2019-07-23"))


def test_a_reaction_to_an_act_of_another_kind_or_long_before_is_not_aimed(code):
    # a condemned "attack" is not the earlier talks
    got = triples(code("Iran and Oman held talks on Monday. Britain condemned the attack.", pub_date="2019-07-23"))
    assert not any(s == "GBR" and t in ("IRN", "OMN") for s, t, _ in got), got
    # "the move" refers to the sentence just before only
    got = triples(code("Russia expelled two British diplomats. The weather was cold. Officials met. "
                       "London condemned the move.", pub_date="2019-07-23"))
    assert not any(s == "GBRGOV" and t == "RUS" for s, t, _ in got), got
