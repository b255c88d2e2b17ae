"""Reactions to an act told sentences before ("Britain condemned the seizure"): aimed at whoever
did it. Hand-written texts, one mechanism per test."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # the noun's own kind of act (a seizure is 17/18/19) picks the act it refers to
    ("Iran's Revolutionary Guards seized a British-flagged tanker on Friday. Britain condemned the seizure.",
     ("GBR", "IRNMIL", "111")),
    ("Turkey launched an offensive against Kurdish forces in Syria. Emmanuel Macron condemned the offensive.",
     ("FRAGOV", "TUR", "111")),
    # "the decision", "the move": whatever was done in the sentence before
    ("Russia expelled two British diplomats. London condemned the decision.", ("GBRGOV", "RUS", "111")),
    ("Washington imposed new sanctions on Venezuela. Moscow condemned the policy.", ("RUSGOV", "USAGOV", "111")),
])
def test_a_reaction_to_an_act_told_before_is_aimed_at_its_doer(code, text, expected):
    assert expected in triples(code(text, pub_date="2019-07-23"))


@pytest.mark.parametrize("text,reactor,doers,code_", [
    # an act several parties did together: the reaction is aimed at each of them
    ("American and British warplanes struck Houthi targets overnight. Iran condemned the strikes.",
     "IRN", {"USAMIL", "GBRMIL"}, "111"),
    ("France and Germany expelled Russian diplomats on Monday. Moscow condemned the expulsions.",
     "RUSGOV", {"FRA", "DEU"}, "111"),
    ("Canada and Australia imposed sanctions on Iranian officials. Tehran condemned the sanctions.",
     "IRNGOV", {"CAN", "AUS"}, "111"),
])
def test_a_reaction_to_an_act_of_several_doers_is_aimed_at_each(code, text, reactor, doers, code_):
    got = triples(code(text, pub_date="2024-01-12"))
    assert {(reactor, d, code_) for d in doers} <= got, got


def test_a_reaction_to_one_doer_s_act_stays_aimed_at_it(code):
    got = triples(code("Russian jets bombed Idlib on Sunday, and Syrian troops shelled Hama. Turkey condemned the bombing.",
                       pub_date="2024-01-12"))
    assert ("TUR", "RUSMIL", "111") in got and not any(s == "TUR" and t and t.startswith("SYR") for s, t, _ in got), got


@pytest.mark.parametrize("text,expected", [
    # a noun that names a speech act answers the one who made it
    ("Armenia accused Azerbaijan of shelling border villages. Azerbaijan denied the accusations.",
     ("AZE", "ARM", "016")),
    ("Seoul warned Pyongyang against further missile launches. North Korea rejected the warning.",
     ("PRK", "KORGOV", "120")),
    # a deed told five sentences before is still the one a reaction of its kind is about
    ("Turkey launched an offensive against Kurdish forces in Syria. The army said it hit 30 targets. "
     "Kurdish officials said two villages were shelled. The ministry gave no figures. Fighting went on. "
     "France condemned the offensive.", ("FRA", "TUR", "111")),
])
def test_an_answer_to_a_speech_act_is_aimed_at_its_speaker(code, text, expected):
    assert expected in triples(code(text, pub_date="2019-07-23"))


@pytest.mark.parametrize("text,expected,wrong", [
    # an act named only as the reason for another ("suspended X over the coup") is not the act
    # the reaction answers: the one who staged it is
    ("The regional bloc suspended Niger on Sunday over last week's military coup. Soldiers seized power in "
     "Niamey on Wednesday and detained the president. Germany condemned the coup.",
     ("DEU", "NERMIL", "111"), ("DEU", "IGOWAFECO", "111")),
    ("The EU imposed sanctions on Belarus after the crackdown. Police in Minsk cracked down on protesters "
     "last month. Britain condemned the crackdown.",
     ("GBR", "BLRCOP", "111"), ("GBR", "IGOEUREEC", "111")),
    ("Washington expelled two Russian diplomats following the poisoning. Russian agents poisoned a former spy "
     "in Salisbury. France condemned the poisoning.",
     ("FRA", "RUS", "111"), ("FRA", "USAGOV", "111")),
])
def test_a_reaction_is_not_aimed_at_an_act_done_for_its_object(code, text, expected, wrong):
    got = triples(code(text, pub_date="2023-08-01"))
    assert wrong not in got, got
    assert expected in got, got


@pytest.mark.parametrize("text,reactor,sides", [
    ("Peru and Chile signed a fisheries accord in Lima on Friday. Brazil welcomed the agreement on Saturday.",
     "BRA", {"PER", "CHL"}),
    ("Serbia and Kosovo held talks in Brussels on Friday. Russia criticised the talks on Saturday.",
     "RUS", {"SRB", "XKX"}),
])
def test_a_reaction_to_a_shared_act_is_aimed_at_both_its_parties(code, text, reactor, sides):
    got = triples(code(text))
    assert {t for s, t, c in got if s == reactor and c[:2] in ("05", "11")} == sides, got


def test_a_reaction_to_one_party_s_offer_is_not_aimed_at_a_shared_act_s_other_party(code):
    got = triples(code("Putin spoke by telephone with the leaders of Kyrgyzstan and Tajikistan. "
                       "Russia later offered to send monitors, but Dushanbe rejected the offer."))
    assert not any(t == "KGZGOV" for s, t, c in got if c[:2] == "12"), got


def test_a_reaction_to_an_act_of_another_kind_or_long_before_is_not_aimed(code):
    # a condemned "attack" is not the earlier talks
    got = triples(code("Iran and Oman held talks on Monday. Britain condemned the attack.", pub_date="2019-07-23"))
    assert not any(s == "GBR" and t in ("IRN", "OMN") for s, t, _ in got), got
    # "the move" refers to the sentence just before only
    got = triples(code("Russia expelled two British diplomats. The weather was cold. Officials met. "
                       "London condemned the move.", pub_date="2019-07-23"))
    assert not any(s == "GBRGOV" and t == "RUS" for s, t, _ in got), got


@pytest.mark.parametrize("text,expected", [
    # "the resolution", "the package", "the results": what a body adopted or announced before,
    # whether or not its adoption is an event of its own
    ("The UN Security Council voted on Monday to adopt a resolution demanding a truce in Gaza. "
     "Israel rejected the resolution.", ("ISR", "IGOUNO", "120")),
    ("The Security Council passed a resolution calling for a truce in Sudan. Japan's Abe welcomed the resolution.",
     ("JPNELI", "IGOUNO", "051")),
    ("The European Union imposed a sanctions package on Iran on Monday. Tehran condemned the package as illegal.",
     ("IRNGOV", "IGOEUREEC", "111")),
    ("The results were announced by Nigeria's electoral commission on Wednesday. Atiku Abubakar rejected the "
     "results.", ("NGAOPP", "NGAGOV", "120")),
    ("Japan's parliament voted on a resolution condemning China's policies. Beijing rejected the resolution.",
     ("CHNGOV", "JPNLEG", "120")),
    # a warrant or an indictment a court issued, a report a mission published
    ("The International Criminal Court issued an arrest warrant on Tuesday for Sudan's former president. "
     "Egypt criticised the warrant.", ("EGY", "IGOJUDICC", "111")),
    ("The International Criminal Court issued an arrest warrant for the Libyan commander. "
     "Amnesty International welcomed the warrant.", ("NGOHRI", "IGOJUDICC", "051")),
    ("A Kenyan court issued a warrant for the arrest of the Somali minister. Somalia rejected the warrant as "
     "politically motivated.", ("SOM", "KENJUD", "120")),
    ("The OSCE published a report on Thursday on the Belarusian election. Minsk criticised the report.",
     ("BLRGOV", "IGOEUROSC", "111")),
    ("A Moscow court handed the American journalist a 16-year sentence on Friday. Washington condemned the "
     "sentence.", ("USAGOV", "RUSJUD", "111")),
    # a stance about it: "expressed concern about the results"
    ("Venezuela's electoral council announced the results on Monday. France expressed concern about the results.",
     ("FRA", "VENGOV", "110")),
])
def test_a_reaction_to_an_outcome_is_aimed_at_the_body_that_produced_it(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # "it" for an outcome named as a clause's subject or object just before ("The resolution passed
    # ..."): the body that produced it, however the pronoun's sentence follows
    ("The IAEA board adopted a resolution on Thursday demanding more access for inspectors. The resolution "
     "passed with 20 votes in favour. Russia and China voted against it.", ("RUS", "IGOUNO", "129")),
    ("The U.N. General Assembly adopted a resolution on Ukraine on Tuesday. The resolution won 141 votes. "
     "Belarus voted against it, diplomats said.", ("BLR", "IGOUNO", "129")),
    ("The European Union imposed a sanctions package on Iran on Monday. The package targets drone makers. "
     "Tehran condemned it as illegal.", ("IRNGOV", "IGOEUREEC", "111")),
])
def test_it_for_an_outcome_told_before_is_aimed_at_the_body_that_produced_it(code, text, expected):
    assert expected in triples(code(text, pub_date="2024-05-01"))


def test_it_for_a_noun_that_is_no_outcome_is_not_an_outcome_before_it(code):
    # the nearest noun "it" may take is the text, not the resolution: no producer is guessed
    got = triples(code("The Security Council adopted a resolution on Sudan on Monday. The text demands a "
                       "ceasefire. Russia criticised it.", pub_date="2024-05-01"))
    assert not any(s == "RUS" and t == "IGOUNO" for s, t, _ in got), got


# sentences that tell no act of a party, between a plan's announcement and a reaction to it
FILLER = "The weather was cold. Markets were calm. Schools stayed open. Traffic was light. Shops closed early. "


@pytest.mark.parametrize("text,expected", [
    # "the plan", "the proposal" a party announced or unveiled, told far back in its own word
    ("Washington announced plans for a new naval mission in the Red Sea. " + FILLER + "China also opposed the plan.",
     ("CHN", "USAGOV", "110")),
    ("The European Commission unveiled a proposal to cap gas prices. " + FILLER + "Hungary rejected the proposal.",
     ("HUN", "IGOEUREEC", "120")),
    ("Israel's cabinet approved a plan to expand settlements on Sunday. " + FILLER + "Jordan condemned the plan.",
     ("JOR", "ISRGOV", "111")),
])
def test_a_reaction_to_a_plan_told_long_before_is_aimed_at_its_maker(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # the manner makes the reaction ("reacted angrily to"; the lexicon's a: adverb constraint)
    ("Seoul reacted angrily to Tokyo's decision to restrict chip exports.", ("KORGOV", "JPNGOV", "110")),
    ("Beijing responded sharply to the Dutch move.", ("CHNGOV", "NLD", "110")),
])
def test_a_reaction_named_by_its_manner(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_reacting_with_no_manner_is_no_event(code):
    assert not code("Seoul reacted to Tokyo's decision on Monday.")


@pytest.mark.parametrize("text,when", [
    ("Xi Jinping skipped the G20 summit in New Delhi.", "2023-09-10"),
    ("Putin will skip the BRICS summit in Johannesburg.", "2023-07-20"),
])
def test_skipping_a_summit_is_an_attendance_that_did_not_happen(code, text, when):
    events = [e for e in code(text, when) if e.cameo == "042"]
    assert events and all(e.factuality == "negated" for e in events), events


@pytest.mark.parametrize("text,expected", [
    # "voiced opposition to X" is a stance of the speaker, not the political opposition
    ("Russia voiced strong opposition to US plans.", ("RUS", "USA", "110")),
    # regret over another party's decision is disapproval, not an apology
    ("South Korea expressed regret over Japan's decision.", ("KOR", "JPN", "110")),
])
def test_stances_and_regrets(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_regret_over_deaths_stays_an_apology(code):
    got = triples(code("Pakistan expressed regret over the deaths of Afghan civilians."))
    assert ("PAK", "AFGCVL", "055") in got, got


@pytest.mark.parametrize("text,expected", [
    # "also": the act just told, by another party, on the same target
    ("The United States imposed new sanctions on Venezuelan officials. The European Union and Canada also "
     "imposed sanctions.", ("CAN", "VENGOV", "163")),
    ("France condemned the coup in Niger. Germany also condemned it.", ("DEU", "NER", "111")),
])
def test_also_repeats_the_act_just_told_on_its_target(code, text, expected):
    assert expected in triples(code(text, pub_date="2025-01-10"))


def test_the_act_told_before_keeps_its_target(code):
    # "filed the complaint": the complaint just told, with its addressee
    got = triples(code("The Philippines lodged a protest with China on Monday. Manila said it filed the complaint "
                       "after the ramming.", pub_date="2024-09-17"))
    assert ("PHLGOV", "CHN", "114") in got, got


def test_co_speakers_do_not_address_each_other(code):
    got = triples(code("Japan and Australia expressed concern over the incident.", pub_date="2024-09-17"))
    assert ("JPN", None, "110") in got and ("JPN", "AUS", "110") not in got, got


def test_an_answer_to_an_act_aimed_at_the_one_who_answers(code):
    # the "demand" was an order to leave (17x), aimed at France: France answers its maker
    got = triples(code("Niger's military rulers ordered the French ambassador to leave the country. "
                       "France rejected the demand.", pub_date="2023-08-25"))
    assert ("FRA", "NERGOV", "120") in got, got


def test_a_denial_answers_the_accusation_just_made(code):
    got = triples(code("The United Nations accused the RSF of killing hundreds of people in West Darfur. "
                       "The RSF denied involvement.", pub_date="2023-10-26"))
    assert ("SDNREB", "IGOUNO", "016") in got, got



@pytest.mark.parametrize("text,expected", [
    # the reaction's noun names the act in its own word ("attack", "killing", "strikes"): that
    # act, not the latest act of its kind told in between (the victim's response)
    ("Russia launched a missile attack on Kyiv on Monday. Ukrainian air defences shot down most of the missiles. "
     "Britain condemned the attack.", ("GBR", "RUS", "111")),
    ("Israeli jets killed a senior Hamas commander in Beirut on Tuesday. Hamas fighters fired rockets at southern "
     "Israel. Iran condemned the killing.", ("IRN", "ISRMIL", "111")),
    ("Pakistan carried out air strikes in eastern Afghanistan overnight. Afghan forces shelled Pakistani border "
     "posts in response. The Taliban government condemned the strikes.", ("AFGGOV", "PAK", "111")),
    ("North Korea fired a ballistic missile over Japan on Tuesday in its most provocative test in years. South "
     "Korean and U.S. jets held drills in response. Japan's prime minister condemned the test.", ("JPNGOV", "PRK", "111")),
    ("Turkish troops attacked Kurdish positions in northern Syria on Sunday. Kurdish fighters fired mortars at a "
     "Turkish border town. The Arab League condemned the attack.", ("IGOARBALG", "TURMIL", "111")),
])
def test_a_reaction_is_aimed_at_the_act_its_noun_names(code, text, expected):
    assert expected in triples(code(text, pub_date="2024-06-15"))


@pytest.mark.parametrize("text,doers", [
    # an irregular past tells the act too: "struck" for "the strikes", "shot" for "the shooting"
    ("U.S. and British warplanes struck Houthi targets in Yemen overnight. Houthi fighters fired missiles at a "
     "U.S. destroyer on Friday. Iran condemned the strikes.", {"USAMIL", "GBRMIL"}),
])
def test_a_reaction_noun_finds_the_act_told_with_an_irregular_past(code, text, doers):
    got = triples(code(text, pub_date="2024-01-12"))
    assert any(s == "IRN" and t in doers and c == "111" for s, t, c in got), got


@pytest.mark.parametrize("text,expected", [
    # yielding, or refusing to yield, to demands told before answers whoever made them
    ("Brussels demanded that Belgrade recognise Kosovo. Serbia said it would never bow to demands to "
     "recognise its former province.", ("SRB", "IGOEUREEC", "12")),
    ("Washington demanded that Caracas free the Americans. Venezuela refused to give in to the demands.",
     ("VEN", "USAGOV", "12")),
    ("Russia issued an ultimatum to Ukraine on Monday. Kyiv said it would not yield to ultimatums.",
     ("UKRGOV", "RUS", "12")),
    ("Greece demanded that Skopje change its name. North Macedonia eventually bowed to the demands.",
     ("MKD", "GRC", "08")),
])
def test_yielding_to_demands_told_before_answers_their_maker(code, text, expected):
    got = triples(code(text))
    src, tgt, root = expected
    assert any(s == src and t == tgt and c.startswith(root) for s, t, c in got), got
FILLER = ("The missile flew over the northern island. Residents were told to take shelter. Trains were halted. "
          "Schools closed for the day. The missile fell into the sea. ")


@pytest.mark.parametrize("text,expected", [
    # the deed's own noun, told with another verb
    ("North Korea fired a ballistic missile toward Japan on Tuesday. Japan condemned the launch.",
     ("JPN", "PRK", "111")),
    # ... more than five sentences back, when one party alone did such a deed
    ("North Korea fired a ballistic missile toward Japan on Tuesday. " + FILLER + "Tokyo condemned the launch.",
     ("JPNGOV", "PRK", "111")),
    ("Iran launched a missile at an Israeli base on Sunday. " + FILLER + "The United States condemned the launch.",
     ("USA", "IRN", "111")),
])
def test_a_reaction_to_a_deed_told_under_another_word_is_aimed_at_its_doer(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


def test_a_far_reaction_with_two_doers_in_reach_has_no_target(code):
    text = ("North Korea fired a ballistic missile on Tuesday. South Korea fired missiles into the sea in response. "
            + FILLER + "China condemned the launch.")
    got = triples(code(text, pub_date="2024-05-01"))
    assert ("CHN", None, "111") in got or not any(s == "CHN" for s, _, _ in got), got


@pytest.mark.parametrize("text,expected", [
    # the noun derived from the verb that told the act ("seizure" after "seized")
    ("Iran's navy seized a Greek tanker on Thursday. The crew was taken to Bandar Abbas. "
     "Athens condemned the seizure.", ("GRCGOV", "IRNMIL", "111")),
    ("Iran's navy seized a tanker on Thursday. Houthi rebels hijacked a cargo ship on Friday. "
     "Greece condemned the seizure.", ("GRC", "IRNMIL", "111")),
    # and not the reacting state's own act of that kind told since
    ("Iran's navy seized a tanker on Thursday. In 2023, U.S. authorities had seized the same ship. "
     "The U.S. State Department condemned the seizure.", ("USAGOV", "IRNMIL", "111")),
    ("China's coast guard seized a Philippine boat on Monday. Manila had seized a Chinese fishing vessel "
     "in May. Beijing denounced the seizure.", ("CHNGOV", "PHLGOV", "111")),
    ("Mali's junta expelled the French ambassador on Monday. The envoy left Bamako on Friday. "
     "Paris condemned the expulsion.", ("FRAGOV", "MLIGOV", "111")),
])
def test_a_reaction_to_an_act_named_by_its_derived_noun_is_to_another_party_s_act(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    # an offer with no addressee gives no event, but the rejection of it is aimed at its maker
    ("The African Union offered to send a monitoring mission, but Addis Ababa rejected the offer.",
     ("ETHGOV", "IGOAFRAFU", "12")),
    ("The Arab League offered to send observers. Damascus rejected the offer on Monday.",
     ("SYRGOV", "IGOARBALG", "12")),
    ("Turkey offered to mediate, but Athens rejected the offer.", ("GRCGOV", "TUR", "12")),
])
def test_rejecting_an_offer_told_in_its_own_word_is_aimed_at_its_maker(code, text, expected):
    got = triples(code(text, pub_date="2019-07-23"))
    assert any((s, t) == expected[:2] and c.startswith(expected[2]) for s, t, c in got), got


@pytest.mark.parametrize("text,expected", [
    # a reaction just told answers the same act: "the measures" are what the other reaction judged
    ("Britain imposed sanctions on Iranian banks. Israel welcomed the sanctions and urged Europe to follow. "
     "Tehran called the measures illegal.", ("IRNGOV", "GBR", "111")),
    ("Lithuania closed its border with Belarus on Monday. Poland praised the closure and called on the EU "
     "to do the same. Minsk condemned the move.", ("BLRGOV", "LTU", "111")),
])
def test_a_reaction_after_another_reaction_answers_the_same_act(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


def test_a_call_is_no_measure_a_reaction_answers(code):
    got = triples(code("Britain imposed sanctions on Iranian banks. Israel welcomed the sanctions and urged "
                       "Europe to follow. Tehran called the measures illegal.", pub_date="2024-05-01"))
    assert ("IRNGOV", "ISR", "111") not in got, got


@pytest.mark.parametrize("text,expected", [
    # a rejected appeal or request is aimed at whoever made it, told just before
    ("A US spokesman urged Bolivia to resume co-operation with Washington. Bolivia rejected the appeal on Tuesday.",
     ("BOL", "USA", "12")),
    ("The UN asked Ethiopia to let aid convoys through. Addis Ababa dismissed the request.", ("ETHGOV", "IGOUNO", "12")),
    ("Kenya appealed to Somalia to reopen the border crossing. Mogadishu rejected the plea.", ("SOMGOV", "KEN", "12")),
])
def test_a_rejected_appeal_answers_whoever_made_it(code, text, expected):
    got = triples(code(text))
    assert any(s == expected[0] and t == expected[1] and c.startswith(expected[2]) for s, t, c in got), got


@pytest.mark.parametrize("text,expected", [
    # a report or claim no verb of its own produces is the word of the one who reported it in the
    # sentence before ("X said that ...")
    ("The U.N. human rights office said in March that Ethiopian troops had killed 300 civilians in Axum. "
     "Addis Ababa rejected the report as biased.", ("ETHGOV", "IGOUNO", "016")),
    ("The OSCE mission said on Friday that Azerbaijani forces had shelled villages. Baku rejected the report.",
     ("AZEGOV", "IGOEUROSC", "016")),
    ("Amnesty International said on Tuesday that Egyptian police had tortured detainees. "
     "Cairo rejected the report as lies.", ("EGYGOV", "NGOHRI", "016")),
])
def test_a_rejected_report_is_aimed_at_whoever_reported_it(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


def test_a_reaction_to_the_decision_passes_over_the_reactor_s_own_act(code):
    # the latest act before "the decision" is Sudan's own; the one it rejects is the court's
    got = triples(code("The International Criminal Court issued an arrest warrant for the Sudanese president on "
                       "Monday. It also charged a rebel commander, whom Sudan says its army killed in March. "
                       "Sudan's government rejected the decision as political.", pub_date="2024-05-01"))
    assert ("SDNGOV", "IGOJUDICC", "120") in got, got


@pytest.mark.parametrize("text,expected", [
    # pressure one will not bow to is the pressure of the party that just acted against one
    ("The International Criminal Court issued an arrest warrant for the Sudanese president on Monday. "
     "Sudan will not bow to the pressure, its foreign minister said.", ("SDN", "IGOJUDICC", "124")),
    ("Washington imposed sanctions on Venezuela's oil company. Caracas said it would never bow to pressure.",
     ("VENGOV", "USAGOV", "124")),
])
def test_pressure_not_bowed_to_is_the_pressure_of_the_party_acting_on_one(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # an act called hostile by an adjective on "act", "step" or "move" is criticised
    ("Moscow expelled two Latvian diplomats on Friday. Riga called the expulsion a hostile step.",
     ("LVAGOV", "RUSGOV", "111")),
    ("Latvia called Russia's decision an unfriendly move.", ("LVA", "RUS", "111")),
])
def test_calling_an_act_a_hostile_step_criticises_its_doer(code, text, expected):
    assert expected in triples(code(text))


def test_calling_an_act_a_useful_step_is_no_criticism(code):
    assert not [e for e in code("Latvia called the talks with Russia a useful step.") if e.cameo.startswith("11")]
