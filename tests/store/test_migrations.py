"""Schema migrations: a version-1 database (the schema eventwire used before migrations) opens
with the new store and is upgraded in place, keeping every document and event."""

import json
from datetime import datetime

import duckdb
import psycopg
import pytest

from eventwire.store import SCHEMA_VERSION, EventFilter, open_store
from eventwire.store.migrations import MIGRATIONS
from tests.store.conftest import article, event

# verbatim from eventwire before migrations (src/eventwire/store/sql.py, schema version 1)
V1_DDL = [
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
LEDE = "Iranian President Hassan Rouhani met U.S. Secretary of State Rex Tillerson in New York on Tuesday."


def _v1_rows():
    """Documents and events as the version-1 store wrote them: a syndicated pair and one more."""
    docs, events = [], []
    for doc_id, source in (("reuters-1", "Reuters"), ("ap-2", "AP"), ("other", None)):
        art = article(doc_id, LEDE, pub_date="2017-09-20", source=source)
        evs = [event(doc_id, 0, "IRNGOV", "USAGOV", "040", "2017-09-19", LEDE)]
        if doc_id == "other":
            evs = [event(doc_id, 1, "TUR", "SYR", "190", "2018-02-19")]
        docs.append([doc_id, None, art.pub_date, None, source, None, art.text, art.raw, art.content_hash, "v1",
                     "[]", len(evs), None, datetime(2020, 1, 1)])
        for ev in evs:
            d = ev.as_dict()
            events.append([ev.event_id, doc_id, ev.sentence, ev.cameo, ev.cameo_root, ev.quad_class, ev.goldstein,
                           "CONSULT", ev.source.cameo, ev.source.country, ev.target.cameo, ev.target.country,
                           ev.date.value, ev.date.value, ev.date.value, ev.factuality, ev.confidence, json.dumps(d)])
    return docs, events


def _create_v1(url: str) -> None:
    docs, events = _v1_rows()
    doc_sql = f"INSERT INTO documents VALUES ({', '.join(['?'] * 14)})"
    event_sql = f"INSERT INTO events VALUES ({', '.join(['?'] * 18)})"
    meta_sql = "INSERT INTO meta VALUES ('schema_version', '1')"
    if url.startswith("postgresql://"):
        with psycopg.connect(url, autocommit=True) as con:
            for statement in V1_DDL:
                con.execute(statement)
            con.execute(meta_sql)
            with con.cursor() as cur:
                cur.executemany(doc_sql.replace("?", "%s"), docs)
                cur.executemany(event_sql.replace("?", "%s"), events)
        return
    con = duckdb.connect(url)
    for statement in V1_DDL:
        con.execute(statement)
    con.execute(meta_sql)
    con.executemany(doc_sql, docs)
    con.executemany(event_sql, events)
    con.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_migrations_upgrade_a_v1_database_in_place(store_url, read_only):
    _create_v1(store_url)
    with open_store(store_url, read_only=read_only) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.summary()["documents"] == 3 and store.summary()["mentions"] == 3
        events = store.events()
        assert [(e.cameo, e.num_mentions, e.num_sources) for e in events] == [("040", 2, 2), ("190", 1, 1)]
        assert store.events(EventFilter(doc_id="ap-2"))[0].doc_id == "ap-2"  # its own record
        assert store.is_current(article("other", "x"), "v1") is False
        assert store.series(interval="day")[0]["period"] == "2017-09-19"
    with open_store(store_url) as store:  # a second open applies nothing and keeps everything
        assert store.schema_version() == SCHEMA_VERSION and store.count_events() == 2
        store.write(article("new"), [event("new", 0, "FRA", "DEU", "057", "2019-01-22")], "v2")
        assert store.count_events() == 3


def test_migrations_are_numbered_in_order():
    assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))


def test_migrations_refuse_a_newer_database(store_url):
    open_store(store_url).close()
    if store_url.startswith("postgresql://"):
        with psycopg.connect(store_url, autocommit=True) as con:
            con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    else:
        con = duckdb.connect(store_url)
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        con.close()
    with pytest.raises(RuntimeError, match="schema version 99, newer"):
        open_store(store_url)
    with pytest.raises(RuntimeError, match="schema version 99, newer"):
        open_store(store_url, read_only=True)
