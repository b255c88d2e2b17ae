"""Cross-document deduplication: the mentions of one real-world event become one stored event.

Two mentions (coded events of two documents) report the same event when all of these hold:

* **dyad**: same source and same target, compared by country (or by actor code for actors
  without one, like ``IGOUNO``); sectors must agree when both mentions give one (``IRN`` matches
  ``IRNGOV``, ``IRNGOV`` does not match ``IRNMIL``). Unordered when either code is symmetric
  (``eventwire.ontology.is_symmetric``: consult, negotiate, sign...);
* **code**: the same 3-digit code, or the same root when one of them is the root-level or
  residual code (``04``/``040`` match ``042``; ``042`` does not match ``043``);
* **date**: the intervals the dates cover are at most ``window_days`` apart (so dates equal at
  the coarser granularity always match: ``2017-09`` matches ``2017-09-19``). An undated mention
  stands at its document's publication date: two undated mentions match only when their
  documents were published within the window, and one with no publication date matches nothing;
* **factuality**: equal (a denial and a report of the same act are different records);
* **evidence**: rapidfuzz ``token_set_ratio`` of the two evidence texts >= ``similarity``;
* **documents**: different (``same_document=False``): the pipeline already keeps one event per
  sentence and one per article for an act told again with the same code, pair, date and
  factuality; two looser matches in one article are more often two events than one.

Clustering is greedy over mentions in publication order (then doc_id, sentence, id), so the
earliest report founds the event. A mention joins the cluster it best matches: the hard
conditions (dyad, code, date, factuality, document) must hold with *every* member, so a month-dated
mention cannot chain two different days; the evidence must be similar to at least one member, so
paraphrases chain. Ties go to the earlier cluster. The result depends only on the set of mentions,
not on the order they were written in.

Cost stays near-linear: mentions are compared only inside a **block** (the unordered pair of
actor keys and the CAMEO root, stored with each mention) and, inside a block, only with clusters
whose dates fall in the same months (a month index), so a busy dyad over years is never compared
pairwise.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from eventwire.ontology import is_symmetric

Interval = tuple[date, date]


@dataclass(frozen=True)
class DedupSettings:
    """How stored events are deduplicated (``open_store(..., dedup=DedupSettings(...))``).

    * ``enabled`` (True): merge mentions across documents; False keeps one stored event per mention;
    * ``similarity`` (60.0): minimum rapidfuzz ``token_set_ratio`` (0-100) of two evidence texts.
      Paraphrases of one report score about 65-90, unrelated sentences 40-50;
    * ``window_days`` (1): how many days apart two dates (or two publication dates, for undated
      mentions) may be; 0 asks for overlapping dates;
    * ``same_document`` (False): also merge two mentions of one document.
    """

    enabled: bool = True
    similarity: float = 60.0
    window_days: int = 1
    same_document: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.similarity <= 100:
            raise ValueError(f"dedup similarity must be between 0 and 100, not {self.similarity}")
        if self.window_days < 0:
            raise ValueError(f"dedup window_days must be >= 0, not {self.window_days}")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def day_interval(value: str | None) -> Interval | None:
    """The first and last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date covers (a longer
    timestamp is cut to its day); None when there is no date or it is not one."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except (ValueError, IndexError):
        return None


def gap_days(a: Interval, b: Interval) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def actor_key(actor: dict[str, Any] | None) -> str:
    """What a dyad is compared on: the actor's country, else its code ('' for no actor)."""
    if not actor:
        return ""
    return actor.get("country") or actor.get("cameo") or ""


def block_key(record: dict[str, Any]) -> str:
    """The block a mention is compared within: CAMEO root and the unordered pair of actor keys
    (unordered so that a symmetric code finds the mention that names the actors the other way)."""
    pair = sorted((actor_key(record.get("source")), actor_key(record.get("target"))))
    return f"{record['cameo'][:2]}|{pair[0]}|{pair[1]}"


def match_interval(record: dict[str, Any], pub_date: str | None) -> Interval | None:
    """The days a mention can match: its event date, else its document's publication date."""
    return day_interval((record.get("date") or {}).get("value")) or day_interval(pub_date)


def codes_compatible(a: str, b: str) -> bool:
    if a[:3] == b[:3]:
        return True
    return a[:2] == b[:2] and (_residual(a) or _residual(b))


def _residual(code: str) -> bool:
    """A root-level code (``04``) or the root's residual "not specified below" code (``040``)."""
    return len(code) == 2 or code[:3] == code[:2] + "0"


