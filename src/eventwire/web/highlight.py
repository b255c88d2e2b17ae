"""Where a record's parts are in its document's text, for highlighting.

Records carry ``evidence_span`` and usually ``trigger_span``, but their actors only carry the
words that name them (``source.text``). We find those words next to the evidence: the source
before the trigger, the target after it, the attribution around the sentence. The page and the
API share these spans, so the browser never guesses positions itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from eventwire.model import Actor, Event

KINDS = ("evidence", "trigger", "source", "target", "attributed_to")
ATTRIBUTION_WINDOW = 400  # characters before the evidence where "X said" may sit
ACTOR_WINDOW = 250  # characters before the evidence where a source named earlier may sit


@dataclass(frozen=True)
class Highlight:
    kind: str  # one of KINDS
    start: int
    end: int
    event_id: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _occurrences(text: str, words: str, lo: int, hi: int) -> list[int]:
    """Starts of ``words`` as whole words in ``text[lo:hi]`` (case-insensitive)."""
    if not words.strip():
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)", re.IGNORECASE)
    lo, hi = max(lo, 0), min(hi, len(text))
    return [m.start() for m in pattern.finditer(text, lo, hi)]


def _evidence_span(event: Event, text: str, doc_id: str) -> tuple[int, int, str] | None:
    """The evidence span in this document: the record's own, or that of its mention here."""
    candidates: list[tuple[list[int], str]] = []
    if event.doc_id == doc_id:
        candidates.append((event.evidence_span, event.evidence))
    candidates += [(m.evidence_span, m.evidence) for m in event.mentions if m.doc_id == doc_id]
    for span, evidence in candidates:
        start, end = span
        if 0 <= start < end <= len(text) and (not evidence or text[start:end] == evidence):
            return start, end, evidence
        found = text.find(evidence) if evidence else -1
        if found >= 0:  # stale offsets (text cleaned differently): fall back to the words
            return found, found + len(evidence), evidence
    return None


def _trigger_span(event: Event, text: str, doc_id: str, ev_start: int, ev_end: int) -> tuple[int, int] | None:
    span = event.trigger_span
    if span and event.doc_id == doc_id and ev_start <= span[0] < span[1] <= ev_end:
        return span[0], span[1]
    hits = _occurrences(text, event.trigger, ev_start, ev_end)
    return (hits[0], hits[0] + len(event.trigger)) if hits else None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span, cut at ``.!?`` and line breaks (abbreviations may cut it
    short: callers fall back to a window)."""
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return lo, (min(ends) + 1) if ends else len(text)


def _nearest(hits: list[int], anchor: int) -> int | None:
    return min(hits, key=lambda h: abs(h - anchor)) if hits else None


def _actor_span(actor: Actor | None, text: str, lo: int, hi: int, anchor: int, before: bool) -> tuple[int, int] | None:
    """The mention of ``actor`` nearest the trigger, preferring the side it is expected on."""
    if actor is None or not actor.text:
        return None
    words = actor.text
    inside = _occurrences(text, words, lo, hi)
    side = [h for h in inside if (h < anchor) == before]
    pick = _nearest(side, anchor) if side else _nearest(inside, anchor)
    if pick is None and before:  # a source named in an earlier clause
        pick = _nearest(_occurrences(text, words, lo - ACTOR_WINDOW, lo), lo)
    return (pick, pick + len(words)) if pick is not None else None


def event_highlights(event: Event, text: str, doc_id: str | None = None) -> list[Highlight]:
    """The spans of one event's evidence, trigger, source, target and attribution in ``text``."""
    doc_id = doc_id or event.doc_id
    evidence = _evidence_span(event, text, doc_id)
    if evidence is None:
        return []
    start, end, _ = evidence
    out = [Highlight("evidence", start, end, event.event_id)]
    trigger = _trigger_span(event, text, doc_id, start, end)
    anchor = trigger[0] if trigger else start
    if trigger:
        out.append(Highlight("trigger", trigger[0], trigger[1], event.event_id))
    for kind, actor, before in (("source", event.source, True), ("target", event.target, False)):
        span = _actor_span(actor, text, start, end, anchor, before)
        if span and not (trigger and span == trigger):
            out.append(Highlight(kind, span[0], span[1], event.event_id))
    if event.attributed_to and event.attributed_to.text:
        # "X said" sits in the same sentence; failing that, nearby ("According to X, ...")
        words = event.attributed_to.text
        lo, hi = _sentence(text, start, end)
        hits = _occurrences(text, words, lo, hi) or _occurrences(text, words, start - ATTRIBUTION_WINDOW,
                                                                 end + ATTRIBUTION_WINDOW // 2)
        pick = _nearest(hits, start)
        if pick is not None:
            out.append(Highlight("attributed_to", pick, pick + len(event.attributed_to.text), event.event_id))
    return out


def document_highlights(events: Iterable[Event], text: str, doc_id: str) -> list[Highlight]:
    """Highlights of every event reported in a document, in text order."""
    spans = [h for ev in events for h in event_highlights(ev, text, doc_id)]
    return sorted(spans, key=lambda h: (h.start, -h.end, KINDS.index(h.kind)))
