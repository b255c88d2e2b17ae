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
