"""A "them" or "they" after a plural resolved to its members in the same sentence ("both leaders",
"the two sides"), with no other party named in between, is that pair, not a party named earlier
in the sentence. Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow

DISPUTE = ("Kenyan President William Ruto accused Tanzania of arming bandits. "
           "Tanzanian President Samia Suluhu Hassan rejected the charge. ")


@pytest.mark.parametrize("text,expected", [
    (DISPUTE + "Nigerian President Bola Tinubu, who chairs ECOWAS this year, said he had spoken to both "
     "leaders and urged them to show restraint.",
     {("NGAGOV", "KENGOV", "0256"), ("NGAGOV", "TZAGOV", "0256")}),
    (DISPUTE + "Nigerian President Bola Tinubu said he had phoned both leaders and urged them to show restraint.",
     {("NGAGOV", "KENGOV", "0256"), ("NGAGOV", "TZAGOV", "0256")}),
])
def test_them_after_a_pair_just_named_is_the_pair(code, text, expected):
    got = triples(code(text, pub_date="2023-07-01"))
    assert expected <= got, got


@pytest.mark.parametrize("text,wrong", [
    # another party named between the pair and the pronoun is what the pronoun is
    (DISPUTE + "Nigerian President Bola Tinubu said he had phoned both leaders, then met the bandits' "
     "commanders and urged them to disarm.", ("NGAGOV", "KENGOV", "0256")),
])
def test_them_after_another_party_is_not_the_pair(code, text, wrong):
    assert wrong not in triples(code(text, pub_date="2023-07-01"))
