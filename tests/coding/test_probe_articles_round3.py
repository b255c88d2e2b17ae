"""Probe of whole wire articles (round 3): ten wire stories written for this probe (Sudan's war and the
Jeddah talks, Azerbaijan's Karabakh offensive, Israel-Hezbollah strikes, Houthi attacks and the
US-UK strikes on Yemen, the Kenya-led mission to Haiti, the Banjska attack in Kosovo, Iran's drone
attack on Israel, South Korea's martial law, the Sahel juntas leaving ECOWAS, the EU's tariffs on
Chinese electric cars), each hand-coded under the seed conventions before it was run
(``tests/fixtures/articles/*.expected.jsonl``). Their recall and precision floors are in
``test_probe_articles.py``; here are the single-sentence tables for the mechanisms the probe fixed.
Texts written for this probe; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("pub_date,text,expected", [
    # "the three countries", "the three juntas": the three states named last, each its own event
    ("2024-01-29", "The military rulers of Mali, Burkina Faso and Niger announced on Sunday that they would leave "
     "ECOWAS. In a joint statement, the three juntas accused the bloc of falling under foreign influence.",
     {("MLIGOV", "IGOWAFECO", "112"), ("BFAGOV", "IGOWAFECO", "112"), ("NERGOV", "IGOWAFECO", "112")}),
    ("2024-01-29", "Mali, Burkina Faso and Niger have all been hit by coups. The three countries signed a mutual "
     "defence pact in September.",
     {("MLI", "BFA", "057"), ("MLI", "NER", "057"), ("BFA", "NER", "057")}),
    ("2023-11-25", "Egypt, Qatar and the United States brokered the truce. The three countries urged Hamas to "
     "release more hostages.",
     {("EGY", "PSEREB", "0253"), ("QAT", "PSEREB", "0253"), ("USA", "PSEREB", "0253")}),
    # a body named in full, then by its head noun alone
    ("2024-10-04", "The European Commission fined Google on Tuesday. The Commission accused Google of abusing its "
     "dominance.", {("IGOEUREEC", "USABUS", "1122")}),
    ("2024-10-04", "EU governments backed the European Commission's plan on Friday. The Commission accused Beijing "
     "of giving its carmakers unfair subsidies.", {("IGOEUREEC", "CHNGOV", "112")}),
    ("2024-10-04", "The U.N. Security Council met on Monday. The Council condemned North Korea's missile launch.",
     {("IGOUNO", "PRK", "111")}),
    # lexicon: tariffs multiplied, a pact formed
    ("2024-06-01", "The United States quadrupled its tariffs on Chinese electric vehicles to 100 percent in May.",
     {("USA", "CHN", "163")}),
    ("2024-06-01", "Washington quadrupled tariffs on Chinese solar cells.", {("USAGOV", "CHN", "163")}),
    ("2023-09-20", "Mali and Burkina Faso formed a mutual defence pact in September.", {("MLI", "BFA", "057")}),
    ("2023-09-20", "Russia formed a pact with North Korea in June.", {("RUS", "PRK", "057")}),
    # a protest is against whom its purpose clause makes the demand of
    ("2023-09-21", "Thousands of protesters gathered outside parliament in Yerevan to demand Pashinyan's "
     "resignation.", {("ARMOPP", "ARMGOV", "141")}),
    ("2024-02-15", "Thousands of farmers gathered outside parliament in Warsaw to demand the agriculture "
     "minister's resignation.", {("POLAGR", "POLGOV", "141")}),
    # a conjunct shares every country its head noun is qualified by
    ("2024-01-12", "U.S. and British warplanes and warships struck more than 60 targets in Yemen overnight.",
     {("USAMIL", "YEM", "195"), ("GBRMIL", "YEM", "195")}),
    # "the two generals", "the two commanders": the two persons named last
    ("2023-11-08", "Army chief General Abdel Fattah al-Burhan vowed to keep fighting. RSF commander Mohamed Hamdan "
     "Dagalo said his forces would not surrender. Guterres urged the two generals to silence the guns.",
     {("IGOUNO", "SDNGOV", "0256"), ("IGOUNO", "SDNREB", "0256")}),
    ("2024-06-15", "Ukrainian commander Oleksandr Syrskyi met Valerii Zaluzhnyi in Kyiv. President Volodymyr "
     "Zelenskiy later praised the two commanders.", {("UKRGOV", "UKRMIL", "051")}),
    # "silence the guns" is a truce, not censorship
    ("2023-11-08", "Sudan's army and the RSF agreed to silence their guns for a week.", {("SDNMIL", "SDNREB", "0871")}),
])
def test_round3_mechanisms(code, pub_date, text, expected):
    got = triples(code(text, pub_date=pub_date))
    assert expected <= got, got


@pytest.mark.parametrize("text,place", [
    ("U.S. and British warplanes and warships struck more than 60 targets in Yemen overnight.", "YEM"),
    ("French and British jets and drones struck Islamic State positions in Syria on Sunday.", "SYR"),
])
def test_a_conjunct_of_national_forces_is_not_the_struck_country_s(code, text, place):
    # ("warships" shares "U.S. and British", not the country of the place struck)
    got = triples(code(text, pub_date="2024-06-15"))
    assert got and not any(s and s.startswith(place) for s, _, _ in got), got


@pytest.mark.parametrize("text,parties", [
    ("Benin, Chad and Bangladesh have also offered to send personnel.", {"BEN", "TCD", "BGD"}),
    ("Kenya and Jamaica offered to contribute officers.", {"KEN", "JAM"}),
    ("Egypt, Qatar and Turkey have offered to host the next round.", {"EGY", "QAT", "TUR"}),
])
def test_co_offerers_of_an_act_no_pattern_knows_do_not_offer_it_to_each_other(code, text, parties):
    got = triples(code(text, pub_date="2024-06-26"))
    assert not any(s in parties and t in parties for s, t, _ in got), got


def test_co_offerers_of_a_shared_act_still_intend_it_together(code):
    got = triples(code("Egypt and Jordan pledged to work together.", pub_date="2024-06-26"))
    assert ("EGY", "JOR", "030") in got or ("JOR", "EGY", "030") in got, got


@pytest.mark.parametrize("text,expected", [
    ("Haiti's government appealed for help in 2022. Kenya offered to lead a mission. Human rights groups accused "
     "Kenyan police of abuses. The two governments signed an agreement in March.", ("HTIGOV", "KENGOV", "057")),
    ("Armenia and Azerbaijan held talks in Washington. Amnesty International criticised both. The two "
     "governments signed a peace accord in August.", ("ARMGOV", "AZEGOV", "057")),
])
def test_the_two_governments_are_states_not_a_rights_group(code, text, expected):
    got = triples(code(text, pub_date="2024-06-26"))
    assert expected in got or (expected[1], expected[0], expected[2]) in got, got
