"""Versioned schema migrations, applied in order when a store is opened for writing.

Each step is SQL or a function of the store; a migration runs in one transaction with the new
``schema_version`` written at its end, so a file is always at one version or the next. A new
database runs every migration from 1, so the upgrade path is the path every database takes.
To change the schema: append a ``Migration`` and raise ``schema.SCHEMA_VERSION``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.model import Event

from . import schema
from .rows import mention_row, outlet

if TYPE_CHECKING:
    from .sqlstore import SQLStore

log = logging.getLogger(__name__)

Step = str | Callable[["SQLStore"], None]


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    steps: tuple[Step, ...]


def _copy_v1_events_to_mentions(store: SQLStore) -> None:
    """v1 ``events`` held what the coder produced per document: those are v2 mentions."""
    rows = store._dicts(
        "SELECT e.record, d.pub_date, d.url, d.source, d.coded_at FROM events e "
        "LEFT JOIN documents d ON d.doc_id = e.doc_id"
    )
    mentions = []
    for r in rows:
        ev = Event.from_dict(json.loads(r["record"]))
        doc = {"pub_date": r["pub_date"], "url": r["url"], "coded_at": r["coded_at"],
               "outlet": outlet(r["source"], r["url"], ev.doc_id)}
        mentions.append(mention_row(ev, doc))
    store._insert("mentions", mentions)
    log.info("migrated %d v1 events to mentions", len(mentions))


def _recluster_all(store: SQLStore) -> None:
    store._recluster_all()


MIGRATIONS: list[Migration] = [
    Migration(1, "documents, events and runs", tuple(schema.V1_SCHEMA)),
    Migration(2, "mentions, deduplicated events, actors", (
        schema.create_table("mentions"),
        _copy_v1_events_to_mentions,
        # indexes first: a table with dependent indexes cannot be dropped in DuckDB
        "DROP INDEX IF EXISTS events_doc",
        "DROP INDEX IF EXISTS events_dyad",
        "DROP INDEX IF EXISTS events_date",
        "DROP TABLE events",
        schema.create_table("events"),
        schema.create_table("actors"),
        *schema.INDEXES,
        _recluster_all,
    )),
]
assert [m.version for m in MIGRATIONS] == list(range(1, schema.SCHEMA_VERSION + 1))


def current_version(store: SQLStore) -> int:
    """The database's schema version (0 for an empty database)."""
    n = store._rows("SELECT count(*) FROM information_schema.tables "
                    "WHERE table_name = 'meta' AND table_schema = current_schema()")[0][0]
    if not n:
        return 0
    row = store._rows("SELECT value FROM meta WHERE key = 'schema_version'")
    return int(row[0][0]) if row else 0


def migrate(store: SQLStore) -> int:
    """Bring the database to ``SCHEMA_VERSION``; returns the version it was at."""
    start = current_version(store)
    if start > schema.SCHEMA_VERSION:
        raise RuntimeError(f"{store.url} has schema version {start}, newer than this eventwire knows "
                           f"({schema.SCHEMA_VERSION}); upgrade eventwire to use it")
    for migration in MIGRATIONS:
        if migration.version <= start:
            continue
        with store._transaction():
            store._lock_writers()
            if current_version(store) >= migration.version:  # another process got there first
                continue
            log.info("%s: migrating to schema version %d (%s)", store.url, migration.version, migration.description)
            for step in migration.steps:
                if callable(step):
                    step(store)
                else:
                    store._execute(step)
            store._set_meta("schema_version", str(migration.version))
    return start
