"""How a Dask run cuts its input: fast tests, no cluster."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.scale.dask_engine import batch_size, payload, settings_key


@pytest.mark.parametrize(("n", "slots", "configured", "expected"), [
    (10, 2, 32, 2),  # few documents: several batches per worker
    (4500, 2, 32, 32),  # many: the configured batch size
    (1, 4, 32, 1),
    (0, 2, 32, 1),
])
def test_batch_size_spreads_small_inputs(n, slots, configured, expected):
    assert batch_size(n, slots, configured) == expected


def test_payload_leaves_raw_with_the_driver():
    article = Article(doc_id="a", text="Iran met Iraq.", raw="<p>Iran met Iraq.</p>", pub_date="2020-01-01")
    data = payload(article)
    assert "raw" not in data
    assert Article.from_dict(data).text == article.text and Article.from_dict(data).pub_date == "2020-01-01"


def test_settings_key_is_stable_and_distinguishes_settings():
    assert settings_key({"a": {"x": 1, "y": 2}}) == settings_key({"a": {"y": 2, "x": 1}})
    assert settings_key({"a": {"x": 1}}) != settings_key({"a": {"x": 2}})
