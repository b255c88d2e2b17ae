"""The embedded DuckDB store (the default: one file, no server). Bulk writes go through Arrow."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from . import schema
from .dedup import DedupSettings
from .sqlstore import SQLStore

log = logging.getLogger(__name__)


class DuckDBStore(SQLStore):
    def __init__(self, path: str | Path, read_only: bool = False, dedup: DedupSettings | None = None) -> None:
        self.url = str(path)
        if read_only and not Path(path).exists():
            raise FileNotFoundError(f"no database at {path}")
        if read_only:
            self._upgrade_before_reading(path)
        self.con = duckdb.connect(str(path), read_only=read_only)
        self._depth = 0
        try:
            self._setup(dedup, read_only)
        except Exception:
            self.con.close()
            raise

    def _upgrade_before_reading(self, path: str | Path) -> None:
        """An old file opened read-only (``eventwire events``) is migrated first, briefly
        read-write, so that every command works on a database an older eventwire wrote."""
        from .migrations import current_version

        probe = DuckDBStore.__new__(DuckDBStore)
        probe.url, probe._depth = str(path), 0
        probe.con = duckdb.connect(str(path), read_only=True)
        try:
            version = current_version(probe)
        finally:
            probe.con.close()
        if version > schema.SCHEMA_VERSION:
            raise RuntimeError(f"{path} has schema version {version}, newer than this eventwire knows "
                               f"({schema.SCHEMA_VERSION}); upgrade eventwire to use it")
        if version < schema.SCHEMA_VERSION:
            log.info("%s: upgrading the schema before reading", path)
            DuckDBStore(path).close()

    # -- primitives -------------------------------------------------------------------------------
    def _execute(self, query: str, params: Sequence[Any] = ()) -> None:
        self.con.execute(query, list(params))

    def _rows(self, query: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.con.execute(query, list(params)).fetchall()

    def _dicts(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(query, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows, schema=schema.arrow_schema(table))
        cols = ", ".join(arrow.column_names)
        self.con.register("_eventwire_rows", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _eventwire_rows")
        finally:
            self.con.unregister("_eventwire_rows")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # nested calls (a migration step that writes) join the outer transaction
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.con.execute("ROLLBACK")
            raise
        self._depth = 0
        self.con.execute("COMMIT")

    def close(self) -> None:
        self.con.close()
