"""Probe of whole wire articles (round 5): eight wire stories written for this probe (the Doha
declaration between Congo and M23, a Venezuelan candidate's exile, a coast guard clash at a South
China Sea shoal, a Security Council veto on Sudan, a multi-country prisoner swap, EU sanctions and
Russia's media ban, a coup in Gabon and the regional bodies' suspensions, a state visit to Belgrade),
each hand-coded under the seed conventions before it was run (``tests/fixtures/articles/r5_*``).
Their recall and precision floors are in ``test_probe_articles.py``; here are the single-sentence
tables for the mechanisms the probe fixed. Texts written for this probe; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # an international body suspending a state suspends its membership: its diplomatic exchange
    # with the state is cut (161, also "suspended T from ..."), not an administrative sanction on a person
    ("The African Union suspended Niger on Friday over the coup.", ("IGOAFRAFU", "NER", "161")),
    ("The Commonwealth suspended Fiji after the military takeover.", ("IGOCWN", "FJI", "161")),
    ("ECOWAS suspended Guinea's military government in September.", ("IGOWAFECO", "GINGOV", "161")),
    ("The Arab League suspended Syria from all its meetings in 2011.", ("IGOARBALG", "SYR", "161")),
    ("The Organization of American States suspended the membership of Honduras.", ("IGOAMROAS", "HND", "161")),
    # a court or a government suspending an official is one (172)
    ("The Constitutional Court suspended Prime Minister Paetongtarn Shinawatra on Tuesday.",
     ("THAJUD", "THAGOV", "172")),
])
def test_round5_mechanisms(code, text, expected):
    got = triples(code(text, pub_date="2024-09-01"))
    assert expected in got, got


@pytest.mark.parametrize("text,absent", [
    # suspending things is coded by what is suspended, never as a suspension of their owner
    ("The EU suspended Turkey's accession talks.", "172"),
    ("The United States suspended some aid programmes to Niger.", "172"),
])
def test_round5_not_coded(code, text, absent):
    got = triples(code(text, pub_date="2024-09-01"))
    assert not any(c == absent for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # a seizure of power takes it from the actors' own government (192 on ISO3GOV)
    ("Army officers in Libreville seized power on Wednesday.", ("GABMIL", "GABGOV", "192")),
    ("The Burkinabe military staged a coup in January.", ("BFAMIL", "BFAGOV", "192")),
    ("Soldiers in Niamey seized power in July.", ("NERMIL", "NERGOV", "192")),
])
def test_a_seizure_of_power_is_aimed_at_the_government(code, text, expected):
    got = triples(code(text, pub_date="2024-09-01"))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # harm done in the course of an act on a party ("boarded X, seizing ... and injuring ...")
    # falls on that party when the participle names no one
    ("Chinese coast guard personnel boarded Philippine navy boats on Monday, seizing rifles and injuring "
     "several sailors.", ("CHNCOP", "PHLMIL", "171")),
    ("Chinese coast guard personnel boarded Philippine navy boats on Monday, seizing rifles and injuring "
     "several sailors.", ("CHNCOP", "PHLMIL", "190")),
    ("Iranian commandos boarded a British tanker in the Gulf, seizing its cargo and injuring two crew members.",
     ("IRNMIL", "GBR", "190")),
])
def test_harm_in_the_course_of_an_act_falls_on_its_object(code, text, expected):
    got = triples(code(text, pub_date="2024-06-19"))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # "also" joins the act just told of the same kind (root), even when the codes differ: a bare
    # expression of concern after a condemnation is aimed at the condemned
    ("The United States condemned China's manoeuvres. Japan and Australia also voiced concern.", ("JPN", "CHN", "110")),
    ("The United States condemned China's manoeuvres. Japan and Australia also voiced concern.", ("AUS", "CHN", "110")),
    ("Britain denounced the missile test by North Korea. South Korea also expressed alarm.", ("KOR", "PRK", "110")),
])
def test_also_joins_the_act_just_told_of_the_same_kind(code, text, expected):
    got = triples(code(text, pub_date="2024-06-19"))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # a visitor welcomed with honours is received (043), not praised (051)
    ("Vucic welcomed Xi with a military ceremony outside the presidential palace.", ("SRBGOV", "CHNGOV", "043")),
    ("Erdogan greeted Putin with full military honours in Ankara.", ("TURGOV", "RUSGOV", "043")),
    ("Biden welcomed Kishida with a state banquet at the White House.", ("USAGOV", "JPNGOV", "043")),
])
def test_a_visitor_welcomed_with_honours_is_received(code, text, expected):
    got = triples(code(text, pub_date="2024-05-08"))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # the infinitive of a frame verb after a time phrase of its own ("agreed in January to X") is
    # its complement, though the parser makes it an adverbial clause
    ("Manila and Beijing agreed in January to improve maritime communication.", ("PHLGOV", "CHNGOV", "030")),
    ("The Philippines and Vietnam agreed last week to hold talks.", ("PHL", "VNM", "036")),
    ("Iran vowed on Monday to retaliate against Israel.", ("IRN", "ISR", "138")),
])
def test_a_frame_infinitive_after_a_time_phrase_is_its_complement(code, text, expected):
    got = triples(code(text, pub_date="2024-05-08"))
    assert expected in got, got
