"""Actor resolution on real text: dictionary, titles, dates, fuzzy names, coreference, flags."""

import pytest

pytestmark = pytest.mark.slow


def mentions(ew, text, pub_date="2017-10-10"):
    from eventwire.ingest import make_article

    article = make_article("m", text=text, origin="m", pub_date=pub_date)
    _, doc = next(ew.parse([article]))
    return {m.text: m for m in ew.actors.process(article, doc)}


def mention_with(ew, text, word, pub_date="2017-10-10"):
    """The first resolved mention of ``text`` whose words include ``word``."""
    return next(m for t, m in mentions(ew, text, pub_date).items() if word in t)


def test_seed_entities_resolve_with_flags(ew, seed_text):
    found = mentions(ew, seed_text, "2017-10")
    by_name = {}
    for m in found.values():
        by_name.setdefault(m.name, m)
    assert by_name["Donald Trump"].cameo == "USAGOV"
    assert by_name["Hassan Rouhani"].cameo == "IRNGOV"
    assert by_name["Emmanuel Macron"].cameo == "FRAGOV"
    gamsemi = found["Iranian Foreign Ministry spokesperson Bahram Gamsemi"]
    assert gamsemi.name == "Bahram Ghasemi" and gamsemi.cameo == "IRNGOV" and gamsemi.resolved_by == "fuzzy"
    assert [f.kind for f in gamsemi.flags] == ["name_variant"]
    zarif = found["Iranian Deputy Foreign Minister Javad Zarif"]
    assert zarif.cameo == "IRNGOV" and zarif.role == "Deputy Foreign Minister"
    assert [f.kind for f in zarif.flags] == ["title_mismatch"]
    assert found["White House’s Chief of Staff John Kelly"].cameo == "USAGOV"
    assert found["Iranian Foreign Ministry"].cameo == "IRNGOV"
    assert found["UN General Assembly"].cameo == "IGOUNO"
    assert found["Iranian hardliners"].cameo == "IRNRAD"


def test_person_is_coded_by_the_office_held_on_the_date(ew):
    assert mentions(ew, "Barack Obama spoke to reporters.", "2013-05-01")["Barack Obama"].cameo == "USAGOV"
    assert mentions(ew, "Barack Obama spoke to reporters.", "2018-05-01")["Barack Obama"].cameo == "USAELI"
    former = mentions(ew, "Former President Barack Obama criticised the plan.", "2016-05-01")
    assert next(m for t, m in former.items() if "Obama" in t).sector == "ELI"


def test_pronoun_and_latter_resolve_to_named_people(ew):
    found = mentions(ew, "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. "
                         "He later praised the latter.", "2018-09-20")
    assert found["He"].name == "Vladimir Putin" and found["He"].resolved_by == "coreference"
    assert found["latter"].name == "Recep Tayyip Erdoğan"


@pytest.mark.parametrize("text,expected", [
    ("Tehran rejected the offer.", {"Tehran": "IRNGOV"}),
    ("The White House and the Kremlin traded barbs.", {"White House": "USAGOV", "Kremlin": "RUSGOV"}),
    ("NATO and the African Union met.", {"NATO": "IGOWSTNAT", "African Union": "IGOAFRAFU"}),
    ("Hamas fighters fired rockets.", {"Hamas fighters": "PSEREB"}),
    ("Iraqi police arrested protesters in Baghdad.", {"Iraqi police": "IRQCOP"}),
    ("Thousands of Nigerians marched in Lagos.", {"Nigerians": "NGA"}),
    ("Rebels in the Ivory Coast blocked the road.", {"Rebels": "CIVREB"}),
    # the organisation a named country is a member of is no actor of its own
    ("NATO-member Norway sent troops to Latvia.", {"NATO-member Norway": "NOR"}),
    ("EU member state Hungary blocked the aid package.", {"EU member state Hungary": "HUN"}),
    ("OPEC-member Nigeria cut its output.", {"OPEC-member Nigeria": "NGA"}),
])
def test_dictionary_paths(ew, text, expected):
    found = mentions(ew, text, "2010-01-01")
    for mention_text, code in expected.items():
        hit = next(m for t, m in found.items() if t.startswith(mention_text) or mention_text in t)
        assert hit.cameo == code, (mention_text, hit)


def test_an_unnamed_counterpart_holds_office_in_the_named_country(ew):
    found = mentions(ew, "The Kenyan foreign minister met his Ugandan counterpart in Nairobi.", "2020-05-01")
    assert found["Ugandan counterpart"].cameo == "UGAGOV"


def test_a_sea_or_gulf_named_after_a_country_is_a_place(ew):
    found = mentions(ew, "Manila and Hanoi protested new drills in the South China Sea and the Gulf of Tonkin.")
    assert {m.cameo for m in found.values()} == {"PHLGOV", "VNMGOV"}, found
    # an organisation with such a word in its name is still an actor
    assert "IGOARBGCC" in {m.cameo for m in mentions(ew, "The Gulf Cooperation Council met in Doha.").values()}


def test_a_membership_apposition_is_not_the_actor_or_the_pronouns_referent(ew):
    found = mentions(ew, "Poland, an EU member, said it would expel the Belarusian envoy.")
    assert found["Poland"].cameo == "POL"
    assert found["it"].cameo == "POL"


