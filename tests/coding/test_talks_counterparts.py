"""Refusing, boycotting or leaving talks told before is aimed at their other side
(``coding/targets.py``, ``talks_counterparts``): "Talks between A and B resumed ... A walked out".
Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,refuser,other,cameo", [
    ("Talks between Armenia and Azerbaijan opened in Almaty on Monday. The Armenian delegation walked out of "
     "the talks on Wednesday.", "ARM", "AZE", "164"),
    ("Negotiations between Ethiopia and Egypt over the dam resumed in Cairo. Two days later Ethiopia boycotted "
     "the talks.", "ETH", "EGY", "125"),
    ("Talks between Armenia and Azerbaijan opened in Almaty on Monday. On Tuesday the Azerbaijani negotiators "
     "refused to negotiate.", "AZE", "ARM", "125"),
    ("Talks between Armenia and Azerbaijan opened in Almaty on Monday. Armenia froze its participation in the "
     "negotiations on Friday.", "ARM", "AZE", "164"),
    ("Negotiations between Ethiopia and Egypt over the dam resumed in Cairo. Egypt suspended its participation "
     "in the talks a week later.", "EGY", "ETH", "164"),
    ("UN-sponsored Sri Lankan peace talks resumed in Geneva on Monday. The Sri Lankan government delegation "
     "walked out of the talks on Tuesday.", "LKAGOV", "LKAOPP", "164"),
])
def test_leaving_or_refusing_talks_told_before_is_aimed_at_their_other_side(code, text, refuser, other, cameo):
    got = triples(code(text))
    assert (refuser, other, cameo) in got, got


@pytest.mark.parametrize("text,cameo", [
    # the talks told are between other parties: neither side of them walks out
    ("Talks between Armenia and Azerbaijan opened in Almaty on Monday. The Georgian delegation walked out of "
     "a separate meeting on trade.", "164"),
    # four sentences on, the talks are no longer the ones spoken of
    ("Talks between Armenia and Azerbaijan opened in Almaty on Monday. The weather was cold. Markets were closed. "
     "Roads were icy. The Armenian delegation walked out of the talks.", "164"),
])
def test_no_counterpart_is_found_where_the_refuser_is_no_side_of_recent_talks(code, text, cameo):
    got = triples(code(text))
    assert not any(c == cameo and t in ("ARM", "AZE") for s, t, c in got), got


def test_suspending_participation_in_a_body_is_no_halt_of_talks(code):
    got = triples(code("Talks between Armenia and Azerbaijan opened in Almaty. Armenia has suspended its "
                       "participation in the Council of Europe."))
    assert not any(c == "164" for s, t, c in got), got
