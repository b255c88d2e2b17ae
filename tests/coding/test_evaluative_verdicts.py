"""Judgements stated in a report: motives, malign influence, rights records, views under a
reporting verb. Hand-written sentences, one mechanism per test."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("The Serbian sanctions are politically motivated, Tehran said.", ("IRNGOV", "SRB", "111")),
    ("Russia has said it sees the EU sanctions as politically motivated.", ("RUS", "IGOEUREEC", "111")),
    ("Hungary said it sees the Romanian plan as a threat.", ("HUN", "ROU", "111")),
])
def test_a_reported_verdict_on_motives_or_a_view_is_criticism(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Hungary sees the Romanian plan as a threat.",  # a belief no one reported
    "The Hungarian minister said the Romanian attack was motivated by revenge.",  # no verdict
    "Berlin said it regards the French offer as constructive.",
])
def test_no_verdict_without_a_judgement_in_a_report(code, text):
    assert not any(c.startswith("11") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ('Casting Venezuela as a "destabilising influence", the Colombian president urged new talks.',
     ("COLGOV", "VEN", "111")),
    ("The Colombian president described Venezuela as a malign influence in the region.", ("COLGOV", "VEN", "111")),
    ("The Colombian minister said Venezuela was a destabilising force in the region.", ("COLGOV", "VEN", "111")),
])
def test_a_malign_influence_is_criticism(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The Colombian president described Venezuela as an important influence in the region.",
    "The Colombian minister said Venezuela was a force for stability in the region.",
])
def test_a_plain_influence_or_force_is_no_criticism(code, text):
    assert not any(c.startswith("11") for _, _, c in triples(code(text)))


def test_the_criticism_a_speaker_makes_while_speaking_is_not_attributed_to_them(code):
    events = [e for e in code('Casting Venezuela as a "destabilising influence", the Colombian president '
                              'said new talks were needed.') if e.cameo == "111"]
    assert [(e.source.cameo, e.attributed_to) for e in events] == [("COLGOV", None)]


@pytest.mark.parametrize("text,expected", [
    ("The Swedish premier said Belarus had a poor human rights record.", ("SWEGOV", "BLR", "1122")),
    ("The Swedish premier said Belarus had a dismal record on human rights.", ("SWEGOV", "BLR", "1122")),
    ("Sanctions were lifted on Chile but not on Peru, which the Swedish premier said had an appalling "
     "human rights record.", ("SWEGOV", "PER", "1122")),
])
def test_a_bad_rights_record_is_an_accusation_of_abuses(code, text, expected):
    assert expected in triples(code(text))


def test_a_good_record_is_no_accusation(code):
    assert not triples(code("The Swedish premier said Belarus has an excellent human rights record."))


# -- a reaction to a specific act: disappointment at what the other party did -------------------

@pytest.mark.parametrize("text,expected", [
    ("Canada said it was disappointed that China rejected the request.", ("CAN", "CHN", "110")),
    ("Canada was dismayed that China expelled two diplomats.", ("CAN", "CHN", "110")),
    ("Canada regrets that China has expelled two diplomats.", ("CAN", "CHN", "110")),
])
def test_disappointment_at_an_act_is_disapproval_of_its_doer(code, text, expected):
    assert expected in triples(code(text))


def test_disappointment_at_no_one_is_no_event(code):
    assert not triples(code("Canada said it was disappointed that the talks ended without a deal."))


# -- "it" before an adjective of stance is the party that holds it, not an empty subject ---------

@pytest.mark.parametrize("text,expected", [
    ("Canada said it was ready to hold talks with China.", ("CAN", "CHN", "036")),
    ("Ottawa said it was angry with Beijing.", ("CANGOV", "CHNGOV", "110")),
    # an adjective aimed at a thing its own preposition names holds a stance too
    ("Tehran said it was open to talks with Washington.", ("IRNGOV", "USAGOV", "036")),
    ("Hanoi said it was open to dialogue with Beijing.", ("VNMGOV", "CHNGOV", "036")),
    ("Ankara said it was critical of the Greek decision.", ("TURGOV", "GRC", "111")),
])
def test_it_with_a_stance_adjective_is_the_speaker(code, text, expected):
    assert expected in triples(code(text))


def test_it_before_a_plain_adjective_is_still_empty(code):
    got = triples(code("Canada said it was clear that China rejected the request."))
    assert not any(s == "CAN" for s, _, _ in got), got


# -- blame a speaker lays on itself claims responsibility -----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Hezbollah said it was responsible for the drone attack on the Israeli base.",
     {("LBNREB", "ISR", "015"), ("LBNREB", "ISR", "195")}),
    ("The Houthis said they were responsible for the missile strike on the Saudi refinery.",
     {("YEMREB", "SAU", "015"), ("YEMREB", "SAU", "194")}),
])
def test_a_speaker_responsible_for_an_act_claims_it_and_the_act_is_its_own(code, text, expected):
    got = triples(code(text))
    assert expected <= got, got
    assert not any(c == "112" for _, _, c in got), got


def test_a_speaker_not_responsible_for_an_act_denies_it_and_the_act_is_not_its_own(code):
    got = triples(code("Hamas said it was not responsible for the attack on the Israeli bus."))
    assert got == {("PSEREB", "ISR", "016")}, got


@pytest.mark.parametrize("text", [
    "Egypt said it was responsible for the Rafah crossing.",
    "The Israeli army said it was responsible for security in the West Bank.",
])
def test_a_duty_the_speaker_is_responsible_for_is_no_claim(code, text):
    assert not any(c in ("015", "112") for _, _, c in triples(code(text)))


def test_another_party_held_responsible_is_still_blame(code):
    got = triples(code("Israel said Hezbollah was responsible for the drone attack."))
    assert ("ISR", "LBNREB", "112") in got, got
    assert not any(c in ("015", "195", "190") for _, _, c in got), got


def test_a_contrasted_speaker_is_not_reported_by_the_first(code):
    events = code("Emmanuel Macron said he condemns the offensive, while Germany said it would suspend arms "
                  "exports to Ankara.", pub_date="2019-10-10")
    german = [e for e in events if e.source.cameo == "DEU"]
    assert german and all(e.attributed_to is None for e in german), [(e.cameo, e.attributed_to) for e in german]


def test_a_report_tagged_on_after_the_clause_attributes_it(code):
    events = code("North Korea fired two ballistic missiles into the sea on Thursday, South Korea's military said, "
                  "hours after the drills began.", pub_date="2023-03-17")
    fired = [e for e in events if e.source.cameo == "PRK"]
    assert fired and all(e.attributed_to is not None and e.attributed_to.cameo == "KORMIL" for e in fired)


@pytest.mark.parametrize("text,expected", [
    # what a thing does, judged by the speaker: criticism of the thing's owner
    ("Beijing said the US arms sale seriously violates the one-China principle.", ("CHNGOV", "USA", "111")),
    ("Tehran said the Israeli strikes undermined regional stability.", ("IRNGOV", "ISR", "111")),
])
def test_a_reported_judgement_of_what_a_thing_does(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_an_actor_that_violates_is_a_reported_act_not_a_verdict(code):
    got = triples(code("Ukraine said Russian forces violated the ceasefire."))
    assert ("RUSMIL", None, "196") in got and not any(t[2] == "111" for t in got), got


def test_was_to_blame_is_the_speaker_blaming_the_subject(code):
    got = triples(code("Israel said Iran was to blame for the attack."))
    assert ("ISR", "IRN", "112") in got and ("IRN", None, "112") not in got, got


def test_calling_an_act_an_act_of_war_criticises_its_doer(code):
    got = triples(code("India launched missile strikes on Pakistan. Sharif called the strikes an act of war.",
                       "2025-05-07"))
    assert ("PAKGOV", "IND", "111") in got, got
    assert not any(c.startswith("143") for _, _, c in got), got  # the strikes are no labour strike


def test_an_announced_agreement_of_others_is_theirs_attributed_to_the_announcer(code):
    got = triples(code("Trump announced that India and Pakistan had agreed to a ceasefire.", "2025-05-10"))
    assert ("IND", "PAK", "0871") in got, got
    assert not any(s == "USAGOV" for s, _, _ in got), got


# -- a negated copula negates the verdict it states -----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Greek plan is not illegal, Ankara said.", ("TURGOV", "GRC", "111")),
    ("Beijing said the Japanese drills were not a provocation.", ("CHNGOV", "JPN", "111")),
    ("Hungary said it does not see the Romanian plan as a threat.", ("HUN", "ROU", "111")),
    ("The Indian minister said Pakistan was not to blame for the blast.", ("INDGOV", "PAK", "112")),
    ("Israel said Hezbollah was not responsible for the drone attack.", ("ISR", "LBNREB", "112")),
])
def test_a_verdict_with_a_negated_copula_is_negated(code, text, expected):
    events = [e for e in code(text) if (e.source.cameo, e.target.cameo if e.target else None, e.cameo) == expected]
    assert events and all(e.factuality == "negated" for e in events), [(e.cameo, e.factuality) for e in events]


def test_a_verdict_without_negation_stays_asserted(code):
    events = [e for e in code("Ankara said the Greek plan was illegal.") if e.cameo == "111"]
    assert events and all(e.factuality == "asserted" for e in events), [(e.cameo, e.factuality) for e in events]


# -- "was behind" an act: a preposition as the copula's predicate -------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Israel said Hamas was behind the bombing.", ("ISR", "PSEREB", "112")),
    ("Kyiv said Moscow was behind the cyberattack on its banks.", ("UKRGOV", "RUSGOV", "112")),
    ("Israel blamed the attack on Iran, saying Hezbollah was behind it.", ("ISR", "LBNREB", "112")),
])
def test_a_party_said_to_be_behind_an_act_is_blamed(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The Indian minister said the army was behind him.",  # support
    "Israel said Egypt was behind the proposal.",  # authorship
])
def test_being_behind_a_person_or_a_proposal_is_no_blame(code, text):
    assert not any(c == "112" for _, _, c in triples(code(text)))


def test_a_speaker_behind_an_act_claims_it_and_not_behind_denies_it(code):
    got = triples(code("Hamas said it was behind the rocket attack on the Israeli base."))
    assert {("PSEREB", "ISR", "015"), ("PSEREB", "ISR", "194")} <= got, got
    got = triples(code("Hamas said it was not behind the bombing of the Israeli bus."))
    assert got == {("PSEREB", "ISR", "016")}, got


@pytest.mark.parametrize("text,expected", [
    # a verdict that rests on a source: the source judges (a report stands for its author)
    ("Uganda's government is responsible for the killings in the north, according to a UN report.",
     ("IGOUNO", "UGAGOV", "112")),
    ("The Kenyan army is guilty of abuses against civilians, according to Amnesty International.",
     ("NGOHRI", "KENMIL", "112")),
    ("The Ugandan army was behind the massacre, according to a report by Human Rights Watch.",
     ("NGOHRI", "UGAMIL", "112")),
    ("Kenya is a reliable partner, according to a US official.", ("USAGOV", "KEN", "051")),
])
def test_a_verdict_according_to_a_source(code, text, expected):
    assert expected in triples(code(text))


def test_a_verdict_according_to_no_actor_is_no_event(code):
    assert not triples(code("Kenya is responsible for border security, according to the treaty."))


def test_a_verdict_according_to_a_source_is_not_attributed_to_it(code):
    # the source's verdict is the event itself, not an act reported on its word
    [ev] = [e for e in code("The Kenyan army is guilty of abuses against civilians, according to Amnesty International.")
            if e.cameo == "112"]
    assert ev.attributed_to is None


@pytest.mark.parametrize("text,expected", [
    # a reported judgement that a party's acts cause outrage is the speaker's criticism of it
    ("The Brazilian president replied that American tariffs had caused outrage among Brazilian farmers.",
     ("BRAGOV", "USA", "111")),
    ("Beijing said the Japanese move had caused anger among Chinese citizens.", ("CHNGOV", "JPN", "111")),
    ("The Iranian foreign minister said Israel's settlement plans were stoking fury across the region.",
     ("IRNGOV", "ISR", "111")),
])
def test_a_reported_cause_of_outrage_is_criticism(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The decision caused outrage in Ankara.",  # no one judges it
    "Moscow said the protests had caused anger in the capital.",  # no owner to criticise
])
def test_outrage_with_no_judge_or_no_owner(code, text):
    assert not any(c == "111" for _, _, c in triples(code(text)))


# -- a verdict on a thing told before: its owner is whoever the text said did it ----------------

@pytest.mark.parametrize("text,expected", [
    ("The European Union imposed new tariffs on Chinese electric cars on Tuesday. Beijing's commerce "
     "ministry said the tariffs were unfair and discriminatory.", ("CHNGOV", "IGOEUREEC", "111")),
    ("The IAEA board of governors adopted a resolution rebuking Syria on Friday. The Syrian foreign ministry said "
     "the resolution was politically motivated.", ("SYRGOV", "IGOUNO", "111")),
    ("Washington imposed a travel ban on Cuban officials in 2019. Havana has long said it regards the "
     "travel ban as illegal.", ("CUBGOV", "USAGOV", "111")),
    # a short noun told in its own word, past an act of another kind told after it
    ("Canada imposed its export ban on India in 2020 after police fired on protesters in Delhi. "
     "Indian officials met in Ottawa. New Delhi said it sees the ban as politically driven.",
     ("INDGOV", "CAN", "111")),
])
def test_a_verdict_on_a_thing_told_before_judges_its_doer(code, text, expected):
    got = triples(code(text, "2024-05-01"))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Beijing's commerce ministry said the tariffs were unfair.",  # no one told as imposing them
    "Indian officials met in Ottawa. New Delhi said the ban was illegal.",
])
def test_a_verdict_on_an_ownerless_thing_no_one_did_has_no_target(code, text):
    assert not any(c.startswith("11") for _, _, c in triples(code(text, "2024-05-01")))


@pytest.mark.parametrize("text,expected", [
    # the parser hangs "as" on the thing viewed, or reads the adjective as its modifier
    ("Moscow said it sees the Estonian transit ban as politically driven.", ("RUSGOV", "EST", "111")),
    ("Minsk said it regards the Polish border closure as discriminatory.", ("BLRGOV", "POL", "111")),
])
def test_a_view_whose_as_phrase_hangs_on_the_thing_viewed(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


# -- a failing a speaker reports of another party is criticism of it ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kenya said Uganda had failed to honour its commitments under the border deal.", ("KEN", "UGA", "111")),
    ("The European Commission said Hungary had failed to respect the rule of law.", ("IGOEUREEC", "HUN", "111")),
    ("Washington said Beijing had neglected to inform its partners.", ("USAGOV", "CHNGOV", "111")),
    ("Poland, Lithuania and Latvia said Belarus had failed to stop migrants crossing the border.",
     ("LTU", "BLR", "111")),
    ("The Armenian envoy told the council that Azerbaijan has failed to protect ethnic Armenians.",
     ("ARMGOV", "AZE", "111")),
])
def test_a_reported_failing_criticises_the_party_that_failed(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Uganda failed to honour its commitments under the border deal.",  # the writer's account
    "Kenya said Uganda would fail to meet the deadline.",  # a forecast
    "Kenya said Uganda had not failed to honour the deal.",
    "Japan said China and Korea failed to agree on a ceasefire.",  # a failure the two share
    "Kenya said Uganda had failed to reach a deal with Sudan.",  # talks that broke down (164)
    "Japan said the talks failed to produce a deal.",  # no party failed
])
def test_no_criticism_for_a_failing_no_one_reports_or_no_one_alone_owns(code, text):
    assert not any(c == "111" for _, _, c in triples(code(text))), triples(code(text))


# -- "it is unacceptable that X ...": the verdict judges the doer of the act the clause tells ----

@pytest.mark.parametrize("text,expected", [
    ('"It is unacceptable that Russia continues to arm the separatists," the Georgian foreign minister said.',
     ("GEOGOV", "RUS", "111")),
    ("The Georgian foreign minister said it was unacceptable that Russia was arming the separatists.",
     ("GEOGOV", "RUS", "111")),
    ("It is outrageous that Belgrade is arming the militias in the north, the Kosovo prime minister said.",
     ("XKXGOV", "SRBGOV", "111")),
    # a first adjective the lexicon does not know, joined to one it does
    ("It is shocking and irresponsible that Armenia has shelled our villages, the Azerbaijani foreign "
     "minister said.", ("AZEGOV", "ARM", "111")),
])
def test_an_extraposed_verdict_judges_the_doer_of_the_act_it_tells(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Seoul said it was clear that Japan had chosen to ignore the ruling.",  # no judgement
    "It is unacceptable that Japan has chosen to ignore the ruling.",  # no one said it
])
def test_no_extraposed_verdict_without_a_judgement_or_a_speaker(code, text):
    assert not any(c.startswith("11") for _, _, c in triples(code(text))), triples(code(text))


# -- a copula joined to a reported verb shares its subject and its report -------------------------

@pytest.mark.parametrize("text,expected", [
    ("Pakistan said the Iranian strike killed two children and was a blatant violation of its sovereignty.",
     ("PAK", "IRN", "111")),
    ("Seoul said the North Korean launch broke UN resolutions and was a grave provocation.",
     ("KORGOV", "PRK", "111")),
    ("Kenya said the Ugandan decision came without warning and was unacceptable.", ("KEN", "UGA", "111")),
])
def test_a_verdict_joined_to_a_reported_clause_judges_its_subject(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_the_reported_act_beside_a_joined_verdict_is_still_coded(code):
    got = triples(code("Pakistan said the Iranian strike killed two children and was a blatant violation "
                       "of its sovereignty."))
    assert any(s == "IRN" and c.startswith("19") for s, _, c in got), got


def test_a_joined_verdict_no_one_reports_is_no_event(code):
    assert not any(c.startswith("11") for _, _, c in
                   triples(code("The Ugandan decision came without warning and was unacceptable.")))


# -- a description is speech itself: "described X as a dangerous step" ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Moscow described the American deployment as a dangerous step.", ("RUSGOV", "USA", "111")),
    ("Beijing described the Japanese move as a provocative act.", ("CHNGOV", "JPN", "111")),
    ("The Kremlin characterised the Polish decision as an unfriendly step.", ("RUSGOV", "POL", "111")),
    ("The UN chief described the Saudi decision as an important step.", ("IGOUNO", "SAU", "051")),
    ("Berlin described the French proposal as a good basis for talks.", ("DEUGOV", "FRA", "051")),
])
def test_a_description_of_a_thing_judges_its_owner(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("The Indian minister said the Pakistani offer was a positive step.", ("INDGOV", "PAK", "051")),
    ("The Pakistani offer was an encouraging sign, the Indian minister said.", ("INDGOV", "PAK", "051")),
])
def test_a_reported_good_step_is_praise(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The UN chief described the talks as an important step.",  # no owner named
    "The Pakistani offer was a positive step.",  # no one said it
    "Norway hosted a summit with the AU and the IMF. The summit was a crucial step, "
    "the Norwegian minister said.",  # a gathering is no one party's act
])
def test_no_praise_of_a_step_without_an_owner_or_a_speaker(code, text):
    assert not any(c == "051" for _, _, c in triples(code(text))), triples(code(text))
