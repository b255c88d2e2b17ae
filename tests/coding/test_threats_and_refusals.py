"""Announced threats, refusals, vows and conditions: what a speaker says it will do, or will not
let another party do. Hand-written sentences, one mechanism per test."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


# -- "will not allow T to X": announced prevention ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("India will not allow Pakistani militants to attack Kashmir.", ("IND", "PAKREB", "138")),
    ("Israel will not permit Hezbollah to build factories in Lebanon.", ("ISR", "LBNREB", "138")),
    ("The Thai army will not allow protesters to march on parliament.", ("THAMIL", "THAOPP", "137")),
    ("Beijing would not allow Taiwanese leaders to visit the island.", ("CHNGOV", "TWNGOV", "125")),
])
def test_announced_prevention_is_a_threat_or_a_refusal(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_announced_prevention_of_force_is_said_so_it_happened(code):
    events = code("India will not allow Pakistani militants to attack Kashmir.")
    assert [e.factuality for e in events if e.cameo == "138"] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Egypt did not allow Hamas officials to enter the country.",  # a past act, negated
    "The law does not allow Russian companies to bid.",  # a standing rule
    "Greece will not allow itself to be blackmailed by Turkey.",  # the speaker itself
    "Pakistan will not allow its soil to be used against Afghanistan.",  # a reassurance, no party kept back
])
def test_no_threat_without_an_announced_prevention_of_another_party(code, text):
    got = triples(code(text))
    assert not any(c[:2] == "13" for _, _, c in got), got


# -- vows to use force or coercion: threats, not promises ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Kenyan army vowed to expel the Somali militants from the border region.", ("KENMIL", "SOMREB", "138")),
    ("The Iraqi government pledged to arrest the Kurdish rebel leaders.", ("IRQGOV", "IRQREB", "137")),
    ("Ethiopia vowed to neutralise the Eritrean rebels.", ("ETH", "ERIREB", "1384")),
])
def test_a_vow_to_coerce_is_a_threat(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
    assert not any(c[:2] == "03" for _, _, c in got), got


def test_a_vow_to_expel_with_no_pattern_of_its_own_is_a_threat():
    from eventwire.coding.lexicon import default_lexicon

    lex = default_lexicon()
    assert lex.frame_code("intent", "174") == "130"
    assert lex.frame_code("pledge", "173") == "137"


# -- putting off one's own use of force --------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Israel delayed its planned offensive against Hamas in Gaza.", ("ISR", "PSEREB", "087")),
    ("Israel said it would delay its offensive against Hamas.", ("ISR", "PSEREB", "0356")),
])
def test_delaying_an_offensive_eases_the_conflict(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
    assert not any(c[:2] == "19" for _, _, c in got), got


def test_a_delayed_act_that_is_not_force_is_no_deescalation(code):
    got = triples(code("Kenya postponed talks with Somalia."))
    assert not any(c[:3] == "087" for _, _, c in got), got


def test_the_target_of_a_delayed_offensive_is_not_found_elsewhere_in_the_clause(code):
    got = triples(code("Ankara said it would stall its offensive as part of a deal with Washington."))
    assert not any(t and t.startswith("USA") for _, t, _ in got), got


# -- a threat whose condition names who must comply ---------------------------------------------

def test_a_threat_to_harm_captives_targets_the_party_that_must_comply(code):
    got = triples(code("The Taliban said they would kill the captives unless Kabul freed their comrades."))
    assert any(s == "AFGREB" and t == "AFGGOV" and c[:2] == "13" for s, t, c in got), got


@pytest.mark.parametrize("text,target", [
    ("Abu Sayyaf demanded that Manila free its jailed members and threatened to behead the hostages "
     "if its demands were not met.", "PHL"),
    ("Hamas made demands of Israel on Monday. It threatened to kill the soldier unless its conditions "
     "were met.", "ISR"),
    ("Boko Haram demanded a prisoner release from the Nigerian government, saying it would kill the "
     "engineers if the demands were not met.", "NGA"),
])
def test_a_threat_on_condition_that_demands_are_met_targets_whoever_they_were_made_of(code, text, target):
    got = triples(code(text))
    assert any(c[:2] == "13" and (t or "")[:3] == target for _, t, c in got), got



@pytest.mark.parametrize("text,source,target", [
    # "it" in the condition is read as the speaker; no one threatens itself to comply, so it is
    # the party named before it
    ("Spain insists that Gibraltar is a Spanish territory and has threatened to use force if it refuses "
     "to negotiate.", "ESP", "GIB"),
    ("Serbia says Kosovo is Serbian land and has threatened to intervene if it declares "
     "independence.", "SRB", "XKX"),
])
def test_a_threat_whose_condition_it_is_the_speaker_targets_the_party_named_before(code, text, source, target):
    got = triples(code(text))
    assert any(s == source and (t or "")[:3] == target and c[:2] == "13" for s, t, c in got), got


# -- a vow that the speaker's side will act ---------------------------------------------------

def test_a_vow_that_the_speaker_s_side_will_expel_another_is_a_threat(code):
    got = triples(code("The Iranian foreign minister vowed that Iran and its allies would expel "
                       "every last American soldier from Iraq."))
    assert ("IRNGOV", "USAMIL", "130") in got, got


def test_a_vow_about_another_party_s_act_is_no_commitment(code):
    got = triples(code("The Iranian foreign minister vowed that the Americans would leave Iraq."))
    assert not any(s == "IRNGOV" and c[:2] in ("03", "13") for s, _, c in got), got


# -- threats through "try to", by force, and the enemy an offensive is aimed at ----------------

def test_a_threat_to_try_to_act_is_a_threat_of_that_act(code):
    got = triples(code("Pyongyang threatens to try to exclude Tokyo from the six-party talks."))
    assert ("PRKGOV", "JPNGOV", "134") in got, got


@pytest.mark.parametrize("text,expected", [
    ("Serbia vowed to bring Kosovo back under its control by military force.", ("SRB", "XKX", "138")),
])
def test_a_commitment_to_act_by_force_is_a_threat_of_force(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Greece vowed to reunify Cyprus by peaceful means.",
    "Kenya vowed to secure the border with Somalia by a joint task force.",
])
def test_no_threat_of_force_without_force(code, text):
    got = triples(code(text))
    assert not any(c == "138" for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # the force named is the act the warned party is told not to do, not the warner's
    ("Trump warned China not to retaliate.", ("USAELI", "CHN", "130")),
    ("Biden warned Iran not to retaliate against Israel.", ("USAGOV", "IRN", "130")),
    ("Washington warned Tehran against retaliating.", ("USAGOV", "IRNGOV", "130")),
    # the consequence it threatens instead is the warner's
    ("Trump warned China not to retaliate or face military action.", ("USAELI", "CHN", "138")),
    ("Russia warned NATO it would retaliate.", ("RUS", "IGOWSTNAT", "138")),
])
def test_a_warning_against_the_other_party_s_force_is_no_threat_of_force(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


def test_the_armed_party_an_offensive_would_dismantle_is_its_target(code):
    got = triples(code("Ankara has threatened a full-scale military offensive to dismantle the Kurdish "
                       "militias in Syria."))
    assert ("TURGOV", "SYRREB", "1384") in got, got


# -- announced refusals and threat conditions --------------------------------------------------

def test_an_announced_refusal_to_negotiate_is_a_rejection(code):
    events = code("The Yemeni government said it would not negotiate with the Houthi rebels.")
    assert ("YEMGOV", "YEMREB", "125") in triples(events)


def test_an_announced_absence_from_a_gathering_stays_a_negated_visit(code):
    got = triples(code("India said it would not attend the summit in Pakistan."))
    assert ("IND", "PAK", "042") in got, got
    assert not any(c[:2] == "12" for _, _, c in got), got


def test_the_condition_of_a_threat_pattern_names_the_party_threatened(code):
    got = triples(code("Iran threatened to close the Strait of Hormuz if the US imposed new sanctions."))
    assert ("IRN", "USA", "1381") in got, got


# -- conditions that set terms: a demand from the party that sets them --------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Arab League offered to resume aid to Sudan, as long as the Sudanese government ends its "
     "border dispute with Chad.", ("IGOARBALG", "SDNGOV", "107")),
    ("The EU said membership talks will begin only if Serbia cooperates fully with the tribunal.",
     ("IGOEUREEC", "SRB", "102")),
])
def test_a_condition_attached_to_an_offer_is_a_demand(code, text, expected):
    assert expected in triples(code(text))


def test_the_demand_of_a_stated_condition_was_made(code):
    events = code("The EU said membership talks will begin only if Serbia cooperates fully with the tribunal.")
    assert [e.factuality for e in events if e.cameo == "102"] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Kenya will cut aid to Somalia only if it is attacked.",  # nothing asked of anyone
    "Israel will release the prisoners if Hamas frees the soldier.",  # a plain "if" states a case
])
def test_no_demand_from_a_condition_that_sets_no_terms(code, text):
    got = triples(code(text))
    assert not any(c[:2] == "10" for _, _, c in got), got


# -- the complement of a vow, and what bounds it ------------------------------------------------

def test_an_infinitive_right_after_a_vow_is_its_complement_even_as_an_adverbial(code):
    got = triples(code("The Tuareg rebels have sworn to fight the Malian army until they control the north."))
    assert ("MLIREB", "MLIMIL", "1384") in got, got
    assert not any(c[:2] == "19" for _, _, c in got), got


def test_a_purpose_infinitive_after_an_object_is_no_complement(code):
    assert ("DEUGOV", "FRAGOV", "040") in triples(code("Merkel travelled to Paris to meet Macron."))


def test_what_a_vow_lasts_until_is_part_of_the_vow(code):
    got = triples(code("Tuareg rebels have sworn to fight until they gain control of the villages near "
                       "the border, Malian officials said."))
    assert not any(c[:3] == "192" for _, _, c in got), got


# -- a cut in relations or aid announced on a condition ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The United States will impose sanctions on Venezuela unless Maduro frees the prisoners.",
     ("USA", "VEN", "1312")),
    ("Germany will cut aid to Mali if the junta delays the elections.", ("DEU", "MLI", "1311")),
])
def test_a_conditional_cut_is_a_threat_made_when_said(code, text, expected):
    events = code(text)
    assert expected in triples(events)
    assert {e.factuality for e in events if e.cameo == expected[2]} == {"asserted"}


def test_an_unconditional_announced_cut_stays_the_planned_cut(code):
    got = triples(code("Germany will cut aid to Mali next year."))
    assert ("DEU", "MLI", "162") in got, got


def test_a_boycott_of_talks_named_by_a_noun_is_a_refusal_to_negotiate(code):
    got = triples(code("The Venezuelan opposition's boycott of talks with the government entered its second week."))
    assert ("VENOPP", "VENGOV", "125") in got, got


@pytest.mark.parametrize("text,expected", [
    # a decision or vow not to do a cooperative act refuses it; a promise not to attack is restraint
    ("The Jordanian opposition decided not to meet the Jordanian government.", ("JOROPP", "JORGOV", "125")),
    ("Turkey vowed not to lift its sanctions on Syria.", ("TUR", "SYR", "1244")),
    ("Iran promised not to attack Israel.", ("IRN", "ISR", "0356")),
])
def test_decided_or_vowed_not_to(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_a_warning_of_a_state_of_affairs_is_no_threat(code):
    assert not triples(code("Unicef warned that half of Liberia's young adults are unemployed."))
    assert not triples(code("The UN warned of a humanitarian catastrophe in Yemen."))
    # with a condition, a harm named, or the speaker's own act it is a threat
    assert ("CHN", "JPN", "130") in triples(code("China warned Japan of serious consequences."))
    assert ("RUS", "USA", "130") in triples(code("Russia warned the United States that it would respond."))


def test_what_is_refused_warned_of_or_kept_anonymous_is_no_act(code):
    # "calls to release X" refused: the release did not happen (the parser hangs the infinitive on the verb)
    got = triples(code("Myanmar's junta rejected calls to release Aung San Suu Kyi."))
    assert not [t for t in got if t[2] == "0841"], got
    # the second of two coordinated acts a warning names is content too
    got = triples(code("Eritrea warned that it could invade and annex Djibouti."))
    assert not [t for t in got if t[2] == "192"], got
    # an official's own anonymity is no appeal and no refusal
    assert not triples(code("A Turkish official, who asked not to be named, said the talks had failed."))
    assert not [t for t in triples(code("An Iraqi official who declined to be named spoke to reporters."))]


def test_the_condition_of_a_consequence_foretold_is_no_act(code):
    got = triples(code("Recep Tayyip Erdogan said Damascus would face consequences if it struck a deal with the YPG.",
                       pub_date="2018-02-20"))
    assert not any(c == "057" for _, _, c in got), got


def test_a_discarded_sense_does_not_remove_the_pattern_that_names_its_object(code):
    # "strike" with "deal" is not an attack; it is the agreement the pattern codes
    assert ("IRN", "IRQ", "057") in triples(code("Iran struck a deal with Iraq on oil exports."))
    assert not any(c.startswith("19") for _, _, c in triples(code("Iran struck a deal with Iraq on oil exports.")))


@pytest.mark.parametrize("text,code_", [
    ("Iran denied sending drones to Russia.", "072"),
    ("Moscow has denied sending troops to eastern Ukraine.", "154"),
])
def test_an_act_denied_as_a_gerund_is_denied(code, text, code_):
    events = [e for e in code(text, pub_date="2022-10-10") if e.cameo == code_]
    assert events and all(e.factuality == "denied" for e in events)


def test_rejecting_an_act_is_a_refusal_not_a_denial(code):
    events = code("Iran rejected holding talks with the United States.", pub_date="2022-10-10")
    assert not any(e.factuality == "denied" for e in events)


def test_a_singular_subject_with_the_bare_verb_is_a_demand(code):
    got = triples(code("Turkey insisted that Washington stop arming Kurdish militias in Syria.", pub_date="2018-01-10"))
    assert ("TUR", "USAGOV", "102") in got
    assert not any(c.startswith("10") for _, _, c in triples(code("China insisted that Taiwan is a province.")))


def test_being_opposed_to_an_act_rejects_it(code):
    # "opposed to" a proposed act of another party rejects that act (mediation: 126)
    assert ("EGY", "TUR", "126") in triples(code("Egypt is opposed to Turkish mediation in the dispute."))


@pytest.mark.parametrize("text,expected", [
    # a threat made to protect a state's own forces does not threaten them
    ("Ramaphosa warned that any further attack on his troops would be treated as a declaration of war.",
     ("ZAFGOV", None, "138")),
    ("Erdogan vowed to retaliate against any attack on Turkish soldiers.", ("TURGOV", None, "138")),
])
def test_a_threat_does_not_target_the_forces_it_protects(code, text, expected):
    got = triples(code(text, "2025-01-28"))
    assert expected in got, got


# -- a light verb's own pattern for its noun outranks reading the noun through its frames ------

@pytest.mark.parametrize("text,expected", [
    ("Israel gave Hamas an ultimatum to release the hostages.", ("ISR", "PSEREB", "139")),
    ("Russia handed Kyiv an ultimatum to withdraw its troops from the region.", ("RUS", "UKRGOV", "139")),
])
def test_an_ultimatum_given_with_its_demand_is_an_ultimatum(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
    assert not any(c.startswith("10") for _, _, c in got), got


def test_a_light_verb_frame_of_the_same_root_still_says_more(code):
    got = triples(code("Turkey renewed its appeal to Belgium to extradite the fugitive militant."))
    assert ("TUR", "BEL", "0213") in got, got


# -- a warning that a party will pay for what it did threatens it --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Zelensky warned the Kremlin that Russia will pay for this.", ("UKRGOV", "RUSGOV", "13")),
    ("Washington warned Moscow that it will pay for its aggression.", ("USAGOV", "RUSGOV", "13")),
    ("Tehran warned Washington that it will be punished for the strike.", ("IRNGOV", "USAGOV", "13")),
])
def test_a_warning_that_a_party_will_pay_is_a_threat(code, text, expected):
    source, target, prefix = expected
    got = triples(code(text))
    assert any(s == source and t == target and c.startswith(prefix) for s, t, c in got), got


def test_a_warning_that_a_party_will_pay_a_sum_is_no_threat(code):
    assert not triples(code("The IMF warned that Argentina will pay more for its debt."))


@pytest.mark.parametrize("text", [
    # people threatened with a hardship are in danger, not threatened by anyone
    "The UN said it was feeding millions of Ethiopians threatened with hunger.",
    "Rain brought relief to Malawian farmers threatened with drought.",
    "The WFP is trying to reach half a million Yemenis threatened with famine.",
])
def test_threatened_with_a_hardship_is_no_threat(code, text):
    assert not any(c.startswith("13") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("Iran threatened Israel with retaliation.", ("IRN", "ISR", "138")),
    # (a threat a government makes with a measure of its own is one)
    ("Kenya threatened the squatters with eviction.", ("KEN", None, "132")),
])
def test_a_threat_with_a_penalty_is_still_a_threat(code, text, expected):
    assert expected[2] in {c for _, _, c in triples(code(text))}


# -- "said Y would pay a price": harm foretold to another party ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Moscow said Kyiv would pay a price for the drone attacks on its airfields.", ("RUSGOV", "UKRGOV", "130")),
    ("Pyongyang said Seoul would pay dearly for the joint drills.", ("PRKGOV", "KORGOV", "130")),
    ("Iran's foreign minister said Israel will face severe consequences for the killing.", ("IRNGOV", "ISR", "130")),
    ("Beijing said Manila would regret its decision to let US troops use the bases.", ("CHNGOV", "PHLGOV", "130")),
    ("Turkey vowed that Sweden would pay a heavy price if it hosted the rally.", ("TUR", "SWE", "130")),
    ('"Washington will face repercussions," the Iranian foreign ministry said.', ("IRNGOV", "USAGOV", "130")),
])
def test_harm_foretold_to_another_party_is_the_speaker_s_threat(code, text, expected):
    events = code(text)
    assert expected in triples(events), triples(events)
    assert [e.factuality for e in events if e.cameo[:2] == "13"] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Ukraine will pay a price for the war, analysts said.",  # the foretold harm is no one's threat
    "Russia said Ukraine would pay more for gas next year.",  # a sum paid
    "Russia said Ukraine would not regret the deal.",  # negated: a reassurance
    "Ukraine paid a heavy price for the war, Russia said.",  # harm suffered, not foretold
])
def test_harm_not_foretold_by_a_speaker_is_no_threat(code, text):
    assert not any(c[:2] == "13" for _, _, c in triples(code(text)))


def test_harm_foretold_for_an_attack_names_no_force_threatened(code):
    got = triples(code("Moscow said Kyiv would pay a price for the missile attack on Crimea."))
    assert ("RUSGOV", "UKRGOV", "130") in got, got



# -- "rejected a request from X to ...": the refusal of X's request, with the request's sub-code --

@pytest.mark.parametrize("text,expected", [
    ("Germany rejected a request from Ukraine to supply long-range missiles.", ("DEU", "UKR", "1222")),
    ("Egypt rejected a request from Israel to open the Rafah crossing.", ("EGY", "ISR", "1241")),
    ("Turkey turned down a request by Sweden to extradite the two activists.", ("TUR", "SWE", "1213")),
    ("Berlin rebuffed a request from Warsaw to deliver more tanks.", ("DEUGOV", "POLGOV", "1222")),
])
def test_a_refused_request_from_a_party_is_refused_to_it_with_the_request_s_subcode(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
    assert not any(c == "120" for _, _, c in got), got  # not the bare rejection
