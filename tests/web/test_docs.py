"""Every setting and every route is documented (a new one without docs fails here)."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from eventwire.web import WebSettings, create_app
from eventwire.web.pages import STATIC

README = (STATIC.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [f.name for f in fields(WebSettings)])
def test_docs_every_setting_is_documented(name):
    assert f"`{name}`" in README
    assert WebSettings.help()[name]


def test_docs_every_route_is_documented(tmp_path):
    app = create_app(str(tmp_path / "x.duckdb"), api_key=None)
    schema = app.openapi()
    for path, methods in schema["paths"].items():
        # README writes path parameters as {id} or {a}/{b}
        pattern = re.escape(path).replace(r"\{event_id\}", r"\{id\}").replace(r"\{doc_id\}", r"\{id\}")
        for method in methods:
            assert re.search(f"`{method.upper()} {pattern}`", README), f"{method.upper()} {path} is not in README.md"
            assert methods[method].get("description") or methods[method].get("summary")
