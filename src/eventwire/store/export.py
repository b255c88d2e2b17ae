"""Exports of stored events: ``eventwire export`` and the HTTP API's ``GET /export``.

Formats (each reads the store a page at a time, so a large export streams):

* ``gdelt``: the GDELT 2.0 event table, 61 tab-separated columns (``gdelt.py``), no header
  unless ``header=True`` (GDELT files have none);
* ``plover``: PLOVER/POLECAT-style JSON, **one object per line** (JSON Lines), for events that
  have a PLOVER type (``plover_record``); statements without one (CAMEO 01) are left out;
* ``csv``: flat columns (``FLAT_COLUMNS``) with a header; lists are joined with ``;``;
* ``parquet``: the same flat columns, lists as list columns;
* ``jsonl``: the full stored-event records (``shared/spec/event-record.md``).

``safe_export_path`` is for callers that take a file name from someone else (the HTTP API): the
CLI's ``--out`` is the user's own path and is used as given.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from . import gdelt
from .base import EventFilter, Store, StoredEvent

FORMATS = ("gdelt", "plover", "csv", "parquet", "jsonl")

FLAT_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("event_id", pa.string()), ("doc_id", pa.string()), ("sentence", pa.int64()), ("date", pa.string()),
    ("date_granularity", pa.string()), ("date_basis", pa.string()),
    ("source_cameo", pa.string()), ("source_name", pa.string()), ("source_country", pa.string()),
    ("source_sector", pa.string()), ("target_cameo", pa.string()), ("target_name", pa.string()),
    ("target_country", pa.string()), ("target_sector", pa.string()),
    ("cameo", pa.string()), ("cameo_root", pa.string()), ("quad_class", pa.int64()), ("goldstein", pa.float64()),
    ("plover_type", pa.string()), ("plover_mode", pa.string()), ("plover_context", pa.list_(pa.string())),
    ("factuality", pa.string()), ("attributed_to_cameo", pa.string()), ("attributed_to_name", pa.string()),
    ("location", pa.string()), ("location_country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
    ("confidence", pa.float64()), ("rule", pa.string()), ("trigger", pa.string()), ("evidence", pa.string()),
    ("num_mentions", pa.int64()), ("num_sources", pa.int64()), ("num_articles", pa.int64()),
    ("doc_ids", pa.list_(pa.string())), ("url", pa.string()),
]
FLAT_SCHEMA = pa.schema([pa.field(name, kind) for name, kind in FLAT_COLUMNS])


class UnsafePathError(ValueError):
    """A file name that would leave the directory it must stay in."""


def safe_export_path(base_dir: str | Path, name: str) -> Path:
    """``base_dir / name``, refusing any name that could escape ``base_dir``: absolute paths,
    ``..`` parts, backslashes, NUL bytes, and symbolic links that lead outside."""
    if not name or "\x00" in name or "\\" in name:
        raise UnsafePathError(f"not a usable file name: {name!r}")
    relative = Path(name)
    if relative.is_absolute() or relative.drive or ".." in relative.parts:
        raise UnsafePathError(f"file name must stay inside the export directory: {name!r}")
    base = Path(base_dir).resolve()
    target = (base / relative).resolve()
    if target == base or not target.is_relative_to(base):
        raise UnsafePathError(f"file name must stay inside the export directory: {name!r}")
    return target


def _stored(item: StoredEvent | Any) -> StoredEvent:
    return item if isinstance(item, StoredEvent) else StoredEvent(item)


def flat_row(item: StoredEvent | Any) -> dict[str, Any]:
    """A stored event (or a bare ``Event``) as one flat row of ``FLAT_COLUMNS``."""
    stored = _stored(item)
    ev = stored.event
    src, tgt, att, loc, plover = ev.source, ev.target, ev.attributed_to, ev.location, ev.plover
    return {
        "event_id": ev.event_id, "doc_id": ev.doc_id, "sentence": ev.sentence, "date": ev.date.value,
        "date_granularity": ev.date.granularity, "date_basis": ev.date.basis,
        "source_cameo": src and src.cameo, "source_name": src and src.name,
        "source_country": src and src.country, "source_sector": src and src.sector,
        "target_cameo": tgt and tgt.cameo, "target_name": tgt and tgt.name,
        "target_country": tgt and tgt.country, "target_sector": tgt and tgt.sector,
        "cameo": ev.cameo, "cameo_root": ev.cameo_root, "quad_class": ev.quad_class, "goldstein": ev.goldstein,
        "plover_type": plover and plover.event_type, "plover_mode": plover and plover.mode,
        "plover_context": list(plover.context) if plover else [], "factuality": ev.factuality,
        "attributed_to_cameo": att and att.cameo, "attributed_to_name": att and att.name,
        "location": loc and loc.name, "location_country": loc and loc.country,
        "lat": loc and loc.lat, "lon": loc and loc.lon, "confidence": round(ev.confidence, 3),
        "rule": ev.coder.rule, "trigger": ev.trigger, "evidence": ev.evidence,
        "num_mentions": ev.num_mentions, "num_sources": ev.num_sources, "num_articles": stored.num_articles,
        "doc_ids": _doc_ids(ev), "url": stored.url,
    }


def _doc_ids(ev: Any) -> list[str]:
    ids = [m.doc_id for m in ev.mentions] or [ev.doc_id]
    return list(dict.fromkeys(ids))


def flat_table(items: Iterable[StoredEvent | Any]) -> pa.Table:
    return pa.Table.from_pylist([flat_row(i) for i in items], schema=FLAT_SCHEMA)


def _party(actor: Any) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name or actor.text, "code": actor.cameo, "country": actor.country, "sector": actor.sector}


def plover_record(item: StoredEvent | Any) -> dict[str, Any] | None:
    """A PLOVER/POLECAT-style record, or None for an event without a PLOVER type."""
    stored = _stored(item)
    ev = stored.event
    if ev.plover is None or not ev.plover.event_type:
        return None
    loc = ev.location
    return {
        "id": ev.event_id,
        "date": ev.date.value, "date_precision": ev.date.granularity,
        "event_type": ev.plover.event_type, "mode": ev.plover.mode, "context": list(ev.plover.context),
        "actor": _party(ev.source), "recipient": _party(ev.target),
        "location": None if loc is None else {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon},
        "story_ids": _doc_ids(ev), "source_url": stored.url,
        "num_mentions": ev.num_mentions, "num_sources": ev.num_sources,
        "cameo": ev.cameo, "quad_class": ev.quad_class, "goldstein": ev.goldstein,
        "factuality": ev.factuality, "text": ev.evidence,
    }


@contextmanager
def _text_out(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if hasattr(out, "write"):
        yield out  # type: ignore[misc]
    elif str(out) == "-":
        yield sys.stdout
    else:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh


def export_events(store: Store, fmt: str, out: str | Path | IO[str], flt: EventFilter | None = None,
                  header: bool = False, page_size: int = 5000) -> int:
    """Write the stored events matching ``flt`` to ``out`` (a path, ``-`` for standard output, or
    an open text file; Parquet needs a path) in ``fmt``; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    items = store.iter_events(flt, page_size=page_size)
    if fmt == "parquet":
        return _parquet(items, out, page_size)
    n = 0
    with _text_out(out) as fh:
        if fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=[c for c, _ in FLAT_COLUMNS], lineterminator="\n")
            writer.writeheader()
            for item in items:
                row = flat_row(item)
                writer.writerow({**row, "plover_context": ";".join(row["plover_context"]),
                                 "doc_ids": ";".join(row["doc_ids"])})
                n += 1
        elif fmt == "gdelt":
            if header:
                fh.write(gdelt.tsv_line(gdelt.COLUMNS))
            for item in items:
                fh.write(gdelt.tsv_line(gdelt.row(item)))
                n += 1
        else:
            for item in items:
                record = plover_record(item) if fmt == "plover" else item.event.as_dict()
                if record is not None:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    n += 1
    return n


def _parquet(items: Iterator[StoredEvent], out: str | Path | IO[str], page_size: int) -> int:
    import pyarrow.parquet as pq

    if hasattr(out, "write") or str(out) == "-":
        raise ValueError("parquet export needs a file path")
    n, batch = 0, []
    with pq.ParquetWriter(str(out), FLAT_SCHEMA) as writer:
        for item in items:
            batch.append(flat_row(item))
            if len(batch) >= page_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=FLAT_SCHEMA))
                n, batch = n + len(batch), []
        if batch or n == 0:  # an empty export is still a valid file with the schema
            writer.write_table(pa.Table.from_pylist(batch, schema=FLAT_SCHEMA))
            n += len(batch)
    return n
