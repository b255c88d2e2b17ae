"""Stored events as data frames, for analysis in Python.

    >>> from eventwire.api import events_frame, series_frame
    >>> events = events_frame("eventwire.duckdb", source="IRN", since="2017")
    >>> monthly = series_frame("eventwire.duckdb", source="USA", target="IRN", interval="month")

Every function takes ``db`` (a DuckDB path, a ``postgresql://`` URL, or an open ``Store``), the
filters of ``eventwire.store.EventFilter`` as keywords (``doc_id``, ``source``, ``target``,
``since``, ``until``, ``cameo``, ``factuality``, ``limit``, ...), and ``backend``: ``"pandas"``
(default) or ``"polars"`` when polars is installed. Frames are built through Arrow, so both
backends get the same columns and types, also for an empty result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import Any, TypeVar

import pyarrow as pa

from eventwire.store import EventFilter, Store, StoredEvent, open_store
from eventwire.store.export import flat_table

T = TypeVar("T")

SERIES_SCHEMA = pa.schema([("period", pa.string()), ("quad_class", pa.int64()), ("events", pa.int64()),
                          ("goldstein_sum", pa.float64()), ("goldstein_mean", pa.float64())])
NETWORK_SCHEMA = pa.schema([("source", pa.string()), ("target", pa.string()), ("events", pa.int64()),
                           ("goldstein_mean", pa.float64()), ("q1", pa.int64()), ("q2", pa.int64()),
                           ("q3", pa.int64()), ("q4", pa.int64())])
ACTORS_SCHEMA = pa.schema([("actor", pa.string()), ("events", pa.int64()), ("as_source", pa.int64()),
                          ("as_target", pa.int64())])
_FILTER_NAMES = {f.name for f in fields(EventFilter)}


def _filter(filters: dict[str, Any]) -> EventFilter:
    unknown = sorted(set(filters) - _FILTER_NAMES)
    if unknown:
        raise TypeError(f"unknown filter {', '.join(unknown)}; known: {', '.join(sorted(_FILTER_NAMES))}")
    return EventFilter(**filters)


@contextmanager
def _store(db: str | Store | None) -> Iterator[Store]:
    if isinstance(db, Store):
        yield db
        return
    store = open_store(db, read_only=True)
    try:
        yield store
    finally:
        store.close()


def _frame(table: pa.Table, backend: str) -> Any:
    if backend == "pandas":
        return table.to_pandas()
    if backend == "polars":
        try:
            import polars
        except ImportError as exc:
            raise ImportError("backend='polars' needs polars (pip install polars); "
                              "or use backend='pandas'") from exc
        return polars.from_arrow(table)
    raise ValueError(f"unknown backend {backend!r}; expected 'pandas' or 'polars'")


def _rows(db: str | Store | None, read: Callable[[Store], list[dict[str, Any]]], schema: pa.Schema,
          backend: str) -> Any:
    with _store(db) as store:
        rows = read(store)
    return _frame(pa.Table.from_pylist(rows, schema=schema), backend)


def events_frame(db: str | Store | None = None, *, backend: str = "pandas", **filters: Any) -> Any:
    """Stored (deduplicated) events, one row each, in the flat columns of the CSV export."""
    flt = _filter({**filters, "level": "event"})
    with _store(db) as store:
        table = flat_table(store.iter_events(flt))
    return _frame(table, backend)


def mentions_frame(db: str | Store | None = None, *, backend: str = "pandas", **filters: Any) -> Any:
    """Coded mentions (what the coder produced per document), before deduplication."""
    flt = _filter({**filters, "level": "mention"})
    with _store(db) as store:
        table = flat_table(StoredEvent(ev) for ev in store.events(flt))
    return _frame(table, backend)


def series_frame(db: str | Store | None = None, source: str | None = None, target: str | None = None,
                 interval: str = "month", *, backend: str = "pandas", **filters: Any) -> Any:
    """The dyadic time series (``Store.series``): period, quad_class, events, Goldstein sum/mean."""
    flt = _filter(filters)
    return _rows(db, lambda s: s.series(source, target, interval, flt), SERIES_SCHEMA, backend)


def network_frame(db: str | Store | None = None, min_events: int = 1, limit: int = 500, *,
                  backend: str = "pandas", **filters: Any) -> Any:
    """Edges of the actor network (``Store.network``)."""
    flt = _filter(filters)
    return _rows(db, lambda s: s.network(flt, min_events, limit), NETWORK_SCHEMA, backend)


def top_actors_frame(db: str | Store | None = None, role: str = "any", limit: int = 20, *,
                     backend: str = "pandas", **filters: Any) -> Any:
    """The most active actors (``Store.top_actors``)."""
    flt = _filter(filters)
    return _rows(db, lambda s: s.top_actors(role, flt, limit), ACTORS_SCHEMA, backend)


def stats_tables(store: Store, source: str | None = None, target: str | None = None, interval: str = "month",
                 flt: EventFilter | None = None, top: int = 10) -> dict[str, list[dict[str, Any]]]:
    """What ``eventwire stats`` prints: the series, and without a dyad the top actors and dyads."""
    tables = {"series": store.series(source, target, interval, flt)}
    if not source and not target:
        tables["actor"] = store.top_actors("any", flt, top)
        tables["dyad"] = store.network(flt, 1, top)
    return tables
