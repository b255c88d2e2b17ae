"""Which date an undated event takes from the sentences before it."""

import pytest


def _dates(code, text: str, pub: str) -> dict[str, str | None]:
    return {e.cameo[:2]: e.date.value for e in code(text, pub)}


def test_a_background_year_does_not_date_the_news_after_it(code):
    dates = _dates(code, "Kenyan troops attacked al-Shabaab fighters in Somalia in 2011. "
                         "The Somali president praised Kenya.", "2019-05-02")
    assert dates["19"] == "2011"
    assert dates["05"] == "2019-05-02"


def test_a_month_runs_on_into_the_next_sentences(code):
    dates = _dates(code, "Kenyan troops attacked al-Shabaab fighters in Somalia in March. "
                         "The Somali president praised Kenya.", "2019-05-02")
    assert dates["05"] == "2019-03"



def _later(code, second: str) -> dict[str, str | None]:
    return _dates(code, "Ghana criticised Togo on Monday. " + second, "2019-05-02")


def test_the_narrator_s_past_perfect_is_undated_background(code):
    assert _later(code, "Ghana had accused Togo of harbouring rebels.")["11"] is None


def test_a_habitual_act_is_undated(code):
    assert _later(code, "Ghana has long accused Togo of harbouring rebels.")["11"] is None


def test_an_act_since_some_time_is_undated(code):
    assert _later(code, "Ghana has backed the rebels since the war.")["07"] is None


def test_reported_past_perfect_keeps_the_running_date(code):
    # the backshift of reported speech is not the narrator setting the act before the story
    assert _later(code, "Ghana revealed that Togo had attacked the rebels.")["19"] == "2019-04-29"


def test_a_plain_past_keeps_the_running_date(code):
    assert _later(code, "Ghana accused Togo of harbouring rebels.")["11"] == "2019-04-29"


@pytest.mark.parametrize("second,root", [
    ("Between 2008 and 2011, Ghana accused Togo of harbouring rebels.", "11"),
    ("Ghana repeatedly accused Togo of harbouring rebels between 2009 and 2012.", "11"),
    ("Between 2012 and 2014, Togolese troops clashed with Ghanaian forces.", "19"),
])
def test_a_span_of_years_is_no_date_and_takes_none_from_before(code, second, root):
    assert _later(code, second)[root] is None


def test_what_an_actor_continues_to_do_is_undated(code):
    assert _later(code, "Ghana continues to arm the rebels.")["07"] is None


def test_a_describing_participle_is_undated(code):
    dates = _dates(code, "Ghana criticised Togo on Monday. Benin sent aid to the rebels attacking Togo.",
                   "2019-05-02")
    assert dates["19"] is None and dates["07"] == "2019-04-29"


def test_the_present_progressive_outside_the_lead_is_undated(code):
    # the conventions: ongoing events outside the lead have a null date
    assert _later(code, "Ghana is arming the rebels.")["07"] is None


def test_the_narrator_s_present_perfect_after_the_lead_is_undated(code):
    assert _later(code, "Ghana has also sent weapons to the rebels in Togo.")["07"] is None


def test_a_reported_present_perfect_keeps_the_running_date(code):
    assert _later(code, "Ghana said Togo has attacked the rebels.")["19"] == "2019-04-29"


def test_a_date_recalled_in_a_relative_clause_does_not_run_on(code):
    # ", in which gunmen killed 26 men" is background; the news after it keeps the article's date
    dates = _dates(code, "Pakistan denied any role in the April 22 attack in Pahalgam, in which gunmen killed 26 "
                         "men. China urged India to exercise restraint.", "2025-05-07")
    assert dates["19"] == "2025-04-22"
    assert dates["02"] == "2025-05-07"


def test_the_date_of_an_act_one_denies_a_role_in_is_not_the_denial_s(code):
    dates = _dates(code, "Pakistan denied any role in the April 22 attack on Indian tourists.", "2025-05-07")
    assert dates["01"] == "2025-05-07"


def test_how_long_an_act_lasted_is_no_date(code):
    # "for two days" bounds the act, it does not make it undated like "for decades"
    assert _dates(code, "Venezuela closed its border with Colombia for two days.", "2025-01-10")["19"] == "2025-01-10"
    assert _dates(code, "Venezuela has closed its border with Colombia for decades.", "2025-01-10")["19"] is None


@pytest.mark.parametrize("text", [
    "Putin promised to visit China in 2025.",
    "Xi Jinping invited Vladimir Putin to visit China in 2025.",
    "Putin has received an invitation to visit China in 2025.",
])
def test_a_date_after_publication_is_the_promised_act_s_not_the_promise_s(code, text):
    # the promise or invitation happened; the later date is the visit's, which is content, so the
    # promise is dated as if no date were stated: by the story (here its publication)
    events = [e for e in code(text, "2024-05-02") if e.cameo.startswith("03")]
    assert events and all(e.date.value == "2024-05-02" for e in events), [(e.cameo, e.date.value) for e in events]


def test_a_promise_with_a_later_date_takes_the_date_of_the_sentence_before(code):
    text = "Russia and China signed a gas deal on Monday. Putin also invited Xi to visit Russia in 2026."
    events = [e for e in code(text, "2024-05-02") if e.cameo.startswith("03")]
    assert events and all(e.date.value == "2024-04-29" for e in events), [(e.cameo, e.date.value) for e in events]


def test_a_hypothetical_act_keeps_its_future_date(code):
    events = code("Putin will visit China in 2025.", "2024-05-02")
    assert [e.date.value for e in events if e.cameo.startswith("04")] == ["2025"]


@pytest.mark.parametrize("text,cameo,day", [
    ("In a speech broadcast on Tuesday, Putin accused Ukraine of terrorism.", "1121", "2024-04-30"),
    ("In a statement issued on Monday, the EU criticised Russia.", "111", "2024-04-29"),
])
def test_the_date_of_the_occasion_told_by_its_participle(code, text, cameo, day):
    # "in a statement issued on Monday": the act said in it has the occasion's date
    assert [e.date.value for e in code(text, "2024-05-01") if e.cameo == cameo] == [day]


@pytest.mark.parametrize("second,root", [
    # a present perfect in a relative clause describes the noun: undated background
    ("Togo denied backing the ADF, a group that has fought an insurgency against Uganda.", "19"),
    ("Togo praised the militia that has led the fight against Islamic State.", "19"),
])
def test_a_present_perfect_describing_a_noun_is_undated(code, second, root):
    assert _later(code, second)[root] is None


def test_a_relative_clause_in_the_past_keeps_the_running_date(code):
    assert _later(code, "Togo praised the militia that attacked Islamic State.")["19"] == "2019-04-29"
