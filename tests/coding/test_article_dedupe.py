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
