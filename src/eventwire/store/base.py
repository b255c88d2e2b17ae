"""The storage interface shared by the DuckDB and PostgreSQL back ends."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from eventwire.model import Article, Event

SCHEMA_VERSION = 1


@dataclass
class EventFilter:
    doc_id: str | None = None
    source: str | None = None  # CAMEO actor code prefix ("IRN" matches IRNGOV)
    target: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]: events whose date overlaps [since, until]
    until: str | None = None
    cameo: str | None = None  # code prefix
    factuality: str | None = None
    limit: int | None = None
    offset: int = 0
    order: str = "doc"  # doc | date | goldstein | confidence


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day a full or partial date covers, as comparable strings."""
    if not value:
        return None, None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01", f"{value}-12-31"
    if len(parts) == 2:
        return f"{value}-01", f"{value}-31"
    return value, value


def event_row(ev: Event) -> dict[str, Any]:
    start, end = date_bounds(ev.date.value)
    return {
        "event_id": ev.event_id,
        "doc_id": ev.doc_id,
        "sentence": ev.sentence,
        "cameo": ev.cameo,
        "cameo_root": ev.cameo_root,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_type": ev.plover.event_type if ev.plover else None,
        "source_cameo": ev.source.cameo if ev.source else None,
        "source_country": ev.source.country if ev.source else None,
        "target_cameo": ev.target.cameo if ev.target else None,
        "target_country": ev.target.country if ev.target else None,
        "date_value": ev.date.value,
        "date_start": start,
        "date_end": end,
        "factuality": ev.factuality,
        "confidence": ev.confidence,
        "record": json.dumps(ev.as_dict(), ensure_ascii=False),
    }


def document_row(article: Article, n_events: int, coder_version: str, run_id: str | None) -> dict[str, Any]:
    return {
        "doc_id": article.doc_id,
        "title": article.title,
        "pub_date": article.pub_date,
        "url": article.url,
        "source": article.source,
        "origin": article.origin,
        "text": article.text,
        "raw": article.raw,
        "content_hash": article.content_hash,
        "coder_version": coder_version,
        "removed": json.dumps(article.removed, ensure_ascii=False),
        "n_events": n_events,
        "run_id": run_id,
        "coded_at": datetime.now(UTC).replace(tzinfo=None),
    }


class Store:
    """What every back end provides. Filters are applied in SQL with bound parameters."""

    url: str

    def write(self, article: Article, events: list[Event], coder_version: str, run_id: str | None = None) -> None:
        raise NotImplementedError

    def is_current(self, article: Article, coder_version: str) -> bool:
        """Whether this exact text was already coded by this coder version (a re-run skips it)."""
        raise NotImplementedError

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        raise NotImplementedError

    def count_events(self, flt: EventFilter | None = None) -> int:
        raise NotImplementedError

    def event(self, event_id: str) -> Event | None:
        raise NotImplementedError

    def document(self, doc_id: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        raise NotImplementedError

    def summary(self) -> dict[str, Any]:
        raise NotImplementedError

    # -- aggregation (used by ``eventwire stats``, the HTTP API and the web page) ----------------
    def series(self, source: str | None = None, target: str | None = None, interval: str = "month",
               flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """Dyadic time series: one row per (period, quad_class) with ``period`` (the first day of
        the day/week/month, ``YYYY-MM-DD``), ``quad_class``, ``events``, ``goldstein_sum``,
        ``goldstein_mean``; ``source``/``target`` are actor-code prefixes (None: any). Undated
        events are left out."""
        raise NotImplementedError

    def network(self, flt: EventFilter | None = None, min_events: int = 1, limit: int = 500) -> list[dict[str, Any]]:
        """Edges of the actor network: ``source``, ``target``, ``events``, ``goldstein_mean``,
        ``q1``..``q4`` (events per quad class), strongest first."""
        raise NotImplementedError

    def top_actors(self, role: str = "any", flt: EventFilter | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Most active actors: ``actor``, ``events``, ``as_source``, ``as_target``."""
        raise NotImplementedError

    def start_run(self, command: str, coder_version: str) -> str:
        raise NotImplementedError

    def finish_run(self, run_id: str, n_documents: int, n_events: int, n_errors: int) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(url: str | None = None, read_only: bool = False) -> Store:
    """A store for a DuckDB path (default ``eventwire.duckdb``) or a ``postgresql://`` URL."""
    url = url or "eventwire.duckdb"
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    from .duck import DuckDBStore

    return DuckDBStore(url, read_only=read_only)
