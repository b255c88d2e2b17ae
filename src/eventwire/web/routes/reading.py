"""Reading stored events and documents. Read routes need no key.

A browser that navigates to one of these paths gets the web page instead (``pages.py``), which
then fetches this JSON: one URL, two formats.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..deps import State
from ..errors import ApiError
from ..filters import MAX_INT, Filters, Order, filter_params
from ..schemas import DocumentView, ErrorBody, EventPage, EventView
from ..views import document_meta, document_view, event_view

router = APIRouter(tags=["reading"])
NOT_FOUND = {404: {"model": ErrorBody, "description": "No such id."}}
BAD_FILTER = {422: {"model": ErrorBody, "description": "A filter is malformed (the message names it)."}}


@router.get("/events", response_model=EventPage, responses=BAD_FILTER)
def list_events(
    state: State,
    flt: Filters,
    limit: Annotated[int | None, Query(ge=1, description="Events per page (default 100, at most 1000).")] = None,
    offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
    order: Annotated[Order, Query(description="Sort by document, event date, Goldstein weight or confidence.")] = Order.doc,
) -> dict:
    """Stored events, filtered as ``eventwire events`` filters them, one page at a time."""
    limit = limit or state.settings.default_limit
    if limit > state.settings.max_limit:
        raise ApiError(422, "limit too large", f"at most {state.settings.max_limit} events per page; use offset to page")
    flt.limit, flt.offset, flt.order = limit, offset, order.value

    def read(store) -> tuple[list, int]:
        return store.events(flt), store.count_events(flt)

    events, total = state.read(read)
    return {"events": [e.as_dict() for e in events], "total": total, "limit": limit, "offset": offset,
            "filters": filter_params(flt)}


@router.get("/events/{event_id}", response_model=EventView, responses=NOT_FOUND)
def get_event(event_id: str, state: State) -> dict:
    """One event with its document's text and the spans to highlight (evidence, trigger, source,
    target, attribution)."""
    return state.read(lambda store: event_view(store, event_id))


@router.get("/documents", responses=BAD_FILTER)
def list_documents(
    state: State,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
) -> dict:
    """Stored documents, by id."""
    rows = state.read(lambda store: store.documents(limit=limit, offset=offset))
    return {"documents": [document_meta(r) for r in rows], "limit": limit, "offset": offset}


# ``:path``: ids from JSONL inputs may contain slashes
@router.get("/documents/{doc_id:path}", response_model=DocumentView, responses=NOT_FOUND)
def get_document(doc_id: str, state: State) -> dict:
    """A stored document's cleaned text with its events and their highlight spans."""
    return state.read(lambda store: document_view(store, doc_id))
