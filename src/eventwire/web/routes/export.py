"""``GET /export``: the filtered events as a file."""

from __future__ import annotations

import os
from enum import StrEnum

from anyio import to_thread
from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from ..deps import State
from ..export import CONTENT_TYPES, EXTENSIONS, export_to_file
from ..filters import Filters
from ..schemas import ErrorBody

router = APIRouter(tags=["export"])


class ExportFormat(StrEnum):
    csv = "csv"
    plover = "plover"
    gdelt = "gdelt"
    parquet = "parquet"
    jsonl = "jsonl"


@router.get("/export", response_class=FileResponse, responses={
    200: {"description": "The file.", "content": {t: {} for t in sorted(set(CONTENT_TYPES.values()))}},
    422: {"model": ErrorBody, "description": "A filter is malformed."},
    501: {"model": ErrorBody, "description": "The store package's exporter is not installed."},
})
async def export(state: State, flt: Filters, format: ExportFormat = ExportFormat.csv) -> FileResponse:
    """Stored events, filtered like ``/events``, as a file: ``csv`` (flat columns), ``plover``
    (PLOVER/POLECAT-style JSON Lines), ``gdelt`` (GDELT 2.0 event table, TSV), ``parquet``, or
    ``jsonl`` (the full event records). The same files as ``eventwire export``."""
    fmt = format.value
    path = await to_thread.run_sync(export_to_file, state, fmt, flt)
    return FileResponse(path, media_type=CONTENT_TYPES[fmt], background=BackgroundTask(os.unlink, path),
                        headers={"Content-Disposition": f'attachment; filename="eventwire-events.{EXTENSIONS[fmt]}"'})
