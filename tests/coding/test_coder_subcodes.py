"""Specific CAMEO sub-codes from the wording: what a speech act asks for, offers or refuses, and
phrasings of roots 11-20. Hand-written sentences, one mechanism or phrasing per case."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # a noun a speech act wraps names the act asked for or refused, though it has no "to T" of its own
    ("Chile appealed to Peru for military aid.", ("CHL", "PER", "0232")),
    ("Argentina called for humanitarian aid from Brazil.", ("ARG", "BRA", "0233")),
    ("Poland rejected calls by Hungary for emergency economic aid.", ("POL", "HUN", "1221")),
    ("The Kenyan government rejected Tanzania's proposal for a ceasefire.", ("KENGOV", "TZA", "1246")),
])
def test_wrapped_noun_gives_the_sub_code(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_light_verb_noun_still_needs_its_target(code):
    # "launched attacks" names no one attacked: the light verb's noun is the act, still incomplete
    events = code("Boko Haram launched several attacks last year.")
    assert not [e for e in events if e.coder.rule.startswith("carry.") and e.target is None], triples(events)


@pytest.mark.parametrize("text,expected", [
    # a reported obligation is a demand, a reported "should" an appeal; the subject is the target
    ("The French minister said Germany must extradite the suspect.", ("FRAGOV", "DEU", "1013")),
    ("Ghana insisted that Togo must release the fishermen.", ("GHA", "TGO", "1053")),
    ("Brazil said Argentina should lift its tariffs.", ("BRA", "ARG", "0254")),
    # an allegation accuses the subject of the alleged act, with the sub-code of its root
    ("Malaysia alleged that Singapore had hidden the documents.", ("MYS", "SGP", "112")),
    ("The Peruvian government alleged that Chilean troops had shelled the village.", ("PERGOV", "CHLMIL", "1123")),
])
def test_reported_obligations_and_allegations(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_alleged_act_is_content_not_an_event(code):
    got = triples(code("The Peruvian government alleged that Chilean troops had shelled the village."))
    assert not any(c.startswith("19") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "The UN said the talks must continue.",   # no party is obliged: no demand without a target
    "Kenya said the economy should recover.",
])
def test_modal_report_without_an_addressee_is_no_demand(code, text):
    assert not any(c[:2] in ("02", "10") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("Egypt hit back at Ethiopia over the dam.", ("EGY", "ETH", "111")),  # "back" parsed as an adverb
    ("Kenyan troops pulled back from the Somali border.", ("KENMIL", "SOM", "0874")),
    ("The Turkish president rounded on Greece.", ("TURGOV", "GRC", "111")),
    ("The Americans presented evidence against Iran at the UN.", ("USA", "IRN", "112")),
])
def test_disapproval_and_accusation_phrasings(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # whoever speaks in a phone call or at a news conference with someone took part in it
    ("The Turkish president said in a phone call with the Russian president that the operation would continue.",
     ("TURGOV", "RUSGOV", "041")),
    ("The Ugandan president held a joint press conference with the Kenyan president.", ("UGAGOV", "KENGOV", "040")),
])
def test_encounter_noun_takes_the_speaker_as_source(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_passive_victim_is_not_a_participant(code):
    got = triples(code("Two Malian soldiers were killed during a meeting with Nigerien rebels."))
    assert not any(c.startswith("04") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # a speaker announcing its own future act commits to it: the intent (or threat) code
    ("Bolivia said it would release the detained Chilean soldiers.", ("BOL", "CHLMIL", "0353")),
    ("Syria said it would impose sanctions on Jordan.", ("SYR", "JOR", "1312")),
    ("The UN announced that it would withdraw its observers from Angola.", ("IGOUNO", "AGO", "136")),
    ("Chile announced that it will send food aid to Peru.", ("CHL", "PER", "0333")),
])
def test_announced_own_act_is_an_intent(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Peru said Chile would withdraw its troops.",          # another party's act: no commitment of Peru's
    "Ecuador said it would not accept more Colombian refugees.",  # an announced refusal, not a pledge
])
def test_no_pledge_for_others_acts_or_refusals(code, text):
    assert not any(c.startswith("03") for s, _, c in triples(code(text)) if s in ("PER", "ECU")), triples(code(text))


def test_wrapped_act_is_not_coded_twice(code):
    got = [e.cameo for e in code("Spain will support Portugal's bid, the Spanish prime minister said.")]
    assert len([c for c in got if c[:2] in ("03", "05")]) == 1, got


@pytest.mark.parametrize("text,expected", [
    ("The Kenyan supreme court opened a hearing into the treatment of Somali detainees.", ("KENJUD", "SOM", "090")),
    ("Italian prosecutors placed the Libyan diplomat under investigation.", ("ITAJUD", "LBYGOV", "090")),
    ("Thousands of Nigerians converged on Lagos for a rally against the government.", ("NGA", None, "141")),
])
def test_investigation_and_protest_phrasings(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Chinese troops opened fire on protesters in the capital.", ("CHNMIL", "CHNOPP", "175")),  # repression
    # opening fire or firing shots names no weapon: plain force (190); bullets are small arms (193)
    ("Syrian soldiers opened fire on Turkish troops.", ("SYRMIL", "TURMIL", "190")),
    ("Greek coastguards fired warning shots at a Turkish vessel.", ("GRC", "TUR", "190")),
    ("Indian troops fired rubber-coated bullets at Chinese soldiers.", ("INDMIL", "CHNMIL", "193")),
    ("The EU imposed its arms ban on China in 1989.", ("IGOEUREEC", "CHN", "163")),  # an embargo, not a party ban
])
def test_coerce_and_assault_confusions(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Israel has strengthened its forces in Lebanon after the rocket attacks.", ("ISR", "LBN", "154")),
    ("Indian troops remained on alert along the border.", ("INDMIL", None, "152")),
    ("The Pakistani navy stepped up patrols.", ("PAKMIL", None, "150")),
])
def test_force_posture_phrasings(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # the weapon named gives the assault or fighting sub-code
    ("Basque separatists wounded two Spanish policemen in a bomb attack on Thursday.", ("ESPREB", "ESPCOP", "183")),
    ("Taliban militants killed three Afghan soldiers with a roadside bomb.", ("AFGREB", "AFGMIL", "1833")),
])
def test_weapon_gives_the_sub_code(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # a firefight is small-arms fighting (193); a battle is conventional force (190)
    ("Malian rebels engaged French troops in a firefight near Gao on Saturday.", ("MLIREB", "FRAMIL", "193")),
    ("Nigerian troops engaged Boko Haram fighters in a fierce battle.", ("NGAMIL", "NGAREB", "190")),
])
def test_engaging_in_a_firefight_or_a_battle(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_an_ended_operation_is_coded_as_well_as_its_end(code):
    # the conventions code presupposed acts: the operation happened (undated: it spans time),
    # and so did its end (dated)
    events = code("Turkey ended its months-long operation against Kurdish forces in northern Syria on Monday.")
    by_code = {e.cameo: e for e in events}
    assert {"087", "190"} <= set(by_code), triples(events)
    assert by_code["190"].target.cameo == "SYRREB" and by_code["190"].coder.rule.endswith("+presupposed")
    assert by_code["087"].date.value and not by_code["190"].date.value


def test_a_framed_end_presupposes_nothing(code):
    got = triples(code("Israel agreed to halt its offensive in Gaza."))
    assert not any(c.startswith("19") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # destroying an armed body's assets is military force; destroying property stays 1712, and
    # is a riot (145) when a crowd does it
    ("Israeli troops destroyed Hamas rocket launchers in Gaza.", ("ISRMIL", "PSEREB", "190")),
    ("Israeli troops destroyed Palestinian homes in Gaza.", ("ISRMIL", "PSE", "1712")),
    ("Rioters in Abidjan destroyed French shops.", ("CIVOPP", "FRA", "145")),
])
def test_destroying_an_armed_body_is_force(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Police beat demonstrators outside parliament in Nairobi.",
    "Burmese soldiers opened fire on protestors in Rangoon.",
])
def test_security_forces_using_force_on_protesters_is_repression(code, text):
    got = triples(code(text))
    assert any(c == "175" for _, _, c in got), got


def test_a_mortar_bomb_fired_at_a_target_is_a_light_weapon_attack(code):
    got = triples(code("Afghanistan said a mortar bomb was fired at it from Pakistan on Tuesday.", pub_date="2014-09-16"))
    assert ("PAK", "AFG", "193") in got, got


@pytest.mark.parametrize("text,expected", [
    # the agent of a use of force names the weapon: aircraft (195), artillery and tanks (194)
    ("Israeli jets destroyed Hamas rocket launchers in Gaza.", ("ISRMIL", "PSEREB", "195")),
    ("Russian warplanes killed 20 Syrian civilians near Idlib.", ("RUSMIL", "SYRCVL", "195")),
    ("Turkish tanks killed four PKK militants near the border.", ("TURMIL", "TURREB", "194")),
    # suicide bombers are people, not aircraft: their attack is a suicide bombing (1831)
    ("Palestinian suicide bombers killed 23 Israeli civilians in Tel Aviv.", ("PSE", "ISRCVL", "1831")),
    ("A Taliban car bomb killed 20 Afghan soldiers in Kabul.", ("AFGREB", "AFGMIL", "1832")),
])
def test_weapon_agent_gives_the_sub_code(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # refraining from force or ending provocations de-escalates (087): asked for it is 0256,
    # demanded 1056, promised 0356
    ("Washington urged Belgrade and Pristina to refrain from provocations in northern Kosovo.",
     ("USAGOV", "SRBGOV", "0256")),
    ("The African Union called on Sudan's army to desist from attacks on civilians.", ("IGOAFRAFU", "SDNMIL", "0256")),
    ("Manila asked Beijing to end its provocations near the shoal.", ("PHLGOV", "CHNGOV", "0256")),
    ("Vietnam demanded that China cease its provocative actions in the South China Sea.", ("VNM", "CHN", "1056")),
    ("Seoul said it would refrain from retaliation against Pyongyang.", ("KORGOV", "PRKGOV", "0356")),
    # protesters asked to go home: easing of dissent (0252)
    ("The Bolivian president urged opposition supporters to go home.", ("BOLGOV", "BOLOPP", "0252")),
    # asked to stay calm: protesters ease dissent (0252), states de-escalate (0256)
    ("Kenya's president called on protesters to remain calm.", ("KENGOV", "KENOPP", "0252")),
    ("The Bolivian president urged opposition supporters to stay calm and go home.", ("BOLGOV", "BOLOPP", "0252")),
    ("China urged India and Pakistan to remain calm.", ("CHN", "PAK", "0256")),
])
def test_asked_to_refrain_from_force_or_go_home_is_an_appeal_to_yield(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # cooperating with inspectors or monitors lets them in (0862): asked for it is 0255, demanded
    # 1055, promised 0355
    ("Washington urged Pyongyang to cooperate with UN inspectors.", ("USAGOV", "PRKGOV", "0255")),
    ("The UN demanded that Iraq cooperate fully with weapons inspectors.", ("IGOUNO", "IRQ", "1055")),
    ("The UN Security Council ordered Syria to improve its cooperation with chemical weapons inspectors.",
     ("IGOUNO", "SYR", "1055")),
    # cooperating with them, told alone, stays cooperation with their body
    ("Iran cooperated with IAEA inspectors last year.", ("IRN", "IGOUNO", "050")),
])
def test_cooperation_with_inspectors_is_allowing_international_involvement(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # "move toward X" carries out X: asked of a party, it is the appeal for X
    ("Paris urged the United Nations to move towards sanctions on Mali's junta.", ("FRAGOV", "IGOUNO", "022")),
    ("Seoul urged Washington to move toward talks with Pyongyang.", ("KORGOV", "USAGOV", "026")),
    ("Tokyo urged Moscow to edge toward a ceasefire in Ukraine.", ("JPNGOV", "RUSGOV", "0256")),
])
def test_moving_toward_an_act_carries_it_out(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_moving_toward_a_place_is_no_event(code):
    got = triples(code("Chinese warships moved toward the Taiwan Strait on Monday."))
    assert not got, got


@pytest.mark.parametrize("text,expected", [
    # helicopters, drones, boats and jets are property a party returns (0842): demanded, 1053
    ("Ankara said Athens must return the seized drone.", ("TURGOV", "GRCGOV", "1053")),
    ("Beijing demanded that Manila return the grounded helicopter.", ("CHNGOV", "PHLGOV", "1053")),
])
def test_returned_craft_give_the_sub_code(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # lowering or removing trade barriers is economic cooperation (061): demanded, 1011; asked, 0211
    ("Washington said Ottawa must remove barriers to American dairy imports.", ("USAGOV", "CANGOV", "1011")),
    ("Brussels urged Tokyo to dismantle trade barriers.", ("IGOEUREEC", "JPNGOV", "0211")),
])
def test_lowered_trade_barriers_give_the_sub_code(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # told alone with no party acted on, refraining is no event
    "The Thai army refrained from provocations on Sunday.",
    "The protesters went home after the rally.",
    "The Kenyan president remained calm.",
])
def test_refraining_or_going_home_alone_is_no_event(code, text):
    got = triples(code(text))
    assert not any(c.startswith("08") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # harm told by a participle on a shelling or a firing takes that act's weapon
    ("Ethiopian troops shelled Eritrean border towns on Sunday, killing four farmers.", ("ETHMIL", "ERIAGR", "194")),
    ("Azerbaijani troops fired artillery shells at Armenian villages, wounding two farmers.", ("AZEMIL", "ARMAGR", "194")),
    ("Russian forces attacked Kharkiv with drones overnight, killing two residents.", ("RUSMIL", "UKRCVL", "195")),
    # through a participle before it, and whatever the fired weapon's modifier
    ("Russian forces shelled Zaporizhzhia on Sunday, damaging a hospital and killing three civilians.",
     ("RUSMIL", "UKRCVL", "194")),
    ("Ethiopian troops fired long-range rockets into Eritrea, hitting a market and killing six traders.",
     ("ETHMIL", "ERIBUS", "194")),
    # the weapon a fight was fought with
    ("North Korean and South Korean troops fought with mortars and machine guns along the border.",
     ("PRKMIL", "KORMIL", "194")),
    # no weapon named: plain force
    ("Israeli troops attacked the camp, killing five Palestinian militants.", ("ISRMIL", "PSEREB", "190")),
    # bringing down what the other side flew is plain force, whatever platform fired
    ("South Korean warships shot down two North Korean drones on Monday.", ("KORMIL", "PRKMIL", "190")),
    ("Turkish jets downed a Syrian helicopter near the border.", ("TURMIL", "SYR", "190")),
])
def test_weapon_of_the_act_a_harm_hangs_on_and_interceptions(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # killing one holder of a political office is an assassination (186)
    ("Taliban gunmen killed a provincial governor on Sunday.", ("AFGREB", "AFGGOV", "186")),
    ("Taliban gunmen shot dead a provincial governor on Sunday.", ("AFGREB", "AFGGOV", "186")),
])
def test_killing_an_office_holder_is_an_assassination(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_killing_officials_in_general_is_not_an_assassination(code):
    got = triples(code("Israeli troops killed two Palestinian officials."))
    assert ("ISRMIL", "PSEGOV", "190") in got, got


@pytest.mark.parametrize("text,expected", [
    ("Germany demanded that the Kurdish rebels renounce violence.", None),
    ("The PKK renounced its armed struggle against Ankara.", ("TURREB", "TURGOV", "087")),
    ("Russia will supply Syria with 50,000 tonnes of wheat.", ("RUS", "SYR", "070")),
    ("Russia signed an accord to supply Syria with wheat.", ("RUS", "SYR", "033")),
    ("Japan will contribute a million euros to Afghanistan.", ("JPN", "AFG", "071")),
])
def test_renouncing_violence_and_supplying_goods(code, text, expected):
    got = triples(code(text))
    if expected is None:
        assert any(c == "1056" for _, _, c in got), got
    else:
        assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # cutting transport links with a country reduces relations (160)
    ("Russia suspended rail links with Georgia after the shooting.", ("RUS", "GEO", "160")),
    # peacekeepers arriving in a country are a peacekeeping deployment (074), not a visit (042)
    ("Indian peacekeepers arrived in Congo on Monday.", ("INDMIL", "COD", "074")),
])
def test_links_cut_and_peacekeepers_deployed(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_troops_arriving_are_still_a_visit_unless_they_keep_the_peace(code):
    got = triples(code("Indian troops arrived in Nepal on Monday."))
    assert not any(c == "074" for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # working on or negotiating an agreement with someone is negotiation (046)
    ("Canada and Mexico have begun work on a new border agreement.", ("CAN", "MEX", "046")),
    ("Norway is working on a new trade deal with Iceland.", ("NOR", "ISL", "046")),
    ("Chile negotiated a water treaty with Bolivia.", ("CHL", "BOL", "046")),
])
def test_working_on_an_agreement_is_negotiation(code, text, expected):
    got = triples(code(text))
    assert expected in got or (expected[1], expected[0], expected[2]) in got, got


@pytest.mark.parametrize("text,expected", [
    # victims belong where the attack happened, also when the attack is the agent ("by ... fire in
    # Gaza"), and a weapon named with its compound gives the sub-code
    ("Two children were killed by Israeli artillery fire in Gaza.", ("ISRMIL", "PSECVL", "194")),
    ("Russian air strikes killed five civilians in Idlib.", ("RUS", "SYRCVL", "195")),
])
def test_victims_of_named_weapons(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # the parser hangs the counterpart on the topic object: "discussed the ceasefire with Hamas"
    ("Egypt discussed the border crossing with Hamas on Monday.", ("EGY", "PSEREB", "046")),
    # a speech act wrapping the acceptance of mediation asks for it (028) or demands it (108)
    ("The US urged Ethiopia to accept African Union mediation.", ("USA", "ETH", "028")),
])
def test_counterparts_on_the_topic_and_wrapped_mediation(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # considering an act is considering a policy option (014), for acts a pattern knows
    ("Britain is considering sending troops to Mali.", ("GBR", "MLI", "014")),
    ("The EU is weighing sanctions against Belarus.", ("IGOEUREEC", "BLR", "014")),
    # a gerund complement is the act a frame wraps: stopping arms deliveries reduces aid
    ("Germany stopped sending weapons to Turkey.", ("DEU", "TUR", "1622")),
])
def test_considered_and_stopped_acts(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_regarding_someone_as_something_is_no_policy_option(code):
    got = triples(code("Turkey considers the YPG the Syrian wing of the PKK."))
    assert not any(c == "014" for _, _, c in got), got


def test_sorrow_expressed_over_victims_is_sympathy(code):
    got = triples(code("Merkel expressed sorrow over the deaths of French soldiers in Mali.", pub_date="2019-11-26"))
    assert ("DEUGOV", "FRAMIL", "018") in got, got


def test_cooperation_in_an_economic_field_is_economic_cooperation(code):
    got = triples(code("China will expand cooperation with Kenya in infrastructure."))
    assert ("CHN", "KEN", "061") in got, got


def test_an_alleged_act_is_content_even_when_the_accuser_is_no_actor(code):
    # conventions: acts alleged inside an accusation are not coded
    assert not code("A report alleged that the French military helped Hutu militias.")
    got = triples(code("Rwanda alleged that the French military helped Hutu militias."))
    assert got == {("RWA", "FRAMIL", "112")}, got


def test_givers_named_in_a_from_phrase_do_not_act_on_each_other(code):
    got = triples(code("The project received strong support from the United States, UNICEF and Japan."))
    assert not any(s in ("USA", "IGOUNO", "JPN") and t in ("USA", "IGOUNO", "JPN") for s, t, _ in got), got


def test_a_phrasal_verb_is_not_its_bare_verb(code):
    # "called off the search for X" is no call for X; a pattern naming the particle still matches
    assert not code("Malaysia called off the search on Sunday for the missing jet.", pub_date="2014-03-10")
    got = triples(code("Swiss doctors handed medicine over to the Red Cross."))
    assert ("CHEHLH", "NGOIRC", "073") in got, got


@pytest.mark.parametrize("text,expected", [
    # troops or militants storming a place use force; a crowd storming one protests violently
    ("Al-Shabaab militants stormed a hotel in Mogadishu.", "190"),
    ("Protesters stormed the parliament in Baghdad.", "145"),
])
def test_who_storms_decides_the_code(code, text, expected):
    got = triples(code(text))
    assert {c for _, _, c in got} == {expected}, got


def test_a_verb_the_tagger_made_an_adjective_is_still_the_act(code):
    # the small model tags "free" in "that Russia free X" as an adjective; with a subject and
    # an object it is the verb, and the demand gets its release sub-code
    got = triples(code("The US demanded that Russia free Evan Gershkovich.", pub_date="2023-05-01"))
    assert ("USA", "RUS", "1053") in got, got


def test_the_host_of_talks_between_two_parties_is_no_party_to_them(code):
    # hosting talks between two parties brokers them (045 to each, as "Egypt-hosted talks")
    got = triples(code("Oman hosted a meeting between Iranian and American officials last week."))
    assert {("OMN", "IRNGOV", "045"), ("OMN", "USAGOV", "045")} <= got, got
    assert not any(s == "OMN" and c in ("040", "046") for s, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # economic or trade ties established are economic cooperation; diplomatic ones recognition
    ("Ethiopia will establish economic relations with Mexico.", ("ETH", "MEX", "061")),
    ("Ethiopia established diplomatic relations with Mexico.", ("ETH", "MEX", "054")),
])
def test_which_ties_are_established(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_workers_who_strike_stop_work(code):
    got = triples(code("Thai workers are expected to strike in solidarity with American workers."))
    assert ("THALAB", None, "143") in got and not any(c.startswith("19") for _, _, c in got), got


def test_two_organs_of_one_state_sign_together_not_with_each_other(code):
    got = triples(code("US Secretary of State John Kerry, Defense Secretary Chuck Hagel and Iraqi Prime Minister "
                       "Haider al-Abadi signed the agreement.", pub_date="2014-10-01"))
    assert ("USAGOV", "IRQGOV", "057") in got and not any(
        s[:3] == t[:3] for s, t, c in got if t and c == "057"), got
    # two sides of one country still sign with each other; an army and a government still meet
    assert ("PSEREB", "PSEPTY", "057") in triples(code("Hamas and Fatah signed a reconciliation deal in Cairo."))


def test_fighting_a_crime_or_a_disaster_is_no_use_of_force(code):
    assert not code("The Russian government will fight capital flight and tax evasion.")


def test_a_sum_tagged_as_a_number_still_heads_its_gift(code):
    got = triples(code("The United States announced $625 million in security aid for Ukraine.", pub_date="2022-10-10"))
    assert ("USA", "UKR", "0332") in got


@pytest.mark.parametrize("text,expected", [
    # asking a party to bring its influence to bear on another is an appeal for diplomatic
    # cooperation (022), though the act the influence is to obtain is left unsaid
    ("Germany called on Moscow to exert its leverage on Damascus.", ("DEU", "RUSGOV", "022")),
    ("The EU asked Ankara to use its influence with the Syrian rebels.", ("IGOEUREEC", "TURGOV", "022")),
    ("Washington urged Beijing to wield its clout over Pyongyang.", ("USAGOV", "CHNGOV", "022")),
])
def test_appeal_to_use_influence_is_diplomatic_cooperation(code, text, expected):
    assert expected in triples(code(text)), triples(code(text))


@pytest.mark.parametrize("text", [
    "Russia used its influence over Damascus.",
    "China has great influence over North Korea.",
])
def test_influence_alone_is_no_event(code, text):
    assert not triples(code(text)), triples(code(text))


@pytest.mark.parametrize("text,expected", [
    # the price of a commodity or of supplies named as what is demanded or refused is economic
    # cooperation (1011 asked for, 1211 refused)
    ("Minsk insisted on a lower price for gas deliveries from Russia.", ("BLRGOV", "RUS", "1011")),
    ("Kyiv demanded a fair price for gas from Moscow.", ("UKRGOV", "RUSGOV", "1011")),
    ("Russia rejected Ukraine's demand for a lower price for gas.", ("RUS", "UKR", "1211")),
])
def test_a_price_asked_for_is_economic_cooperation(code, text, expected):
    assert expected in triples(code(text)), triples(code(text))


@pytest.mark.parametrize("text", [
    "The price of oil rose sharply on Monday.",
    "Gazprom raised the price of gas for Belarus.",
])
def test_a_price_alone_is_no_event(code, text):
    assert not any(c.startswith(("061", "101", "121")) for _, _, c in triples(code(text))), triples(code(text))
