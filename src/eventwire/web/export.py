"""Exports of stored events for ``GET /export``.

The store package owns the export formats (``eventwire export``); when it provides
``eventwire.store.export.export_events(store, fmt, out, flt=None)`` we call it and send the file.
Until then, and for the formats only the web needs, this module writes CSV, JSON Lines and
Parquet itself from ``Store.events``, reading the store a batch at a time so a large export
streams instead of sitting in memory.
"""

from __future__ import annotations

import csv
import importlib
import inspect
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from eventwire.model import Actor, Event
from eventwire.store import EventFilter

from .state import WebState

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "plover": "application/x-ndjson",
    "gdelt": "text/tab-separated-values; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
EXTENSIONS = {"csv": "csv", "jsonl": "jsonl", "plover": "jsonl", "gdelt": "tsv", "parquet": "parquet"}
OWN_FORMATS = ("csv", "jsonl", "parquet")  # what this module writes without the store's exporter

COLUMNS = ["event_id", "doc_id", "sentence", "date", "date_granularity", "date_basis",
           "source_cameo", "source_name", "source_country", "target_cameo", "target_name", "target_country",
           "cameo", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode", "factuality",
           "attributed_to_cameo", "attributed_to_name", "location", "location_country", "lat", "lon",
           "confidence", "rule", "trigger", "evidence", "num_mentions", "num_sources"]


def store_exporter() -> Callable[..., Any] | None:
    """The store package's exporter, when it has one."""
    try:
        module = importlib.import_module("eventwire.store.export")
    except ImportError:
        return None
    return getattr(module, "export_events", None)


def call_store_exporter(exporter: Callable[..., Any], state: WebState, fmt: str, path: str,
                        flt: EventFilter) -> None:
    kwargs = {"flt": flt} if "flt" in inspect.signature(exporter).parameters else {}
    with state.store() as store:
        exporter(store, fmt, path, **kwargs)


def _actor(actor: Actor | None, prefix: str) -> dict[str, Any]:
    return {f"{prefix}_cameo": actor.cameo if actor else None, f"{prefix}_name": actor.name if actor else None}


def flat_row(ev: Event) -> dict[str, Any]:
    """One event as a flat row (CSV, Parquet): the fields analysts filter and count by."""
    row: dict[str, Any] = {
        "event_id": ev.event_id, "doc_id": ev.doc_id, "sentence": ev.sentence,
        "date": ev.date.value, "date_granularity": ev.date.granularity, "date_basis": ev.date.basis,
        **_actor(ev.source, "source"), "source_country": ev.source.country if ev.source else None,
        **_actor(ev.target, "target"), "target_country": ev.target.country if ev.target else None,
        "cameo": ev.cameo, "cameo_root": ev.cameo_root, "quad_class": ev.quad_class, "goldstein": ev.goldstein,
        "plover_type": ev.plover.event_type if ev.plover else None, "plover_mode": ev.plover.mode if ev.plover else None,
        "factuality": ev.factuality, **_actor(ev.attributed_to, "attributed_to"),
        "location": ev.location.name if ev.location else None,
        "location_country": ev.location.country if ev.location else None,
        "lat": ev.location.lat if ev.location else None, "lon": ev.location.lon if ev.location else None,
        "confidence": round(ev.confidence, 3), "rule": ev.coder.rule, "trigger": ev.trigger,
        "evidence": ev.evidence, "num_mentions": ev.num_mentions, "num_sources": ev.num_sources,
    }
    return {c: row[c] for c in COLUMNS}


def iter_events(state: WebState, flt: EventFilter) -> Iterator[Event]:
    """Every matching event, read a batch at a time (the store lock is held per batch only)."""
    batch = state.settings.export_batch
    offset = 0
    while True:
        page = state.read(lambda store: store.events(replace(flt, limit=batch, offset=offset, order="doc")))
        yield from page
        if len(page) < batch:
            return
        offset += batch


def stream_csv(events: Iterator[Event]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for ev in events:
        writer.writerow(flat_row(ev))
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def stream_jsonl(events: Iterator[Event]) -> Iterator[str]:
    for ev in events:
        yield json.dumps(ev.as_dict(), ensure_ascii=False) + "\n"


def parquet_bytes(events: Iterator[Event]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_row(ev) for ev in events]
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.string()) for c in COLUMNS})
    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()
