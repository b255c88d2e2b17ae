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
