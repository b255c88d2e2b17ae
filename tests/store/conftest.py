"""Store fixtures: hand-built records, and a real PostgreSQL server on loopback for the session.

Every store test that takes ``store_url`` runs on both back ends. The server is started with the
PostgreSQL binaries on PATH (``initdb``, ``pg_ctl``); as root they run as the ``postgres`` user,
since PostgreSQL refuses to run as root. Only a machine without ``initdb`` skips the PostgreSQL
half.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from eventwire.model import Actor, Article, Coder, Event, EventDate, Location, Plover
from eventwire.store import DedupSettings, Store, open_store


class PostgresServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))  # under /tmp: postgres must reach it
        self.data, self.sockets, self.log = self.root / "data", self.root / "sockets", self.root / "server.log"
        self.sockets.mkdir()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                pytest.skip("running as root without runuser: cannot start PostgreSQL as another user")
            self.as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sockets, "postgres")
        self.port = _free_port()
        self._databases = itertools.count()

    def _run(self, *args: str) -> None:
        proc = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}\n{log}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "--auth=trust", "--username=postgres", "--encoding=UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"eventwire_test_{next(self._databases)}"
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")  # a fixed name of ours, not user input
        return self.url(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    if shutil.which("initdb") is None or shutil.which("pg_ctl") is None:
        pytest.skip("PostgreSQL is not installed (initdb/pg_ctl not on PATH)")
    server = PostgresServer()
    try:
        server.start()
    except Exception:
        shutil.rmtree(server.root, ignore_errors=True)  # the server did not start: nothing to stop
        raise
    yield server
    server.stop()


@pytest.fixture(params=["duckdb", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A new, empty database of each back end."""
    if request.param == "duckdb":
        return str(tmp_path / "store.duckdb")
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def make_store(store_url) -> Iterator[Callable[..., Store]]:
    """Open (and later close) stores on this test's database."""
    opened: list[Store] = []

    def make(dedup: DedupSettings | None = None, read_only: bool = False) -> Store:
        store = open_store(store_url, read_only=read_only, dedup=dedup)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def actor(code: str | None, name: str | None = None) -> Actor | None:
    if code is None:
        return None
    sector = code[3:6] if len(code) > 3 and code[:3].isalpha() and not code.startswith("IGO") else None
    country = None if code.startswith("IGO") else code[:3]
    return Actor(text=name or code, name=name or code, cameo=code, country=country, sector=sector)


def event(doc_id: str, sentence: int, src: str | None, tgt: str | None, code: str, date: str | None,
          evidence: str | None = None, factuality: str = "asserted", location: Location | None = None,
          quad: int = 1, goldstein: float = 1.0) -> Event:
    evidence = evidence or f"{src} and {tgt}: event {code} in sentence {sentence}"
    granularity = {4: "year", 7: "month", 10: "day"}.get(len(date or ""))
    ev = Event(doc_id=doc_id, sentence=sentence, evidence=evidence,
               evidence_span=[sentence * 100, sentence * 100 + len(evidence)], trigger="met",
               source=actor(src), target=actor(tgt), cameo=code, quad_class=quad, goldstein=goldstein,
               plover=Plover("CONSULT", None, ["diplomatic"]),
               date=EventDate(date, granularity, None, "explicit" if date else "unknown"),
               factuality=factuality, location=location, coder=Coder("pattern", f"{code}.test"))
    ev.assign_id()
    return ev


def article(doc_id: str, text: str = "some text", pub_date: str | None = None, source: str | None = None,
            url: str | None = None) -> Article:
    return Article(doc_id=doc_id, text=text, raw=text, pub_date=pub_date, source=source, url=url)
