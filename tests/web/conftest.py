"""Fixtures for the web tests: databases built from code, the app, a live server, a browser.

* ``tiny_db``: a database of hand-built records (no spaCy): fast tests of routes and errors.
* ``coded_db``: texts coded by the real pipeline and stored as ``eventwire code`` stores them;
  the seed article is added when the shared corpus is present.
* ``live_server``: the real app under uvicorn on a free loopback port, for the browser.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.model import Actor, Article, Coder, Event, EventDate, Plover
from tests.conftest import ROOT, SEED

API_KEY = "test-key-not-a-secret"
SEED_DOC = "iran_us_talks"
SEED_PUB_DATE = "2017-10-10"
ARTIFACTS = ROOT / "test-artifacts"

# short articles that give events in several months for the IRN/USA dyad, and one other dyad
TEXTS = {
    "us-iran-deal": ("2018-05-10",
                     "US President Donald Trump announced on Tuesday that the United States would withdraw from "
                     "the Iran nuclear deal. Iranian President Hassan Rouhani condemned the decision on Wednesday. "
                     "Iran's foreign minister Mohammad Javad Zarif met EU foreign policy chief Federica Mogherini "
                     "in Brussels on May 15. Iranian officials accused Washington of violating the agreement."),
    "us-iran-2019": ("2019-06-25",
                     "Iran shot down a US drone over the Strait of Hormuz on June 20, 2019. US President Donald "
                     "Trump threatened Iran with obliteration on Tuesday. Iranian President Hassan Rouhani "
                     "rejected talks with the United States."),
    "gaza": ("2021-05-12",
             "Israeli warplanes struck targets in Gaza on Monday, the Israeli military said. Hamas fired rockets "
             "at Tel Aviv on Tuesday. Egypt urged both sides to halt the fighting."),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- hand-built records --------------------------------------------------------------------------
def make_event(doc_id: str, text: str, evidence: str, trigger: str, src: str, tgt: str | None, code: str,
               date: str | None, quad: int = 1, goldstein: float = 1.0, factuality: str = "asserted") -> Event:
    start = text.index(evidence)
    t = text.index(trigger, start)
    ev = Event(doc_id=doc_id, sentence=0, evidence=evidence, evidence_span=[start, start + len(evidence)],
               trigger=trigger, trigger_span=[t, t + len(trigger)],
               source=Actor(text=src.split(":")[1], cameo=src.split(":")[0], country=src[:3]),
               target=Actor(text=tgt.split(":")[1], cameo=tgt.split(":")[0], country=tgt[:3]) if tgt else None,
               cameo=code, quad_class=quad, goldstein=goldstein, plover=Plover("CONSULT"),
               date=EventDate(date, "day" if date and len(date) == 10 else "month", None, "explicit"),
               factuality=factuality, coder=Coder("pattern", "test.rule"))
    ev.assign_id()
    return ev


TINY_TEXT = "Iran met Iraq in Baghdad. Iraq thanked Iran. France criticised Germany."


def tiny_records() -> list[tuple[Article, list[Event]]]:
    t = TINY_TEXT
    return [(Article(doc_id="tiny", text=t, raw=t, title="Tiny", pub_date="2020-02-03"), [
        make_event("tiny", t, "Iran met Iraq in Baghdad.", "met", "IRN:Iran", "IRQ:Iraq", "040", "2020-01-15"),
        make_event("tiny", t, "Iraq thanked Iran.", "thanked", "IRQ:Iraq", "IRN:Iran", "051", "2020-02-01"),
        make_event("tiny", t, "France criticised Germany.", "criticised", "FRA:France", "DEU:Germany", "111",
                   None, quad=3, goldstein=-2.0),
    ])]


def store_records(path: Path, records: list[tuple[Article, list[Event]]], version: str) -> Path:
    from eventwire.store import open_store

    with open_store(str(path)) as store:
        for article, events in records:
            store.write(article, events, version)
    return path


@pytest.fixture(scope="session")
def tiny_db_template(tmp_path_factory) -> Path:
    return store_records(tmp_path_factory.mktemp("tiny") / "tiny.duckdb", tiny_records(), "test")


@pytest.fixture
def tiny_db(tiny_db_template, tmp_path) -> Path:
    """A fresh copy per test, so a test that writes cannot affect another."""
    return Path(shutil.copy(tiny_db_template, tmp_path / "tiny.duckdb"))


@pytest.fixture
def tiny_client(tiny_db):
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(str(tiny_db), api_key=API_KEY)) as client:
        yield client


# -- the real pipeline -----------------------------------------------------------------------------
def seed_text() -> str | None:
    path = SEED / f"{SEED_DOC}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


@pytest.fixture(scope="session")
def coded_db_template(tmp_path_factory, ew) -> Path:
    records = [ew.code_text(text, doc_id=doc_id, pub_date=pub) for doc_id, (pub, text) in TEXTS.items()]
    if seed := seed_text():
        records.append(ew.code_text(seed, doc_id=SEED_DOC, pub_date=SEED_PUB_DATE))
    return store_records(tmp_path_factory.mktemp("coded") / "coded.duckdb", records, ew.version)


@pytest.fixture(scope="session")
def coded_client(coded_db_template, tmp_path_factory, ew):
    """The app over a copy of the coded database, sharing the session's loaded pipeline."""
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    db = shutil.copy(coded_db_template, tmp_path_factory.mktemp("api") / "api.duckdb")
    with TestClient(create_app(str(db), api_key=API_KEY, eventwire=ew)) as client:
        yield client


# -- a live server and a browser -------------------------------------------------------------------
class LiveServer:
    def __init__(self, app, port: int) -> None:
        import uvicorn

        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, name="eventwire-test-server", daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(coded_db_template, tmp_path_factory, ew) -> Iterator[LiveServer]:
    from eventwire.web import create_app

    db = shutil.copy(coded_db_template, tmp_path_factory.mktemp("live") / "live.duckdb")
    with LiveServer(create_app(str(db), api_key=API_KEY, eventwire=ew), free_port()) as server:
        yield server
