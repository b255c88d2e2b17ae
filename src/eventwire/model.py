"""Typed records that flow between eventwire's stages.

Every stage takes and returns these dataclasses; they are keyed by ``doc_id`` and never matched by
position. ``as_dict`` gives the public JSON shape of ``shared/spec/event-record.md``;
``from_dict`` reads it back (the store, the API and the evaluator use it).
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Self

FACTUALITY = ("asserted", "denied", "negated", "hypothetical")
DATE_BASES = ("explicit", "relative_to_publication", "publication", "unknown")
RESOLVERS = ("dictionary", "title", "coreference", "fuzzy", "custom", "entity")


def _prune(cls, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


class Record:
    """A record whose JSON shape is its fields: ``as_dict`` writes them, ``from_dict`` reads them
    back, ignoring keys it does not know (``None`` reads back as ``None``)."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Self | None:
        return None if data is None else cls(**_prune(cls, data))


@dataclass
class Flag(Record):
    """A problem found in the text itself (wrong title, misspelled name, conflicting date)."""

    kind: str
    text: str
    detail: str = ""



@dataclass
class Article(Record):
    """One input document after ingest and cleaning.

    ``text`` is the cleaned text that evidence spans refer to: the original characters with
    boilerplate cut out (author bios, sign-offs, e-mail-protection leftovers, "Click here" lines).
    ``segments`` maps it back to ``raw``: each ``(text_start, raw_start, length)`` is a run of
    characters copied unchanged, so a span can always be shown in the original.
    """

    doc_id: str
    text: str
    raw: str = ""
    title: str | None = None
    pub_date: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # file (and line) the document came from
    segments: list[tuple[int, int, int]] | None = None
    removed: list[dict[str, Any]] = field(default_factory=list)  # what cleaning cut, with spans in raw
    warnings: list[str] = field(default_factory=list)  # problems that did not stop coding

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    def raw_offset(self, pos: int) -> int:
        """The position in ``raw`` of character ``pos`` of ``text``."""
        if not self.segments:
            return pos
        i = bisect.bisect_right(self.segments, (pos, float("inf"), 0)) - 1
        text_start, raw_start, _ = self.segments[max(i, 0)]
        return raw_start + pos - text_start

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in ``raw`` that ``text[start:end]`` came from."""
        if end <= start:
            return self.raw_offset(start), self.raw_offset(start)
        return self.raw_offset(start), self.raw_offset(end - 1) + 1

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("segments")
        return data



@dataclass
class Actor(Record):
    """A resolved actor as it appears in a record (``source``, ``target``, ``attributed_to``)."""

    text: str | None
    name: str | None = None
    id: str | None = None
    cameo: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None



@dataclass
class ActorMention:
    """An actor mentioned in a document, resolved against the knowledge base.

    ``entity`` is the knowledge-base id; ``code_by_date`` lets later stages re-code a person for
    the event's own date (an office holder becomes ``ELI`` after leaving office).
    """

    doc_id: str
    text: str
    start: int
    end: int
    name: str | None = None
    id: str | None = None
    cameo: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    resolved_by: str = "dictionary"
    flags: list[Flag] = field(default_factory=list)
    members: list[ActorMention] = field(default_factory=list)  # "the two leaders" -> both leaders
    antecedent: tuple[int, int] | None = None  # span of the mention a pronoun or description refers to
    # the code of the office the text's own title names when the person held it at another time
    # than the article's date ("Foreign Secretary Robin Cook" in an undated 2005 story):
    # an event the text does not date happened while the title was true
    title_code: tuple[str, str | None, str | None] | None = None  # (cameo, country, sector)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def actor(self) -> Actor:
        return Actor(
            text=self.text or None,  # an implied actor the text never names
            name=self.name,
            id=self.id,
            cameo=self.cameo,
            country=self.country,
            sector=self.sector,
            role=self.role,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "span": [self.start, self.end],
            "name": self.name,
            "id": self.id,
            "cameo": self.cameo,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "resolved_by": self.resolved_by,
            "flags": [f.as_dict() for f in self.flags],
        }


@dataclass
class EventDate(Record):
    value: str | None = None
    granularity: str | None = None  # day | month | year
    text: str | None = None
    basis: str = "unknown"

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> EventDate:
        return cls(**_prune(cls, data or {}))


@dataclass
class Location(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None



@dataclass
class Plover(Record):
    event_type: str | None
    mode: str | None = None
    context: list[str] = field(default_factory=list)



@dataclass
class Coder(Record):
    method: str  # pattern | model
    rule: str


@dataclass
class Mention(Record):
    """One report of a stored event (after cross-document deduplication)."""

    doc_id: str
    sentence: int
    evidence: str
    evidence_span: list[int]
    source: str | None = None  # the outlet



@dataclass
class Event:
    """One coded event: the record of ``shared/spec/event-record.md``."""

    doc_id: str
    sentence: int
    evidence: str
    evidence_span: list[int]
    trigger: str
    source: Actor | None
    target: Actor | None
    cameo: str
    quad_class: int
    goldstein: float
    plover: Plover | None
    date: EventDate = field(default_factory=EventDate)
    factuality: str = "asserted"
    attributed_to: Actor | None = None
    location: Location | None = None
    confidence: float = 0.5
    coder: Coder = field(default_factory=lambda: Coder("pattern", "unknown"))
    flags: list[Flag] = field(default_factory=list)
    event_id: str = ""
    trigger_span: list[int] | None = None
    # stored-event fields (filled by the store after deduplication)
    num_mentions: int = 1
    num_sources: int = 1
    mentions: list[Mention] = field(default_factory=list)
    # working state between stages, never serialised: the predicate's token in the parse and the
    # actor mentions behind source and target (re-coded for the event's own date)
    anchor: int | None = field(default=None, repr=False, compare=False)
    trigger_tokens: list[int] | None = field(default=None, repr=False, compare=False)
    source_ref: ActorMention | None = field(default=None, repr=False, compare=False)
    # the head of the clause on a noun the act is told in (a relative or participial clause, an
    # apposition), None for the sentence's own clauses: such an act is not the main act told again
    background: int | None = field(default=None, repr=False, compare=False)
    target_ref: ActorMention | None = field(default=None, repr=False, compare=False)

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def assign_id(self) -> str:
        """A stable id from what identifies the mention: document, span, trigger, dyad, code."""
        key = json.dumps(
            [
                self.doc_id,
                self.evidence_span,
                self.trigger_span or self.trigger,
                self.source.cameo if self.source else None,
                self.target.cameo if self.target else None,
                self.source.text if self.source else None,
                self.target.text if self.target else None,
                self.cameo,
            ]
        )
        self.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return self.event_id

    def as_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "evidence": self.evidence,
            "evidence_span": list(self.evidence_span),
            "trigger": self.trigger,
            "trigger_span": list(self.trigger_span) if self.trigger_span else None,
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover.as_dict() if self.plover else None,
            "date": self.date.as_dict(),
            "factuality": self.factuality,
            "attributed_to": self.attributed_to.as_dict() if self.attributed_to else None,
            "location": self.location.as_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
            "coder": self.coder.as_dict(),
            "flags": [f.as_dict() for f in self.flags],
            "num_mentions": self.num_mentions,
            "num_sources": self.num_sources,
            "mentions": [m.as_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            event_id=data.get("event_id", ""),
            doc_id=data["doc_id"],
            sentence=data.get("sentence", 0),
            evidence=data.get("evidence", ""),
            evidence_span=list(data.get("evidence_span") or [0, 0]),
            trigger=data.get("trigger", ""),
            trigger_span=data.get("trigger_span"),
            source=Actor.from_dict(data.get("source")),
            target=Actor.from_dict(data.get("target")),
            cameo=data["cameo"],
            quad_class=data.get("quad_class", 0),
            goldstein=data.get("goldstein", 0.0),
            plover=Plover.from_dict(data.get("plover")),
            date=EventDate.from_dict(data.get("date")),
            factuality=data.get("factuality", "asserted"),
            attributed_to=Actor.from_dict(data.get("attributed_to")),
            location=Location.from_dict(data.get("location")),
            confidence=data.get("confidence", 0.5),
            coder=Coder(**(data.get("coder") or {"method": "pattern", "rule": "unknown"})),
            flags=[Flag.from_dict(f) for f in data.get("flags") or []],
            num_mentions=data.get("num_mentions", 1),
            num_sources=data.get("num_sources", 1),
            mentions=[Mention.from_dict(m) for m in data.get("mentions") or []],
        )