@dataclass(frozen=True)
class _Side:
    key: str
    sector: str | None

    def matches(self, other: _Side) -> bool:
        return self.key == other.key and (not self.sector or not other.sector or self.sector == other.sector)


def _side(actor: dict[str, Any] | None) -> _Side:
    return _Side(actor_key(actor), (actor or {}).get("sector") or None)


@dataclass
class MentionInfo:
    """What clustering needs to know about one mention."""

    mention_id: str
    doc_id: str
    sentence: int
    block: str
    code: str
    symmetric: bool
    factuality: str
    source: _Side
    target: _Side
    when: Interval | None  # match_interval
    order: tuple[str, str, int, str]
    text: str  # evidence, normalised for comparison

    @classmethod
    def from_record(cls, record: dict[str, Any], pub_date: str | None) -> MentionInfo:
        pub = (pub_date or "")[:10] or "~"  # undated documents sort last
        return cls(
            mention_id=record["event_id"], doc_id=record["doc_id"], sentence=int(record.get("sentence") or 0),
            block=block_key(record), code=record["cameo"], symmetric=is_symmetric(record["cameo"]),
            factuality=record.get("factuality") or "asserted", source=_side(record.get("source")),
            target=_side(record.get("target")), when=match_interval(record, pub_date),
            order=(pub, record["doc_id"], int(record.get("sentence") or 0), record["event_id"]),
            text=default_process(record.get("evidence") or ""),
        )


def dyads_compatible(a: MentionInfo, b: MentionInfo) -> bool:
    if a.source.matches(b.source) and a.target.matches(b.target):
        return True
    return (a.symmetric or b.symmetric) and a.source.matches(b.target) and a.target.matches(b.source)


def compatible(a: MentionInfo, b: MentionInfo, settings: DedupSettings) -> bool:
    """The hard conditions: everything but the evidence."""
    if a.doc_id == b.doc_id and not settings.same_document:
        return False
    if a.when is None or b.when is None or gap_days(a.when, b.when) > settings.window_days:
        return False
    return a.factuality == b.factuality and codes_compatible(a.code, b.code) and dyads_compatible(a, b)


def similarity(a: MentionInfo, b: MentionInfo) -> float:
    return fuzz.token_set_ratio(a.text, b.text, processor=None)


@dataclass
class _Cluster:
    members: list[MentionInfo] = field(default_factory=list)

    def score(self, m: MentionInfo, settings: DedupSettings) -> float | None:
        """The best similarity of ``m`` to a member, or None when ``m`` cannot join."""
        if not all(compatible(m, x, settings) for x in self.members):
            return None
        best = max(similarity(m, x) for x in self.members)
        return best if best >= settings.similarity else None


def shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, kept within the calendar (a bogus year-1 date must not crash)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def _months(when: Interval, pad: int = 0) -> list[tuple[int, int]]:
    lo, hi = shift(when[0], -pad), shift(when[1], pad)
    out, (y, m) = [], (lo.year, lo.month)
    while (y, m) <= (hi.year, hi.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def cluster(mentions: list[MentionInfo], settings: DedupSettings) -> list[list[MentionInfo]]:
    """Group mentions into stored events; each group is in mention order, groups by first mention."""
    ordered = sorted(mentions, key=lambda m: m.order)
    if not settings.enabled:
        return [[m] for m in ordered]
    blocks: dict[str, list[MentionInfo]] = defaultdict(list)
    for m in ordered:
        blocks[m.block].append(m)
    groups: list[list[MentionInfo]] = []
    for block_mentions in blocks.values():
        clusters: list[_Cluster] = []
        by_month: dict[tuple[int, int], list[int]] = defaultdict(list)
        for m in block_mentions:
            best, best_score = None, -1.0
            if m.when is not None:  # an undated mention of an undated document matches nothing
                candidates = {i for month in _months(m.when, settings.window_days) for i in by_month[month]}
                for i in sorted(candidates):  # ascending: a tie goes to the earlier cluster
                    score = clusters[i].score(m, settings)
                    if score is not None and score > best_score:
                        best, best_score = i, score
            if best is None:
                best = len(clusters)
                clusters.append(_Cluster())
            clusters[best].members.append(m)
            if m.when is not None:
                for month in _months(m.when):
                    if best not in by_month[month]:
                        by_month[month].append(best)
        groups += [c.members for c in clusters]
    return sorted(groups, key=lambda g: g[0].order)
