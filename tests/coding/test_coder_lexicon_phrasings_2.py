"""More wire phrasings of weakly covered CAMEO sub-codes (visits, aid, demands, rejections,
reduced relations, coercion, fighting, mass violence). Hand-written sentences, one phrasing
per case."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("The German chancellor embarked on a state visit to Japan.", ("DEUGOV", "JPN", "042")),
    ("The French president wrapped up his trip to Brazil on Thursday.", ("FRAGOV", "BRA", "042")),
    ("The Turkish foreign minister headed a delegation to Iraq.", ("TURGOV", "IRQ", "042")),
    # a state sending one of its officials to a capital visits it
    ("The United States sent its top diplomat for Asia to Manila last week.", ("USA", "PHLGOV", "042")),
    ("France dispatched its foreign minister to Beirut on Monday.", ("FRA", "LBNGOV", "042")),
    ("Britain sent its defence secretary to Kyiv.", ("GBR", "UKRGOV", "042")),
])
def test_visits(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Jordan shipped 300 tonnes of flour to Lebanon.", ("JOR", "LBN", "073")),
    ("Qatar dispatched dozens of truckloads of fuel to Gaza.", ("QAT", "PSE", "073")),
])
def test_aid(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Niger demanded the departure of French troops.", ("NER", "FRAMIL", "1056")),
    ("The Iraqi parliament demanded the expulsion of American forces.", ("IRQLEG", "USAMIL", "1056")),
    ("Catalan separatists demanded independence from Spain.", ("ESPREB", "ESP", "1044")),
])
def test_demands(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_drilling_for_gas_is_no_military_exercise(code):
    got = triples(code("Cyprus demanded that Turkey stop drilling for gas off the island."))
    assert not any(c.startswith("06") or c == "1012" for _, _, c in got), got


def test_calling_off_a_strike_on_a_country_eases_the_conflict(code):
    assert ("USAGOV", "IRN", "087") in triples(code("Trump called off a planned strike on Iran at the last minute."))


def test_an_army_ousting_a_president_seizes_power_but_a_vote_does_not(code):
    assert ("SDNMIL", "SDNGOV", "192") in triples(code("Sudan's army ousted President Omar al-Bashir on Thursday.",
                                                       pub_date="2019-04-11"))
    assert not code("Pakistan's parliament ousted Imran Khan in a no-confidence vote.", pub_date="2022-04-10")


def test_a_discard_limited_to_its_objects_keeps_other_senses_of_the_head(code):
    # the disaster discard is about declaring or extending emergencies, not condolences
    got = triples(code("Xi Jinping extended condolences to Recep Tayyip Erdogan over the earthquake.",
                       pub_date="2023-02-07"))
    assert ("CHNGOV", "TURGOV", "018") in got, got
    assert not code("Turkey declared a state of emergency over the earthquake.", pub_date="2023-02-07")


def test_discussing_a_war_with_a_leader_is_a_discussion_not_a_war_with_them(code):
    got = triples(code("Rishi Sunak discussed the war in Ukraine with Joe Biden.", pub_date="2023-06-08"))
    assert got == {("GBRGOV", "USAGOV", "046")}, got


def test_a_name_the_parser_reads_as_a_predicate_after_call_is_the_one_called(code):
    assert ("FRAGOV", "RUSGOV", "041") in triples(code("Macron called Putin on Sunday to urge a ceasefire.",
                                                       pub_date="2023-06-08"))
    # a predicate proper stays one: an insult, not a call
    assert ("TURGOV", "FRAGOV", "041") not in triples(code("Erdogan called Macron a disgrace."))


def test_welcoming_a_visitor_hosts_them(code):
    assert ("RUSGOV", "TURGOV", "043") in triples(code("Putin welcomed his Turkish counterpart in Sochi."))
    # welcoming an act approves it
    assert ("IGOUNO", "ISR", "051") in triples(code("The UN welcomed the ceasefire between Israel and Hamas."))


def test_a_cricket_board_banning_players_is_no_ban(code):
    assert not code("Pakistan's cricket board banned two players for match fixing.")


def test_bringing_down_a_price_is_no_attack(code):
    got = triples(code("Turkmenistan agreed to lower the price for Ukraine, bringing it down to 58 dollars."))
    assert not any(c.startswith("19") for _, _, c in got), got
    assert ("TUR", "RUS", "190") in triples(code("Turkey brought down a Russian jet near the border."))


@pytest.mark.parametrize("text,expected", [
    ("The Houthis rejected a truce proposal from Oman.", ("YEMREB", "OMN", "1246")),
    ("Israel dismissed the ceasefire plan.", ("ISR", None, "1246")),
    ("Serbia rejected Kosovo's independence.", ("SRB", "XKX", "1234")),
    ("Poland blocked the EU's migration package.", ("POL", "IGOEUREEC", "129")),
])
def test_rejections(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Germany froze 100 million euros in aid to Niger.", ("DEU", "NER", "162")),
    ("Belarus suspended its participation in the arms control treaty.", ("BLR", None, "160")),
])
def test_reduced_relations(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Israeli troops tore down a Palestinian clinic.", ("ISRMIL", "PSE", "1712")),
    ("Russia labelled the American reporter a foreign agent.", ("RUS", "USAMED", "1721")),
])
def test_coercion(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Jordan carried out airstrikes inside Syria.", ("JOR", "SYR", "195")),
    ("Russian forces pummeled the port of Odesa.", ("RUSMIL", "UKR", "194")),
    ("Armenian forces blocked the corridor.", ("ARMMIL", None, "191")),
    ("Sudanese rebels seized the dam.", ("SDNREB", None, "192")),
])
def test_fighting(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_missile_slamming_into_buildings_is_no_criticism(code):
    got = triples(code("A Russian missile slammed into a hospital in Kharkiv."))
    assert any(c.startswith("19") for _, _, c in got), got
    assert not any(c.startswith("11") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    ("Iraqi forces used mustard gas against Kurdish villagers.", ("IRQMIL", "IRQCVL", "2041")),
    ("Sudanese militias forced thousands of villagers to flee.", ("SDNREB", "SDNCVL", "201")),
])
def test_mass_violence(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Poland ordered the closure of the Russian consulate in Gdansk.", ("POL", "RUSGOV", "161")),
    ("Sweden paused its funding for UNRWA.", ("SWE", "IGOUNO", "1621")),
    ("Germany paused arms deliveries to Turkey.", ("DEU", "TUR", "1622")),
    ("The IMF froze its bailout programme for Sri Lanka.", ("IGOBUSIMF", "LKA", "1621")),
    ("Chad asked the UN peacekeeping force to leave.", ("TCD", "IGOUNO", "1661")),
])
def test_reduced_relations_more(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Burundi barred the UN rapporteur from visiting the country.", ("BDI", "IGOUNO", "1245")),
    ("A Chinese court gave the Australian writer a suspended death sentence.", ("CHNJUD", "AUS", "173")),
])
def test_barring_and_sentencing(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Japan opened a $1 billion credit line for India.", ("JPN", "IND", "071")),
    ("Iran shipped artillery shells to Sudan.", ("IRN", "SDN", "072")),
    ("Egypt airdropped medicine over Gaza.", ("EGY", "PSE", "073")),
    ("Washington cleared the sale of fighter jets to India.", ("USAGOV", "IND", "062")),
])
def test_aid_more(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_leading_a_mission_in_a_country_is_no_visit(code):
    got = triples(code("Rwanda led a regional security mission in Mozambique."))
    assert not any(c == "042" for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # a bloc freezing a candidate's accession process halts the talks on its membership (164)
    ("The EU suspended Turkey's accession process.", ("IGOEUREEC", "TUR", "164")),
    ("Brussels halted the accession process of Serbia.", ("IGOEUREEC", "SRB", "164")),
    ("The European Union froze Moldova's membership bid on Monday.", ("IGOEUREEC", "MDA", "164")),
])
def test_freezing_an_accession_process_halts_talks(code, text, expected):
    assert expected in triples(code(text))
