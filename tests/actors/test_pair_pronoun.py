"""A "they" whose antecedent is a pair named as one subject ("X and Y", "the two countries") is
both parties: "they clashed again" is a fight between the two, one 190 each way, as "X and Y
clashed" is. Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,a,b,code_", [
    ("Armenia and Azerbaijan signed a ceasefire in May. They clashed again on Friday.", "ARM", "AZE", "190"),
    ("India and Pakistan traded accusations on Monday. They fought three wars since 1947.", "IND", "PAK", "190"),
    ("Israeli troops and Hezbollah fighters exchanged fire in the south. They clashed again on Friday.",
     "ISRMIL", "LBNREB", "190"),
    ("Thailand and Cambodia share a long border. The two countries clashed in May, when a Thai soldier was "
     "wounded. Since then they have traded fire several times.", "THA", "KHM", "190"),
])
def test_they_after_a_pair_named_as_subject_is_both_sides(code, text, a, b, code_):
    got = triples(code(text))
    assert (a, b, code_) in got and (b, a, code_) in got, got


@pytest.mark.parametrize("text,expected", [
    # each of the pair does the act its "they" is the subject of
    ("Armenia and Azerbaijan signed a ceasefire in May. They accused Russia of meddling.",
     {("ARM", "RUS", "112"), ("AZE", "RUS", "112")}),
])
def test_they_after_a_pair_gives_each_member_the_act(code, text, expected):
    assert expected <= set(triples(code(text)))


@pytest.mark.parametrize("text,wrong", [
    # a pair named as objects is not what a later "they" is
    ("Russia condemned Britain and France on Monday. They fought back with sanctions.", ("GBR", "FRA", "190")),
    # a party named as the main subject since the pair
    ("Armenia and Azerbaijan signed a ceasefire in May. Russian troops patrolled the line, "
     "and they clashed with smugglers.", ("ARM", "AZE", "190")),
])
def test_they_is_no_pair_named_otherwise(code, text, wrong):
    assert wrong not in triples(code(text))
