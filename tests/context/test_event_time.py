"""The event's own time: which date phrase is the event's, which way a weekday resolves, and when
a plan or a schedule is still to come."""

import pytest


def _by_code(events, prefix: str):
    return [e for e in events if e.cameo.startswith(prefix)]


# -- a day phrase the parser hangs on a participant noun dates the clause ------------------------
@pytest.mark.parametrize("text,prefix,want", [
    # 2021-03-12 is a Friday
    ("Ethiopia released 40 Eritrean fishermen on Wednesday after a court ruling.", "08", "2021-03-10"),
    ("Cuban officials on Tuesday expelled two Canadian diplomats from Havana.", "16", "2021-03-09"),
    ("Algeria and Morocco held a second round of talks on Thursday in Geneva.", "04", "2021-03-11"),
    ("Police in Nairobi detained 30 opposition supporters on Monday during a march.", "17", "2021-03-08"),
])
def test_a_day_hung_on_a_participant_dates_the_act(code, text, prefix, want):
    events = _by_code(code(text, pub_date="2021-03-12"), prefix)
    assert events and {e.date.value for e in events} == {want}


@pytest.mark.parametrize("run", ["for a second day", "for the third straight day", "for a fourth consecutive day"])
def test_the_nth_day_of_a_run_is_no_open_span(code, run):
    text = f"Indian and Pakistani troops exchanged fire {run} on Tuesday along the Line of Control."
    events = _by_code(code(text, pub_date="2021-03-12"), "19")
    assert events and {e.date.value for e in events} == {"2021-03-09"}


def test_a_bounded_duration_still_names_no_date(code):
    events = _by_code(code("Ghana closed its border with Togo for two days.", pub_date="2021-03-12"), "1")
    assert all(e.date.text is None or "two days" not in e.date.text for e in events)


# -- a plan is dated by its own time, never by the day it was announced --------------------------
@pytest.mark.parametrize("text,prefix", [
    ("Kenya said on Monday its president would visit Uganda.", "04"),
    ("The Chinese foreign ministry announced on Tuesday that Wang Yi will travel to Brazil.", "04"),
    ("Officials said on Wednesday that Japan could impose sanctions on North Korea.", "16"),
])
def test_a_plan_does_not_take_the_announcement_s_day(code, text, prefix):
    events = _by_code(code(text, pub_date="2021-03-12"), prefix)
    assert events and all(e.factuality == "hypothetical" for e in events)
    assert {e.date.value for e in events} == {None}


@pytest.mark.parametrize("text,prefix,want", [
    # published on Friday 2021-03-12: the Monday to come is 2021-03-15
    ("Kenya said on Thursday its president would visit Uganda on Monday.", "04", "2021-03-15"),
    ("Egypt's foreign minister will travel to Khartoum on Monday, his ministry said.", "04", "2021-03-15"),
    ("Serbia's president plans to visit Moscow next month.", "04", "2021-04"),
])
def test_a_plan_keeps_its_own_planned_time(code, text, prefix, want):
    events = _by_code(code(text, pub_date="2021-03-12"), prefix)
    assert events and {e.date.value for e in events} == {want}
    assert all(e.factuality == "hypothetical" for e in events)


def test_a_day_on_a_verb_still_to_come_resolves_forward(code):
    # "would announce ... on Sunday and did not rule out X": the Sunday is still to come, so the
    # speech act said now does not take a past Sunday
    events = code("Mexico's president said she would unveil her response on Sunday and did not rule "
                  "out retaliation against the United States.", pub_date="2021-03-12")
    assert events and all(e.date.value != "2021-03-07" for e in events)


def test_a_past_wish_keeps_the_last_month(code):
    events = _by_code(code("Iran said Biden wanted to meet Raisi in February.", pub_date="2021-03-12"), "03")
    assert events and {e.date.value for e in events} == {"2021-02"}


# -- talks and summits a schedule puts ahead --------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Talks between Armenia and Azerbaijan are due to resume in Brussels on Tuesday.", "2021-03-16"),
    ("Peace talks between Ethiopia and the Tigrayan rebels are set to open in Nairobi on Monday.", "2021-03-15"),
    ("Negotiations between Serbia and Kosovo are expected to restart on Thursday.", "2021-03-18"),
])
def test_scheduled_talks_are_planned_and_dated_to_the_planned_day(code, text, want):
    events = _by_code(code(text, pub_date="2021-03-12"), "04")
    assert events and all(e.factuality == "hypothetical" for e in events)
    assert {e.date.value for e in events} == {want}


def test_talks_that_resumed_happened(code):
    events = _by_code(code("Talks between Armenia and Azerbaijan resumed in Brussels on Tuesday.",
                           pub_date="2021-03-12"), "04")
    assert events and all(e.factuality == "asserted" for e in events)
    assert {e.date.value for e in events} == {"2021-03-09"}


# -- an act announced with immediate effect is done ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The juntas of Guinea and Chad announced on Wednesday that they would quit the African Union with immediate effect.",
    "Chad said on Wednesday it would quit the African Union with immediate effect.",
])
def test_an_act_with_immediate_effect_is_asserted_on_the_announcement_day(code, text):
    events = _by_code(code(text, pub_date="2021-03-12"), "16")
    assert events and all(e.factuality == "asserted" for e in events)
    assert {e.date.value for e in events} == {"2021-03-10"}


def test_without_immediate_effect_the_same_act_stays_planned(code):
    events = _by_code(code("Chad said on Wednesday it would quit the African Union next year.",
                           pub_date="2021-03-12"), "16")
    assert all(e.factuality == "hypothetical" for e in events if e.cameo.startswith("16"))


# -- a scheduled act told in the simple present ------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # published on Friday 2021-03-12
    ("Macron travels to Algiers on Sunday for talks on gas supplies.", "2021-03-14"),
    ("Blinken meets his Turkish counterpart in Ankara on Tuesday.", "2021-03-16"),
])
def test_a_present_tense_act_on_a_day_to_come_is_planned(code, text, want):
    events = _by_code(code(text, pub_date="2021-03-12"), "04")
    assert events and all(e.factuality == "hypothetical" for e in events)
    assert want in {e.date.value for e in events}


@pytest.mark.parametrize("text", [
    "Blinken met his Turkish counterpart in Ankara on Tuesday.",
    "Blinken meets his Turkish counterpart in Ankara today.",
])
def test_a_past_or_same_day_meeting_stays_asserted(code, text):
    events = _by_code(code(text, pub_date="2021-03-12"), "04")
    assert events and all(e.factuality == "asserted" for e in events)


# -- a nominal event said not to have happened --------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("A planned meeting between Ruto and Odinga did not take place.", "negated"),
    ("Talks between Serbia and Kosovo never resumed after the shooting.", "negated"),
    ("The expected summit between Sisi and Abiy did not happen.", "negated"),
    ("The meeting between Ruto and Odinga took place in Nairobi.", "asserted"),
])
def test_a_meeting_that_did_not_take_place_is_negated(code, text, want):
    events = _by_code(code(text, pub_date="2021-03-12"), "04")
    assert events and {e.factuality for e in events} == {want}
