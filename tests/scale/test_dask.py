"""``--engine dask`` on a real ``distributed.LocalCluster``: the same records as a local run, the
model loaded once per worker, and resumable, idempotent runs into DuckDB."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.runner import CodeOptions, CodeResult, run_code
from tests.conftest import shared_path

pytestmark = pytest.mark.slow
N_DOCS = 10


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The first ten world-news documents, as a JSONL input file."""
    lines = shared_path("corpus", "news", "world_news.jsonl").read_text(encoding="utf-8").splitlines()[:N_DOCS]
    path = tmp_path_factory.mktemp("corpus") / "news10.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def code(corpus: Path, **options) -> tuple[CodeResult, list[dict]]:
    records: list[dict] = []
    result = run_code(CodeOptions(inputs=[str(corpus)], progress=False, **options), Config.load(),
                      on_events=lambda events: records.extend(e.as_dict() for e in events))
    return result, records


@pytest.fixture(scope="module")
def local(corpus) -> list[dict]:
    result, records = code(corpus)
    assert result.documents == N_DOCS and records
    return records


@pytest.fixture(scope="module")
def local_stored(corpus, tmp_path_factory) -> list[dict]:
    """Events as the store holds them after one uninterrupted local run (the store merges
    reports of one event across documents, so stored records are not the coded ones)."""
    db = tmp_path_factory.mktemp("local") / "events.duckdb"
    code(corpus, db=str(db))
    return stored(db)[0]


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, object]]:
    """An existing two-worker cluster, reached through ``--scheduler`` like a user's own."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            Client(lc) as client:
        yield lc.scheduler_address, client


def stored(db: Path) -> tuple[list[dict], list[tuple]]:
    from eventwire.store import open_store

    with open_store(str(db), read_only=True) as store:
        events = sorted((e.as_dict() for e in store.events()), key=lambda r: r["event_id"])
        docs = sorted((d["doc_id"], d["n_events"], str(d["coded_at"])) for d in store.documents(limit=1000))
    return events, docs


def test_dask_engine_gives_the_local_records_in_input_order(corpus, local):
    result, records = code(corpus, engine="dask", workers=2)
    assert result.documents == N_DOCS and result.errors == 0
    assert records == local  # same records, same order, event ids included


def test_dask_engine_loads_the_model_once_per_worker(corpus, local, cluster):
    from eventwire.scale.dask_engine import worker_stats

    address, client = cluster
    for _ in range(2):
        _, records = code(corpus, engine="dask", scheduler=address)
        assert records == local
    stats = client.run(worker_stats)
    assert len(stats) == 2
    assert [s["loads"] for s in stats.values()] == [1, 1]


def test_dask_run_into_duckdb_then_a_second_run_changes_nothing(corpus, local, cluster, tmp_path):
    address, _ = cluster
    db = tmp_path / "events.duckdb"
    first, records = code(corpus, engine="dask", scheduler=address, db=str(db))
    assert first.documents == N_DOCS and records == local
    before = stored(db)
    second, again = code(corpus, engine="dask", scheduler=address, db=str(db))
    assert (second.documents, second.skipped) == (0, N_DOCS)
    assert stored(db) == before
    assert sorted(json.dumps(r, sort_keys=True) for r in again) == sorted(json.dumps(r, sort_keys=True) for r in local)


def test_interrupted_dask_run_resumes_without_loss_or_duplicates(corpus, local_stored, cluster, tmp_path):
    address, _ = cluster
    db = tmp_path / "events.duckdb"
    seen: list[int] = []

    def stop_after_three(events) -> None:
        seen.append(len(events))
        if len(seen) == 3:
            # the third document is stored; with ten documents on two workers batches hold two
            # documents, so the run stops in the middle of the second batch
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_code(CodeOptions(inputs=[str(corpus)], engine="dask", scheduler=address, db=str(db), progress=False),
                 Config.load(), on_events=stop_after_three)
    resumed, _ = code(corpus, engine="dask", scheduler=address, db=str(db))
    assert (resumed.skipped, resumed.documents) == (3, N_DOCS - 3)
    events, docs = stored(db)
    assert len(docs) == N_DOCS
    assert events == local_stored


def test_a_failing_document_is_reported_and_the_batch_goes_on(corpus, local, monkeypatch):
    """The worker function isolates a document that cannot be coded, as the local runner does."""
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Eventwire
    from eventwire.scale import dask_engine

    articles = list(read_inputs([str(corpus)]))
    bad = articles[2].doc_id
    original = Eventwire.code_documents

    def flaky(self, batch):
        if any(a.doc_id == bad for a in batch):
            raise RuntimeError("boom")
        return original(self, batch)

    monkeypatch.setattr(Eventwire, "code_documents", flaky)
    result = dask_engine.code_batch([dask_engine.payload(a) for a in articles[:4]], Config.load().values)
    docs = {d["doc_id"]: d for d in result["docs"]}
    assert "boom" in docs[bad]["error"]
    assert all("events" in d for k, d in docs.items() if k != bad)
    assert [d["doc_id"] for d in result["docs"]] == [a.doc_id for a in articles[:4]]


def test_ctrl_c_shuts_the_cluster_down_cleanly(tmp_path):
    """Ctrl-C reaches the whole process group: the driver stops, closes the cluster, and no
    worker prints a traceback or outlives it."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    rows = [json.loads(line) for line in
            shared_path("corpus", "news", "world_news.jsonl").read_text(encoding="utf-8").splitlines()]
    corpus = tmp_path / "news160.jsonl"  # four copies: long enough to be interrupted mid-run
    corpus.write_text("".join(json.dumps({**r, "doc_id": f"{k}-{r['doc_id']}"}) + "\n" for k in range(4) for r in rows),
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "code", str(corpus), "--no-store", "--engine", "dask",
         "--workers", "2", "--format", "jsonl", "--out", str(out), "--quiet"],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal
    deadline = time.monotonic() + 120
    while (not out.exists() or not out.stat().st_size) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)  # wait until records flow: the cluster is up and coding
    assert proc.poll() is None, "the run ended before it could be interrupted"
    children = psutil.Process(proc.pid).children(recursive=True)
    assert children  # the workers
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=180)  # a generous bound: a loaded machine shuts down slowly
    assert proc.returncode != 0
    assert "Traceback" not in stderr, stderr
    gone, alive = psutil.wait_procs(children, timeout=15)
    assert not alive, [p.cmdline() for p in alive]
