"""Highlight spans from hand-built records: the page draws exactly these."""

from __future__ import annotations

import pytest

from eventwire.model import Actor, Mention
from eventwire.web.highlight import document_highlights, event_highlights
from tests.web.conftest import make_event

TEXT = ("The Iranian Foreign Ministry said that President Donald Trump wanted talks with Hassan Rouhani, "
        "but the latter refused to meet him.")


def spans(event, text=TEXT, doc_id=None) -> dict[str, str]:
    return {h.kind: text[h.start:h.end] for h in event_highlights(event, text, doc_id)}


def test_highlight_finds_evidence_trigger_source_target_and_attribution():
    ev = make_event("d", TEXT, "the latter refused to meet him", "refused to meet", "IRNGOV:latter", "USAGOV:him",
                    "125", "2017-09", quad=3, goldstein=-5.0)
    ev.attributed_to = Actor(text="Iranian Foreign Ministry", cameo="IRNGOV")
    assert spans(ev) == {"evidence": "the latter refused to meet him", "trigger": "refused to meet",
                         "source": "latter", "target": "him", "attributed_to": "Iranian Foreign Ministry"}


@pytest.mark.parametrize(("source_text", "expected"), [
    ("Donald Trump", "Donald Trump"),  # named before the trigger inside the evidence
    ("Trump", "Trump"),  # a whole word, not a part of another
    ("Nobody", None),  # not in the text: no span rather than a wrong one
])
def test_highlight_source_is_found_as_whole_words(source_text, expected):
    ev = make_event("d", TEXT, "President Donald Trump wanted talks with Hassan Rouhani", "wanted talks",
                    "USAGOV:x", "IRNGOV:Hassan Rouhani", "036", "2017-09")
    ev.source = Actor(text=source_text, cameo="USAGOV")
    assert spans(ev).get("source") == expected


@pytest.mark.parametrize(("text", "expected_at"), [
    # the attribution in the event's own sentence wins over a nearer one in the next sentence
    ("The Ministry said that Rouhani refused to meet him. The Ministry spokesman spoke later.", 4),
    # no attribution in the sentence: the nearest one around it
    ("Rouhani refused to meet him, it was reported. The Ministry confirmed it.", 50),
])
def test_highlight_attribution_prefers_the_events_sentence(text, expected_at):
    ev = make_event("d", text, "Rouhani refused to meet him", "refused to meet", "IRNGOV:Rouhani", "USAGOV:him", "125", None)
    ev.attributed_to = Actor(text="Ministry", cameo="IRNGOV")
    got = [h for h in event_highlights(ev, text) if h.kind == "attributed_to"]
    assert [(h.start, text[h.start:h.end]) for h in got] == [(expected_at, "Ministry")]


def test_highlight_falls_back_to_the_words_when_offsets_are_stale():
    ev = make_event("d", TEXT, "the latter refused to meet him", "refused to meet", "IRNGOV:latter", "USAGOV:him", "125", None)
    ev.evidence_span = [0, 5]  # offsets of a differently cleaned text
    ev.trigger_span = None
    got = spans(ev)
    assert got["evidence"] == "the latter refused to meet him" and got["trigger"] == "refused to meet"


def test_highlight_uses_the_mention_in_another_document():
    other = "Reports said the latter refused to meet him."
    ev = make_event("d", TEXT, "the latter refused to meet him", "refused to meet", "IRNGOV:latter", "USAGOV:him", "125", None)
    start = other.index("the latter")
    ev.mentions = [Mention("d2", 0, "the latter refused to meet him", [start, start + 30])]
    got = {h.kind: other[h.start:h.end] for h in event_highlights(ev, other, "d2")}
    assert got["evidence"] == "the latter refused to meet him" and got["trigger"] == "refused to meet"
    assert event_highlights(ev, "an unrelated text", "d3") == []


def test_document_highlights_are_in_text_order():
    a = make_event("d", TEXT, "the latter refused to meet him", "refused to meet", "IRNGOV:latter", "USAGOV:him", "125", None)
    b = make_event("d", TEXT, "President Donald Trump wanted talks with Hassan Rouhani", "wanted talks",
                   "USAGOV:Donald Trump", "IRNGOV:Hassan Rouhani", "036", None)
    out = document_highlights([a, b], TEXT, "d")
    assert [h.start for h in out] == sorted(h.start for h in out)
    assert {h.event_id for h in out} == {a.event_id, b.event_id}
