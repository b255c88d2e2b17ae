"""SQL shared by the back ends: schema, and filters built with bound parameters only.

Statements use ``?`` placeholders; the PostgreSQL store converts them to ``%s``. No value from a
user ever goes into SQL text: filters become parameters, column names come from fixed tables.
"""

from __future__ import annotations

from .base import EventFilter

DOCUMENT_COLUMNS = ["doc_id", "title", "pub_date", "url", "source", "origin", "text", "raw", "content_hash",
                    "coder_version", "removed", "n_events", "run_id", "coded_at"]
EVENT_COLUMNS = ["event_id", "doc_id", "sentence", "cameo", "cameo_root", "quad_class", "goldstein",
                 "plover_type", "source_cameo", "source_country", "target_cameo", "target_country",
                 "date_value", "date_start", "date_end", "factuality", "confidence", "record"]

SCHEMA = [
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

ORDERS = {
    "doc": "doc_id, sentence, event_id",
    "date": "date_start NULLS LAST, doc_id, sentence, event_id",
    "goldstein": "goldstein, doc_id, sentence, event_id",
    "confidence": "confidence DESC, doc_id, sentence, event_id",
}


def where(flt: EventFilter | None) -> tuple[str, list]:
    """A WHERE clause and its parameters for an event filter."""
    if flt is None:
        return "", []
    clauses, params = [], []
    if flt.doc_id:
        clauses.append("doc_id = ?")
        params.append(flt.doc_id)
    for column, value in (("source_cameo", flt.source), ("target_cameo", flt.target), ("cameo", flt.cameo)):
        if value:
            clauses.append(f"{column} LIKE ? ESCAPE '\\'")
            params.append(_like_prefix(value))
    if flt.factuality:
        clauses.append("factuality = ?")
        params.append(flt.factuality)
    if flt.since:
        from .base import date_bounds

        clauses.append("date_end >= ?")
        params.append(date_bounds(flt.since)[0])
    if flt.until:
        from .base import date_bounds

        clauses.append("date_start <= ?")
        params.append(date_bounds(flt.until)[1])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _like_prefix(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def select_events(flt: EventFilter | None) -> tuple[str, list]:
    clause, params = where(flt)
    order = ORDERS.get(flt.order if flt else "doc", ORDERS["doc"])
    sql = f"SELECT record FROM events{clause} ORDER BY {order}"
    if flt and flt.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(flt.limit), int(flt.offset)]
    return sql, params


def insert(table: str, columns: list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
