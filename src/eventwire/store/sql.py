"""SQL shared by the back ends: filters, listings and aggregations, with bound parameters only.

Statements use ``?`` placeholders; the PostgreSQL store converts them to ``%s``. No value from a
user ever goes into SQL text: filters become parameters; table and column names come from the
fixed tables of ``schema.py`` and the fixed choices below. String sort keys are compared byte-wise
(``COLLATE "C"``) so that PostgreSQL under any locale orders rows as DuckDB does.
"""

from __future__ import annotations

from .base import INTERVALS, ROLES, EventFilter, date_bounds

C = ' COLLATE "C"'
TABLES = ("events", "mentions")

ORDERS = {
    "doc": f"doc_id{C}, sentence, {{id}}{C}",
    "date": f"date_start{C} NULLS LAST, doc_id{C}, sentence, {{id}}{C}",
    "goldstein": f"goldstein, doc_id{C}, sentence, {{id}}{C}",
    "confidence": f"confidence DESC, doc_id{C}, sentence, {{id}}{C}",
}
ID_COLUMN = {"events": "event_id", "mentions": "mention_id"}
PERIOD_COLUMN = {"day": "period_day", "week": "period_week", "month": "period_month"}


def where(flt: EventFilter | None, table: str | None = None, extra: list[str] | None = None) -> tuple[str, list]:
    """A WHERE clause and its parameters for an event filter on ``events`` or ``mentions``
    (default: the filter's own level). ``extra`` are fixed conditions without parameters."""
    table = table or (flt.table if flt else "events")
    if table not in TABLES:
        raise ValueError(f"not an event table: {table!r}")
    clauses, params = list(extra or []), []
    if flt is not None:
        if flt.doc_id and table == "mentions":
            clauses.append("doc_id = ?")
            params.append(flt.doc_id)
        elif flt.doc_id:  # stored events that have a mention in the document
            clauses.append("event_id IN (SELECT event_id FROM mentions WHERE doc_id = ?)")
            params.append(flt.doc_id)
        for column, value in (("source_cameo", flt.source), ("target_cameo", flt.target), ("cameo", flt.cameo)):
            if value:
                clauses.append(f"{column} LIKE ? ESCAPE '\\'")
                params.append(_like_prefix(value))
        if flt.factuality:
            clauses.append("factuality = ?")
            params.append(flt.factuality)
        if flt.since:
            clauses.append("date_end >= ?")
            params.append(date_bounds(flt.since)[0])
        if flt.until:
            clauses.append("date_start <= ?")
            params.append(date_bounds(flt.until)[1])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _like_prefix(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _order(flt: EventFilter | None, table: str) -> str:
    order = flt.order if flt else "doc"
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}; expected one of {', '.join(ORDERS)}")
    return ORDERS[order].format(id=ID_COLUMN[table])


def select(flt: EventFilter | None, columns: str = "record", table: str | None = None,
           page: tuple[int, int] | None = None) -> tuple[str, list]:
    """Records (or ``columns``) matching a filter, in the filter's order; ``page`` is
    ``(limit, offset)`` and overrides the filter's own."""
    table = table or (flt.table if flt else "events")
    clause, params = where(flt, table)
    query = f"SELECT {columns} FROM {table}{clause} ORDER BY {_order(flt, table)}"
    if page is not None:
        query += " LIMIT ? OFFSET ?"
        params += [int(page[0]), int(page[1])]
    elif flt is not None and flt.limit is not None:
        query += " LIMIT ? OFFSET ?"
        params += [int(flt.limit), int(flt.offset)]
    return query, params


def count(flt: EventFilter | None) -> tuple[str, list]:
    table = flt.table if flt else "events"
    clause, params = where(flt, table)
    return f"SELECT count(*) FROM {table}{clause}", params


def series(source: str | None, target: str | None, interval: str, flt: EventFilter | None) -> tuple[str, list]:
    if interval not in INTERVALS:
        raise ValueError(f"unknown interval {interval!r}; expected one of {', '.join(INTERVALS)}")
    column = PERIOD_COLUMN[interval]
    base = flt or EventFilter()
    dyad = EventFilter(**{**base.__dict__, "source": source or base.source, "target": target or base.target,
                          "level": "event"})
    clause, params = where(dyad, "events", [f"{column} IS NOT NULL"])
    return (f"SELECT {column} AS period, quad_class, count(*) AS events, sum(goldstein) AS goldstein_sum, "
            f"avg(goldstein) AS goldstein_mean FROM events{clause} "
            f"GROUP BY {column}, quad_class ORDER BY {column}{C}, quad_class"), params


def network(flt: EventFilter | None, min_events: int, limit: int) -> tuple[str, list]:
    clause, params = where(flt, "events", ["source_cameo IS NOT NULL", "target_cameo IS NOT NULL"])
    quads = ", ".join(f"sum(CASE WHEN quad_class = {q} THEN 1 ELSE 0 END) AS q{q}" for q in (1, 2, 3, 4))
    return (f"SELECT source_cameo AS source, target_cameo AS target, count(*) AS events, "
            f"avg(goldstein) AS goldstein_mean, {quads} FROM events{clause} "
            f"GROUP BY source_cameo, target_cameo HAVING count(*) >= ? "
            f"ORDER BY count(*) DESC, source_cameo{C}, target_cameo{C} LIMIT ?"), params + [int(min_events), int(limit)]


def top_actors(role: str, flt: EventFilter | None, limit: int) -> tuple[str, list]:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    clause, params = where(flt, "events")
    parts = []
    if role in ("any", "source"):
        parts.append("SELECT event_id, source_cameo AS actor, 1 AS s, 0 AS t FROM e WHERE source_cameo IS NOT NULL")
    if role in ("any", "target"):
        parts.append("SELECT event_id, target_cameo AS actor, 0 AS s, 1 AS t FROM e WHERE target_cameo IS NOT NULL")
    return (f"WITH e AS (SELECT event_id, source_cameo, target_cameo FROM events{clause}), "
            f"a AS ({' UNION ALL '.join(parts)}) "
            f"SELECT actor, count(DISTINCT event_id) AS events, sum(s) AS as_source, sum(t) AS as_target "
            f"FROM a GROUP BY actor ORDER BY count(DISTINCT event_id) DESC, actor{C} LIMIT ?"), params + [int(limit)]


def summary_dyads() -> str:
    return (f"SELECT source_cameo, target_cameo, count(*) AS n FROM events WHERE target_cameo IS NOT NULL "
            f"GROUP BY source_cameo, target_cameo ORDER BY count(*) DESC, source_cameo{C}, target_cameo{C} LIMIT 10")


def insert(table: str, columns: list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


def placeholders(n: int) -> str:
    return ", ".join("?" for _ in range(n))
