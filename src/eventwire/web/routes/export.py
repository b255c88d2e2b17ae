"""``GET /export``: the filtered events as a file."""

from __future__ import annotations

import os
import tempfile
from enum import StrEnum

from anyio import to_thread
from fastapi import APIRouter, Response
from fastapi.responses import FileResponse, StreamingResponse
from starlette.background import BackgroundTask

from ..deps import State
from ..errors import ApiError
from ..export import (
    CONTENT_TYPES,
    EXTENSIONS,
    OWN_FORMATS,
    call_store_exporter,
    iter_events,
    parquet_bytes,
    store_exporter,
    stream_csv,
    stream_jsonl,
)
from ..filters import Filters
from ..schemas import ErrorBody

router = APIRouter(tags=["export"])


class ExportFormat(StrEnum):
    csv = "csv"
    plover = "plover"
    gdelt = "gdelt"
    parquet = "parquet"
    jsonl = "jsonl"


def _attachment(fmt: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="eventwire-events.{EXTENSIONS[fmt]}"'}


@router.get("/export", response_class=Response, responses={
    200: {"description": "The file.", "content": {t: {} for t in set(CONTENT_TYPES.values())}},
    422: {"model": ErrorBody, "description": "A filter is malformed."},
    501: {"model": ErrorBody, "description": "This format needs the store package's exporter."},
})
async def export(state: State, flt: Filters, format: ExportFormat = ExportFormat.csv) -> Response:
    """Stored events (filtered like ``/events``) as CSV, PLOVER JSON Lines, GDELT-style TSV,
    Parquet, or event records as JSON Lines."""
    fmt = format.value
    exporter = store_exporter()
    if exporter is not None and fmt != "jsonl":
        fd, path = tempfile.mkstemp(suffix="." + EXTENSIONS[fmt], prefix="eventwire-export-")
        os.close(fd)
        try:
            await to_thread.run_sync(call_store_exporter, exporter, state, fmt, path, flt)
        except Exception:
            os.unlink(path)
            raise
        return FileResponse(path, media_type=CONTENT_TYPES[fmt], headers=_attachment(fmt),
                            background=BackgroundTask(os.unlink, path))
    if fmt not in OWN_FORMATS:
        raise ApiError(501, f"export to {fmt!r} is not available",
                       f"this installation can export {', '.join(OWN_FORMATS)}; {fmt} needs eventwire.store.export")
    if fmt == "parquet":
        data = await to_thread.run_sync(lambda: parquet_bytes(iter_events(state, flt)))
        return Response(data, media_type=CONTENT_TYPES[fmt], headers=_attachment(fmt))
    stream = stream_csv if fmt == "csv" else stream_jsonl
    return StreamingResponse(stream(iter_events(state, flt)), media_type=CONTENT_TYPES[fmt], headers=_attachment(fmt))
