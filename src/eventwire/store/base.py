"""The storage interface shared by the DuckDB and PostgreSQL back ends.

Two levels of records live in a store:

* **mentions**: what the coder produced for one document (one row per coded event mention);
  their evidence spans refer to that document's text;
* **events**: stored events after cross-document deduplication (``dedup.py``): one real-world
  event reported by several articles is one record with ``num_mentions``, ``num_sources`` and
  ``mentions`` (``shared/spec/event-record.md``, "Stored events").

``EventFilter.level`` picks the level; by default a filter on one document (``doc_id``) reads that
document's mentions (what ``eventwire show DOC`` prints, and what a re-run returns for a skipped
document), and every other filter reads stored events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from eventwire.model import ActorMention, Article, Event

from .dedup import DedupSettings

LEVELS = ("auto", "event", "mention")


class Interval(StrEnum):
    """Length of one period of a time series (``Store.series``)."""
    day = "day"
    week = "week"
    month = "month"


class Role(StrEnum):
    """Which side of an event an actor counts on (``Store.top_actors``)."""
    any = "any"
    source = "source"
    target = "target"


INTERVALS = tuple(Interval)
ROLES = tuple(Role)


@dataclass
class EventFilter:
    doc_id: str | None = None  # with level "event": stored events that have a mention in this document
    source: str | None = None  # CAMEO actor code prefix ("IRN" matches IRNGOV)
    target: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]: events whose date overlaps [since, until]
    until: str | None = None
    cameo: str | None = None  # code prefix
    factuality: str | None = None
    limit: int | None = None
    offset: int = 0
    order: str = "doc"  # doc | date | goldstein | confidence
    level: str = "auto"  # auto | event | mention (auto: mention when doc_id is set, else event)

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"unknown level {self.level!r}; expected one of {', '.join(LEVELS)}")

    @property
    def table(self) -> Literal["events", "mentions"]:
        """The table this filter reads."""
        if self.level == "mention" or (self.level == "auto" and self.doc_id):
            return "mentions"
        return "events"


@dataclass
class WriteItem:
    """One document to store: its article, coded events and (optionally) actor mentions."""

    article: Article
    events: list[Event]
    actors: list[ActorMention] | list[dict[str, Any]] | None = None


@dataclass
class StoredEvent:
    """A stored event with what exports need besides the record."""

    event: Event
    url: str | None = None  # the first mention's document URL
    num_articles: int = 1  # distinct documents (GDELT's NumArticles)
    added_at: Any = None  # when its first mention's document was stored (datetime)
    extra: dict[str, Any] = field(default_factory=dict)


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day a full or partial date covers, as comparable strings (used by filters:
    ``-31`` ends every month, which is right for string comparison, not for arithmetic)."""
    if not value:
        return None, None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01", f"{value}-12-31"
    if len(parts) == 2:
        return f"{value}-01", f"{value}-31"
    return value, value


class Store:
    """What every back end provides. Filters are applied in SQL with bound parameters."""

    url: str
    dedup: DedupSettings

    # -- writing ----------------------------------------------------------------------------------
    def write(self, article: Article, events: list[Event], coder_version: str, run_id: str | None = None,
              actors: list[ActorMention] | list[dict[str, Any]] | None = None) -> None:
        """Store one document, replacing what it had before, in one transaction; the stored events
        its old and new mentions touch are deduplicated again. ``actors`` replaces the document's
        actor mentions (None stores none: a re-coded text makes the old ones meaningless)."""
        self.write_many([WriteItem(article, events, actors)], coder_version, run_id)

    def write_many(self, items: Iterable[WriteItem], coder_version: str, run_id: str | None = None) -> None:
        """Store a batch of documents in one transaction (faster than one ``write`` each)."""
        raise NotImplementedError

    def is_current(self, article: Article, coder_version: str) -> bool:
        """Whether this exact text was already coded by this coder version (a re-run skips it)."""
        raise NotImplementedError

    def recluster(self) -> int:
        """Deduplicate every stored mention again (after changing the settings); returns the
        number of stored events."""
        raise NotImplementedError

    def start_run(self, command: str, coder_version: str) -> str:
        raise NotImplementedError

    def finish_run(self, run_id: str, n_documents: int, n_events: int, n_errors: int) -> None:
        raise NotImplementedError

    # -- reading ----------------------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None) -> list[Event]:
        """Records at the filter's level (see the module docstring)."""
        raise NotImplementedError

    def iter_events(self, flt: EventFilter | None = None, page_size: int = 5000) -> Iterator[StoredEvent]:
        """Stored events page by page (exports), with their first document's URL."""
        raise NotImplementedError

    def count_events(self, flt: EventFilter | None = None) -> int:
        raise NotImplementedError

    def event(self, event_id: str) -> Event | None:
        """A stored event by its id, or the stored event a mention id was merged into."""
        raise NotImplementedError

    def mention(self, mention_id: str) -> Event | None:
        """One coded mention, as the coder produced it."""
        raise NotImplementedError

    def document(self, doc_id: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        raise NotImplementedError

    def actor_mentions(self, doc_id: str) -> list[dict[str, Any]]:
        """A document's actor mentions in the ``ActorMention.as_dict()`` shape."""
        raise NotImplementedError

    def summary(self) -> dict[str, Any]:
        raise NotImplementedError

    # -- aggregation (used by ``eventwire stats``, the HTTP API and the web page) ----------------
    def series(self, source: str | None = None, target: str | None = None, interval: str = "month",
               flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """Dyadic time series: one row per (period, quad_class) with ``period`` (the first day of
        the day/week/month, ``YYYY-MM-DD``; weeks start on Monday), ``quad_class``, ``events``,
        ``goldstein_sum``, ``goldstein_mean``; ``source``/``target`` are actor-code prefixes (None:
        any). Undated events are left out, and so are events dated more coarsely than the interval
        (an event "in September" has no day or week)."""
        raise NotImplementedError

    def network(self, flt: EventFilter | None = None, min_events: int = 1, limit: int = 500) -> list[dict[str, Any]]:
        """Edges of the actor network: ``source``, ``target``, ``events``, ``goldstein_mean``,
        ``q1``..``q4`` (events per quad class), strongest first."""
        raise NotImplementedError

    def top_actors(self, role: str = "any", flt: EventFilter | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Most active actors: ``actor``, ``events``, ``as_source``, ``as_target``."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def dedup_from_config(config) -> DedupSettings:
    """The dedup settings of a :class:`~eventwire.config.Config` (``store.dedup*``)."""
    return DedupSettings(enabled=config.get("store.dedup"), similarity=float(config.get("store.dedup_similarity")),
                         window_days=int(config.get("store.dedup_window_days")))


def open_store(url: str | None = None, read_only: bool = False, dedup: DedupSettings | None = None) -> Store:
    """A store for a DuckDB path (default ``eventwire.duckdb``) or a ``postgresql://`` URL.

    ``dedup`` sets cross-document deduplication (``DedupSettings``; defaults when None)."""
    url = url or "eventwire.duckdb"
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url, read_only=read_only, dedup=dedup)
    from .duck import DuckDBStore

    return DuckDBStore(url, read_only=read_only, dedup=dedup)
