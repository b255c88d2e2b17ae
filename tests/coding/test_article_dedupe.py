"""One record per act per article: restatements and talks that take precedence over the visit."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


def test_talks_take_precedence_over_a_visit_told_in_another_sentence(code):
    events = code("Japanese Prime Minister Shinzo Abe held talks with Indian Prime Minister Narendra Modi on Monday. "
                  "Before visiting India, Mr Abe stopped in Thailand.", pub_date="2017-09-14")
    got = triples(events)
    assert any(c == "046" for _, _, c in got), got
    assert not any(c == "042" and t and t.startswith("IND") for _, t, c in got), got


def test_a_visit_dated_apart_from_the_talks_stays(code):
    got = triples(code("Japanese Prime Minister Shinzo Abe held talks with Indian Prime Minister Narendra Modi on "
                       "Monday. Mr Abe had visited India in 2014.", pub_date="2017-09-14"))
    assert any(c == "042" and t and t.startswith("IND") for _, t, c in got), got


@pytest.mark.parametrize("text,guest,host", [
    ("The Turkish foreign minister visited Baghdad on Sunday and met Prime Minister Mohammed Shia al-Sudani.",
     "TURGOV", "IRQ"),
    ("Japan's prime minister flew to Canberra on Monday and met Prime Minister Anthony Albanese.",
     "JPNGOV", "AUS"),
    ("The UN nuclear chief travelled to Tehran and met President Ebrahim Raisi on Saturday.", "IGOUNO", "IRN"),
])
def test_a_meeting_during_a_visit_told_in_the_same_sentence_is_an_event_of_its_own(code, text, guest, host):
    got = triples(code(text, pub_date="2023-03-06"))
    assert any(s == guest and c == "042" and t.startswith(host) for s, t, c in got), got
    assert any(c == "040" and {s[:3], t[:3]} == {guest[:3], host} for s, t, c in got), got


def test_a_headline_act_the_story_tells_is_one_record_the_story_s(code):
    events = code("Ethiopia and Eritrea sign peace deal\n\nThe leaders of Ethiopia and Eritrea signed a declaration "
                  "on Monday ending two decades of conflict.", pub_date="2018-07-10")
    signed = [e for e in events if e.cameo == "057"]
    assert len(signed) == 1 and signed[0].date.value == "2018-07-09", [(e.source.cameo, e.date.value) for e in signed]


def test_a_headline_act_the_story_does_not_tell_stays(code):
    events = code("Ethiopia and Eritrea sign peace deal\n\nThe two countries fought a war from 1998 to 2000.",
                  pub_date="2018-07-10")
    assert any(e.cameo == "057" for e in events)


def test_headline_end():
    from eventwire.pipeline import headline_end

    assert headline_end("Iran rejects call\n\nTEHRAN - Iran rejected it.") == len("Iran rejects call")
    assert headline_end("Iran rejected the call.\n\nMore.") == 0
    assert headline_end("One paragraph only") == 0


@pytest.mark.parametrize("text,source,target,root", [
    ("Iran launches drones at Israel\n\nJERUSALEM (Wire) - Iran launched more than 100 drones at Israel overnight, "
     "the army said. Iran and Israel have fought a shadow war for years.", "IRN", "ISR", "19"),
    ("China sanctions US defence firms\n\nBEIJING, Dec 5 (Wire) - China imposed sanctions on 13 U.S. defence companies "
     "over arms sales to Taiwan. Beijing has sanctioned American firms before.", "CHN", "USA", "16"),
    ("Ecuador expels Mexican ambassador\n\nQUITO (Wire) - Ecuador expelled Mexico's ambassador, the foreign ministry "
     "said. Ecuador has expelled Mexican diplomats in the past.", "ECU", "MEX", "16"),
    ("Serbia accuses Kosovo of provocation\n\nBELGRADE (Wire) - Serbia accused Kosovo of provoking violence in the "
     "north. Belgrade has accused Pristina of such acts for years.", "SRB", "XKX", "11"),
])
def test_the_lead_that_tells_the_headline_s_act_stays_when_the_story_tells_the_pair_again(code, text, source, target, root):
    # the headline gives way to the lead, so the lead must not give way to the headline first
    events = code(text, pub_date="2024-10-26")
    body = text.index("\n\n")
    later = text.index(text.rsplit(". ", 1)[1])  # the story's second telling of the pair
    told = [e for e in events if e.cameo[:2] == root and e.source.country == source and e.target
            and e.target.country == target and body < e.evidence_span[0] < later]
    assert told, [(e.source.cameo, e.target and e.target.cameo, e.cameo, e.evidence) for e in events]


@pytest.mark.parametrize("text", [
    "Turkey threatened Syria with military action on Monday over its troops in Idlib. "
    "Erdogan warned Damascus of serious consequences.",
    "China threatened Taiwan with force on Monday. Xi warned Taipei against any move toward independence.",
    "Iran threatened Israel with retaliation. The Iranian foreign minister also warned Israel of a harsh response.",
])
def test_a_threat_restated_by_another_voice_of_the_same_state_is_one_threat(code, text):
    events = code(text, pub_date="2018-02-20")
    assert len([e for e in events if e.cameo[:2] == "13"]) == 1, [(e.source.cameo, e.cameo) for e in events]


def test_threats_the_text_dates_apart_stay_two(code):
    events = code("Russia threatened Moldova with retaliation on Friday. Two days later, Lavrov warned Chisinau "
                  "of consequences.", pub_date="2018-02-20")
    assert len([e for e in events if e.cameo[:2] == "13"]) == 2, [(e.source.cameo, e.cameo) for e in events]


@pytest.mark.parametrize("text,kept,dropped", [
    # a country and one of its bodies, told of the same act in one clause: one event, the country
    ("Peru on Tuesday downgraded diplomatic relations with Mexico, expelling the Mexican ambassador.",
     ("PER", "MEX", "161"), ("PER", "MEXGOV", "161")),
    ("Ghana cut diplomatic ties with Togo on Friday, recalling its ambassador from Lome.",
     ("GHA", "TGO", "161"), ("GHA", "TGOGOV", "161")),
    ("Norway expelled Russia's defence attache and two other diplomats on Monday.",
     ("NOR", "RUS", "161"), ("NOR", "RUSGOV", "161")),
])
def test_a_country_and_its_body_in_one_clause_are_one_event(code, text, kept, dropped):
    got = triples(code(text, pub_date="2024-05-01"))
    assert kept in got and dropped not in got, got


def test_two_clauses_of_a_sentence_keep_their_own_events(code):
    # talks with the leader, and work the two countries began: two acts, one of each
    got = triples(code("After his talks with Olaf Scholz in Berlin, Narendra Modi said India and Germany had "
                       "begun negotiations on a free trade agreement.", pub_date="2018-01-15"))
    assert sum(1 for s, t, c in got if c[:2] == "04") >= 2, got


def test_a_country_and_its_rebels_or_victims_are_two_parties(code):
    # (the harm an attack did to the people of the country it struck is that attack's outcome, one
    # act: tests/coding/test_attack_outcome.py; victims of another country stay a party of their own)
    got = triples(code("Russian forces shelled Odesa overnight, killing four Georgian volunteers.", pub_date="2024-05-01"))
    assert {("RUSMIL", "UKR", "194"), ("RUSMIL", "GEO", "194")} <= got, got
    got = triples(code("Qatar mediated between Mali and the Tuareg rebels on Sunday.", pub_date="2024-05-01"))
    assert {("QAT", "MLI", "045"), ("QAT", "MLIREB", "045")} <= got, got


@pytest.mark.parametrize("text,code_", [
    ("Greece condemns Turkish overflights ATHENS (Reuters) - Greece on Monday condemned Turkey's military "
     "overflights of its Aegean islands.", "111"),
    ("Kenya urges Somalia to free aid workers NAIROBI (AP) - Kenya on Tuesday urged Somalia to free two "
     "Kenyan aid workers held in Mogadishu.", "025"),
])
def test_a_headline_glued_to_its_dateline_is_no_part_of_the_lead(code, text, code_):
    # the agency is no party of the lead's act, and the headline's act is the lead's one record
    events = [e for e in code(text, pub_date="2005-03-09") if e.cameo.startswith(code_)]
    assert len(events) == 1 and not any("MED" in (e.source.cameo or "") for e in events), \
        [(e.source.cameo, e.cameo, e.target and e.target.cameo, e.evidence) for e in events]
