"""The PostgreSQL store (``--db postgresql://...``), through psycopg 3. Bulk writes use ``COPY``.

Same tables and the same SQL as DuckDB (``sqlstore.py``); writers take a transaction-scoped
advisory lock, because deduplication reads a neighbourhood of stored events and rewrites it, and
two writers doing that at once on one block could both store the same event.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from . import schema
from .dedup import DedupSettings
from .sqlstore import SQLStore

LOCK_KEY = 0x65770001  # pg_advisory_xact_lock key of eventwire writers ("ew" + 1)


def _pg(query: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` (a literal ``%`` must be doubled first)."""
    return query.replace("%", "%%").replace("?", "%s")


class PostgresStore(SQLStore):
    def __init__(self, url: str, read_only: bool = False, dedup: DedupSettings | None = None) -> None:
        self.url = _redact(url)
        try:
            self.con = psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError as exc:
            raise OSError(f"cannot connect to {self.url}: {str(exc).strip()}") from exc
        self.dedup = dedup or DedupSettings()
        try:
            if read_only:  # an older schema is upgraded first, so that readers work on it too
                from .migrations import migrate

                migrate(self)
                self.con.execute("SET default_transaction_read_only = on")
            self._setup(dedup, read_only)
        except Exception:
            self.con.close()
            raise

    # -- primitives -------------------------------------------------------------------------------
    def _execute(self, query: str, params: Sequence[Any] = ()) -> None:
        self.con.execute(_pg(query), list(params))

    def _rows(self, query: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.con.execute(_pg(query), list(params)).fetchall()

    def _dicts(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(_pg(query), list(params))
        names = [d.name for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        names = schema.columns(table)
        with self.con.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row.get(n) for n in names])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # psycopg nests a transaction() inside another as a savepoint
        with self.con.transaction():
            yield

    def _lock_writers(self) -> None:
        self.con.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])

    def close(self) -> None:
        self.con.close()


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))
