"""DuckDB and PostgreSQL give identical results on the same inputs: events, mentions, series,
network, top actors and every export format (DATEADDED aside, which is the time of writing)."""

import json

import pyarrow.parquet as pq
import pytest

from eventwire.store import EventFilter, WriteItem, open_store
from eventwire.store.export import export_events
from eventwire.store.gdelt import COLUMNS
from tests.store.conftest import article
from tests.store.dataset import corpus


def _fill(url: str):
    store = open_store(url)
    items = corpus()
    store.write_many(items[:4], "v1")
    for item in items[4:]:  # the rest one at a time, the runner's way
        store.write(item.article, item.events, "v1")
    store.write(article("ap-0920", "gone"), [], "v1")  # a re-coded document that lost its event
    store.write_many([WriteItem(items[2].article, items[2].events)], "v1")  # and got it back
    return store


def _results(store, tmp_path, name: str) -> dict:
    flt = EventFilter(order="date")
    out = {
        "events": [e.as_dict() for e in store.events(flt)],
        "mentions": [e.as_dict() for e in store.events(EventFilter(level="mention", order="date"))],
        "doc": [e.as_dict() for e in store.events(EventFilter(doc_id="yahoo-0919"))],
        "summary": store.summary(),
        "network": store.network(),
        "top_actors": store.top_actors(limit=100),
    }
    for interval in ("day", "week", "month"):
        out[f"series_{interval}"] = store.series(interval=interval)
    for fmt in ("gdelt", "plover", "csv", "jsonl", "parquet"):
        path = tmp_path / f"{name}.{fmt}"
        export_events(store, fmt, path, header=True)
        if fmt == "parquet":
            out[fmt] = pq.read_table(path).to_pylist()
        elif fmt == "gdelt":
            rows = [dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in path.read_text().splitlines()]
            out[fmt] = [{k: v for k, v in r.items() if k != "DATEADDED"} for r in rows]
        else:
            out[fmt] = path.read_text(encoding="utf-8")
    return out


def test_backends_agree_on_events_aggregates_and_exports(tmp_path, postgres):
    duck = _fill(str(tmp_path / "a.duckdb"))
    pg = _fill(postgres.new_database())
    try:
        a, b = _results(duck, tmp_path, "duck"), _results(pg, tmp_path, "pg")
    finally:
        duck.close()
        pg.close()
    assert a["summary"]["events"] == 8 and a["summary"]["mentions"] == 12
    for key in a:
        assert a[key] == b[key], f"{key} differs:\n{json.dumps(a[key], default=str)[:2000]}\n" \
                                 f"{json.dumps(b[key], default=str)[:2000]}"


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_backends_agree_on_filtered_series(tmp_path, postgres, interval):
    duck = _fill(str(tmp_path / "b.duckdb"))
    pg = _fill(postgres.new_database())
    try:
        for src, tgt in (("USA", "IRN"), ("IRN", None), (None, "SYR")):
            flt = EventFilter(since="2017-09-16", until="2018-12")
            assert duck.series(src, tgt, interval, flt) == pg.series(src, tgt, interval, flt)
    finally:
        duck.close()
        pg.close()
