"""Acts the coder used to leave with no target although the text makes it plain: a state's
coercion of its own people ("declared martial law"), ... Sentences written for these tests; none
is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Thai Prime Minister Prayuth Chan-ocha declared a state of emergency in Bangkok on Thursday.",
     "2020-10-15", ("THAGOV", "THA", "1724")),
    ("President Ferdinand Marcos declared martial law in 1972.", "2020-06-15", ("PHLGOV", "PHL", "1724")),
    ("Ethiopian Prime Minister Abiy Ahmed lifted the state of emergency on Tuesday.", "2023-06-06",
     ("ETHGOV", "ETH", "0814")),
    ("The Egyptian army crushed the uprising within weeks.", "2020-06-15", ("EGYMIL", "EGY", "175")),
    ("Kenyan police broke up the rally on Tuesday.", "2024-06-25", ("KENCOP", "KEN", "175")),
])
def test_a_state_s_coercion_of_no_one_named_falls_on_its_own_people(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,absent", [
    # a bare country names no organ of the state: its people would be itself
    ("Thailand declared martial law on Tuesday.", "2014-05-20", ("THA", "THA", "1724")),
])
def test_no_own_people_target_without_a_state_organ(code, text, date, absent):
    got = triples(code(text, pub_date=date))
    assert absent not in got, got


@pytest.mark.parametrize("text,date,expected", [
    # border provinces and towns the gazetteer misses (actors/data/groups.jsonl)
    ("Cambodian troops fired artillery shells into Surin province overnight.", "2025-07-25", ("KHMMIL", "THA", "194")),
    ("Thai F-16 jets bombed targets in Oddar Meanchey province on Friday.", "2025-07-25", ("THAMIL", "KHM", "195")),
    ("Tajik forces shelled the outskirts of Batken on Friday.", "2022-09-16", ("TJKMIL", "KGZ", "194")),
    ("Kyrgyz troops opened fire on a Tajik border post near Vorukh.", "2021-04-29", ("KGZMIL", "TJK", "190")),
])
def test_force_on_a_border_province_falls_on_its_country(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # diplomats expelled "from" a country are that country's, also when its members are named
    ("Russia expelled 20 diplomats from Germany on Monday.", "2023-04-05", ("RUS", "DEU", "161")),
    ("Nicaragua expelled envoys from several European countries, including Spain and Italy.", "2024-05-01",
     ("NIC", "ESP", "161")),
    ("Nicaragua expelled envoys from several European countries, including Spain and Italy.", "2024-05-01",
     ("NIC", "ITA", "161")),
    ("Moscow expelled two diplomats from the Estonian embassy.", "2024-05-01", ("RUSGOV", "ESTGOV", "161")),
])
def test_diplomats_expelled_from_a_country_are_its_own(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # force that answers an attack told before is aimed at the attacker
    ("Russian troops shelled Kharkiv on Monday. Ukrainian forces repelled the assault.", "2024-05-14",
     ("UKRMIL", "RUSMIL", "190")),
    ("Eritrean troops attacked Ethiopian positions overnight. Ethiopian soldiers repulsed the attack, the army said.",
     "2024-05-01", ("ETHMIL", "ERIMIL", "190")),
    ("Azerbaijani forces attacked Armenian border posts on Tuesday. Armenian units were repelling the aggression.",
     "2022-09-13", ("ARM", "AZEMIL", "190")),
])
def test_repelling_an_attack_told_before_is_aimed_at_the_attacker(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # people a state's police detain whom no actor names are its own people
    ("Thousands rallied in Tbilisi on Sunday. Georgian police detained dozens of them.", "2024-12-01",
     ("GEOCOP", "GEO", "173")),
    ("Police in Dhaka arrested several of them overnight.", "2024-07-20", ("BGDCOP", "BGD", "173")),
    ("Turkish police shot one of the assailants and detained two others.", "2024-05-01", ("TURCOP", "TUR", "173")),
    ("Egyptian security forces arrested scores of them, the ministry said.", "2024-05-01", ("EGYCOP", "EGY", "173")),
])
def test_people_a_state_detains_unnamed_are_its_own(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # goods are the country's they are made, grown or mined in
    ("Washington imposed duties on solar panels made in Vietnam.", "2024-05-01", ("USAGOV", "VNM", "163")),
    ("The European Union banned imports of diamonds mined in Russia.", "2024-05-01", ("IGOEUREEC", "RUS", "163")),
    ("Canada imposed a surtax on electric vehicles manufactured in China.", "2024-08-26", ("CAN", "CHN", "163")),
])
def test_sanctions_on_goods_made_in_a_country_fall_on_it(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # a verb coordinated after another, sharing its subject and naming no party of its own, is
    # aimed at whoever the first verb's act was aimed at
    ("Ghana recalled its ambassador to Abuja on Monday and lodged a formal complaint.", "2024-05-01",
     ("GHA", "NGAGOV", "114")),
    ("Azerbaijan summoned Iran's envoy in Baku and demanded the immediate release of two Azerbaijani journalists.",
     "2024-05-01", ("AZE", "IRNGOV", "1053")),
    ("The Indian prime minister visited Dhaka in 2015 and pledged $2bn in credit.", "2024-05-01",
     ("INDGOV", "BGDGOV", "0331")),
    ("The German chancellor visited Warsaw and apologised for crimes committed during the occupation.",
     "2024-05-01", ("DEUGOV", "POLGOV", "055")),
])
def test_a_coordinated_act_with_no_party_shares_the_first_act_s_target(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,absent", [
    # a conjunct with a subject of its own is a clause of its own
    ("Japan recalled its ambassador to Seoul, and the prime minister apologised for the delay.", "2024-05-01",
     ("JPNGOV", "KORGOV", "055")),
])
def test_a_conjunct_clause_with_its_own_subject_keeps_its_own_target(code, text, date, absent):
    got = triples(code(text, pub_date=date))
    assert absent not in got, got


@pytest.mark.parametrize("text,date,absent", [
    # a thing judged is the judgement's own object, not the first verb's party
    ("Brazil called for reform of the IMF and condemned protectionism.", "2024-05-01", ("BRA", "IGOBUSIMF", "111")),
])
def test_a_coordinated_judgement_of_a_thing_does_not_share_the_first_act_s_target(code, text, date, absent):
    got = triples(code(text, pub_date=date))
    assert absent not in got, got


@pytest.mark.parametrize("text,date,absent", [
    # "called for X" after a condemnation is no phone call to the party condemned
    ("Germany condemned the Gabonese junta and called for the vote to be respected.", "2024-05-01", ("DEU", None, "041")),
])
def test_a_coordinated_call_is_no_meeting_with_the_first_act_s_target(code, text, date, absent):
    got = triples(code(text, pub_date=date))
    assert not any(s == absent[0] and c.startswith("04") for s, _, c in got), got


@pytest.mark.parametrize("text,date,expected", [
    # a reaction is aimed at the doer of the act its "after", "as" or "following" adverbial tells
    ("Bulgaria vows retaliation after Austrian veto on border deal", "2023-12-10", ("BGR", "AUT", "138")),
    ("Poland threatened retaliation after Germany blocked its bid to join the group.", "2024-05-01",
     ("POL", "DEU", "138")),
    ("Serbia protests as Montenegro detains ex-general on Croatian request", "2024-05-01", ("SRB", "MNE", "114")),
    ("Ghana recalled its ambassador after Nigeria expelled dozens of traders.", "2024-05-01", ("GHA", "NGA", "161")),
    ("Turkey condemned the vote after the French parliament passed the bill.", "2024-05-01",
     ("TUR", "FRALEG", "111")),
    ("Moscow condemned the move following Finland's decision to join NATO.", "2024-05-01", ("RUSGOV", "FIN", "111")),
])
def test_a_reaction_is_aimed_at_the_doer_its_after_clause_names(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,absent", [
    # the reactor's own organ acting in the clause is no target of its reaction
    ("Hungary threatened retaliation after its parliament passed the budget.", "2024-05-01", ("HUN", "HUNLEG", "138")),
])
def test_an_after_clause_of_the_reactor_s_own_names_no_target(code, text, date, absent):
    got = triples(code(text, pub_date=date))
    assert absent not in got, got


@pytest.mark.parametrize("text,date,absent_code", [
    # a verb whose pattern needs its own preposition ("lay into", "tear into") is no reaction
    # without it, whatever its "after" clause tells
    ("Armenia laid mines along the frontier after clashes with Azerbaijani troops.", "2024-05-01", "111"),
    ("Kyrgyzstan tore up the road after skirmishes with Tajik border guards.", "2024-05-01", "111"),
])
def test_a_verb_without_its_own_preposition_takes_no_target_from_an_after_clause(code, text, date, absent_code):
    got = triples(code(text, pub_date=date))
    assert not any(c == absent_code for _, _, c in got), got


@pytest.mark.parametrize("text,date,expected", [
    # a threat of revenge that names no one is aimed at whoever last acted on the threatener's side
    ("Israeli jets struck an Iranian air base near Isfahan on Friday. Tehran vowed revenge.", "2024-05-01",
     ("IRNGOV", "ISRMIL", "130")),
    ("Washington imposed 50% tariffs on Indian textiles on Monday. The measure takes effect next month. "
     "Indian Prime Minister Narendra Modi said New Delhi would not rule out retaliation.", "2025-02-02",
     ("INDGOV", "USAGOV", "138")),
    ("Ukrainian drones hit a refinery in southern Russia overnight. The Kremlin promised retaliation.", "2025-02-02",
     ("RUSGOV", "UKRMIL", "138")),
])
def test_a_threat_of_revenge_is_aimed_at_the_last_party_to_act_on_the_threatener(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # an order defied with no one named for it is the defiers' own state's (a court's its courts')
    ("Thousands of protesters defied a nationwide curfew in Dhaka on Sunday.", "2024-05-01",
     ("BGDOPP", "BGDGOV", "128")),
    ("Crowds in Nairobi defied a ban on demonstrations.", "2024-05-01", ("KENOPP", "KENGOV", "128")),
    ("Opposition supporters in Minsk flouted the decree banning rallies.", "2024-05-01", ("BLROPP", "BLRGOV", "128")),
    ("Striking doctors in Lagos ignored a court injunction ordering them back to work.", "2024-05-01",
     ("NGAHLH", "NGAJUD", "128")),
])
def test_an_order_defied_by_a_state_s_people_is_its_state_s(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


def test_a_state_defying_a_ban_is_not_aimed_at_itself(code):
    got = triples(code("Serbia violated the ban on arms exports.", pub_date="2024-05-01"))
    assert not any(t and t.startswith("SRB") for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    # readiness for a bare act no pattern knows, aimed at no one, is a stance, not a commitment
    "The Ghanaian army said it was ready to respond if needed.",
    "The Nigerian army said it was ready to go at any moment.",
    "Japan says it stands willing to engage constructively on the dispute.",
    "Brazil said it was prepared to act whenever necessary.",
])
def test_readiness_for_a_bare_unknown_act_with_no_target_is_no_event(code, text):
    got = triples(code(text, pub_date="2024-05-01"))
    assert not any(c.startswith("03") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # a commitment that says what it commits to stays, with or without a known act
    ("Serbia's president promised to democratize the country.", ("SRBGOV", None, "030")),
    ("The Sudanese government said it was prepared to lift the ban on the party.", ("SDNGOV", None, "0351")),
    ("The Syrian opposition said it was ready to negotiate.", ("SYROPP", None, "036")),
])
def test_a_commitment_that_names_its_act_stays_without_a_target(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # what is shot down is the weapons of whoever just fired them at the shooter's side
    ("Russia fired 40 missiles at Ukraine overnight, and most were shot down by Ukrainian air defences.",
     "2024-05-01", ("UKR", "RUS", "190")),
    # (by an ally of the side fired at too)
    ("Iran launched dozens of ballistic missiles at Israel on Tuesday. Most were shot down by Israeli and US forces.",
     "2024-10-02", ("USAMIL", "IRN", "190")),
])
def test_weapons_shot_down_are_those_of_whoever_fired_them(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got
