"""A conjoined verb with no subject of its own shares the subject of the verb it is coordinated
with, whatever the voice: an active conjunct after a passive takes the passive's subject, not its
agent ("Chile was angered by the reports and urged Peru ..." - Chile urges; only a finite verb
with a direct object reads as active), and a passive
conjunct after an active verb undergoes the act with that subject as its target ("Ghana signed the
accord and was accused by Togo of ..." - Togo accuses Ghana). A passive conjunct keeps its own
agent ("was detained by police and charged"). Sentences written for this test; none is taken from
an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-03-14"


@pytest.mark.parametrize("text,expected", [
    ("The Chilean foreign ministry was angered by the reports and urged Peru to release the detained fishermen.",
     ("CHLGOV", "PER", "02")),
    ("Norway's government was surprised by the decision and summoned Russia's ambassador on Monday.",
     ("NORGOV", "RUSGOV", "11")),
    ("Ghana signed the border accord last year and has since been accused by Togo of moving troops to the frontier.",
     ("TGO", "GHA", "11")),
    ("Moldova hosted the summit and was criticised by Russia for inviting Ukrainian officials.",
     ("RUS", "MDA", "11")),
])
def test_a_conjunct_shares_the_subject_across_voices(code, text, expected):
    source, target, root = expected
    got = triples(code(text, pub_date=DATE))
    assert any(s == source and t == target and c.startswith(root) for s, t, c in got), got


def test_an_active_conjunct_is_not_the_passive_agents_act(code):
    # Croatia criticised; Serbia summoned
    got = triples(code("Serbia was criticised by Croatia and summoned its ambassador.", pub_date=DATE))
    assert not any(s == "HRV" and c.startswith("114") for s, _, c in got), got


def test_an_ed_conjunct_with_no_object_shares_the_passive(code):
    # "questioned" shares "was": the police question the envoy
    got = triples(code("The Armenian envoy was detained by Azerbaijani police and questioned for six hours.",
                       pub_date=DATE))
    assert not any(s == "ARMGOV" for s, _, _ in got), got

def test_a_passive_with_a_second_object_keeps_its_agent(code):
    # "handed a protest note" shares the passive's auxiliary: the ambassador is handed it
    got = triples(code("The Swiss ambassador was summoned by Egypt's foreign ministry and handed a protest note.",
                       pub_date=DATE))
    assert not any(s == "CHEGOV" for s, _, _ in got), got


def test_a_noun_misread_as_a_present_tense_takes_no_subject(code):
    # the tagger reads "charges" as a verb conjoined with "was detained": no allegation by the detainee
    got = triples(code("Estonian journalist Maria Tamm was detained in Pskov in May 2022 and convicted of treason "
                       "and jailed for nine years last week, charges she, her employer and the Estonian government "
                       "rejected.", pub_date=DATE))
    assert not any(s == "ESTMED" for s, _, _ in got), got
