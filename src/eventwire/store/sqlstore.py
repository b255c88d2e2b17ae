"""The store's logic, written once over a few primitives that each back end provides.

DuckDB and PostgreSQL differ only in how they connect, run a statement, bulk-insert (Arrow vs
``COPY``) and lock; writing, deduplication, reading and aggregation are here, so both give the
same results on the same inputs.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from eventwire.model import Article, Event

from . import sql
from .base import EventFilter, Store, StoredEvent, WriteItem
from .dedup import DedupSettings, MentionInfo, cluster, shift
from .rows import actor_dict, actor_row, document_row, event_row, mention_row, now, outlet

log = logging.getLogger(__name__)

CHUNK = 500  # ids per IN (...) list: well under every back end's parameter limit


class SQLStore(Store):
    # -- primitives each back end implements ------------------------------------------------------
    def _execute(self, query: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _rows(self, query: str, params: Sequence[Any] = ()) -> list[tuple]:
        raise NotImplementedError

    def _dicts(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Bulk-insert rows (dicts with every column of ``schema.TABLES[table]``)."""
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager:
        raise NotImplementedError

    def _lock_writers(self) -> None:
        """Serialise writers inside a transaction (deduplication reads, then rewrites, a block)."""

    # -- setup ------------------------------------------------------------------------------------
    def _setup(self, dedup: DedupSettings | None, read_only: bool) -> None:
        self.dedup = dedup or DedupSettings()
        if read_only:
            return
        from .migrations import migrate

        migrate(self)
        stored = self._rows("SELECT value FROM meta WHERE key = 'dedup'")
        if not stored:
            with self._transaction():
                self._set_meta("dedup", json.dumps(self.dedup.as_dict(), sort_keys=True))
        elif json.loads(stored[0][0]) != self.dedup.as_dict():
            log.warning("%s: stored events were deduplicated with %s, not %s; call recluster() to rebuild "
                        "them with the new settings", self.url, stored[0][0], self.dedup.as_dict())

    def _set_meta(self, key: str, value: str) -> None:
        self._execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    def schema_version(self) -> int:
        from .migrations import current_version

        return current_version(self)

    # -- writing ----------------------------------------------------------------------------------
    def write_many(self, items: Iterable[WriteItem], coder_version: str, run_id: str | None = None) -> None:
        items = list(items)
        doc_ids = [it.article.doc_id for it in items]
        if len(set(doc_ids)) != len(doc_ids):
            raise ValueError("write_many: a batch names the same doc_id twice")
        if not items:
            return
        coded_at = now()
        docs, mentions, actors = [], [], []
        for it in items:
            a = it.article
            docs.append(document_row(a, len(it.events), coder_version, run_id, coded_at))
            info = {"pub_date": a.pub_date, "url": a.url, "coded_at": coded_at,
                    "outlet": outlet(a.source, a.url, a.doc_id)}
            mentions += [mention_row(ev, info) for ev in _unique(it.events)]
            actors += [actor_row(a.doc_id, i, m) for i, m in enumerate(it.actors or [])]
        with self._transaction():
            self._lock_writers()
            old = self._select_in("SELECT event_id, block, match_lo, match_hi FROM mentions WHERE doc_id IN ({})",
                                  doc_ids)
            for table in ("mentions", "actors", "documents"):
                self._delete_in(table, "doc_id", doc_ids)
            self._insert("documents", docs)
            self._insert("actors", actors)
            self._recluster(old + mentions, {r["event_id"] for r in old if r["event_id"]}, mentions)

    def is_current(self, article: Article, coder_version: str) -> bool:
        row = self._rows("SELECT content_hash, coder_version FROM documents WHERE doc_id = ?", [article.doc_id])
        return bool(row) and row[0][0] == article.content_hash and row[0][1] == coder_version

    def recluster(self) -> int:
        with self._transaction():
            self._lock_writers()
            self._recluster_all()
            self._set_meta("dedup", json.dumps(self.dedup.as_dict(), sort_keys=True))
        return self._rows("SELECT count(*) FROM events")[0][0]

    def _recluster_all(self) -> None:
        # every mention in memory at once: this runs on migration or after a settings change only
        rows = self._dicts("SELECT * FROM mentions")
        self._execute("DELETE FROM events")
        self._execute("DELETE FROM mentions")
        self._store_clusters(rows)

    def _recluster(self, seeds: list[dict[str, Any]], touched: set[str], new: list[dict[str, Any]]) -> None:
        """Deduplicate again around changed mentions (``seeds``: the old and ``new`` mentions of
        the documents written; ``new`` are not in the table yet). The stored mentions of the same
        blocks whose dates are within the window of a seed's, plus every mention of a stored event
        they belong to or that ``touched`` names, are clustered afresh with the new ones, and their
        stored events replaced."""
        ids: set[str] = set()
        ranges = _neighbourhoods(seeds, self.dedup.window_days) if self.dedup.enabled else []
        for i in range(0, len(ranges), 100):  # one scan per hundred ranges, not one per range
            part = ranges[i:i + 100]
            where = " OR ".join("(block = ? AND match_lo <= ? AND match_hi >= ?)" for _ in part)
            for mention_id, event_id in self._rows(f"SELECT mention_id, event_id FROM mentions WHERE {where}",
                                                   [v for block, lo, hi in part for v in (block, hi, lo)]):
                ids.add(mention_id)
                if event_id:
                    touched.add(event_id)
        members = self._select_in("SELECT mention_id FROM mentions WHERE event_id IN ({})", sorted(touched))
        ids |= {m["mention_id"] for m in members}
        rows = self._select_in("SELECT * FROM mentions WHERE mention_id IN ({})", sorted(ids))
        self._delete_in("events", "event_id", sorted(touched | {r["event_id"] for r in rows if r["event_id"]}))
        self._delete_in("mentions", "mention_id", sorted(ids))
        self._store_clusters(rows + new)

    def _store_clusters(self, rows: list[dict[str, Any]]) -> None:
        """Cluster mention rows, then insert them (with their event ids) and their stored events."""
        by_id = {r["mention_id"]: r for r in rows}
        infos = [MentionInfo.from_record(json.loads(r["record"]), r["pub_date"]) for r in rows]
        events = []
        for group in cluster(infos, self.dedup):
            members = [by_id[m.mention_id] for m in group]
            for m in members:
                m["event_id"] = members[0]["mention_id"]
            events.append(event_row(members))
        self._insert("mentions", rows)
        self._insert("events", events)

    def _select_in(self, query: str, values: Sequence[Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for i in range(0, len(values), CHUNK):
            part = list(values[i:i + CHUNK])
            out += self._dicts(query.format(sql.placeholders(len(part))), part)
        return out

    def _delete_in(self, table: str, column: str, values: Sequence[Any]) -> None:
        for i in range(0, len(values), CHUNK):
            part = list(values[i:i + CHUNK])
            self._execute(f"DELETE FROM {table} WHERE {column} IN ({sql.placeholders(len(part))})", part)

    def start_run(self, command: str, coder_version: str) -> str:
        run_id = uuid.uuid4().hex[:12]
        with self._transaction():
            self._execute("INSERT INTO runs (run_id, command, coder_version, started_at) VALUES (?, ?, ?, ?)",
                          [run_id, command, coder_version, now()])
        return run_id

    def finish_run(self, run_id: str, n_documents: int, n_events: int, n_errors: int) -> None:
        with self._transaction():
            self._execute("UPDATE runs SET finished_at = ?, n_documents = ?, n_events = ?, n_errors = ? "
                          "WHERE run_id = ?", [now(), n_documents, n_events, n_errors, run_id])

    # -- reading ----------------------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None) -> list[Event]:
        query, params = sql.select(flt)
        return [Event.from_dict(json.loads(r[0])) for r in self._rows(query, params)]

    def iter_events(self, flt: EventFilter | None = None, page_size: int = 5000) -> Iterator[StoredEvent]:
        start = flt.offset if flt else 0
        remaining = flt.limit if flt and flt.limit is not None else None
        while remaining is None or remaining > 0:
            size = page_size if remaining is None else min(page_size, remaining)
            query, params = sql.select(flt, "record, url, num_articles, added_at", "events", (size, start))
            rows = self._rows(query, params)
            for record, url, num_articles, added_at in rows:
                yield StoredEvent(Event.from_dict(json.loads(record)), url, num_articles or 1, added_at)
            if len(rows) < size:
                return
            start += size
            remaining = None if remaining is None else remaining - size

    def count_events(self, flt: EventFilter | None = None) -> int:
        query, params = sql.count(flt)
        return self._rows(query, params)[0][0]

    def event(self, event_id: str) -> Event | None:
        row = self._rows("SELECT record FROM events WHERE event_id = ?", [event_id]) or self._rows(
            "SELECT e.record FROM events e JOIN mentions m ON m.event_id = e.event_id WHERE m.mention_id = ?",
            [event_id])
        return Event.from_dict(json.loads(row[0][0])) if row else None

    def mention(self, mention_id: str) -> Event | None:
        row = self._rows("SELECT record FROM mentions WHERE mention_id = ?", [mention_id])
        return Event.from_dict(json.loads(row[0][0])) if row else None

    def document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        return rows[0] if rows else None

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        return self._dicts(f"SELECT doc_id, title, pub_date, source, n_events, coded_at FROM documents "
                           f"ORDER BY doc_id{sql.C} LIMIT ? OFFSET ?", [limit, offset])

    def actor_mentions(self, doc_id: str) -> list[dict[str, Any]]:
        return [actor_dict(r) for r in self._dicts("SELECT * FROM actors WHERE doc_id = ? ORDER BY seq", [doc_id])]

    def summary(self) -> dict[str, Any]:
        n_docs = self._rows("SELECT count(*) FROM documents")[0][0]
        n_events = self._rows("SELECT count(*) FROM events")[0][0]
        n_mentions = self._rows("SELECT count(*) FROM mentions")[0][0]
        quads = dict(self._rows("SELECT quad_class, count(*) FROM events GROUP BY quad_class ORDER BY quad_class"))
        dyads = self._rows(sql.summary_dyads())
        return {"documents": n_docs, "events": n_events, "mentions": n_mentions, "by_quad_class": quads,
                "top_dyads": [{"source": s, "target": t, "events": n} for s, t, n in dyads]}

    # -- aggregation ------------------------------------------------------------------------------
    def series(self, source: str | None = None, target: str | None = None, interval: str = "month",
               flt: EventFilter | None = None) -> list[dict[str, Any]]:
        query, params = sql.series(source, target, interval, flt)
        return [{"period": p, "quad_class": q, "events": int(n), "goldstein_sum": _round(s, 6),
                 "goldstein_mean": _round(m, 4)} for p, q, n, s, m in self._rows(query, params)]

    def network(self, flt: EventFilter | None = None, min_events: int = 1, limit: int = 500) -> list[dict[str, Any]]:
        query, params = sql.network(flt, min_events, limit)
        return [{"source": s, "target": t, "events": int(n), "goldstein_mean": _round(m, 4),
                 "q1": int(q1), "q2": int(q2), "q3": int(q3), "q4": int(q4)}
                for s, t, n, m, q1, q2, q3, q4 in self._rows(query, params)]

    def top_actors(self, role: str = "any", flt: EventFilter | None = None, limit: int = 20) -> list[dict[str, Any]]:
        query, params = sql.top_actors(role, flt, limit)
        return [{"actor": a, "events": int(n), "as_source": int(s), "as_target": int(t)}
                for a, n, s, t in self._rows(query, params)]


def _round(value: Any, digits: int) -> float | None:
    # PostgreSQL's avg() may be numeric and the back ends may sum in different orders: round both
    return None if value is None else round(float(value), digits)


def _unique(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for ev in events:
        if ev.event_id not in seen:
            seen.add(ev.event_id)
            out.append(ev)
    return out


def _neighbourhoods(seeds: list[dict[str, Any]], window: int) -> list[tuple[str, str, str]]:
    """Per block, the merged date ranges (``YYYY-MM-DD`` bounds) within ``window`` days of a seed."""
    spans: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for s in seeds:
        if s.get("block") and s.get("match_lo") and s.get("match_hi"):
            spans[s["block"]].append((shift(date.fromisoformat(s["match_lo"]), -window),
                                      shift(date.fromisoformat(s["match_hi"]), window)))
    out = []
    for block, ranges in sorted(spans.items()):
        ranges.sort()
        lo, hi = ranges[0]
        for a, b in ranges[1:]:
            if a > hi:
                out.append((block, lo.isoformat(), hi.isoformat()))
                lo, hi = a, b
            else:
                hi = max(hi, b)
        out.append((block, lo.isoformat(), hi.isoformat()))
    return out
