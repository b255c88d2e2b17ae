"""The API under attack, against the real app over a real DuckDB file: the write key, body and
time limits, page limits, SQL injection in every filter and path parameter, path traversal,
CORS, what error bodies may say, schemathesis over the OpenAPI spec, and a short load test.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis import checks

from eventwire.web import WebSettings, create_app
from tests.web.conftest import API_KEY, store_records, tiny_records

INJECTIONS = [
    "'; DROP TABLE events; --",
    "x' OR '1'='1",
    "1; DELETE FROM documents",
    "IRN%' OR 1=1 --",
    "\" OR \"\"=\"",
    "1 UNION SELECT record FROM events --",
    "../../etc/passwd",
    "%00",
    "\\x00",
    "IRN_",
    "' AND sleep(5) --",
    "$(rm -rf /)",
    "<script>alert(1)</script>",
]
FILTERS = ["doc", "source", "target", "since", "until", "cameo", "factuality", "order"]
READ_ROUTES = ["/events", "/network", "/actors", "/export", "/dyads/IRN/IRQ/series"]


def assert_json_error(res, *statuses: int) -> dict:
    assert res.status_code in statuses, (res.status_code, res.text[:300])
    body = res.json()
    assert set(body) == {"error", "detail"}
    text = json.dumps(body)
    assert "Traceback" not in text and 'File "' not in text and API_KEY not in text
    return body


def snapshot(target) -> tuple:
    """What the database holds: read directly from a file, or through an app's own connection
    (DuckDB lets one process open a file only one way at a time)."""
    import duckdb

    def read(query: str) -> list[tuple]:
        if isinstance(target, Path):
            con = duckdb.connect(str(target), read_only=True)
            try:
                return con.execute(query).fetchall()
            finally:
                con.close()
        return target.app.state.eventwire.read(lambda store: store._rows(query))

    tables = sorted(r[0] for r in read("SELECT table_name FROM information_schema.tables"))
    counts = tuple(read(f"SELECT count(*) FROM {t}")[0][0] for t in ("documents", "events", "mentions", "actors"))
    records = sorted(r[0] for r in read("SELECT record FROM events"))
    return tables, counts, records


@pytest.fixture
def client(tiny_db):
    with TestClient(create_app(str(tiny_db), api_key=API_KEY)) as c:
        yield c


# -- the write key ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("headers", "status"), [({}, 401), ({"x-api-key": ""}, 401), ({"x-api-key": "wrong"}, 401),
                                                 ({"x-api-key": API_KEY + " "}, 401),
                                                 ({"x-api-key": API_KEY.upper()}, 401),
                                                 ({"authorization": f"Bearer {API_KEY}"}, 401)])
def test_security_writes_need_the_exact_key(client, tiny_db, headers, status):
    before = snapshot(client)
    res = client.post("/documents", json={"text": "Iran met Iraq."}, headers=headers)
    assert_json_error(res, status)
    assert snapshot(client) == before


def test_security_writes_are_off_without_a_server_key_whatever_the_request_sends(tiny_db):
    with TestClient(create_app(str(tiny_db), api_key=None)) as c:
        for key in ("", "x", API_KEY, "None", "null"):
            assert_json_error(c.post("/documents", json={"text": "Iran met Iraq."}, headers={"x-api-key": key}), 403)


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
@pytest.mark.parametrize("path", ["/documents", "/documents/tiny", "/events", "/events/x", "/code"])
def test_security_no_other_method_writes(client, method, path):
    res = getattr(client, method)(path, headers={"x-api-key": API_KEY})
    assert res.status_code == 405, (method, path, res.status_code)


@pytest.mark.slow
def test_security_code_does_not_store(client, tiny_db, ew):
    client.app.state.eventwire._eventwire = ew
    before = snapshot(client)
    assert client.post("/code", json={"text": "Iran met Iraq in Baghdad on Monday.", "doc_id": "new"}).status_code == 200
    assert snapshot(client) == before


# -- size, time and page limits -------------------------------------------------------------------
def test_security_bodies_over_the_limit_are_413_before_parsing(tiny_db):
    app = create_app(str(tiny_db), settings=WebSettings(max_body_bytes=2048), api_key=API_KEY)
    with TestClient(app) as c:
        big = json.dumps({"text": "Iran met Iraq. " * 1000})
        for path, headers in (("/code", {}), ("/documents", {"x-api-key": API_KEY}),
                              ("/documents", {"x-api-key": "wrong"})):
            res = c.post(path, content=big, headers={"content-type": "application/json", **headers})
            assert_json_error(res, 413)

        def chunks():
            yield b'{"text": "'
            for _ in range(1000):
                yield b"Iran met Iraq. "
            yield b'"}'

        assert_json_error(c.post("/code", content=chunks(), headers={"content-type": "application/json"}), 413)
        # a lying Content-Length is not believed
        res = c.post("/code", content=big.encode(), headers={"content-type": "application/json",
                                                              "content-length": "10"})
        assert res.status_code in (400, 413, 422)


@pytest.mark.slow
def test_security_texts_beyond_what_the_coder_accepts_are_refused(tiny_db, ew):
    from eventwire.ingest.readers import MAX_CHARS

    app = create_app(str(tiny_db), settings=WebSettings(max_body_bytes=4 * MAX_CHARS), api_key=API_KEY, eventwire=ew)
    with TestClient(app) as c:
        body = assert_json_error(c.post("/code", json={"text": "Iran met Iraq. " * (MAX_CHARS // 15 + 1)}), 413, 422)
        assert "too large" in json.dumps(body)


@pytest.mark.slow
def test_security_slow_coding_is_cut_off(tiny_db, ew):
    app = create_app(str(tiny_db), settings=WebSettings(code_timeout=0.05), api_key=API_KEY, eventwire=ew)
    with TestClient(app) as c:
        text = "Iran's foreign minister met his Iraqi counterpart in Baghdad on Monday. " * 300
        assert_json_error(c.post("/code", json={"text": text}), 504, 503)


@pytest.mark.parametrize(("path", "query"), [
    ("/events", "limit=1001"), ("/events", "limit=100000000000000000000"), ("/events", "limit=-1"),
    ("/events", "offset=-5"), ("/documents", "limit=1001"), ("/actors", "limit=1001"), ("/network", "limit=5001"),
    ("/network", "min_events=0"),
])
def test_security_page_limits_are_refused(client, path, query):
    assert_json_error(client.get(f"{path}?{query}"), 422)


@pytest.mark.parametrize(("path", "query"), [
    ("/events", "offset=100000000000000000000"), ("/events", "offset=9223372036854775807"),
    ("/documents", "offset=100000000000000000000"), ("/network", "min_events=100000000000000000000"),
    ("/events", "limit=1000&offset=9223372036854775808"),
])
def test_security_huge_numbers_are_4xx_or_empty_never_500(client, path, query):
    res = client.get(f"{path}?{query}")
    assert res.status_code in (200, 422), (res.status_code, res.text[:300])
    if res.status_code == 200:
        body = res.json()
        assert not body.get("events") and not body.get("documents") and not body.get("edges")


def test_security_the_largest_page_is_served(client):
    res = client.get("/events?limit=1000")
    assert res.status_code == 200 and res.json()["limit"] == 1000


# -- SQL injection ---------------------------------------------------------------------------------
@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("route", READ_ROUTES)
def test_security_injection_in_filters_is_inert(client, tiny_db, route, value):
    before = snapshot(client)
    for name in FILTERS:
        res = client.get(route, params={name: value, "format": "json"})
        assert res.status_code in (200, 422), (route, name, value, res.status_code, res.text[:200])
        if res.status_code == 422:
            assert_json_error(res, 422)
        elif route == "/events":
            assert res.json()["events"] == [] or name == "order", (name, value)
    assert snapshot(client) == before


@pytest.mark.parametrize("value", INJECTIONS)
def test_security_injection_in_path_parameters_is_inert(client, tiny_db, value):
    from urllib.parse import quote

    before = snapshot(client)
    v = quote(value, safe="")
    for path in (f"/events/{v}", f"/documents/{v}", f"/dyads/{v}/IRQ/series", f"/dyads/IRN/{v}/series"):
        res = client.get(path, params={"format": "json"})
        assert res.status_code in (404, 422), (path, res.status_code, res.text[:200])
        assert_json_error(res, 404, 422)
    assert snapshot(client) == before


@pytest.mark.slow
def test_security_injection_in_stored_fields_is_stored_as_data(tiny_db, ew):
    app = create_app(str(tiny_db), api_key=API_KEY, eventwire=ew)
    evil = "'); DROP TABLE events; --"
    with TestClient(app) as c:
        res = c.post("/documents", headers={"x-api-key": API_KEY}, json={
            "text": f"Iran's foreign minister met his Iraqi counterpart in Baghdad on Monday. {evil}",
            "doc_id": "evil-1", "title": evil, "source": evil, "url": f"http://x/{evil}", "pub_date": "2020-01-02"})
        assert res.status_code == 201, res.text
        doc = c.get("/documents/evil-1", params={"format": "json"}).json()
        assert doc["document"]["title"] == evil and doc["document"]["source"] == evil
        assert c.get("/events", params={"doc": "evil-1"}).json()["total"] >= 1
    tables, counts, _ = snapshot(tiny_db)
    assert {"documents", "events", "mentions"} <= set(tables) and counts[0] == 2


# -- path traversal --------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["../../x", "../../../etc/passwd", "csv/../../x", "csv%00", "/etc/passwd", "CSV"])
def test_security_export_format_cannot_name_a_path(client, fmt):
    assert_json_error(client.get("/export", params={"format": fmt}), 422)


def test_security_export_files_are_temporary_and_named_by_the_server(client):
    tmp = Path(tempfile.gettempdir())
    before = set(tmp.glob("eventwire-export-*"))
    res = client.get("/export", params={"format": "csv", "doc": "../../etc/passwd"})
    assert res.status_code == 200
    assert res.headers["content-disposition"] == 'attachment; filename="eventwire-events.csv"'
    for fmt in ("csv", "jsonl", "plover", "gdelt", "parquet"):
        assert client.get("/export", params={"format": fmt}).status_code == 200
    assert set(tmp.glob("eventwire-export-*")) == before


@pytest.mark.parametrize("path", ["/static/../../../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
                                  "/static/%2e%2e/%2e%2e/pyproject.toml", "/static//etc/passwd",
                                  "/documents/..%2f..%2fetc%2fpasswd"])
def test_security_no_file_outside_static_is_served(client, path):
    res = client.get(path, headers={"accept": "application/json"})
    assert res.status_code in (404, 400), (path, res.status_code)
    assert "root:" not in res.text and "[project]" not in res.text


# -- CORS ------------------------------------------------------------------------------------------
def test_security_cors_is_off_by_default(client):
    origin = {"origin": "https://evil.example"}
    for res in (client.get("/events", headers=origin),
                client.options("/documents", headers={**origin, "access-control-request-method": "POST",
                                                      "access-control-request-headers": "x-api-key"})):
        assert not any(h.lower().startswith("access-control-") for h in res.headers), res.headers


def test_security_cors_allows_only_the_configured_origin(tiny_db):
    app = create_app(str(tiny_db), settings=WebSettings(cors_origins=("https://ok.example",)), api_key=API_KEY)
    with TestClient(app) as c:
        assert c.get("/events", headers={"origin": "https://ok.example"}).headers[
            "access-control-allow-origin"] == "https://ok.example"
        assert "access-control-allow-origin" not in c.get("/events", headers={"origin": "https://evil.example"}).headers


# -- what error bodies may say ---------------------------------------------------------------------
def test_security_unexpected_errors_say_nothing_of_their_cause(client, monkeypatch):
    def boom(fn):
        raise RuntimeError("password=hunter2 at /srv/secret/path.py line 12")

    monkeypatch.setattr(client.app.state.eventwire, "read", boom)
    res = TestClient(client.app, raise_server_exceptions=False).get("/events")
    body = assert_json_error(res, 500)
    assert "hunter2" not in res.text and "/srv/secret" not in res.text
    assert body == {"error": "internal error", "detail": "RuntimeError"}


def test_security_database_passwords_never_reach_a_client():
    url = "postgresql://eventwire:s3cret-pw@127.0.0.1:1/nowhere"
    with TestClient(create_app(url, api_key=API_KEY)) as c:
        for path in ("/health", "/events", "/summary", "/settings", "/openapi.json"):
            res = c.get(path)
            assert "s3cret-pw" not in res.text, path
            assert API_KEY not in res.text, path


def test_security_the_key_is_never_shown(client):
    for path in ("/", "/health", "/settings", "/openapi.json", "/docs"):
        assert API_KEY not in client.get(path).text


# -- schemathesis over the OpenAPI spec ------------------------------------------------------------
# The app is built at import (schemathesis reads its spec when the module is collected; its lazy
# ``from_fixture`` loader does not run under pytest 9), over its own small database; the session's
# loaded pipeline is handed to it by ``fuzzed_coder`` before the first request.
_FUZZ_DIR = Path(tempfile.mkdtemp(prefix="eventwire-schemathesis-"))
atexit.register(shutil.rmtree, _FUZZ_DIR, True)
FUZZED_APP = create_app(str(store_records(_FUZZ_DIR / "api.duckdb", tiny_records(), "test")), api_key=API_KEY,
                        settings=WebSettings(code_timeout=20))
schema = schemathesis.openapi.from_asgi("/openapi.json", FUZZED_APP)
SCHEMATHESIS_CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
                       checks.response_schema_conformance, checks.response_headers_conformance,
                       checks.negative_data_rejection]


@pytest.fixture(scope="module")
def fuzzed_coder(ew):
    state = FUZZED_APP.state.eventwire
    state._eventwire = ew
    yield
    state.close()


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=int(os.environ.get("EVENTWIRE_SCHEMATHESIS_EXAMPLES", "25")), deadline=None,
          suppress_health_check=list(HealthCheck))
def test_security_schemathesis_no_server_errors_and_responses_match_the_spec(case, fuzzed_coder):
    # server errors, schema conformance of the responses, and invalid input refused; not
    # ``positive_data_acceptance``: the spec cannot say that a date must exist in the calendar,
    # that ``since`` comes before ``until`` or that exactly one of text and html is given
    case.call_and_validate(headers={"x-api-key": API_KEY, "accept": "application/json"}, checks=SCHEMATHESIS_CHECKS)


# -- load ------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_security_load_test_on_loopback(tmp_path):
    from eventwire.scale import loadtest

    result = loadtest.run(quick=True, workdir=tmp_path)
    assert result["seconds"] - result["warm_up_seconds"] <= 30  # the budget; the model load is apart
    for name in ("GET /events", "POST /code"):
        row = result["endpoints"][name]
        assert row["requests"] > 0 and row["errors"] == 0, row
        assert row["p99_ms"] < 10_000


@pytest.mark.slow
def test_security_an_app_started_again_still_codes(tiny_db, ew):
    app = create_app(str(tiny_db), api_key=API_KEY, eventwire=ew)
    for _ in range(2):  # the second lifespan used to find its coder thread shut down (500)
        with TestClient(app) as c:
            assert c.post("/code", json={"text": "Iran met Iraq in Baghdad on Monday."}).status_code == 200