@pytest.mark.parametrize("text,venue", [
    ("Serbia walked out of the Vienna talks on Kosovo.", "Vienna"),
    ("Leaving the Lisbon summit, the Irish premier spoke to reporters.", "Lisbon"),
    ("Both sides accused each other of violating the Minsk agreement.", "Minsk"),
])
def test_a_city_naming_a_gathering_or_accord_is_its_venue_not_a_party(ew, text, venue):
    assert venue not in mentions(ew, text)


def test_a_capital_acting_is_still_its_government(ew):
    assert mentions(ew, "Vienna rejected the proposal.")["Vienna"].cameo == "AUTGOV"


def test_a_place_the_group_s_place_only_borders_does_not_locate_it(ew):
    found = mentions(ew, "Rebels in the border area with Ghana blocked the road.")
    assert not any(m.cameo == "GHAREB" for m in found.values()), found
    found = mentions(ew, "Rebels in the border area of Ghana blocked the road.")
    assert any(m.cameo == "GHAREB" for m in found.values()), found


def test_it_before_a_verb_that_lets_another_party_act_is_the_actor(ew):
    found = mentions(ew, "Hungary has insisted it will not allow Serbian officials to attend the summit.")
    assert found["it"].cameo == "HUN"


@pytest.mark.parametrize("text,expected", [
    ("The Pakistani army said it had destroyed three militant hideouts.", "PAKMIL"),
    ("Kenya's police said it would deploy more officers.", "KENCOP"),
])
def test_it_reported_by_a_body_is_that_body(ew, text, expected):
    assert mentions(ew, text)["it"].cameo == expected


def test_it_in_a_clause_a_person_reports_is_no_person(ew):
    found = mentions(ew, "The Pakistani president said it had been a difficult year.")
    assert "it" not in found


@pytest.mark.parametrize("text,expected", [
    ("Tehran said it was open to talks with Washington.", "IRNGOV"),
    ("Hamas said it was responsible for the rocket attack.", "PSEREB"),
])
def test_it_before_an_adjective_aimed_at_a_thing_is_the_actor(ew, text, expected):
    assert mentions(ew, text)["it"].cameo == expected


def test_it_before_an_adjective_with_a_clause_is_still_an_expletive(ew):
    found = mentions(ew, "Tehran said it was important for both sides to return to talks.")
    assert "it" not in found


def test_it_before_a_that_clause_is_still_an_expletive(ew):
    found = mentions(ew, "Chile protested to Peru. It emerged that Peru had refused.")
    assert "It" not in found


def test_a_capital_conjoined_before_a_body_is_a_party_of_its_own(ew):
    found = mentions(ew, "Fresh talks between Kabul and Taliban militants opened in Doha.")
    assert found["Kabul"].cameo == "AFGGOV"
    assert found["Taliban militants"].cameo == "AFGREB"


def test_conjoined_national_modifiers_still_share_the_body(ew):
    found = mentions(ew, "Chinese and Japanese officials met on Monday.")
    assert found["Chinese and Japanese officials"].cameo == "CHNGOV"


