"""Coding a text: ``POST /code`` (nothing stored) and ``POST /documents`` (coded and stored)."""

from __future__ import annotations

import hashlib

from anyio import to_thread
from fastapi import APIRouter, status

from ..deps import WRITE_RESPONSES, State, WriteKey
from ..schemas import CodeRequest, CodeResponse, DocumentRequest, ErrorBody, StoredResponse
from ..views import coded_view

router = APIRouter(tags=["coding"])

CODING_RESPONSES: dict[int | str, dict] = {
    400: {"model": ErrorBody, "description": "The body cannot be parsed (not JSON, or not UTF-8)."},
    413: {"model": ErrorBody, "description": "The body is larger than the server's limit."},
    422: {"model": ErrorBody, "description": "Invalid body, or a text that cannot be coded."},
    503: {"model": ErrorBody, "description": "The coder is busy with other texts."},
    504: {"model": ErrorBody, "description": "Coding took longer than the server's time limit."},
}


def default_doc_id(content: str) -> str:
    """A stable id from the content: posting the same text twice replaces, never duplicates."""
    return "doc-" + hashlib.sha1(content.encode("utf-8")).hexdigest()[:12]


@router.post("/code", response_model=CodeResponse, responses=CODING_RESPONSES)
async def code(body: CodeRequest, state: State) -> dict:
    """Code a text or an HTML page and return its event records with the cleaned text and the
    spans to highlight. Nothing is stored."""
    doc_id = body.doc_id or "text"
    article, events = await state.code(body.content, doc_id, body.pub_date, body.html is not None)
    return coded_view(article.doc_id, article.text, events, article.warnings)


@router.post("/documents", response_model=StoredResponse, status_code=status.HTTP_201_CREATED,
             dependencies=[WriteKey], responses={**CODING_RESPONSES, **WRITE_RESPONSES})
async def store_document(body: DocumentRequest, state: State) -> dict:
    """Code a document and store it with its events, replacing an earlier version with the
    same ``doc_id``. Needs the server's key in the `x-api-key` header: **403** when the server
    has no key (writes disabled), **401** when the key is missing or wrong."""
    doc_id = body.doc_id or default_doc_id(body.content)
    article, events = await state.code(body.content, doc_id, body.pub_date, body.html is not None)
    article.title = body.title or article.title
    article.url = body.url or article.url
    article.source = body.source or article.source
    ew = state.eventwire()

    def write() -> None:
        with state.store() as store:
            # a run per request, so stored documents say they came from the API
            run_id = store.start_run(f"api POST /documents {article.doc_id}", ew.version)
            store.write(article, events, ew.version, run_id)
            store.finish_run(run_id, 1, len(events), 0)

    await to_thread.run_sync(write)
    return {**coded_view(article.doc_id, article.text, events, article.warnings), "stored": True}
