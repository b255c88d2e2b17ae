"""Events that only a parse repair (:mod:`eventwire.nlp.repairs`) lets the coder see: an attack
campaign whose kind the model read as a verb stealing it ("began a fresh bombing and shelling
operation against X"); the act a clause's summary noun names, read by the model as an apposition
of the place ending the clause ("offered to send peacekeepers to Moldova, a proposal that
Chisinau rejected"); an object put after a fronted verdict ("condemned as provocative the naval
exercises by X"). Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Ethiopian forces began a fresh bombing and shelling operation against Tigrayan rebels.",
     ("ETHMIL", "ETHREB", "190")),
])
def test_a_bombing_and_shelling_campaign_has_its_target(code, text, expected):
    assert expected in triples(code(text))



@pytest.mark.parametrize("text,expected", [
    ("Russia offered to send peacekeepers to Moldova, a proposal that Chisinau rejected.", ("MDAGOV", "RUS", "120")),
    ("Serbia asked for talks with Kosovo, a request that Pristina rejected.", ("XKXGOV", "SRB", "120")),
    ("Egypt suggested deploying observers in Gaza, a plan that Israel opposed.", ("ISR", "EGY", "110")),
])
def test_a_reaction_to_a_proposal_named_after_a_place_is_to_its_author(code, text, expected):
    assert expected in triples(code(text))


def test_a_proposal_that_met_opposition_is_no_meeting_with_the_place(code):
    text = "The general asked for troops to be moved into northern Syria, a proposal that has met strong opposition."
    assert not any(e.cameo == "040" for e in code(text))


@pytest.mark.parametrize("text,expected", [
    ("China condemned as provocative the naval exercises by the Philippines.", ("CHN", "PHL", "111")),
    ("Beijing denounced as provocative the joint drills held by Japan and the Philippines.",
     ("CHNGOV", "PHL", "111")),
    # the verdict in quotes, straight or wire-style
    ('Beijing denounced as "provocative" the joint drills held by Japan.', ("CHNGOV", "JPN", "111")),
    ('Ankara condemned as "unacceptable" remarks by the Dutch premier.', ("TURGOV", "NLDGOV", "111")),
    ("Paris condemned as`` unacceptable'' claims by Algeria.", ("FRAGOV", "DZA", "111")),
])
def test_a_verdict_put_before_its_object_has_the_object_s_party_as_target(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    # "whom" read as the reported verb's subject, or left loose on the reporting verb: it is the
    # object of the reported act, whose subject is its own
    ("The Wagner commander, whom Ukraine says its forces captured in Bakhmut, appeared on television.",
     ("UKRMIL", "RUSMIL", "173")),
    ("The court also charged Hezbollah commander Fuad Shukr, whom Israel says it killed in an air strike "
     "in Beirut.", ("ISR", "LBNREB", "186")),
])
def test_an_object_relative_under_a_reporting_verb_is_the_reported_acts_object(code, text, expected):
    assert expected in triples(code(text))
