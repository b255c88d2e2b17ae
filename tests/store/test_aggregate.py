"""Aggregations in SQL on both back ends, and the pandas frames of ``eventwire.api``."""

import importlib.util

import pandas as pd
import pytest

from eventwire import api
from eventwire.store import EventFilter
from tests.store.dataset import corpus


@pytest.fixture
def filled(make_store):
    store = make_store()
    store.write_many(corpus(), "v1")
    return store


def test_aggregate_stored_events_are_deduplicated(filled):
    assert filled.summary()["mentions"] == 12
    by_code = {(e.cameo, e.date.value): e for e in filled.events()}
    assert by_code[("040", "2017-09-19")].num_mentions == 3  # wire copy, syndication, rewrite
    assert by_code[("040", "2017-09-19")].num_sources == 3
    assert by_code[("163", "2017-09-15")].num_mentions == 2
    assert by_code[("195", "2018-01-20")].num_mentions == 2  # AFP's lede and BBC; not AFP's own day-22
    assert ("195", "2018-01-22") in by_code
    assert all(e.num_mentions == 1 for k, e in by_code.items() if k[0] == "057")  # undated and no pub date
    assert filled.count_events() == 8


def test_aggregate_series_by_month_week_and_day(filled):
    monthly = filled.series("USA", "IRN", "month")
    assert monthly == [{"period": "2017-09-01", "quad_class": 4, "events": 1, "goldstein_sum": -8.0,
                        "goldstein_mean": -8.0},
                       {"period": "2017-10-01", "quad_class": 3, "events": 1, "goldstein_sum": -2.0,
                        "goldstein_mean": -2.0}]
    weekly = filled.series(None, None, "week", EventFilter(cameo="19"))
    assert [(r["period"], r["events"]) for r in weekly] == [("2018-01-15", 1), ("2018-01-22", 1)]  # Mondays
    daily = filled.series("IRN", None, "day")
    assert [(r["period"], r["events"]) for r in daily] == [("2017-09-19", 1)]
    assert filled.series("FRA", None, "month") == []  # undated events have no period


def test_aggregate_network_and_top_actors(filled):
    edges = filled.network()
    assert [(e["source"], e["target"]) for e in edges][:3] == [("DEU", "FRA"), ("FRA", "DEU"), ("IGOUNO", "RUSGOV")]
    assert edges[-1] == {"source": "USAGOV", "target": "IRNGOV", "events": 1, "goldstein_mean": -2.0,
                         "q1": 0, "q2": 0, "q3": 1, "q4": 0}
    assert sum(e["events"] for e in edges) == filled.count_events()
    assert filled.network(min_events=2) == []
    top = filled.top_actors(limit=3)
    assert top[0]["events"] >= top[-1]["events"]
    usa = {a["actor"]: a for a in filled.top_actors(limit=50)}["USA"]
    assert usa == {"actor": "USA", "events": 1, "as_source": 1, "as_target": 0}
    assert [a["actor"] for a in filled.top_actors("target", EventFilter(cameo="1011"))] == ["RUSGOV"]


def test_aggregate_api_frames(filled):
    events = api.events_frame(filled, source="IRN")
    assert isinstance(events, pd.DataFrame) and list(events["cameo"]) == ["040"]
    assert events.loc[0, "num_mentions"] == 3 and list(events.loc[0, "doc_ids"]) == ["reuters-0919",
                                                                                     "yahoo-0919", "ap-0920"]
    assert len(api.mentions_frame(filled)) == 12
    assert len(api.mentions_frame(filled, doc_id="afp-0120")) == 2
    series = api.series_frame(filled, "USA", "IRN", "month")
    assert list(series.columns) == ["period", "quad_class", "events", "goldstein_sum", "goldstein_mean"]
    assert series["events"].sum() == 2
    assert len(api.network_frame(filled)) == 8  # every stored event here has its own dyad
    empty = api.top_actors_frame(filled, cameo="99")
    assert empty.empty and list(empty.columns) == ["actor", "events", "as_source", "as_target"]
    with pytest.raises(TypeError, match="unknown filter colour"):
        api.events_frame(filled, colour="red")
    with pytest.raises(ValueError, match="backend"):
        api.series_frame(filled, backend="excel")


def test_aggregate_api_polars_only_when_installed(filled):
    if importlib.util.find_spec("polars") is None:
        with pytest.raises(ImportError, match="polars"):
            api.series_frame(filled, backend="polars")
    else:
        assert api.series_frame(filled, backend="polars").height > 0


def test_aggregate_api_opens_a_path(tmp_path):
    from eventwire.store import open_store

    path = str(tmp_path / "x.duckdb")
    with open_store(path) as store:
        store.write_many(corpus(), "v1")
    assert len(api.events_frame(path)) == 8
