"""The API end to end: the real pipeline, a real DuckDB database, the real app."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.web.conftest import API_KEY, SEED_DOC, SEED_PUB_DATE, TEXTS, seed_text

pytestmark = pytest.mark.slow


def needs_seed() -> str:
    text = seed_text()
    if text is None:
        pytest.skip("the shared seed article is not available")
    return text


def aggregate(client, path: str):
    """GET an aggregate; skip while the store back end has not implemented it."""
    res = client.get(path)
    if res.status_code == 501:
        pytest.skip(f"store aggregation not implemented yet: {res.json()['detail']}")
    assert res.status_code == 200, res.json()
    return res.json()


def test_api_code_returns_records_text_and_highlights(coded_client):
    text = needs_seed()
    res = coded_client.post("/code", json={"text": text, "pub_date": SEED_PUB_DATE, "doc_id": "pasted"})
    assert res.status_code == 200, res.json()
    body = res.json()
    refusal = next(e for e in body["events"] if e["cameo"] == "125")
    assert "refused" in refusal["trigger"] and refusal["date"]["value"] == "2017-09"
    assert refusal["factuality"] == "asserted" and refusal["source"]["cameo"] == "IRNGOV"
    for e in body["events"]:
        start, end = e["evidence_span"]
        assert body["text"][start:end] == e["evidence"] and e["doc_id"] == "pasted"
    marks = {h["kind"]: body["text"][h["start"]:h["end"]] for h in body["highlight"] if h["event_id"] == refusal["event_id"]}
    assert "refused" in marks["trigger"] and marks["evidence"] == refusal["evidence"]
    assert coded_client.get("/documents/pasted").status_code == 404  # /code stores nothing


def test_api_code_accepts_html(coded_client):
    html = ("<html><body><nav>Home | World</nav><article><p>Iran's foreign minister met his Iraqi counterpart "
            "in Baghdad on Monday.</p></article></body></html>")
    body = coded_client.post("/code", json={"html": html, "pub_date": "2020-03-04"}).json()
    assert "<p>" not in body["text"] and "Baghdad" in body["text"]
    assert any(e["cameo"].startswith("04") for e in body["events"])


def test_api_documents_stores_with_the_key_and_replaces_on_repost(coded_client):
    doc = {"text": "Turkey accused Syria of shelling its border towns on 3 March 2020.", "pub_date": "2020-03-05",
           "doc_id": "turkey-syria", "title": "Border", "source": "Test Wire"}
    first = coded_client.post("/documents", json=doc, headers={"x-api-key": API_KEY})
    assert first.status_code == 201, first.json()
    assert first.json()["stored"] is True and first.json()["events"]
    stored = coded_client.get("/documents/turkey-syria").json()
    assert stored["document"]["title"] == "Border" and stored["document"]["source"] == "Test Wire"
    assert [e["event_id"] for e in stored["events"]] == [e["event_id"] for e in first.json()["events"]]
    again = coded_client.post("/documents", json=doc, headers={"x-api-key": API_KEY})
    assert again.status_code == 201
    assert coded_client.get("/events", params={"doc": "turkey-syria"}).json()["total"] == len(first.json()["events"])


def test_api_events_filters_pages_and_sorts(coded_client):
    everything = coded_client.get("/events").json()
    assert everything["limit"] == 100 and everything["offset"] == 0 and everything["total"] >= 10
    page = coded_client.get("/events", params={"limit": 3, "offset": 2}).json()
    assert len(page["events"]) == 3 and page["total"] == everything["total"]
    assert [e["event_id"] for e in page["events"]] == [e["event_id"] for e in everything["events"][2:5]]
    dyad = coded_client.get("/events", params={"source": "irn", "target": "USA"}).json()
    assert dyad["total"] >= 2 and dyad["filters"] == {"source": "IRN", "target": "USA"}
    assert all(e["source"]["cameo"].startswith("IRN") and e["target"]["cameo"].startswith("USA") for e in dyad["events"])
    dated = coded_client.get("/events", params={"since": "2019", "until": "2019-12", "order": "date"}).json()
    assert dated["events"] and all(e["date"]["value"].startswith("2019") for e in dated["events"])
    by_weight = coded_client.get("/events", params={"order": "goldstein", "limit": 1000}).json()["events"]
    assert [e["goldstein"] for e in by_weight] == sorted(e["goldstein"] for e in by_weight)
    conflict = coded_client.get("/events", params={"cameo": "19"}).json()["events"]
    assert conflict and all(e["cameo"].startswith("19") for e in conflict)


def test_api_event_has_its_document_text_and_highlights(coded_client):
    event = coded_client.get("/events", params={"doc": "us-iran-2019", "cameo": "125"}).json()["events"][0]
    view = coded_client.get(f"/events/{event['event_id']}").json()
    assert view["event"]["event_id"] == event["event_id"] and view["event"]["evidence"] == event["evidence"]
    assert view["document"]["doc_id"] == "us-iran-2019"
    assert view["document_text"] == TEXTS["us-iran-2019"][1]
    marks = {h["kind"]: view["document_text"][h["start"]:h["end"]] for h in view["highlight"]}
    assert marks["evidence"] == event["evidence"] and marks["trigger"] == event["trigger"]
    assert "Rouhani" in marks["source"]


def test_api_document_lists_its_events(coded_client):
    view = coded_client.get("/documents/gaza").json()
    assert view["text"] == TEXTS["gaza"][1] and view["document"]["pub_date"] == "2021-05-12"
    assert view["events"] and {h["event_id"] for h in view["highlight"]} <= {e["event_id"] for e in view["events"]}
    listed = coded_client.get("/documents").json()["documents"]
    assert {"gaza", "us-iran-deal", "us-iran-2019"} <= {d["doc_id"] for d in listed}


def test_api_dyad_series_counts_events_by_month_and_quad_class(coded_client):
    body = aggregate(coded_client, "/dyads/IRN/USA/series?interval=month")
    rows = body["series"]
    assert body["source"] == "IRN" and body["target"] == "USA" and rows
    expected = coded_client.get("/events", params={"source": "IRN", "target": "USA", "limit": 1000}).json()["events"]
    # a month series places events dated to a month or a day; "in 2013" has no month
    assert sum(r["events"] for r in rows) == sum(1 for e in expected if len(e["date"]["value"] or "") >= 7)
    assert {r["period"][:7] for r in rows} >= {"2019-06"}
    assert all(r["period"].endswith("-01") and r["quad_class"] in (1, 2, 3, 4) for r in rows)


def test_api_network_has_nodes_for_its_edges(coded_client):
    body = aggregate(coded_client, "/network?min_events=1")
    edges, nodes = body["edges"], {n["id"]: n for n in body["nodes"]}
    assert edges and all(e["source"] in nodes and e["target"] in nodes for e in edges)
    assert [e["events"] for e in edges] == sorted((e["events"] for e in edges), reverse=True)
    strong = aggregate(coded_client, "/network?min_events=2")["edges"]
    assert all(e["events"] >= 2 for e in strong)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_api_export_streams_the_filtered_events(coded_client, fmt):
    res = coded_client.get("/export", params={"format": fmt, "source": "IRN"})
    assert res.status_code == 200 and "attachment" in res.headers["content-disposition"]
    expected = coded_client.get("/events", params={"source": "IRN", "limit": 1000}).json()["total"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.text)))
        assert len(rows) == expected and all(r["source_cameo"].startswith("IRN") for r in rows)
    else:
        records = [json.loads(line) for line in res.text.splitlines()]
        assert len(records) == expected and all(r["source"]["cameo"].startswith("IRN") for r in records)


def test_api_health_and_summary(coded_client):
    health = coded_client.get("/health").json()
    assert health["status"] == "ok" and health["writes_enabled"] and health["events"] > 0
    summary = coded_client.get("/summary").json()
    assert summary["documents"] >= 3 and summary["top_dyads"]


def test_api_seed_document_is_stored(coded_client):
    needs_seed()
    view = coded_client.get(f"/documents/{SEED_DOC}").json()
    refusal = next(e for e in view["events"] if e["cameo"] == "125")
    assert refusal["date"]["value"] == "2017-09" and refusal["coder"]["rule"]
