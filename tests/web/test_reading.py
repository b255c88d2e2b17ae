"""Reading routes on hand-built records (fast: no spaCy)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from eventwire.model import Article
from eventwire.store import open_store
from eventwire.web import create_app
from tests.web.conftest import API_KEY, make_event


def test_reading_events_page_and_filters(tiny_client):
    page = tiny_client.get("/events", params={"limit": 2, "order": "goldstein"}).json()
    assert page["total"] == 3 and page["limit"] == 2 and len(page["events"]) == 2
    assert page["events"][0]["cameo"] == "111"  # the lowest weight first
    dated = tiny_client.get("/events", params={"since": "2020-02", "until": "2020"}).json()
    assert [e["cameo"] for e in dated["events"]] == ["051"] and dated["filters"] == {"since": "2020-02", "until": "2020"}


def test_reading_document_ids_may_contain_slashes(tiny_db):
    text = "Egypt urged Israel to stop."
    with open_store(str(tiny_db)) as store:
        store.write(Article(doc_id="wire/2020/egypt", text=text, raw=text),
                    [make_event("wire/2020/egypt", text, text, "urged", "EGY:Egypt", "ISR:Israel", "020", "2020-03")],
                    "test")
    with TestClient(create_app(str(tiny_db), api_key=API_KEY)) as client:
        view = client.get("/documents/wire%2F2020%2Fegypt").json()
        assert view["document"]["doc_id"] == "wire/2020/egypt" and view["events"][0]["cameo"] == "020"
        assert client.get("/documents/wire/2020/egypt").json()["text"] == text


@pytest.mark.parametrize(("fmt", "check"), [
    ("csv", lambda text: sorted(r["cameo"] for r in csv.DictReader(io.StringIO(text))) == ["040", "051"]),
    ("jsonl", lambda text: sorted(json.loads(line)["cameo"] for line in text.splitlines()) == ["040", "051"]),
    ("plover", lambda text: all(json.loads(line)["event_type"] == "CONSULT" for line in text.splitlines())),
    ("gdelt", lambda text: len(text.splitlines()) == 2 and all("\t" in line for line in text.splitlines())),
])
def test_reading_export_filters_and_formats(tiny_client, fmt, check):
    res = tiny_client.get("/export", params={"format": fmt, "source": "IR"})
    assert res.status_code == 200 and "attachment" in res.headers["content-disposition"]
    assert check(res.text), res.text


def test_reading_export_parquet(tiny_client):
    import pyarrow.parquet as pq

    res = tiny_client.get("/export", params={"format": "parquet"})
    table = pq.read_table(io.BytesIO(res.content))
    assert table.num_rows == 3 and "cameo" in table.column_names


def test_reading_export_without_the_exporter_is_501(tiny_client, monkeypatch):
    monkeypatch.setattr("eventwire.web.export.store_exporter", lambda: None)
    res = tiny_client.get("/export", params={"format": "gdelt"})
    assert res.status_code == 501 and "eventwire.store.export" in res.json()["detail"]


def test_reading_settings_never_show_the_key(tiny_client):
    settings = tiny_client.get("/settings").json()
    assert settings["max_limit"]["value"] == 1000 and API_KEY not in str(settings)
    assert API_KEY not in tiny_client.get("/health").text


def test_reading_database_urls_are_shown_without_credentials():
    from eventwire.web.state import public_url

    assert public_url("postgresql://user:secret@db.example:5432/events") == "postgresql://db.example:5432/events"
    assert public_url("data/eventwire.duckdb") == "data/eventwire.duckdb"
