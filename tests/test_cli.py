"""The command line end to end, through the real executable, on a real DuckDB file."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import shared_path

pytestmark = pytest.mark.slow
EW = [sys.executable, "-m", "eventwire.cli"]


def run(*args, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([*EW, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout:{proc.stdout}\nstderr:{proc.stderr}")
    return proc


def test_code_seed_as_jsonl(tmp_path):
    seed = shared_path("corpus", "seed", "iran_us_talks.txt")
    proc = run("code", seed, "--format", "jsonl", "--pub-date", "2017-10-10", "--no-store", cwd=tmp_path)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records, proc.stderr
    text = seed.read_text(encoding="utf-8")
    for r in records:
        start, end = r["evidence_span"]
        assert text[start:end] == r["evidence"]  # the bio is at the end: offsets match the file
        assert r["cameo_root"] == r["cameo"][:2] and r["plover"]["event_type"]
        assert r["coder"]["rule"] and r["event_id"]
    assert not (tmp_path / "eventwire.duckdb").exists()


def test_world_news_is_coded_stored_and_idempotent(tmp_path):
    corpus = shared_path("corpus", "news", "world_news.jsonl")
    first = run("code", corpus, "--db", "x.duckdb", "--format", "jsonl", "--quiet", cwd=tmp_path)
    assert "coded 40 documents" in first.stderr
    listed = run("events", "--db", "x.duckdb", "--format", "jsonl", cwd=tmp_path).stdout.splitlines()
    # stored events are deduplicated across documents: together they hold every coded mention once
    assert listed and sum(json.loads(line)["num_mentions"] for line in listed) == len(first.stdout.splitlines())
    second = run("code", corpus, "--db", "x.duckdb", "--format", "jsonl", "--quiet", cwd=tmp_path)
    assert "40 unchanged" in second.stderr
    assert sorted(second.stdout.splitlines()) == sorted(first.stdout.splitlines())
    again = run("events", "--db", "x.duckdb", "--format", "jsonl", cwd=tmp_path).stdout.splitlines()
    assert again == listed
    doc = json.loads(listed[0])["doc_id"]
    shown = run("show", doc, "--db", "x.duckdb", cwd=tmp_path)
    rec = json.loads(listed[0])
    assert shown.stdout[rec["evidence_span"][0]:rec["evidence_span"][1]] == rec["evidence"]


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    good = "Russia and Ukraine held talks in Istanbul on Tuesday, Turkish officials said."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(good, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "in" / "bad.txt").write_bytes(b"Iran \xff\xfe said no.")
    (tmp_path / "in" / "docs.jsonl").write_text(json.dumps({"id": "j1", "text": good}) + "\n{broken\n",
                                                encoding="utf-8")
    proc = run("code", tmp_path / "in", "--format", "jsonl", "--no-store", "--quiet", cwd=tmp_path)
    err = proc.stderr
    assert proc.returncode == 0
    assert "empty.txt: empty document" in err
    assert "binary.txt" in err and "bad.txt" in err and "invalid UTF-8" in err
    assert "docs.jsonl:2" in err and "malformed JSON" in err
    docs = {json.loads(line)["doc_id"] for line in proc.stdout.splitlines()}
    assert docs <= {"good", "j1"}
    assert "coded 2 documents" in err


def test_nothing_codable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = run("code", tmp_path / "empty.txt", "--no-store", cwd=tmp_path, check=False)
    assert proc.returncode == 1 and "no document could be coded" in proc.stderr
