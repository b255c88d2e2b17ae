"""Exports (GDELT 2.0, PLOVER JSON, CSV, Parquet), safe export paths, and the stats/export CLI."""

import csv
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import EventFilter, open_store
from eventwire.store.export import FLAT_COLUMNS, UnsafePathError, export_events, safe_export_path
from eventwire.store.gdelt import COLUMNS, global_event_id
from tests.store.dataset import corpus

GDELT_2_ORDER = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()


@pytest.fixture
def filled(make_store):
    store = make_store()
    store.write_many(corpus(), "v1")
    return store


def _gdelt(store, tmp_path, **flt):
    path = tmp_path / "events.tsv"
    n = export_events(store, "gdelt", path, EventFilter(**flt))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == n
    return [dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in lines]


def test_export_gdelt_has_61_columns_in_codebook_order(filled, tmp_path):
    assert COLUMNS == GDELT_2_ORDER and len(COLUMNS) == 61
    rows = _gdelt(filled, tmp_path)
    assert len(rows) == filled.count_events()
    export_events(filled, "gdelt", tmp_path / "h.tsv", header=True)
    assert (tmp_path / "h.tsv").read_text().splitlines()[0].split("\t") == COLUMNS


def test_export_gdelt_fills_what_we_know(filled, tmp_path):
    [meet] = _gdelt(filled, tmp_path, cameo="040")
    stored = filled.events(EventFilter(cameo="040"))[0]
    assert meet["GLOBALEVENTID"] == str(global_event_id(stored.event_id))
    assert (meet["SQLDATE"], meet["MonthYear"], meet["Year"]) == ("20170919", "201709", "2017")  # event, not pub
    assert meet["FractionDate"] == str(round(2017 + (9 * 30 + 19) / 365, 4))
    assert (meet["Actor1Code"], meet["Actor1CountryCode"], meet["Actor1Type1Code"]) == ("IRNGOV", "IRN", "GOV")
    assert (meet["EventCode"], meet["EventBaseCode"], meet["EventRootCode"]) == ("040", "040", "04")
    assert (meet["NumMentions"], meet["NumSources"], meet["NumArticles"], meet["IsRootEvent"]) == ("3", "3", "3", "1")
    assert meet["ActionGeo_Type"] == "3" and meet["ActionGeo_FullName"] == "New York, United States"
    assert meet["ActionGeo_CountryCode"] == "US" and meet["ActionGeo_Lat"] == "40.71"  # FIPS 10-4
    assert meet["SOURCEURL"] == "https://www.reuters.com/a" and len(meet["DATEADDED"]) == 14
    assert meet["AvgTone"] == "" and meet["Actor1Geo_Type"] == ""
    [un] = _gdelt(filled, tmp_path, cameo="1011")
    assert (un["Actor1Code"], un["Actor1CountryCode"], un["Actor1KnownGroupCode"], un["Actor1Type1Code"]) == \
        ("IGOUNO", "", "UNO", "IGO")
    [treaty, _] = _gdelt(filled, tmp_path, cameo="057")
    assert treaty["SQLDATE"] == treaty["Year"] == "" and treaty["ActionGeo_Type"] == ""


def test_export_plover_is_json_lines(filled, tmp_path):
    path = tmp_path / "p.jsonl"
    n = export_events(filled, "plover", path)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert n == len(records) == filled.count_events()
    strike = next(r for r in records if r["date"] == "2018-01-20")
    assert strike["event_type"] == "CONSULT" and strike["context"] == ["diplomatic"]
    assert strike["actor"] == {"name": "TURMIL", "code": "TURMIL", "country": "TUR", "sector": "MIL"}
    assert strike["recipient"]["country"] == "SYR" and strike["location"]["name"] == "Afrin"
    assert strike["story_ids"] == ["afp-0120", "bbc-0122"] and strike["num_sources"] == 2


def test_export_csv_and_parquet_have_the_flat_columns(filled, tmp_path):
    n = export_events(filled, "csv", tmp_path / "e.csv", EventFilter(source="TUR"))
    with open(tmp_path / "e.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert n == len(rows) == 2 and list(rows[0]) == [c for c, _ in FLAT_COLUMNS]
    assert rows[0]["doc_ids"] == "afp-0120;bbc-0122"
    assert export_events(filled, "parquet", tmp_path / "e.parquet") == 8
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 8 and table.column_names == [c for c, _ in FLAT_COLUMNS]
    assert export_events(filled, "parquet", tmp_path / "none.parquet", EventFilter(cameo="99")) == 0
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0
    with pytest.raises(ValueError, match="needs a file path"):
        export_events(filled, "parquet", "-")
    with pytest.raises(ValueError, match="unknown export format"):
        export_events(filled, "xml", tmp_path / "x")


def test_export_pages_through_large_results(filled, tmp_path):
    n = export_events(filled, "jsonl", tmp_path / "all.jsonl", page_size=3)
    ids = [json.loads(line)["event_id"] for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert n == 8 and len(set(ids)) == 8
    assert export_events(filled, "jsonl", tmp_path / "five.jsonl", EventFilter(limit=5), page_size=2) == 5


@pytest.mark.parametrize("name", ["../x.csv", "/etc/passwd", "a/../../x", "", "a\\..\\x", "x\x00.csv", ".", "a/.."])
def test_export_safe_path_refuses_escapes(tmp_path, name):
    with pytest.raises(UnsafePathError):
        safe_export_path(tmp_path, name)


def test_export_safe_path_refuses_symlinks_out_and_accepts_plain_names(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "link").symlink_to(tmp_path)
    with pytest.raises(UnsafePathError):
        safe_export_path(tmp_path / "out", "link/secret.csv")
    assert safe_export_path(tmp_path / "out", "sub/e.csv") == (tmp_path / "out" / "sub" / "e.csv").resolve()


def test_export_and_stats_commands(tmp_path):
    db = str(tmp_path / "cli.duckdb")
    with open_store(db) as store:
        store.write_many(corpus(), "v1")
    runner = CliRunner()
    out = tmp_path / "g.tsv"
    result = runner.invoke(app, ["export", "--format", "gdelt", "--out", str(out), "--db", db, "--source", "TUR"])
    assert result.exit_code == 0, result.output
    assert [len(line.split("\t")) for line in out.read_text().splitlines()] == [61, 61]
    result = runner.invoke(app, ["export", "--format", "parquet", "--out", str(tmp_path / "p.parquet"), "--db", db])
    assert result.exit_code == 0 and pq.read_table(tmp_path / "p.parquet").num_rows == 8
    result = runner.invoke(app, ["stats", "--db", db, "--source", "USA", "--target", "IRN", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and {r["kind"] for r in rows} == {"series"} and len(rows) == 2
    result = runner.invoke(app, ["stats", "--db", db, "--format", "csv", "--interval", "week"])
    kinds = [r["kind"] for r in csv.DictReader(result.stdout.splitlines())]
    assert result.exit_code == 0 and {"series", "actor", "dyad"} == set(kinds)
    result = runner.invoke(app, ["stats", "--db", db])
    assert result.exit_code == 0 and "top actors" in result.stdout and "top dyads" in result.stdout
    missing = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1