def test_possessor_phrase_is_headed_by_the_thing_even_when_misparsed_of(nlp):
    # "... to Peru and abandonment of Nixon's doctrine", parsed with "of" on the capitalised "Peru":
    # Nixon's phrase is headed by "doctrine" and must not climb through "of" to Peru
    from spacy.tokens import Doc

    from eventwire.actors.noun_phrases import np_head

    words = ["access", "to", "Peru", "and", "abandonment", "of", "Nixon", "'s", "doctrine"]
    heads = [0, 0, 1, 2, 2, 2, 8, 6, 5]
    deps = ["ROOT", "prep", "pobj", "cc", "conj", "prep", "poss", "case", "pobj"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "NOUN", "ADP", "PROPN", "PART", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert np_head(doc[6]).text == "doctrine"
    assert np_head(doc[2]).text == "Peru"


def test_a_sentence_initial_surname_the_tagger_made_a_noun_is_still_the_person(ew):
    found = mentions(ew, "Trump met Putin in Helsinki.", "2018-07-16")
    assert found["Trump"].cameo == "USAGOV"


def test_a_surname_the_tagger_read_as_a_place_is_still_the_person(ew):
    # the small English model tags "Erdogan" a GPE; countries and capitals never enter the
    # surname index
    found = mentions(ew, "Trump held a phone call with Erdogan earlier this month.", "2018-01-20")
    assert found["Erdogan"].cameo == "TURGOV" and found["Erdogan"].name == "Recep Tayyip Erdoğan"


@pytest.mark.parametrize("text,expected", [
    # the tagger reads a list of surnames as one work of art: each is still a person
    ("Putin called Japarov and Rakhmon on Friday.", {"Japarov": "KGZGOV", "Rakhmon": "TJKGOV"}),
    ("Putin called Japarov and Tokayev on Friday.", {"Japarov": "KGZGOV", "Tokayev": "KAZGOV"}),
])
def test_surnames_the_tagger_listed_as_one_title_are_each_the_person(ew, text, expected):
    found = mentions(ew, text, "2024-05-01")
    assert {name: found[name].cameo for name in expected if name in found} == expected, found


def test_a_surname_several_office_holders_share_is_the_leader_in_office(ew):
    # Bashar al-Assad was president in 2018; his brother Maher held a military command
    found = mentions(ew, "Russia backs Assad.", "2018-02-19")
    assert found["Assad"].cameo == "SYRGOV" and found["Assad"].name == "Bashar al-Assad"


def test_unnamed_observers_are_commentators_not_an_actor(ew):
    found = mentions(ew, "Turkey shelled Afrin. Observers said the offensive could last months.", "2018-01-25")
    assert "Observers" not in found
    assert mentions(ew, "Russian observers praised the vote.", "2018-01-25")["Russian"].cameo == "RUS"


def test_a_national_weapon_is_not_the_place_of_its_victims(ew):
    # "in Israeli tank shelling in Gaza": the tank is Israeli, the civilians are in Gaza
    found = mentions(ew, "Four civilians were killed in Israeli tank shelling in Gaza on Friday.", "2014-08-01")
    assert found["civilians"].cameo == "PSECVL"
    assert mentions(ew, "Four children were killed in an air strike in Gaza.", "2014-08-01")["children"].cameo == "PSECVL"


def test_a_pronoun_resolves_to_a_person_named_by_title_only(ew):
    found = mentions(ew, "The Japanese prime minister said he was optimistic about talks with China.", "2019-05-01")
    assert found["he"].cameo == "JPNGOV"
    # a plural title is no "he"
    assert "he" not in mentions(ew, "Iranian ministers met in Tehran. He said nothing.", "2019-05-01")


def test_a_four_letter_surname_is_the_person(ew):
    found = mentions(ew, "Putin met Modi in Moscow.", "2019-05-01")
    assert found["Modi"].cameo == "INDGOV" and found["Modi"].name == "Narendra Modi"
    assert "Rice" not in mentions(ew, "Rice prices rose in Manila.", "2019-05-01")


def test_the_last_word_of_a_long_full_name_is_no_surname(ew):
    # "Fidel Alejandro Castro Ruz", "Manuel Merino de Lama": second family names are not used alone
    assert "Lama" not in mentions(ew, "The monks demanded the release of the Panchen Lama.", "2019-05-01")
    assert "Ruz" not in mentions(ew, "Ruz spoke to the crowd in Havana.", "2019-05-01")
    # the full form itself still names the person
    found = mentions(ew, "Fidel Castro Ruz spoke to the crowd in Havana.", "2005-05-01")
    assert any(m.name == "Fidel Castro" for m in found.values()), found


def test_a_bare_surname_after_an_unlisted_full_name_is_that_person(ew):
    # "James Brown" is no one the knowledge base knows: "Brown" is him, not General Brown
    found = mentions(ew, "The Justice Department reached a settlement with James Brown on Monday. "
                         "Brown was arrested in March.", "2023-03-01")
    assert "Brown" not in found
    assert mentions(ew, "General Brown said the army would leave Syria.", "2023-03-01")["General Brown"].cameo == "USAMIL"


def test_victims_take_the_place_of_the_clause_not_the_attackers_adjective(ew):
    # the tagger reads "in Russian shelling" with "Russian" as the object of "in"
    found = mentions(ew, "At least 30 civilians were killed in Russian shelling in Donetsk.", "2023-03-01")
    assert found["civilians"].cameo == "UKRCVL"


@pytest.mark.parametrize("text", ["Real Madrid signed a Brazilian striker.",
                                  "The Paris Club agreed to restructure the debt.",
                                  "The Moscow Times reported the talks."])
def test_a_capital_inside_a_longer_name_is_no_government(ew, text):
    assert not any(m.sector == "GOV" for m in mentions(ew, text, "2019-05-01").values())


@pytest.mark.parametrize("text,city,country", [
    ("Fighting raged in Mariupol on Monday.", "Mariupol", "UKR"),  # tagged an organisation
    ("Protesters rallied in Odesa on Monday.", "Odesa", "UKR"),  # tagged nothing
    ("Protesters rallied in Quetta on Monday.", "Quetta", "PAK"),  # tagged a work of art
])
def test_a_city_after_a_place_preposition_is_a_place_whatever_the_tagger_says(ew, text, city, country):
    assert mentions(ew, text, "2023-03-01")[city].country == country


def test_peacekeepers_are_not_of_the_country_they_serve_in(ew):
    assert mentions(ew, "Peacekeepers in Mali came under fire.", "2019-05-01")["Peacekeepers"].cameo == "IGOUNO"
    found = mentions(ew, "Bangladeshi peacekeepers arrived in Sierra Leone.", "2019-05-01")
    assert found["Bangladeshi peacekeepers"].cameo == "BGDMIL"


@pytest.mark.parametrize("text,word,cameo", [
    # a possessive names where an international post is held, not whose it is
    ("Kosovo's international administrator dismissed two Serb mayors on Tuesday.", "administrator", "IGO"),
    ("Haiti's top international envoy met rebel leaders in Gonaives.", "envoy", "IGO"),
    ("Afghanistan's international administrators rejected the election results.", "administrators", "IGO"),
    # an adjective or a plain title keeps its state
    ("The Norwegian envoy met rebel leaders in Colombo.", "envoy", "NORGOV"),
    ("Kenya's envoy met rebel leaders in Juba.", "envoy", "KENGOV"),
])
def test_an_international_post_is_not_the_state_it_is_held_in(ew, text, word, cameo):
    assert mention_with(ew, text, word, "2019-05-01").cameo == cameo


@pytest.mark.parametrize("text", [
    # counted peacekeepers are the international force too, not the country named last
    "Israeli troops pulled back from the border. Rebels later seized dozens of peacekeepers.",
    "Syrian shelling hit a village near the Golan, wounding several peacekeepers.",
    "Fighters loyal to the Congolese army detained hundreds of peacekeepers in Goma.",
])
def test_counted_peacekeepers_are_the_international_force(ew, text):
    assert mentions(ew, text, "2019-05-01")["peacekeepers"].cameo == "IGOUNO"


def test_a_surname_inside_an_organisation_the_tagger_ran_over_a_verb_is_the_person(ew):
    # the small model tags "Biden invited Modi" as one organisation
    found = mentions(ew, "Biden invited Modi for a state visit.", "2023-06-08")
    assert found["Modi"].cameo == "INDGOV"


def test_a_country_name_ending_a_person_s_name_is_no_country(ew):
    assert not any(m.country == "JOR" for m in mentions(ew, "Michael Jordan sold his stake in the team.",
                                                         "2019-05-01").values())
    assert mentions(ew, "Jordan closed its border with Syria.", "2019-05-01")["Jordan"].cameo == "JOR"


def test_a_leader_s_party_is_the_party(ew):
    found = mentions(ew, "Imran Khan's PTI party called for early elections.", "2022-05-01")
    assert [m.cameo for m in found.values()] == ["PAKPTY"]


def test_an_organisation_is_coded_for_the_time_it_held_power(ew):
    assert mentions(ew, "The Taliban detained two British journalists.", "2023-04-01")["Taliban"].cameo == "AFGGOV"
    assert mentions(ew, "The Taliban attacked a police checkpoint.", "2019-04-01")["Taliban"].cameo == "AFGREB"


def test_a_generation_mark_is_no_surname(ew):
    # "Adalberto Costa Junior" is known as Costa Junior; "Junior doctors" are no Angolan
    assert not any(m.country == "AGO" for m in mentions(ew, "Junior doctors in England staged a walkout.",
                                                         "2023-03-01").values())


def test_foreign_people_are_not_of_the_country_named(ew):
    # "foreign journalists" in Iraq are not Iraq's; which country's the text does not say
    found = mentions(ew, "Iraq expelled foreign journalists.", "2019-05-01")
    assert not any(m.country == "IRQ" and m.sector == "MED" for m in found.values()), found
    # the foreign minister is a title, not a foreigner
    assert mentions(ew, "The Iraqi foreign minister met his Iranian counterpart.", "2019-05-01")[
        "Iraqi foreign minister"].cameo == "IRQGOV"


def test_a_part_of_a_body_acts_as_the_body(ew):
    found = mentions(ew, "The armed wing of Hamas fired rockets at Israel.", "2023-10-09")
    assert any(m.cameo == "PSEREB" for m in found.values()), found


def test_a_national_ngo_is_coded_with_the_ngo_sector(ew):
    assert mentions(ew, "A leading Kenyan NGO condemned the arrests.", "2019-01-01")["Kenyan NGO"].cameo == "KENNGO"
    assert mentions(ew, "A British charity sent aid to Gaza.", "2019-01-01")["British charity"].cameo == "GBRNGO"


def test_a_namesake_of_another_country_is_not_the_known_person(ew):
    # the knowledge base's Jorge Rodriguez is Venezuelan; the text's is Cuba's prosecutor
    found = mentions(ew, "Cuba's top prosecutor, Jorge Rodriguez, announced the charges.", "2023-10-01")
    assert next(m for t, m in found.items() if "Rodriguez" in t).cameo == "CUBJUD"
    # a country a title points to is not the holder's own
    envoy = mentions(ew, "UN envoy to Syria Staffan de Mistura said the talks would resume.", "2017-10-01")
    assert next(m for t, m in envoy.items() if "Mistura" in t).cameo == "IGOUNO"


def test_an_envoy_to_a_country_belongs_to_the_sender(ew):
    found = mentions(ew, "US envoy to Syria Robert Ford met the Syrian opposition.", "2013-10-01")
    assert next(m for t, m in found.items() if "Ford" in t).cameo == "USAGOV"


@pytest.mark.parametrize("text,word,expected", [
    ("Chile's deputy U.N. ambassador Paula Narvaez said the draft was too weak.", "Narvaez", "CHLGOV"),
    ("Norway's UN envoy Tore Hattrem voted for the text.", "Hattrem", "NORGOV"),
    ("The Polish NATO ambassador said the alliance was ready.", "Polish", "POLGOV"),
    # the organisation's own envoy stays the organisation's
    ("The UN's Yemen envoy Hans Grundberg met Houthi leaders.", "Grundberg", "IGOUNO"),
    ("The U.N. envoy for Libya briefed the council.", "envoy", "IGOUNO"),
])
def test_a_states_envoy_at_an_igo_belongs_to_the_state(ew, text, word, expected):
    assert mention_with(ew, text, word, "2024-05-01").cameo == expected


@pytest.mark.parametrize("text,date,expected", [
    # an organisation's office heading the phrase is the capacity the person in apposition acts in
    ("The chairman of the African Union, Nigeria's president Olusegun Obasanjo, flew to Darfur.", "2005-03-01",
     "IGOAFRAFU"),
    ("The current chair of the African Union, Senegalese President Macky Sall, went to Moscow.", "2022-06-01",
     "IGOAFRAFU"),
    ("The chairman of the African Union, Jakaya Kikwete, urged both sides to talk.", "2008-03-01", "IGOAFRAFU"),
    # (the parser may make the name a second subject of the verb)
    ("The chair of the African Union, Senegal's president Macky Sall, tried on Thursday to bring Sudan's generals "
     "together.", "2022-06-01", "IGOAFRAFU"),
    # the state's office alone, or first with the organisation's after it, stays the state's
    ("Tanzania's president Jakaya Kikwete urged both sides to talk.", "2008-03-01", "TZAGOV"),
    ("Tanzania's president Jakaya Kikwete, the chairman of the African Union, urged both sides to talk.",
     "2008-03-01", "TZAGOV"),
    # a body that is no international organisation keeps the person
    ("The leader of Nigeria's ruling party, President Olusegun Obasanjo, flew to Darfur.", "2005-03-01", "NGAGOV"),
])
def test_an_igo_office_before_a_person_in_apposition_is_the_igo(ew, text, date, expected):
    word = "Obasanjo" if "Obasanjo" in text else "Sall" if "Sall" in text else "Kikwete"
    assert mention_with(ew, text, word, date).cameo == expected


@pytest.mark.parametrize("text,date,word,expected", [
    # an office after the name, with none before it, is the capacity the person acts in
    ("Jean Ping, the chairman of the AU commission, flew to Abidjan.", "2016-01-01", "Ping", "IGOAFRAFU"),
    ("Jean Ping, chairman of the African Union, flew to Abidjan.", "2016-01-01", "Ping", "IGOAFRAFU"),
    ("Jean Ping, who chairs the African Union commission, flew to Abidjan.", "2016-01-01", "Ping", "IGOAFRAFU"),
    # a party's office, for a person who holds no state office that day
    ("Han Dong-hoon, leader of the People Power Party, spoke to reporters.", "2024-12-04", "Han", "KORPTY"),
    # a past office, a thing the organisation owns, or a state office held that day are not
    ("Jean Ping, a former head of the African Union commission, flew to Abidjan.", "2016-01-01", "Ping", "GABELI"),
    ("Kaja Kallas, who leads the EU's policy on Russia, spoke in Tallinn.", "2024-05-01", "Kallas", "ESTGOV"),
    ("Narendra Modi, leader of the BJP, spoke in Delhi.", "2024-05-01", "Modi", "INDGOV"),
])
def test_an_office_after_a_persons_name_is_the_capacity_he_acts_in(ew, text, date, word, expected):
    assert mention_with(ew, text, word, date).cameo == expected


def test_a_person_named_again_bare_keeps_the_igo_capacity_he_was_introduced_in(ew):
    text = ("The chairman of the African Union, Nigeria's president Olusegun Obasanjo, flew to Darfur on Monday. "
            "Mr Obasanjo met Sudanese officials in Khartoum. Obasanjo, Nigeria's president, later flew to Abuja.")
    found = mentions(ew, text, "2005-03-01")
    assert found["Obasanjo"].cameo == "IGOAFRAFU", found
    # (named with his state office again, he is the state's)
    assert found["Obasanjo, Nigeria's president"].cameo == "NGAGOV", found


def test_a_side_in_diplomatic_talk_is_the_government(ew):
    found = mentions(ew, "The American side offered a meeting, the Iranian spokesman said.", "2017-10-01")
    assert next(m for t, m in found.items() if "American side" in t).cameo == "USAGOV"


def test_a_venue_is_no_country_of_the_body_meeting_there(ew):
    text = ("The Syrian government refused to talk to the opposition. A statement by the opposition "
            "delegation in Riyadh demanded a transition, and the opposition at Geneva set no preconditions.")
    found = mentions(ew, text, "2017-12-14")
    codes = {m.cameo for t, m in found.items() if "opposition" in t}
    assert codes == {"SYROPP"}, codes


@pytest.mark.parametrize("text,word,expected", [
    ("Austria vetoed Bulgaria's Schengen bid and Romania's EU funds.", "Bulgaria", "BGR"),
    ("Greece opposed North Macedonia's NATO membership.", "North Macedonia", "MKD"),
])
def test_a_possessor_of_a_thing_about_an_igo_is_the_owner_not_the_igo(ew, text, word, expected):
    found = mentions(ew, text)
    assert any(word in t and m.cameo == expected for t, m in found.items()), found


def test_an_igo_s_own_organ_stays_the_igo(ew):
    found = mentions(ew, "The UN's Security Council met.")
    assert any(m.cameo == "IGOUNO" for m in found.values()), found


def test_a_body_word_used_as_an_adjective_names_no_body(ew):
    found = mentions(ew, "Tokyo welcomed India's firm commitment.")
    assert not any(m.sector == "BUS" for m in found.values()), found
    found = mentions(ew, "An Indian firm won the contract.")
    assert any(m.cameo == "INDBUS" for m in found.values()), found


def test_victims_of_strikes_on_a_place_are_that_place_s_people(ew):
    found = mentions(ew, "Russian missile strikes on Zaporizhzhia killed nine people.", pub_date="2024-03-01")
    assert found["people"].cameo == "UKRCVL", found


def test_members_of_a_body_named_before_are_that_body(ew):
    text = ("Guinea's military junta dissolved parliament. Senegal said it would close its border. "
            "Brussels froze the assets of members of the junta.")
    found = mentions(ew, text, pub_date="2022-01-31")
    assert found["junta"].cameo == "GINGOV", found


def test_state_media_are_the_setting_country_s(ew):
    text = ("Niger's junta expelled the French ambassador, accusing Paris of hostile acts, "
            "state television reported. The junta said Niamey would not bow to pressure from Niger's neighbours.")
    found = mentions(ew, text, pub_date="2023-08-25")
    assert found["state television"].cameo == "NERMED", found


@pytest.mark.parametrize("text,expected", [
    ("Brussels threatened Warsaw with a loss of funds.", "IGOEUREEC"),
    ("The summit was held in Brussels.", "BEL"),
    ("Brussels police detained three men.", "BELCOP"),
])
def test_brussels_as_an_actor_is_the_eu_and_as_a_place_belgium(ew, text, expected):
    found = mentions(ew, text, pub_date="2023-05-01")
    assert any("Brussels" in t and m.cameo == expected for t, m in found.items()), found


def test_a_known_person_in_no_listed_office_takes_the_office_the_text_names(ew):
    # Abdoulaye Maiga's listed offices begin in August 2022; in January he spoke for the junta
    found = mentions(ew, "Junta spokesman Abdoulaye Maiga read the statement.", pub_date="2022-01-31")
    assert any(m.cameo == "MLIGOV" for m in found.values()), found


def test_the_military_rulers_are_the_junta_named_before(ew):
    text = ("Niger's junta closed the border. Paris said it would withdraw its troops. "
            "ECOWAS gave the military rulers a week.")
    found = mentions(ew, text, pub_date="2023-08-25")
    assert found["military rulers"].cameo == "NERGOV", found


@pytest.mark.parametrize("text,pub_date,name", [
    # Rifaat al-Assad was vice president under his brother; Joyce Banda under Rupiah Banda
    ("Assad said Syria would not attend the conference.", "1990-05-01", "Hafez al-Assad"),
    ("Banda told parliament the budget would pass.", "2010-05-01", "Rupiah Banda"),
])
def test_a_vice_president_sharing_the_surname_is_not_the_leader(ew, text, pub_date, name):
    found = mentions(ew, text, pub_date)
    assert found[text.split()[0]].name == name, found


def test_the_two_leaders_leave_out_a_vice_president(ew):
    found = mentions(ew, "Chinese President Hu Jintao met Japanese Prime Minister Yukio Hatoyama and US Vice "
                         "President Joe Biden in Tokyo. The two leaders signed a trade deal.", "2010-05-01")
    assert [m.cameo for m in found["leaders"].members] == ["CHNGOV", "JPNGOV"], found["leaders"]


@pytest.mark.parametrize("text,pub_date,name,code", [
    # the army chief, not the prime minister of the same name; a rank fits no office by name
    ("General Sharif said the army would defeat the militants.", "2014-05-01", "Raheel Sharif", "PAKMIL"),
    ("The army said Gen. Sharif had visited the troops.", "2015-05-01", "Raheel Sharif", "PAKMIL"),
    ("Sharif said the army would defeat the militants.", "2014-05-01", "Nawaz Sharif", "PAKGOV"),
    # a general before his listed office, not Prime Minister Gordon Brown
    ("General Brown said the air strikes would continue.", "2008-05-01", "Charles Q. Brown", "USAMIL"),
])
def test_a_military_rank_picks_the_namesake_who_served(ew, text, pub_date, name, code):
    found = mentions(ew, text, pub_date)
    hit = next(m for t, m in found.items() if "Sharif" in t or "Brown" in t)
    assert (hit.name, hit.cameo) == (name, code), hit
    assert not hit.flags, hit.flags  # a general who is army chief holds no office called "General"


def test_an_abbreviated_title_fits_the_office_it_abbreviates(ew):
    found = mentions(ew, "Sen. Obama criticised the plan.", "2008-05-01")
    assert found["Sen. Obama"].cameo == "USALEG" and not found["Sen. Obama"].flags


@pytest.mark.parametrize("text,name", [
    ("Bahram Gamsemi", "Bahram Ghasemi"), ("Hasan Rouhani", "Hassan Rouhani"), ("Vladimir Puttin", "Vladimir Putin"),
    ("Omar Bashir", "Omar al-Bashir"), ("Kim Jong Un", "Kim Jong-un"), ("Benjamin Netanyahou", "Benjamin Netanyahu"),
    # one shared word, the rest another name: someone else
    ("Mark Brown", None), ("Joseph Musa", None), ("Carlos Musa", None), ("Abdi Ahmed", None),
    ("John Musa Smith", None), ("Maria Moussa", None),
    # both presidents Bush: an ambiguous near miss is no match
    ("George Bush", None),
])
def test_a_near_miss_name_is_spelled_word_for_word(kb, text, name):
    from eventwire.actors.mentions import MentionResolver

    person = MentionResolver(kb).fuzzy_person(text)
    assert (person.name if person else None) == name


def test_a_bare_surname_is_no_namesake_of_another_country(ew):
    # Mohammed Yusuf of Boko Haram is Nigerian; the phrase names the army chief's country
    found = mentions(ew, "Somalia's army chief Yusuf said troops would attack the militants.", "2012-05-01")
    hit = next(m for t, m in found.items() if "Yusuf" in t)
    assert hit.cameo == "SOMMIL" and hit.name != "Mohammed Yusuf", hit


@pytest.mark.parametrize("text", ["Santiago Ferreyra lifted the currency controls.",
                                  "Chad Moreland said the border would stay closed.",
                                  "The decree was signed by Lima Quispe on Monday."])
def test_a_capital_or_country_opening_a_person_s_name_is_no_place(ew, text):
    found = mentions(ew, text, "2023-12-15")
    assert not any(m.cameo for m in found.values()), found


def test_a_capital_acting_on_its_own_is_still_the_government(ew):
    assert mentions(ew, "Santiago said it would respond to the tariffs.", "2023-12-15")["Santiago"].cameo == "CHLGOV"


@pytest.mark.parametrize("text,word,expected", [
    ("Morena won a supermajority in Congress after the Mexican election.", "Congress", "MEXLEG"),
    ("Peruvian lawmakers met in Lima. Congress voted to remove the president.", "Congress", "PERLEG"),
    ("Nigeria's Senate and the House of Representatives passed the budget.", "House of Representatives", "NGALEG"),
    # a state without a congress of its own leaves the US one; no state at all is the US
    ("Russia expelled two diplomats. Congress voted to extend the sanctions.", "Congress", "USALEG"),
    ("Congress passed the defence bill on Friday.", "Congress", "USALEG"),
    ("The House of Representatives impeached the president.", "House of Representatives", "USALEG"),
])
def test_a_legislature_named_without_a_country_is_the_article_s(ew, text, word, expected):
    assert mentions(ew, text, "2019-09-01")[word].cameo == expected


@pytest.mark.parametrize("text,word,expected", [
    ("North and South Korea agreed to reopen the liaison office.", "North and South Korea", ["PRK", "KOR"]),
    ("Envoys from North and South Korea met in Panmunjom.", "North and South Korea", ["PRK", "KOR"]),
    ("The two Koreas agreed to reopen the liaison office.", "Koreas", ["KOR", "PRK"]),
    ("China urged both Koreas to keep talking.", "Koreas", ["KOR", "PRK"]),
    ("The two Sudans signed an oil transit deal.", "Sudans", ["SDN", "SSD"]),
])
def test_two_states_named_in_one_phrase_are_both_parties(ew, text, word, expected):
    found = mentions(ew, text, "2018-04-27")
    assert [m.cameo for m in found[word].members] == expected, found[word]


def test_a_state_and_its_namesake_stay_two_states(ew):
    found = mentions(ew, "Sudan and South Sudan agreed to withdraw troops from the border.", "2012-07-01")
    assert (found["Sudan"].cameo, found["South Sudan"].cameo) == ("SDN", "SSD")


@pytest.mark.parametrize("text,expected", [
    ("Russian troops pulled back from the outskirts of Kyiv.", "UKR"),
    ("The rebels withdrew from Kabul on Friday.", "AFG"),
    ("A Russian convoy advanced towards Kyiv.", "UKR"),
    ("Government forces pushed into Kigali at dawn.", "RWA"),
    # a thing sent from a capital is its government's
    ("Putin received a letter from Kyiv.", "UKRGOV"),
    ("Pressure from Kyiv forced the company to close.", "UKRGOV"),
])
def test_a_capital_a_movement_starts_or_ends_at_is_a_place(ew, text, expected):
    found = mentions(ew, text, "2022-04-01")
    capital = next(m for t, m in found.items() if t in ("Kyiv", "Kabul", "Kigali"))
    assert capital.cameo == expected, found


@pytest.mark.parametrize("text,name,expected", [
    # a seat of power, a capital or a leader modifying "critic", "opponent", "foe" names the
    # government's opponents, not the government
    ("Police arrested a prominent Kremlin critic in Moscow.", "Kremlin", "RUSOPP"),
    ("Kremlin foes fled abroad after the invasion.", "Kremlin", "RUSOPP"),
    ("Beijing critics were detained in Hong Kong.", "Beijing", "CHNOPP"),
    ("Police detained a Lukashenko opponent in Minsk.", "Lukashenko", "BLROPP"),
    ("The Kremlin criticised the sanctions.", "Kremlin", "RUSGOV"),
    ("The Kremlin's enemies include Ukraine.", "Kremlin", "RUSGOV"),
])
def test_a_critic_of_a_government_named_by_its_seat_is_its_opposition(ew, text, name, expected):
    assert mentions(ew, text, "2024-05-01")[name].cameo == expected


@pytest.mark.parametrize("text,date,name,expected", [
    # a bare surname several listed people bear, none in office on the date: the one who led a state
    ("Clinton praised Blair's peace efforts.", "2017-10-10", "Clinton", "USAELI"),
    ("Clinton praised Blair's peace efforts.", "2017-10-10", "Blair", "GBRELI"),
    ("Bush defended the invasion in a speech on Monday.", "2015-03-02", "Bush", "USAELI"),
    # the one in office on the date still comes first
    ("Blair defended the invasion in a speech on Monday.", "2003-03-20", "Blair", "GBRGOV"),
    ("Clinton defended the bombing in a speech on Monday.", "1999-04-01", "Clinton", "USAGOV"),
])
def test_a_bare_surname_with_no_bearer_in_office_means_the_former_leader(ew, text, date, name, expected):
    assert mentions(ew, text, date)[name].cameo == expected


@pytest.mark.parametrize("text,country", [
    ("A Japanese official said on Monday that talks with the US had stalled. President Joe Biden had urged "
     "Tokyo to act quickly, the official said.", "JPN"),
    ("A Kenyan official said the deal was off. Ethiopian Prime Minister Abiy Ahmed had rejected it, "
     "the official added.", "KEN"),
])
def test_the_official_is_the_unnamed_official_introduced_before(ew, text, country):
    # "the official" takes up "a Japanese official", not the named leader mentioned in between
    from eventwire.ingest import make_article

    article = make_article("m", text=text, origin="m", pub_date="2024-05-01")
    _, doc = next(ew.parse([article]))
    found = [m for m in ew.actors.process(article, doc) if m.text.lower() == "official"]
    assert found and all(m.cameo == f"{country}GOV" for m in found), [(m.text, m.cameo, m.name) for m in found]


@pytest.mark.parametrize("text,name,expected", [
    # a name the dictionary does not know is the party its apposition describes
    ("Germany freed Ivan Petrakov, a Russian hitman serving a life term, in the exchange.", "Petrakov", "RUS"),
    ("Police in Sarajevo arrested Tomo Horvat, a Croatian war veteran, on Saturday.", "Horvat", "HRV"),
    ("Tehran released Marc Lebrun, a French cyclist, on Monday.", "Lebrun", "FRA"),
])
def test_an_unknown_name_is_the_party_its_apposition_describes(ew, text, name, expected):
    found = mentions(ew, text, "2024-05-01")
    assert any(name in t and m.cameo == expected for t, m in found.items()), found


def test_an_unknown_name_described_by_a_relation_is_not_the_other_party(ew):
    found = mentions(ew, "Police arrested Tomo Horvat, a close ally of the Serbian president, on Saturday.", "2024-05-01")
    assert not any("Horvat" in t and (m.cameo or "").startswith("SRB") for t, m in found.items()), found


@pytest.mark.parametrize("text,date,word,expected", [
    # a title the text gives as held before describes the career, not the office held now: the
    # person is a former official of that state, not its government
    ("The chief negotiator, Moussa Faki, a former prime minister of Chad, met rebel leaders in Tripoli.",
     "2006-01-01", "Faki", "TCDELI"),
    ("The president of the panel, Moussa Faki, an ex-prime minister of Chad, flew to Tripoli.",
     "2006-01-01", "Faki", "TCDELI"),
    # (the title the text gives him now, though the knowledge base has him out of office, still holds)
    ("Alpha Oumar Konare, the president of Mali, arrived in Abidjan on Monday.", "2012-01-01", "Konare", "MLIGOV"),
])
def test_a_past_title_in_apposition_is_not_the_office_held_now(ew, text, date, word, expected):
    assert mention_with(ew, text, word, date).cameo == expected


@pytest.mark.parametrize("text,date,word,expected", [
    # an international organisation that possesses the office heading the phrase is the capacity
    # the person in apposition acts in
    ("ECOWAS's president, Kadre Desire Ouedraogo, flew to Abuja on Monday.", "2013-01-01", "Ouedraogo", "IGOWAFECO"),
    ("The African Union's chairman, Ghana's president John Kufuor, urged the rebels to talk.", "2007-06-01",
     "Kufuor", "IGOAFRAFU"),
    # (a state's office keeps the person the state's)
    ("Ghana's president, John Kufuor, urged the rebels to talk.", "2007-06-01", "Kufuor", "GHAGOV"),
])
def test_an_igo_possessing_the_office_before_a_name_is_the_capacity(ew, text, date, word, expected):
    assert mention_with(ew, text, word, date).cameo == expected


@pytest.mark.parametrize("text,word,expected", [
    # people a body sends act for it, not for the place they are in
    ("Mediators from ECOWAS spent a week in Conakry trying to win over the soldiers.", "Mediators", "IGOWAFECO"),
    ("Officials from the African Union arrived in Juba on Monday.", "Officials", "IGOAFRAFU"),
    ("Negotiators from the IAEA were turned back at the Natanz site.", "Negotiators", "IGOUNO"),
    ("Officials from Norway flew to Colombo to meet the rebels.", "Officials", "NORGOV"),
])
def test_people_sent_from_a_body_act_for_it(ew, text, word, expected):
    assert mention_with(ew, text, word, "2012-04-01").cameo == expected


@pytest.mark.parametrize("text,word,expected", [
    # a spokesperson "for" a body or person speaks as them
    ("A spokesman for Hezbollah rejected the Lebanese army's plan on Friday.", "spokesman", "LBNREB"),
    ("A spokeswoman for the African Union welcomed the vote in Kinshasa.", "spokeswoman", "IGOAFRAFU"),
    ("A spokesman for President Jacob Zuma dismissed the report.", "spokesman", "ZAFGOV"),
])
def test_a_spokesperson_for_a_body_speaks_as_it(ew, text, word, expected):
    assert mention_with(ew, text, word, "2012-04-01").cameo == expected


@pytest.mark.parametrize("text,word", [
    # an envoy "for" a country is sent there, and a lawyer for a group is not the group
    ("The UN envoy for Yemen flew to Muscat on Monday.", "envoy"),
    ("A lawyer for Hezbollah filed the appeal.", "lawyer"),
])
def test_other_people_for_a_body_are_not_it(ew, text, word):
    assert all(m.cameo not in ("YEM", "YEMGOV", "LBNREB")
               for t, m in mentions(ew, text, "2012-04-01").items() if word in t)


@pytest.mark.parametrize("text,date,word,expected", [
    # a determiner before a title is no bare surname ("No" is also a spelling of Roh)
    ("No president of Ghana has served a third term since independence.", "2012-04-30", "president", "GHAGOV"),
    ("No minister from Malawi attended the summit in Lusaka.", "2012-04-30", "minister", "MWIGOV"),
    # (the surname after the title stays the person's)
    ("President No Moo-hyun met Japanese officials in Seoul.", "2005-04-30", "Moo-hyun", "KORGOV"),
])
def test_a_determiner_before_a_title_is_no_surname(ew, text, date, word, expected):
    assert mention_with(ew, text, word, date).cameo == expected
