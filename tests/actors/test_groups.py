"""Peoples, regions and movements with no state of their own (``actors/data/groups.jsonl``):
their country comes from the knowledge base on the event's date or from the article."""

import pytest

from .test_mentions import mention_with, mentions

pytestmark = pytest.mark.slow


def test_group_of_one_country_takes_that_country(ew):
    found = mentions(ew, "Armed Basque separatists and Chechen rebels met in secret.", "2000-03-01")
    assert found["Chechen rebels"].cameo == "RUSREB"


def test_region_that_seceded_belongs_to_its_former_state_before_independence(ew):
    before = mentions(ew, "Kosovo Albanian guerrillas ambushed Serbian police.", "1999-04-01")
    assert before["Kosovo Albanian guerrillas"].cameo == "SRBREB"
    after = mentions(ew, "Kosovo Albanian protesters marched in Pristina.", "2012-04-01")
    assert after["Kosovo Albanian protesters"].cameo.startswith("XKX")


def test_group_spread_over_several_states_takes_the_country_the_article_names(ew):
    found = mentions(ew, "Syrian government forces shelled Aleppo. Kurdish fighters captured a town nearby.",
                     "2015-06-01")
    assert found["Kurdish fighters"].cameo == "SYRREB"
    found = mentions(ew, "Turkish jets bombed villages. Kurdish fighters ambushed a patrol.", "2015-06-01")
    assert found["Kurdish fighters"].cameo == "TURREB"


def test_unlisted_person_introduced_with_a_title_keeps_that_code_when_named_again(ew):
    found = mentions(ew, "Spanish judge Baltasar Garzon indicted three officers. Garzon also accused Chile.",
                     "2009-01-01")
    first = found["Spanish judge Baltasar Garzon"]
    again = found["Garzon"]
    assert first.cameo == again.cameo == "ESPJUD"
    assert first.id == again.id and first.id.startswith("person:local:")


def test_unlisted_person_with_no_country_stays_without_one_when_named_again(ew):
    # the bare surname gets "Mr " in the parser's view ("Mr Ruddle said"); it is still that person
    found = mentions(ew, "Former cabinet minister Jane Ruddle spoke to Japan and India. Ruddle said the aid "
                         "was too slow.", "2005-01-10")
    assert "Ruddle" not in found or found["Ruddle"].cameo is None
    found = mentions(ew, "Spanish judge Baltasar Garzon indicted three officers. He said that Garzon had acted.",
                     "2009-01-01")
    assert found["Garzon"].cameo == "ESPJUD"


def test_protesters_in_the_streets_of_a_city_are_of_its_country(code):
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo)
           for e in code("Thousands of people took to the streets of Minsk to protest against Alexander Lukashenko.")}
    # one protest, against their own state (unnamed protesters get the country code)
    assert got == {("BLRCVL", "BLRGOV", "141")}
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo)
           for e in code("Thousands of Belarusians protested against Alexander Lukashenko.")}
    assert got == {("BLR", "BLRGOV", "141")}


def test_body_based_in_a_city_takes_the_city_s_country(ew):
    found = mentions(ew, "A newspaper based in Beirut criticised the Syrian government.", "2012-01-01")
    assert found["newspaper"].cameo == "LBNMED"


def test_tribal_armed_groups_are_rebels_of_the_place_named(code):
    events = code("Armed tribesmen kidnapped two Italian engineers in Yemen.", "2005-01-01")
    assert [(e.source.cameo, e.cameo, e.target.cameo) for e in events] == [("YEMREB", "181", "ITA")]


def test_a_state_body_and_rebels_misparsed_as_one_phrase_are_two_parties(code):
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo)
           for e in code("Colombia's government and FARC rebels signed a peace deal.")}
    assert {frozenset((s, t)) for s, t, c in got if c == "057"} == {frozenset({"COLGOV", "COLREB"})}
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo)
           for e in code("Sudan's government and Darfur rebels signed a protocol.")}
    assert {frozenset((s, t)) for s, t, c in got if c == "057"} == {frozenset({"SDNGOV", "SDNREB"})}


def test_rebels_paired_with_a_government_are_its_rebels_wherever_they_meet(ew):
    found = mentions(ew, "The Philippine government and Muslim rebels resumed peace talks in Malaysia.", "2004-10-10")
    assert found["Muslim rebels"].cameo == "PHLREB"


def test_a_city_the_model_tags_as_a_people_is_still_its_country(code):
    # the small model tags "Aleppo" as NORP; the gazetteer knows the city
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo)
           for e in code("Russian warplanes bombed rebel-held areas of Aleppo, activists said.", pub_date="2016-03-10")}
    assert ("RUSMIL", "SYRREB", "195") in got
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo)
           for e in code("Ayatollah Ali Khamenei warned Saudi Arabia of divine vengeance.", pub_date="2016-03-10")}
    assert ("IRNGOV", "SAU", "130") in got


@pytest.mark.parametrize("text,word", [
    ("Five Latin American governments rejected the vote count.", "American"),
    ("South American foreign ministers gathered in Quito.", "American"),
    ("A Central American trade bloc lifted its tariffs.", "American"),
])
def test_a_region_of_many_states_is_no_state(ew, text, word):
    found = mentions(ew, text)
    assert not any(word in t and m.cameo and m.cameo.startswith("USA") for t, m in found.items()), found


@pytest.mark.parametrize("text,word,state", [
    # the West is an open set of states, none of them the state the article is about
    ("Kenya's election dispute dragged on. Western governments have raised the pressure on Nairobi.",
     "governments", "KEN"),
    ("Mali's junta expelled the French envoy. Western diplomats in Bamako called the move a mistake.",
     "diplomats", "MLI"),
    ("Belarus jailed the activist. Westerners who visited him said he was ill.", "Westerners", "BLR"),
])
def test_western_parties_are_not_the_article_s_state(ew, text, word, state):
    found = mentions(ew, text, pub_date="2024-05-01")
    assert not any(word in t and (m.cameo or "").startswith(state) for t, m in found.items()), found


def test_a_people_of_one_state_stays_that_state_s_where_it_is_met(ew):
    found = mentions(ew, "Rebels from the Tigrayan forces met envoys in Nairobi. Tigrayan commanders in Nairobi spoke.")
    assert any(m.cameo == "ETHREB" or (m.cameo or "").startswith("ETH") for t, m in found.items() if "Tigrayan" in t), found
    assert not any((m.cameo or "").startswith("KEN") for t, m in found.items() if "Tigrayan" in t), found


@pytest.mark.parametrize("text,expected", [
    ("Iraqi forces killed dozens of Yazidis near Sinjar.", "IRQCVL"),
    ("Hundreds of Rohingya crossed into Bangladesh.", "MMRCVL"),
])
def test_a_people_counted_is_the_actor(ew, text, expected):
    found = mentions(ew, text, pub_date="2023-05-01")
    assert any(m.cameo == expected and ("Yazidis" in t or "Rohingya" in t) for t, m in found.items()), found


@pytest.mark.parametrize("text,word,expected", [
    # a region's people named through a possessive are the group known by that name, not the kin state's
    ("Nagorno-Karabakh's ethnic Armenians began leaving for Armenia on Sunday.", "ethnic Armenians", "AZECVL"),
    ("Karabakh's Armenians rejected the offer.", "Armenians", "AZECVL"),
    ("Karabakh's Armenian fighters handed over their weapons.", "fighters", "AZE"),
])
def test_a_region_s_people_through_a_possessive_are_its_group(ew, text, word, expected):
    hit = mention_with(ew, text, word, "2023-09-25")
    assert (hit.cameo or "").startswith(expected)
