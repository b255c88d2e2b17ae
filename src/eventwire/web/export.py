"""``GET /export`` writes files with the store package's exporter (``eventwire.store.export``,
the same code as ``eventwire export``), so the API and the CLI give byte-identical files.

The exporter writes to a path; the route hands it a temporary file and deletes it after sending.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Callable
from typing import Any

from eventwire.store import EventFilter

from .errors import ApiError
from .state import WebState

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "plover": "application/x-ndjson",
    "gdelt": "text/tab-separated-values; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
EXTENSIONS = {"csv": "csv", "jsonl": "jsonl", "plover": "jsonl", "gdelt": "tsv", "parquet": "parquet"}


def store_exporter() -> Callable[..., Any] | None:
    """``export_events(store, fmt, out, flt=None)`` of the store package, when installed."""
    try:
        module = importlib.import_module("eventwire.store.export")
    except ImportError:
        return None
    return getattr(module, "export_events", None)


def export_to_file(state: WebState, fmt: str, flt: EventFilter) -> str:
    """The path of a temporary file holding the export; the caller deletes it."""
    exporter = store_exporter()
    if exporter is None:
        raise ApiError(501, "export is not available", "this installation has no eventwire.store.export")
    fd, path = tempfile.mkstemp(suffix="." + EXTENSIONS[fmt], prefix="eventwire-export-")
    os.close(fd)
    try:
        # the store lock is held throughout: the exporter pages through one connection
        with state.store() as store:
            exporter(store, fmt, path, flt=flt)
    except BaseException:
        os.unlink(path)
        raise
    return path
