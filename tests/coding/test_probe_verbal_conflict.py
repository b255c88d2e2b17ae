"""Probe of verbal conflict and praise in reported speech (CAMEO 110/111/112, 051/052, 120):
verdicts on another party's act under a reporting verb, criticism met by a plan or policy,
blame laid on a party, demands brushed off. Sentences written for this probe; none is taken
from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # a verdict noun: a mistake, an error, blackmail, an escalation, a fabrication
    ("Paris said Moscow's decision to leave the grain deal was a grave mistake.", ("FRAGOV", "RUSGOV", "111")),
    ("The Swiss foreign ministry said the Italian ban was an error.", ("CHEGOV", "ITA", "111")),
    ("Brasilia said the American tariffs amounted to blackmail.", ("BRAGOV", "USA", "111")),
    ("Minsk said the Lithuanian report was a fabrication.", ("BLRGOV", "LTU", "111")),
    # an evaluative adjective on a neutral act noun: an unfriendly act, an illegal measure
    ("The Kremlin said the Finnish border closure was an unfriendly act.", ("RUSGOV", "FIN", "111")),
    ("Beijing said the Philippine move was a provocative act.", ("CHNGOV", "PHL", "111")),
    # new verdict adjectives
    ("Seoul said Tokyo's decision was selfish and irresponsible.", ("KORGOV", "JPNGOV", "111")),
    ("The State Department said Iran's claims were preposterous.", ("USAGOV", "IRN", "111")),
    ("The German chancellor said Hungary's new law was incompatible with European values.", ("DEUGOV", "HUN", "111")),
    ('"The Serbian blockade is indefensible," the Croatian premier said.', ("HRVGOV", "SRB", "111")),
    ("Ottawa said the Indian expulsion order was contrary to international law.", ("CANGOV", "IND", "111")),
    # a disappointing or troubling act: disapproval (110)
    ("The French government said the British decision was disappointing.", ("FRAGOV", "GBR", "110")),
    ("The Chinese naval build-up is deeply troubling, the Australian defence minister said.", ("AUSMIL", "CHN", "110")),
    # praise in a verdict
    ("Washington said Egyptian mediation had been invaluable.", ("USAGOV", "EGY", "051")),
    ('"Qatar\'s role has been indispensable," the German foreign minister said.', ("DEUGOV", "QAT", "051")),
])
def test_a_verdict_on_a_partys_act_under_a_reporting_verb(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The Swiss foreign ministry said the ban was an error.",  # no party owns the act
    "The minister said it would be wise to wait.",
    "Washington said Iran would be wise to accept the offer.",  # advice, not praise
    "The French government said the weather was disappointing.",
])
def test_no_verdict_without_a_judged_party(code, text):
    assert not any(c[:2] in ("05", "11") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("The American tariffs met with strong condemnation from Beijing.", ("CHNGOV", "USA", "111")),
    ("The Italian plan met sharp criticism from the European Commission.", ("IGOEUREEC", "ITA", "111")),
    ("The Greek proposal met with resistance from Ankara.", ("TURGOV", "GRC", "110")),
])
def test_criticism_a_plan_meets_is_from_the_critic(code, text, expected):
    assert expected in triples(code(text))


def test_meeting_with_critics_is_still_a_meeting(code):
    assert ("BRAGOV", "VENOPP", "040") in triples(code("The Brazilian foreign minister met with opposition leaders in Caracas."))


@pytest.mark.parametrize("text,expected", [
    ("Britain holds Russia responsible for the poisoning.", ("GBR", "RUS", "112")),
    ("Kyiv held Moscow accountable for the shelling of the plant.", ("UKRGOV", "RUSGOV", "112")),
    # the parser reads the predicate as a modifier of the object, or as an adverbial clause
    ("Pakistan held India responsible for the attack.", ("PAK", "IND", "112")),
    ("Turkey has held the Kurdish militants responsible for the bombing.", ("TUR", "TURREB", "112")),
    ("Tehran held Washington and Tel Aviv responsible for the assassination.", ("IRNGOV", "ISR", "112")),
    ("Tehran holds Washington and Tel Aviv responsible for the assassination.", ("IRNGOV", "USAGOV", "112")),
])
def test_holding_a_party_responsible_is_blame(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    ("Tehran brushed off Washington's warnings.", ("IRNGOV", "USAGOV", "120")),
    ("The Kremlin shrugged off criticism from the European Union.", ("RUSGOV", "IGOEUREEC", "120")),
    ("Caracas waved off the Brazilian proposal.", ("VENGOV", "BRA", "120")),
])
def test_brushing_off_a_demand_or_criticism_is_a_rejection(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    ("The German chancellor took Warsaw to task over its media law.", ("DEUGOV", "POLGOV", "111")),
    ("The Kremlin scoffed at the British claims.", ("RUSGOV", "GBR", "111")),
    ("Iran's president mocked the Israeli prime minister in a televised speech.", ("IRNGOV", "ISRGOV", "111")),
    ("The Brazilian president tore into the American decision.", ("BRAGOV", "USA", "111")),
    ("Ankara fumed at the Greek decision.", ("TURGOV", "GRC", "110")),
    ("Kyiv called into question the impartiality of the Hungarian government.", ("UKRGOV", "HUNGOV", "111")),
    ("Washington questioned Beijing's commitment to the climate accord.", ("USAGOV", "CHNGOV", "111")),
    ("The Belarusian leader called the Lithuanian president a traitor.", ("BLRGOV", "LTUGOV", "111")),
    ("New Delhi termed the Pakistani remarks as irresponsible.", ("INDGOV", "PAK", "111")),
    ("The Australian defence minister said the Chinese intercept was unsafe and unprofessional.", ("AUSMIL", "CHN", "111")),
])
def test_criticism_in_other_words(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    ("Tokyo reacted with alarm to Pyongyang's latest missile launch.", ("JPNGOV", "PRKGOV", "110")),
    ("Ankara has expressed its unease over Stockholm's handling of the protests.", ("TURGOV", "SWEGOV", "110")),
    ("Seoul voiced reservations about the Japanese plan.", ("KORGOV", "JPN", "110")),
    ("The UN said it deeply regretted the Malian junta's decision to expel the peacekeepers.", ("IGOUNO", "MLIGOV", "110")),
])
def test_a_reaction_to_an_act_is_disapproval(code, text, expected):
    assert expected in triples(code(text))


def test_regretting_ones_own_decision_is_no_disapproval(code):
    assert not any(c.startswith("11") for _, _, c in triples(code("Britain said it regretted its decision to leave.")))


@pytest.mark.parametrize("text,expected", [
    ("The Kenyan government drew praise from the United Nations for leading the mission.", ("IGOUNO", "KENGOV", "051")),
    ("Doha received thanks from the White House for its mediation.", ("USAGOV", "QATGOV", "051")),
    ("The Polish government has come under heavy criticism from Brussels for its judicial overhaul.",
     ("IGOEUREEC", "POLGOV", "111")),
])
def test_praise_or_criticism_received_is_from_its_giver(code, text, expected):
    assert expected in triples(code(text))


def test_pouring_cold_water_on_a_proposal_is_a_rejection(code):
    assert ("RUS", "UKR", "120") in triples(code("Russia poured cold water on Ukraine's proposal for a summit."))


@pytest.mark.parametrize("text,expected", [
    ("The African Union gave its blessing to South Africa's mediation effort.", ("IGOAFRAFU", "ZAF", "051")),
    ("The State Department said the Russian statement was full of lies.", ("USAGOV", "RUS", "111")),
    ("Moscow said the British report was full of inaccuracies.", ("RUSGOV", "GBR", "111")),
    ("The Dutch minister said the Syrian government's use of barrel bombs was an obscenity.", ("NLDGOV", "SYRGOV", "111")),
    ("The New Zealand premier said the Chinese official's tweet was repugnant.", ("NZLGOV", "CHNGOV", "111")),
    ("Seoul was disappointed by the Japanese decision.", ("KORGOV", "JPN", "110")),
    ("Washington was appalled by the Russian strike on the hospital.", ("USAGOV", "RUS", "110")),
    ("France has raised objections to Britain's proposal.", ("FRA", "GBR", "110")),
    ("India raised objections over the Chinese map.", ("IND", "CHN", "110")),
])
def test_more_judgements_and_reactions(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The minister said the room was full of people.",
    "The minister said the Chinese market was full of opportunities.",
    "The minister was disappointed by the result.",
])
def test_no_judgement_of_a_party(code, text):
    assert not any(c[:2] in ("05", "11") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("The Lithuanian president compared the Belarusian leader to Stalin.", ("LTUGOV", "BLRGOV", "111")),
    ("The Ukrainian foreign minister said Russia was a terrorist state.", ("UKRGOV", "RUS", "111")),
    ("Tehran said Washington was the world's biggest sponsor of terrorism.", ("IRNGOV", "USAGOV", "111")),
    ("The Chinese defence ministry said the US was the main source of instability in the region.",
     ("CHNMIL", "USA", "111")),
    ("Pyongyang said the American administration was a gangster.", ("PRKGOV", "USAGOV", "111")),
    ("Ankara said the European Parliament's report was null and void.", ("TURGOV", "IGOEUREEC", "111")),
    ("Moscow said the EU's sanctions policy was suicidal.", ("RUSGOV", "IGOEUREEC", "111")),
    ("The French president called the Australian decision a stab in the back.", ("FRAGOV", "AUS", "111")),
])
def test_labels_and_comparisons_in_a_report(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The minister said Somalia was a failed state.",
    "The minister said Qatar was a major source of gas.",
    "The ministry said the US was a major supporter of the peace process.",
    "The historian compared the treaty to the Versailles settlement.",
])
def test_neutral_labels_are_no_criticism(code, text):
    assert not any(c.startswith("11") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("China called the EU's new tariffs naked protectionism.", ("CHN", "IGOEUREEC", "111")),
    ("Manila described the Chinese manoeuvres as intimidation.", ("PHLGOV", "CHN", "111")),
    ("Beijing described the American envoy's visit to Taiwan as a provocation.", ("CHNGOV", "USAGOV", "111")),
    ("Washington described the deal between Egypt and Jordan as historic.", ("USAGOV", "JOR", "051")),
])
def test_descriptions_of_acts_and_deals(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Lavrov described his talks with Wang Yi as constructive.",
    "The Israelis described their meeting with the British envoy as important.",
])
def test_describing_talks_is_no_praise_of_the_other_side(code, text):
    assert not any(c.startswith("05") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("The Spanish decision provoked an angry reaction from Morocco.", ("MAR", "ESP", "110")),
    ("The Russian move raised eyebrows in Washington.", ("USA", "RUS", "110")),
    ("The Hungarian government came in for criticism from the European Parliament.", ("IGOEUREEC", "HUNGOV", "111")),
])
def test_a_reaction_an_act_provokes_is_from_those_who_react(code, text, expected):
    assert expected in triples(code(text))


def test_raising_concerns_in_a_capital_is_the_speakers_concern(code):
    found = triples(code("The Israeli envoy raised concerns in Washington about Iran."))
    assert ("ISRGOV", "IRN", "110") in found and not any(s.startswith("USA") for s, _, _ in found)


@pytest.mark.parametrize("text,expected", [
    ("China shielded Pakistan from criticism at the United Nations.", ("CHN", "PAK", "052")),
    ("Russia has repeatedly shielded the Syrian government from UN sanctions.", ("RUS", "SYRGOV", "052")),
    ("The Palestinian side said the Israeli offer was insufficient.", ("PSEGOV", "ISR", "111")),
    ("The UN said Israel's aid deliveries were inadequate.", ("IGOUNO", "ISR", "111")),
])
def test_shielding_a_party_and_finding_its_offer_wanting(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The soldiers protected the village from attack.",
    "The minister said the rainfall was insufficient.",
])
def test_no_shield_or_verdict_without_a_party(code, text):
    assert not any(c[:2] in ("05", "11") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("Israel said Iran was the culprit.", ("ISR", "IRN", "112")),
    ("Kyiv said Moscow was the mastermind of the attack.", ("UKRGOV", "RUSGOV", "112")),
    ("The Indian prime minister said Russia was a reliable partner.", ("INDGOV", "RUS", "051")),
    ("The Polish president said the United States was a steadfast ally.", ("POLGOV", "USA", "051")),
])
def test_culprits_and_good_partners_in_a_report(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Police said the perpetrator had been arrested.",
    "The minister said Turkey was a NATO ally.",
])
def test_no_blame_or_praise_in_plain_facts(code, text):
    assert not any(c[:2] in ("05", "11") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("Berlin expressed shock at the Russian decision.", ("DEUGOV", "RUS", "110")),
    ("Tokyo expressed bewilderment at the Chinese ban.", ("JPNGOV", "CHN", "110")),
    ("North Korea's snub of Seoul's offer was expected.", ("PRK", "KORGOV", "120")),
])
def test_shock_at_an_act_and_a_snub(code, text, expected):
    assert expected in triples(code(text))


def test_shock_at_a_disaster_is_no_disapproval(code):
    assert not triples(code("The minister expressed shock at the earthquake damage."))


def test_criticism_drawn_as_flak(code):
    assert ("GBR", "CHN", "111") in triples(code("The Chinese move drew flak from Britain."))


def test_summoning_an_envoy_to_protest_is_one_official_protest_not_a_demonstration(code):
    found = triples(code("The Netherlands summoned Turkey's ambassador to protest against the remarks."))
    assert ("NLD", "TURGOV", "114") in found and not any(c.startswith("14") for _, _, c in found)


@pytest.mark.parametrize("text,expected", [
    ("Macron sent a message of support to the German chancellor.", ("FRAGOV", "DEUGOV", "051")),
    ("The Kremlin sent a letter of congratulations to the new Iranian president.", ("RUSGOV", "IRNGOV", "051")),
])
def test_a_message_of_support_is_praise_not_aid(code, text, expected):
    found = triples(code(text))
    assert expected in found and not any(c.startswith("07") for _, _, c in found)


@pytest.mark.parametrize("text,expected", [
    ("The French minister called the British plan a fiasco.", ("FRAGOV", "GBR", "111")),
    ("The Brazilian opposition described Lula's government as a disaster.", ("BRAOPP", "BRAGOV", "111")),
])
def test_a_failed_policy_in_a_report(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The minister said the earthquake was a disaster.",
    "The UN warned of an escalation in Yemen.",  # a warning of a state of affairs
    "The UN warned of a humanitarian disaster in Yemen.",
])
def test_a_disaster_or_escalation_foreseen_is_no_verdict(code, text):
    assert not triples(code(text))


@pytest.mark.parametrize("text", [
    "The EU warned of Chinese protectionism.",
    "The EU warned of Russian hegemony in Europe.",
    "NATO warned of Russian espionage in Germany.",
])
def test_a_warning_of_a_practice_is_no_threat(code, text):
    assert not any(c.startswith("13") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("Erdogan launched a scathing attack on the European Union.", ("TURGOV", "IGOEUREEC", "111")),
    ("The Venezuelan president mounted a blistering attack on Washington.", ("VENGOV", "USAGOV", "111")),
    ("Trump launched a verbal attack on the Chinese government.", ("USAELI", "CHNGOV", "111")),
])
def test_launching_a_verbal_attack_is_criticism_not_force(code, text, expected):
    got = triples(code(text, pub_date="2024-06-01"))
    assert expected in got, got
    assert not any(c[:2] == "19" for _, _, c in got), got
