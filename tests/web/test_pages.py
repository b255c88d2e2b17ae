"""One URL, two formats; the page's assets come from the package, never from a CDN."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.web.pages import STATIC

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.mark.parametrize("path", ["/", "/events", "/events/x", "/documents", "/documents/tiny", "/timeline",
                                  "/dyads/IRN/IRQ/series", "/network"])
def test_pages_serve_the_page_to_a_browser(tiny_client, path):
    res = tiny_client.get(path, headers=BROWSER)
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/html")
    assert '<main id="view"' in res.text and res.headers["vary"] == "Accept"


@pytest.mark.parametrize("path", ["/events", "/documents/tiny", "/health"])
def test_pages_serve_json_to_api_clients(tiny_client, path):
    res = tiny_client.get(path)
    assert res.headers["content-type"] == "application/json"
    forced = tiny_client.get(path + "?format=json", headers=BROWSER)
    assert forced.headers["content-type"] == "application/json"


def test_pages_reference_only_local_assets():
    for path in [STATIC / "index.html", *STATIC.glob("js/**/*.js"), STATIC / "css" / "app.css"]:
        text = path.read_text(encoding="utf-8")
        # a CDN at run time would break the page offline; schema URLs are ids, not fetched
        urls = [u for u in re.findall(r"https?://[^\s\"')]+", text) if "vega.github.io/schema" not in u
                and "www.w3.org" not in u]
        assert urls == [], f"{path.name} loads {urls}"


@pytest.mark.parametrize("name", ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "cytoscape.min.js",
                                  "swagger-ui-bundle.js", "swagger-ui.css"])
def test_pages_vendored_libraries_are_served_with_their_licence(tiny_client, name):
    res = tiny_client.get(f"/static/vendor/{name}")
    assert res.status_code == 200 and len(res.content) > 10_000
    stem = name.split(".min.")[0].removesuffix("-bundle.js").removesuffix(".css")
    assert (STATIC / "vendor" / f"{stem}.LICENSE.txt").exists()
    assert name in (STATIC / "vendor" / "README.md").read_text(encoding="utf-8")


def test_pages_docs_use_the_vendored_swagger_ui(tiny_client):
    html = tiny_client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in html and "cdn.jsdelivr" not in html
    schema = tiny_client.get("/openapi.json").json()
    assert {"/code", "/documents", "/events", "/events/{event_id}", "/export", "/network",
            "/dyads/{a}/{b}/series", "/health"} <= set(schema["paths"])
    assert "APIKeyHeader" in schema["components"]["securitySchemes"]


def test_pages_static_files_are_package_data():
    # pyproject's package-data globs ship only these suffixes: a new kind of file would be
    # missing from an installed wheel
    allowed = {".html", ".css", ".js", ".md", ".txt", ".json"}
    files = [p for p in Path(STATIC).rglob("*") if p.is_file()]
    assert files and {p.suffix for p in files} <= allowed
