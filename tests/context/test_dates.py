import pytest

from eventwire.context.date_expressions import Reference, resolve_expression

CASES = [
    # text, pub_date, future, value, granularity, basis
    ("in 2013", "2017-10", False, "2013", "year", "explicit"),
    ("1979", None, False, "1979", "year", "explicit"),
    ("September 2017", None, False, "2017-09", "month", "explicit"),
    ("19 September 2017", None, False, "2017-09-19", "day", "explicit"),
    ("Sept. 19, 2017", None, False, "2017-09-19", "day", "explicit"),
    ("in September", "2017-10", False, "2017-09", "month", "relative_to_publication"),
    ("in November", "2017-10-10", False, "2016-11", "month", "relative_to_publication"),
    ("in February", "2017-12-05", True, "2018-02", "month", "relative_to_publication"),
    ("the third week of September", "2017-10", False, "2017-09", "month", "relative_to_publication"),
    ("on Monday", "2018-01-17", False, "2018-01-15", "day", "relative_to_publication"),
    ("Wednesday", "2018-01-17", False, "2018-01-17", "day", "relative_to_publication"),
    ("next Tuesday", "2018-01-17", False, "2018-01-23", "day", "relative_to_publication"),
    ("on Friday", "2018-01-17", True, "2018-01-19", "day", "relative_to_publication"),
    # a plan for the weekday the copy is dated is that day; "next" still means the week after
    ("on Monday", "2018-01-15", True, "2018-01-15", "day", "relative_to_publication"),
    ("Wednesday", "2018-01-17", True, "2018-01-17", "day", "relative_to_publication"),
    ("next Monday", "2018-01-15", True, "2018-01-22", "day", "relative_to_publication"),
    ("coming Wednesday", "2018-01-17", False, "2018-01-24", "day", "relative_to_publication"),
    ("yesterday", "2018-03-01", False, "2018-02-28", "day", "relative_to_publication"),
    ("last month", "2018-01-17", False, "2017-12", "month", "relative_to_publication"),
    ("earlier this month", "2018-01-17", False, "2018-01", "month", "relative_to_publication"),
    ("last December", "2018-01-17", False, "2017-12", "month", "relative_to_publication"),
    ("last weekend", "2018-01-17", False, "2018-01", "month", "relative_to_publication"),
    ("earlier this week", "2017-10", False, "2017-10", "month", "relative_to_publication"),
    ("last year", "2018-01-17", False, "2017", "year", "relative_to_publication"),
    ("three years ago", "2018-01-17", False, "2015", "year", "relative_to_publication"),
    ("two days ago", "2018-01-17", False, "2018-01-15", "day", "relative_to_publication"),
    ("nearly two years ago", "2018-07-19", False, "2016", "year", "relative_to_publication"),
    ("some two months ago", "2018-07-19", False, "2018-05", "month", "relative_to_publication"),
    ("next month", "2018-12-03", True, "2019-01", "month", "relative_to_publication"),
    # a month with its year named relative to publication
    ("in October last year", "2018-03-05", False, "2017-10", "month", "relative_to_publication"),
    ("March of last year", "2018-03-05", False, "2017-03", "month", "relative_to_publication"),
    ("in February this year", "2018-03-05", False, "2018-02", "month", "relative_to_publication"),
    ("late June next year", "2018-03-05", True, "2019-06", "month", "relative_to_publication"),
]


@pytest.mark.parametrize("text,pub,future,value,gran,basis", CASES)
def test_resolve_expression(text, pub, future, value, gran, basis):
    got = resolve_expression(text, Reference(pub), future)
    assert (got.value, got.granularity, got.basis) == (value, gran, basis)


@pytest.mark.parametrize("text,pub", [
    ("more than 15 years", "2017-10"), ("decades", "2017-10"), ("on Monday", None), ("in September", None),
    ("three years", "2017-10-10"),
])
def test_no_date_for_durations_or_without_publication_date(text, pub):
    assert resolve_expression(text, Reference(pub)) is None


@pytest.mark.parametrize("when", ["a decade ago", "years ago", "two decades ago"])
def test_a_vague_past_leaves_the_event_undated(code, when):
    # long before, at no time the text says: not the publication date either
    events = code(f"Kenya expelled the Somali ambassador {when}.", pub_date="2018-07-19")
    assert [e.date.value for e in events if e.cameo == "161"] == [None]


def test_a_date_the_tagger_runs_into_the_next_clause_still_dates_the_event(code):
    # the small model tags "Monday ending two decades" as one DATE
    events = code("The leaders of Ethiopia and Eritrea signed a declaration on Monday ending two decades of conflict.",
                  pub_date="2018-07-10")
    assert {e.date.value for e in events if e.cameo == "057"} == {"2018-07-09"}
