"""Store: coded documents, their event mentions and the deduplicated events, in an embedded
DuckDB file (default) or PostgreSQL, behind one interface (``base.Store``).

Writing a document replaces its mentions in one transaction and deduplicates the stored events
around them again (``dedup.py``), so a re-run never duplicates and an interrupted batch leaves
every document either fully stored or not at all. Schema changes are versioned migrations
(``migrations.py``) applied when a store is opened.
"""

from __future__ import annotations

from .base import EventFilter, Store, StoredEvent, WriteItem, dedup_from_config, open_store
from .dedup import DedupSettings
from .schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "DedupSettings", "EventFilter", "Store", "StoredEvent", "WriteItem", "dedup_from_config", "open_store"]
