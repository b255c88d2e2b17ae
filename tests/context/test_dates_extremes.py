"""Date arithmetic at the ends of the calendar: a publication date in year 1 or 9999 must never
raise (found by the property test: "last week" of 0001-01-03)."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("pub_date", ["0001-01-03", "9999-12-30"])
@pytest.mark.parametrize("text", ["Iran met Iraq last week.", "Iran will meet Iraq next week.",
                                  "Iran met Iraq last month.", "Iran will meet Iraq next year.",
                                  "Iran met Iraq three weeks ago.", "Iran met Iraq. Two days later Iraq met Iran."])
def test_relative_dates_at_the_calendars_ends_never_raise(ew, text, pub_date):
    _, events = ew.code_text(text, doc_id="x", pub_date=pub_date)
    for e in events:
        assert e.date.value is None or len(e.date.value.split("-")[0]) == 4, e.date
