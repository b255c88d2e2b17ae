"""A reaction to "what X called / described as N" is a reaction to N: the parser makes "what" the
object of the naming verb, so the name given (and the party its adjective names) is what the
reaction's verb acts on, not the party of a verb coordinated after it. Hand-written texts."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected,wrong", [
    ("Tehran denounced what it described as American piracy and urged London to release the tanker.",
     ("IRNGOV", "USA", "111"), ("IRNGOV", "GBRGOV", "111")),
    ("Syria's foreign ministry condemned what it called Turkish aggression and urged the United Nations to act.",
     ("SYRGOV", "TUR", "111"), ("SYRGOV", "IGOUNO", "111")),
])
def test_a_reaction_to_a_free_relative_name_is_aimed_at_the_party_the_name_gives(code, text, expected, wrong):
    got = triples(code(text, pub_date="2019-07-23"))
    assert expected in got and wrong not in got, got


def test_a_name_for_an_act_on_the_speaker_s_own_country_gives_no_target(code):
    # "attempts to smear China", by China's leader: no party the reaction is aimed at
    got = triples(code("Xi Jinping rejected what he called attempts to smear China.", pub_date="2024-05-07"))
    assert not any(s == "CHNGOV" and t is not None and t.startswith("CHN") for s, t, _ in got), got


def test_a_name_with_no_party_leaves_the_target_to_the_clause(code):
    # "baseless charges" name no one: the party of the verb coordinated after it is still the target
    got = triples(code("Pakistan's foreign office firmly rejected what it called \"baseless charges\" and accused "
                       "Kabul of sheltering militants.", pub_date="2019-07-23"))
    assert ("PAKGOV", "AFGGOV", "120") in got or ("PAKGOV", "AFG", "120") in got, got
