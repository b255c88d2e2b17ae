"""Rows for the store's tables, built from records: the same code for every back end, so DuckDB
and PostgreSQL hold the same values."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from eventwire.model import ActorMention, Article, Event

from .base import date_bounds
from .dedup import block_key, day_interval, match_interval


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def outlet(source: str | None, url: str | None, doc_id: str) -> str:
    """The outlet a document counts as for ``num_sources``: its ``source`` field, else its URL's
    domain (without ``www.``), else its doc_id (an unknown outlet counts as its own)."""
    if source and source.strip():
        return source.strip()
    if url:
        try:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        except ValueError:
            host = ""  # a malformed URL ("http://[x", a bad port) names no outlet
        host = host.removeprefix("www.")
        if host:
            return host
    return doc_id


def document_row(article: Article, n_events: int, coder_version: str, run_id: str | None,
                 coded_at: datetime) -> dict[str, Any]:
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
        "coded_at": coded_at,
    }


def filter_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The columns filters and aggregations read, shared by ``mentions`` and ``events``."""
    source, target = record.get("source") or {}, record.get("target") or {}
    value = (record.get("date") or {}).get("value")
    start, end = date_bounds(value)
    return {
        "doc_id": record["doc_id"],
        "sentence": record.get("sentence"),
        "cameo": record["cameo"],
        "cameo_root": record["cameo"][:2],
        "quad_class": record.get("quad_class"),
        "goldstein": record.get("goldstein"),
        "plover_type": (record.get("plover") or {}).get("event_type"),
        "source_cameo": source.get("cameo"),
        "source_country": source.get("country"),
        "target_cameo": target.get("cameo"),
        "target_country": target.get("country"),
        "date_value": value,
        "date_start": start,
        "date_end": end,
        "factuality": record.get("factuality"),
        "confidence": record.get("confidence"),
    }


def mention_row(ev: Event, doc: dict[str, Any]) -> dict[str, Any]:
    """A ``mentions`` row; ``doc`` has the document's ``pub_date``, ``outlet``, ``url``, ``coded_at``."""
    record = ev.as_dict()
    when = match_interval(record, doc.get("pub_date"))
    return {
        "mention_id": ev.event_id,
        **filter_columns(record),
        "confidence": ev.confidence,  # the record rounds it; the column keeps it exact for ordering
        "record": json.dumps(record, ensure_ascii=False),
        "event_id": None,  # set when the mention is clustered
        "block": block_key(record),
        "match_lo": when[0].isoformat() if when else None,
        "match_hi": when[1].isoformat() if when else None,
        "pub_date": doc.get("pub_date"),
        "outlet": doc["outlet"],
        "url": doc.get("url"),
        "added_at": doc.get("coded_at"),
    }


def periods(value: str | None) -> dict[str, str | None]:
    """The day, week (its Monday) and month an event falls in, as ``YYYY-MM-DD``; None when its
    date is coarser than the period."""
    days = day_interval(value)
    out: dict[str, str | None] = {"period_day": None, "period_week": None, "period_month": None}
    if days is None or not value or len(value) < 7:
        return out
    out["period_month"] = days[0].replace(day=1).isoformat()
    if len(value) >= 10:
        out["period_day"] = days[0].isoformat()
        out["period_week"] = (days[0] - timedelta(days=days[0].weekday())).isoformat()
    return out


def _precision(record: dict[str, Any]) -> int:
    return len((record.get("date") or {}).get("value") or "")


def stored_record(mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The record of a stored event from its mention rows (in mention order): the first mention's
    record, with the most precise date any mention gives (all of them agree, or they would not
    have merged) and the first place any mention gives when the first has none."""
    records = [json.loads(m["record"]) for m in mentions]
    rec = dict(records[0])
    finest = max(records, key=_precision)  # max keeps the first of equals
    rec["date"] = finest.get("date")
    if not rec.get("location"):
        rec["location"] = next((r["location"] for r in records if r.get("location")), None)
    rec["num_mentions"] = len(mentions)
    rec["num_sources"] = len({m["outlet"].casefold() for m in mentions})
    rec["mentions"] = [
        {"doc_id": r["doc_id"], "sentence": r.get("sentence"), "evidence": r.get("evidence"),
         "evidence_span": r.get("evidence_span"), "source": m["outlet"]}
        for r, m in zip(records, mentions, strict=True)
    ]
    return rec


def event_row(mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """An ``events`` row for a cluster of mention rows (in mention order)."""
    rec = stored_record(mentions)
    first = mentions[0]
    added = [m["added_at"] for m in mentions if m.get("added_at") is not None]
    return {
        "event_id": first["mention_id"],
        **filter_columns(rec),
        "confidence": first["confidence"],
        "record": json.dumps(rec, ensure_ascii=False),
        "num_mentions": rec["num_mentions"],
        "num_sources": rec["num_sources"],
        "num_articles": len({m["doc_id"] for m in mentions}),
        "block": first["block"],
        "url": first.get("url"),
        "pub_date": first.get("pub_date"),
        "added_at": min(added) if added else None,
        **periods((rec.get("date") or {}).get("value")),
    }


def actor_row(doc_id: str, seq: int, actor: ActorMention | dict[str, Any]) -> dict[str, Any]:
    data = actor.as_dict() if isinstance(actor, ActorMention) else dict(actor)
    span = data.get("span") or [data.get("start"), data.get("end")]
    return {
        "doc_id": doc_id,
        "seq": seq,
        "span_start": span[0],
        "span_end": span[1],
        "text": data.get("text"),
        "name": data.get("name"),
        "entity_id": data.get("id"),
        "cameo": data.get("cameo"),
        "country": data.get("country"),
        "sector": data.get("sector"),
        "role": data.get("role"),
        "resolved_by": data.get("resolved_by"),
        "flags": json.dumps(data.get("flags") or [], ensure_ascii=False),
    }


def actor_dict(row: dict[str, Any]) -> dict[str, Any]:
    """An ``actors`` row back in the ``ActorMention.as_dict()`` shape."""
    return {
        "doc_id": row["doc_id"], "text": row["text"], "span": [row["span_start"], row["span_end"]],
        "name": row["name"], "id": row["entity_id"], "cameo": row["cameo"], "country": row["country"],
        "sector": row["sector"], "role": row["role"], "resolved_by": row["resolved_by"],
        "flags": json.loads(row["flags"] or "[]"),
    }
