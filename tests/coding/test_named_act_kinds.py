"""A reaction whose object names an act ("welcomed the agreement", "rejected the offer", "welcomed
the resolution", "welcomed the suspension") is aimed at the party of the latest earlier act of the
kind that noun names (the table coding/data/act_nouns.tsv): not at an actor of an act of another
kind whose words merely mention the noun, nor at the latest actor. Hand-written texts."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected,wrong", [
    # an agreement is both its parties', not the envoy's who appealed to respect it
    ("Colombia's government and the ELN guerrillas signed a ceasefire agreement in Havana on Monday. "
     "The UN envoy urged both sides to respect the agreement. Venezuela welcomed the agreement.",
     {("VEN", "COLGOV", "051"), ("VEN", "COLREB", "051")}, ("VEN", "IGOUNO", "051")),
    # an offer is its maker's, not that of the talks told in between
    ("Ethiopian and Eritrean troops clashed along the border on Sunday. Kenya's foreign minister held talks "
     "with Eritrea's president in Asmara on Monday. The African Union offered to send observers, but Asmara "
     "rejected the offer.",
     {("ERIGOV", "IGOAFRAFU", "120")}, ("ERIGOV", "KENGOV", "120")),
    ("Azerbaijani and Armenian troops exchanged fire on Tuesday. Russia hosted talks between the two sides in "
     "Moscow. The OSCE offered to mediate, but Baku turned down the offer.",
     {("AZEGOV", "IGOEUROSC", "120")}, ("AZEGOV", "RUS", "120")),
])
def test_a_reaction_to_a_named_act_is_aimed_at_the_party_of_that_kind_of_act(code, text, expected, wrong):
    got = triples(code(text, pub_date="2021-03-10"))
    assert expected <= got and wrong not in got, got


@pytest.mark.parametrize("text,expected", [
    # a council's demand six sentences before is the resolution a party welcomes
    ("The Security Council demanded on Wednesday an end to the siege of El Fasher. Thirteen members voted in "
     "favour. Russia abstained. The British ambassador said the resolution was too weak. The vote came after "
     "weeks of talks. Aid agencies said food was running out. The Sudanese army welcomed the resolution.",
     ("SDNMIL", "IGOUNO", "051")),
    # a suspension told in its verb ("suspended") six sentences before
    ("Norway suspended arms sales to Saudi Arabia on Monday. The foreign minister said the review would take "
     "months. Officials gave no figures. Exports had doubled since 2015. The sales had drawn protests in Oslo. "
     "Lawmakers had demanded a debate. Yemen's government welcomed the suspension.",
     ("YEMGOV", "NOR", "051")),
])
def test_a_named_word_act_is_found_further_back(code, text, expected):
    assert expected in triples(code(text, pub_date="2021-03-10"))


def test_an_appeal_that_mentions_the_agreement_is_not_the_agreement(code):
    # no agreement was told: the envoy who urged the parties to honour one is not its party
    got = triples(code("The UN envoy urged Kabul and the Taliban to honour the agreement. "
                       "Pakistan welcomed the agreement.", pub_date="2021-03-10"))
    assert ("PAK", "IGOUNO", "051") not in got, got


def test_a_party_s_welcome_of_an_agreement_it_signed_answers_no_one(code):
    got = triples(code("The MILF rebels and Manila reached a peace agreement on Thursday after four rounds of talks "
                       "in Kuala Lumpur. President Rodrigo Duterte welcomed the agreement.", pub_date="2021-03-10"))
    assert not any(s == "PHLGOV" and c == "051" for s, _, c in got), got


def test_an_agreement_promised_to_the_reactor_is_the_promiser_s(code):
    got = triples(code("Russia agreed on Friday to pull its soldiers out of Moldova by next year. "
                       "Moldova's president welcomed the agreement.", pub_date="2021-03-10"))
    assert ("MDAGOV", "RUS", "051") in got, got


def test_announcing_a_deal_is_no_reaction_to_the_deal(code):
    # the announcer's act is the deal its object names, not an answer to the pledge told before
    got = triples(code("Colombia's president agreed on Monday to hand the disputed islands to Nicaragua. The OAS "
                       "chief announced the deal after hosting talks between the two leaders.", pub_date="2021-03-10"))
    assert not any(s.startswith("IGO") and c.startswith("05") for s, _, c in got), got


def test_rejecting_a_protest_still_answers_its_maker(code):
    # a frame that changes the wrapped act's code ("rejected the protest": 120, not the protest) answers it
    got = triples(code("Vietnam lodged a protest with Beijing over the oil rig on Monday. "
                       "China's foreign ministry rejected the protest.", pub_date="2021-03-10"))
    assert ("CHNGOV", "VNM", "120") in got or ("CHNGOV", "VNMGOV", "120") in got, got
