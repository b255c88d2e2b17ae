"""Every error is ``{"error", "detail"}`` with the right status: bad filters, unknown ids, the
write key, the body limit and the time limit. No spaCy here: hand-built records and a stub coder."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from eventwire.model import Article
from eventwire.web import WebSettings, create_app
from tests.web.conftest import API_KEY


def assert_error(res, status: int, words: str) -> dict:
    body = res.json()
    assert res.status_code == status, body
    assert set(body) == {"error", "detail"} and words in (body["error"] + " " + str(body["detail"])).lower()
    return body


@pytest.mark.parametrize(("query", "words"), [
    ("since=2017-13", "not a date"),
    ("until=yesterday", "not a date"),
    ("since=2017-02-30", "not a date"),
    ("since=2020&until=2019", "after"),
    ("source=IRN%25", "letters only"),
    ("cameo=abc", "digits"),
    ("factuality=maybe", "asserted"),
    ("order=random", "doc"),
    ("limit=0", "greater"),
    ("limit=1001", "at most 1000"),
    ("offset=-1", "greater"),
])
def test_errors_bad_filters_are_422(tiny_client, query, words):
    assert_error(tiny_client.get(f"/events?{query}"), 422, words)


@pytest.mark.parametrize(("path", "words"), [
    ("/events/nope", "no event"),
    ("/documents/nope", "no document"),
    ("/no/such/route", "no route"),
])
def test_errors_unknown_ids_are_404(tiny_client, path, words):
    assert_error(tiny_client.get(path), 404, words)


def test_errors_writes_are_refused_with_403_when_the_server_has_no_key(tiny_db):
    with TestClient(create_app(str(tiny_db), api_key=None)) as client:
        body = assert_error(client.post("/documents", json={"text": "Iran met Iraq."}, headers={"x-api-key": "x"}),
                            403, "disabled")
    assert "EVENTWIRE_API_KEY" in body["detail"]


@pytest.mark.parametrize(("headers", "words"), [({}, "missing"), ({"x-api-key": "wrong"}, "wrong")])
def test_errors_writes_need_the_right_key(tiny_client, headers, words):
    res = tiny_client.post("/documents", json={"text": "Iran met Iraq."}, headers=headers)
    assert_error(res, 401, words)
    assert res.headers["www-authenticate"].startswith("ApiKey")


def test_errors_key_comes_from_the_environment(tiny_db, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_API_KEY", "from-env")
    with TestClient(create_app(str(tiny_db))) as client:
        assert client.get("/health").json()["writes_enabled"] is True
        assert_error(client.post("/documents", json={"text": "x"}, headers={"x-api-key": API_KEY}), 401, "wrong")
    monkeypatch.setenv("EVENTWIRE_API_KEY", "")  # an empty key must not enable writes
    with TestClient(create_app(str(tiny_db))) as client:
        assert client.get("/health").json()["writes_enabled"] is False


@pytest.mark.parametrize("body", [{}, {"text": "a", "html": "<p>a</p>"}, {"text": "   "},
                                  {"text": "Iran met Iraq.", "pub_date": "10/10/2017"},
                                  {"text": "Iran met Iraq.", "doc_id": "../etc/passwd"}])
def test_errors_bad_bodies_are_422(tiny_client, body):
    assert_error(tiny_client.post("/code", json=body), 422, "")


def test_errors_large_bodies_are_413(tiny_db):
    app = create_app(str(tiny_db), settings=WebSettings(max_body_bytes=1000), api_key=API_KEY)
    with TestClient(app) as client:
        big = {"text": "Iran met Iraq. " * 200}
        assert_error(client.post("/code", json=big), 413, "1000 bytes")

        def chunks():  # no Content-Length: the limit must count the bytes as they arrive
            yield b'{"text": "'
            for _ in range(100):
                yield b"Iran met Iraq. "
            yield b'"}'

        res = client.post("/code", content=chunks(), headers={"content-type": "application/json"})
        assert_error(res, 413, "1000 bytes")


class SlowCoder:
    """Stands in for ``Eventwire``: blocks until released, to hold the coder thread."""

    version = "stub"

    def __init__(self) -> None:
        self.release = threading.Event()

    def code_text(self, text, doc_id="text", pub_date=None, html=False):
        self.release.wait(10)
        if text == "uncodable":
            raise ValueError("no text left after cleaning")
        return Article(doc_id=doc_id, text=text, raw=text), []


def test_errors_slow_coding_is_504_then_queued_requests_are_503(tiny_db):
    coder = SlowCoder()
    app = create_app(str(tiny_db), settings=WebSettings(code_timeout=0.3, max_queued=1), api_key=API_KEY,
                     eventwire=coder)
    with TestClient(app) as client:
        assert_error(client.post("/code", json={"text": "slow"}), 504, "0.3 s")
        # the timed-out text still holds the single coder thread: the next one never starts
        assert_error(client.post("/code", json={"text": "queued"}), 503, "busy")
        coder.release.set()
        time.sleep(0.2)
        assert client.post("/code", json={"text": "fine"}).status_code == 200
        assert_error(client.post("/code", json={"text": "uncodable"}), 422, "cleaning")


def test_errors_are_json_when_the_database_cannot_be_opened(tmp_path):
    (tmp_path / "dir.duckdb").mkdir()  # a directory where the file should be
    with TestClient(create_app(str(tmp_path / "dir.duckdb"))) as client:
        assert_error(client.get("/events"), 503, "cannot be opened")
        assert client.get("/health").status_code == 503
