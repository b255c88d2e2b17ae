"""The embedded DuckDB store (the default: one file, no server)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from eventwire.model import Article, Event

from . import sql
from .base import SCHEMA_VERSION, EventFilter, Store, document_row, event_row


class DuckDBStore(Store):
    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.url = str(path)
        if read_only and not Path(path).exists():
            raise FileNotFoundError(f"no database at {path}")
        self.con = duckdb.connect(str(path), read_only=read_only)
        if not read_only:
            for statement in sql.SCHEMA:
                self.con.execute(statement)
            self.con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING", [str(SCHEMA_VERSION)]
            )

    # -- writing ----------------------------------------------------------------------------------
    def write(self, article: Article, events: list[Event], coder_version: str, run_id: str | None = None) -> None:
        doc = document_row(article, len(events), coder_version, run_id)
        rows = [event_row(e) for e in events]
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM events WHERE doc_id = ?", [article.doc_id])
            self.con.execute("DELETE FROM documents WHERE doc_id = ?", [article.doc_id])
            self.con.execute(sql.insert("documents", sql.DOCUMENT_COLUMNS), [doc[c] for c in sql.DOCUMENT_COLUMNS])
            if rows:
                self.con.executemany(sql.insert("events", sql.EVENT_COLUMNS),
                                     [[r[c] for c in sql.EVENT_COLUMNS] for r in _unique(rows)])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def is_current(self, article: Article, coder_version: str) -> bool:
        row = self.con.execute(
            "SELECT content_hash, coder_version FROM documents WHERE doc_id = ?", [article.doc_id]
        ).fetchone()
        return row is not None and row[0] == article.content_hash and row[1] == coder_version

    def start_run(self, command: str, coder_version: str) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.con.execute(
            "INSERT INTO runs (run_id, command, coder_version, started_at) VALUES (?, ?, ?, ?)",
            [run_id, command, coder_version, _now()],
        )
        return run_id

    def finish_run(self, run_id: str, n_documents: int, n_events: int, n_errors: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, n_documents = ?, n_events = ?, n_errors = ? WHERE run_id = ?",
            [_now(), n_documents, n_events, n_errors, run_id],
        )

    # -- reading ----------------------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None) -> list[Event]:
        query, params = sql.select_events(flt)
        return [Event.from_dict(json.loads(r[0])) for r in self.con.execute(query, params).fetchall()]

    def count_events(self, flt: EventFilter | None = None) -> int:
        clause, params = sql.where(flt)
        return self.con.execute(f"SELECT count(*) FROM events{clause}", params).fetchone()[0]

    def event(self, event_id: str) -> Event | None:
        row = self.con.execute("SELECT record FROM events WHERE event_id = ?", [event_id]).fetchone()
        return Event.from_dict(json.loads(row[0])) if row else None

    def document(self, doc_id: str) -> dict[str, Any] | None:
        cur = self.con.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        cur = self.con.execute(
            "SELECT doc_id, title, pub_date, source, n_events, coded_at FROM documents ORDER BY doc_id LIMIT ? OFFSET ?",
            [limit, offset],
        )
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def summary(self) -> dict[str, Any]:
        n_docs = self.con.execute("SELECT count(*) FROM documents").fetchone()[0]
        n_events = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        quads = dict(self.con.execute(
            "SELECT quad_class, count(*) FROM events GROUP BY quad_class ORDER BY quad_class").fetchall())
        dyads = self.con.execute(
            "SELECT source_cameo, target_cameo, count(*) AS n FROM events WHERE target_cameo IS NOT NULL "
            "GROUP BY source_cameo, target_cameo ORDER BY n DESC, source_cameo, target_cameo LIMIT 10"
        ).fetchall()
        return {"documents": n_docs, "events": n_events, "by_quad_class": quads,
                "top_dyads": [{"source": s, "target": t, "events": n} for s, t, n in dyads]}

    def close(self) -> None:
        self.con.close()


def _unique(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        if r["event_id"] not in seen:
            seen.add(r["event_id"])
            out.append(r)
    return out


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
