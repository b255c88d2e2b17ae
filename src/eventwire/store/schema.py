"""The store's tables, declared once: DDL for DuckDB and PostgreSQL (the same SQL types exist in
both) and the Arrow schemas bulk writes go through.

Schema version 2 (``SCHEMA_VERSION``):

* ``documents``: one row per coded document (text, metadata, content hash, coder version);
* ``mentions``: one row per coded event mention, the record the coder produced for a document,
  plus what deduplication needs (``block``, ``match_lo``/``match_hi``) and the stored event it
  was merged into (``event_id``);
* ``events``: stored events after cross-document deduplication (``dedup.py``), with
  ``num_mentions``, ``num_sources``, ``num_articles`` and precomputed periods for ``series``;
* ``actors``: actor mentions per document (``ActorMention.as_dict()`` rows);
* ``runs``: one row per ``eventwire code`` run;
* ``meta``: ``schema_version`` and the dedup settings the stored events were built with.

Dates are ISO strings (``date_start``/``date_end`` bound partial dates for filters), so the two
back ends compare and group them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = 2


@dataclass(frozen=True)
class Column:
    name: str
    sql: str
    arrow: pa.DataType


def _c(name: str, sql: str) -> Column:
    arrow = {"VARCHAR": pa.string(), "INTEGER": pa.int64(), "DOUBLE PRECISION": pa.float64(),
             "TIMESTAMP": pa.timestamp("us")}[sql.split(" NOT NULL")[0]]
    return Column(name, sql, arrow)


# the columns filters read, on both levels (``sql.where``)
_FILTERED = [
    _c("doc_id", "VARCHAR NOT NULL"), _c("sentence", "INTEGER"), _c("cameo", "VARCHAR"),
    _c("cameo_root", "VARCHAR"), _c("quad_class", "INTEGER"), _c("goldstein", "DOUBLE PRECISION"),
    _c("plover_type", "VARCHAR"), _c("source_cameo", "VARCHAR"), _c("source_country", "VARCHAR"),
    _c("target_cameo", "VARCHAR"), _c("target_country", "VARCHAR"), _c("date_value", "VARCHAR"),
    _c("date_start", "VARCHAR"), _c("date_end", "VARCHAR"), _c("factuality", "VARCHAR"),
    _c("confidence", "DOUBLE PRECISION"), _c("record", "VARCHAR"),
]

TABLES: dict[str, list[Column]] = {
    "documents": [
        _c("doc_id", "VARCHAR NOT NULL"), _c("title", "VARCHAR"), _c("pub_date", "VARCHAR"), _c("url", "VARCHAR"),
        _c("source", "VARCHAR"), _c("origin", "VARCHAR"), _c("text", "VARCHAR"), _c("raw", "VARCHAR"),
        _c("content_hash", "VARCHAR"), _c("coder_version", "VARCHAR"), _c("removed", "VARCHAR"),
        _c("n_events", "INTEGER"), _c("run_id", "VARCHAR"), _c("coded_at", "TIMESTAMP"),
    ],
    "mentions": [
        _c("mention_id", "VARCHAR NOT NULL"), *_FILTERED, _c("event_id", "VARCHAR"), _c("block", "VARCHAR"),
        _c("match_lo", "VARCHAR"), _c("match_hi", "VARCHAR"), _c("pub_date", "VARCHAR"),
        _c("outlet", "VARCHAR"), _c("url", "VARCHAR"), _c("added_at", "TIMESTAMP"),
    ],
    "events": [
        _c("event_id", "VARCHAR NOT NULL"), *_FILTERED, _c("num_mentions", "INTEGER"),
        _c("num_sources", "INTEGER"), _c("num_articles", "INTEGER"), _c("block", "VARCHAR"),
        _c("url", "VARCHAR"), _c("pub_date", "VARCHAR"), _c("added_at", "TIMESTAMP"),
        _c("period_day", "VARCHAR"), _c("period_week", "VARCHAR"), _c("period_month", "VARCHAR"),
    ],
    "actors": [
        _c("doc_id", "VARCHAR NOT NULL"), _c("seq", "INTEGER NOT NULL"), _c("span_start", "INTEGER"),
        _c("span_end", "INTEGER"), _c("text", "VARCHAR"), _c("name", "VARCHAR"), _c("entity_id", "VARCHAR"),
        _c("cameo", "VARCHAR"), _c("country", "VARCHAR"), _c("sector", "VARCHAR"), _c("role", "VARCHAR"),
        _c("resolved_by", "VARCHAR"), _c("flags", "VARCHAR"),
    ],
}
KEYS = {"documents": "doc_id", "mentions": "mention_id", "events": "event_id", "actors": "doc_id, seq"}

INDEXES = [
    "CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_id)",
    "CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id)",
    "CREATE INDEX IF NOT EXISTS mentions_block ON mentions (block, match_lo)",
    "CREATE INDEX IF NOT EXISTS events_dyad ON events (source_cameo, target_cameo)",
    "CREATE INDEX IF NOT EXISTS events_date ON events (date_start)",
]


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.arrow) for c in TABLES[table]])


def create_table(table: str) -> str:
    cols = ",\n  ".join(f"{c.name} {c.sql}" for c in TABLES[table])
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  {cols},\n  PRIMARY KEY ({KEYS[table]}))"


# Version 1, exactly as eventwire created it before migrations existed: kept verbatim so that
# migration 1 on a new database and an old file hold the same tables.
V1_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY, command VARCHAR, coder_version VARCHAR,
        started_at TIMESTAMP, finished_at TIMESTAMP,
        n_documents INTEGER, n_events INTEGER, n_errors INTEGER)""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id VARCHAR PRIMARY KEY, title VARCHAR, pub_date VARCHAR, url VARCHAR, source VARCHAR,
        origin VARCHAR, text VARCHAR, raw VARCHAR, content_hash VARCHAR, coder_version VARCHAR,
        removed VARCHAR, n_events INTEGER, run_id VARCHAR, coded_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, sentence INTEGER, cameo VARCHAR,
        cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE PRECISION, plover_type VARCHAR,
        source_cameo VARCHAR, source_country VARCHAR, target_cameo VARCHAR, target_country VARCHAR,
        date_value VARCHAR, date_start VARCHAR, date_end VARCHAR, factuality VARCHAR,
        confidence DOUBLE PRECISION, record VARCHAR)""",
    "CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id)",
    "CREATE INDEX IF NOT EXISTS events_dyad ON events (source_cameo, target_cameo)",
    "CREATE INDEX IF NOT EXISTS events_date ON events (date_start)",
]
