"""Payloads built from the store, shared by the JSON routes and the export.

A *view* here is the data of one page of the site; the routes return it as JSON, and the page
(``static/``) renders the same JSON, so the two never disagree.
"""

from __future__ import annotations

import json
from typing import Any

from eventwire.model import Event
from eventwire.store import EventFilter, Store

from .errors import ApiError
from .highlight import document_highlights, event_highlights

# document columns a client may see; ``raw`` (the input as received) can be large and is not
# what spans refer to, so it stays out of the payload
DOCUMENT_FIELDS = ("doc_id", "title", "pub_date", "url", "source", "origin", "n_events", "coder_version",
                   "coded_at", "run_id")


def document_meta(row: dict[str, Any]) -> dict[str, Any]:
    meta = {k: row.get(k) for k in DOCUMENT_FIELDS if k in row}
    removed = row.get("removed")
    if isinstance(removed, str):
        try:
            removed = json.loads(removed)
        except ValueError:
            removed = None
    meta["removed"] = removed or []
    return meta


def event_view(store: Store, event_id: str) -> dict[str, Any]:
    event = store.event(event_id)
    if event is None:
        raise ApiError(404, "no such event", f"no event with id {event_id!r}")
    row = store.document(event.doc_id)
    text = row.get("text") if row else None
    return {
        "event": event.as_dict(),
        "document": document_meta(row) if row else None,
        "document_text": text,
        "highlight": [h.as_dict() for h in event_highlights(event, text)] if text else [],
    }


def document_view(store: Store, doc_id: str) -> dict[str, Any]:
    row = store.document(doc_id)
    if row is None:
        raise ApiError(404, "no such document", f"no document with id {doc_id!r}")
    events = store.events(EventFilter(doc_id=doc_id))
    text = row.get("text") or ""
    return {
        "document": document_meta(row),
        "text": text,
        "events": [e.as_dict() for e in events],
        "highlight": [h.as_dict() for h in document_highlights(events, text, doc_id)],
    }


def coded_view(doc_id: str, text: str, events: list[Event], warnings: list[str]) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "text": text,
        "events": [e.as_dict() for e in events],
        "highlight": [h.as_dict() for h in document_highlights(events, text, doc_id)],
        "warnings": list(warnings),
    }
