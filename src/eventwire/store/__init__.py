"""Store: coded documents and events in an embedded DuckDB file (or PostgreSQL).

Re-coding a document replaces its events in one transaction, so a re-run never duplicates and an
interrupted batch leaves every document either fully stored or not at all.
"""

from __future__ import annotations

from .base import EventFilter, Store, open_store

__all__ = ["EventFilter", "Store", "open_store"]
