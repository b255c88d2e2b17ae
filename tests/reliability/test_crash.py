"""Crash safety: ``eventwire code BIGFOLDER --db x.duckdb`` killed with SIGKILL partway, then run
again, loses no document, duplicates no event, and ends with exactly the events of a clean run.

The batch is the shared world-news corpus replicated with unique ids (a few hundred documents;
identical texts under other ids, as syndicated wire copy is, so stored events merge mentions
across documents). The runner prints a document's records only after its transaction committed,
so every document seen on standard output when the kill lands must be in the database (DuckDB's
file lock keeps a second process from polling the database while the coder writes).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import SHARED

pytestmark = pytest.mark.slow
CORPUS = SHARED / "corpus" / "news" / "world_news.jsonl"
COPIES = 8  # 40 articles -> 320 documents
KILL_AFTER = 60  # documents stored before the kill
EW = [sys.executable, "-m", "eventwire.cli"]


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory) -> Path:
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not available: {CORPUS}")
    folder = tmp_path_factory.mktemp("crash") / "big"
    folder.mkdir()
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for copy in range(COPIES):
        lines = [json.dumps({"id": f"{r['doc_id']}-c{copy}", "text": r["text"], "title": r.get("title"),
                             "source": f"outlet-{copy}"}) for r in records]
        (folder / f"part-{copy}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def command(folder: Path, db: Path, *extra: str) -> list[str]:
    return [*EW, "code", str(folder), "--db", str(db), "--format", "jsonl", "--quiet", "--pub-date", "2004-08-15",
            *extra]


def n_documents(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("*.jsonl"))


def run_and_kill(cmd: list[str], cwd: Path, after_docs: int, timeout: float = 600) -> tuple[set[str], str]:
    """Start ``cmd``, SIGKILL it once its records name ``after_docs`` documents; the documents
    printed by then and standard error. The process group is then ended too (Dask workers)."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    seen: set[str] = set()
    enough = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            seen.add(json.loads(line)["doc_id"])
            if len(seen) >= after_docs:
                enough.set()
        enough.set()  # the run ended before the kill: the test fails below

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert enough.wait(timeout), "no records in time"
    killed_at = set(seen)  # snapshot before the kill: every one of these was committed
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    stderr = proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL, f"the run ended before it was killed: {stderr[-2000:]}"
    survivors = _group_alive(proc.pid)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # workers the driver started must not outlive the test
    except ProcessLookupError:
        pass
    return killed_at, stderr + (f"\n[orphans after the kill: {survivors}]" if survivors else "")


def _group_alive(pgid: int, wait: float = 5.0) -> list[int]:
    """Processes still alive in the killed run's process group after ``wait`` seconds."""
    deadline = time.monotonic() + wait
    alive: list[int] = []
    while time.monotonic() < deadline:
        alive = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if os.getpgid(int(entry.name)) == pgid:
                        alive.append(int(entry.name))
                except (ProcessLookupError, PermissionError):
                    continue
        if not alive:
            return []
        time.sleep(0.5)
    return alive


def stored_state(db: Path) -> dict:
    from eventwire.store import open_store

    with open_store(str(db), read_only=True) as store:
        events = [e.as_dict() for e in store.events()]
        n_mentions = store._rows("SELECT count(*) FROM mentions")[0][0]
        docs = {r[0] for r in store._rows("SELECT doc_id FROM documents")}
        orphans = store._rows("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents) "
                              "OR event_id IS NULL OR event_id NOT IN (SELECT event_id FROM events)")[0][0]
        n_events_declared = store._rows("SELECT coalesce(sum(n_events), 0) FROM documents")[0][0]
    return {"events": events, "n_mentions": n_mentions, "docs": docs, "orphans": orphans,
            "n_events_declared": n_events_declared}


def check_consistent(state: dict) -> None:
    ids = [e["event_id"] for e in state["events"]]
    assert len(ids) == len(set(ids)), "duplicate stored events"
    assert sum(e["num_mentions"] for e in state["events"]) == state["n_mentions"]
    assert sum(len(e["mentions"]) for e in state["events"]) == state["n_mentions"]
    assert state["orphans"] == 0
    assert state["n_events_declared"] == state["n_mentions"]


def canonical(events: list[dict]) -> list[str]:
    return sorted(json.dumps(e, sort_keys=True) for e in events)


@pytest.fixture(scope="module")
def clean_run(big_folder) -> dict:
    db = big_folder.parent / "clean.duckdb"
    proc = subprocess.run(command(big_folder, db), cwd=big_folder.parent, capture_output=True, text=True,
                          timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    state = stored_state(db)
    check_consistent(state)
    assert len(state["docs"]) == n_documents(big_folder)
    return state


def crash_and_resume(big_folder: Path, clean_run: dict, name: str, *extra: str) -> dict:
    db = big_folder.parent / f"{name}.duckdb"
    cmd = command(big_folder, db, *extra)
    killed_at, stderr = run_and_kill(cmd, big_folder.parent, KILL_AFTER)
    wal_left = Path(f"{db}.wal").exists()
    after_kill = stored_state(db)  # the database opens after a SIGKILL (its WAL is replayed)
    check_consistent(after_kill)
    assert killed_at <= after_kill["docs"], f"documents printed but not stored: {killed_at - after_kill['docs']}"
    assert len(after_kill["docs"]) < n_documents(big_folder)

    resumed = subprocess.run(cmd, cwd=big_folder.parent, capture_output=True, text=True, timeout=1200)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    summary = resumed.stderr.strip().splitlines()[-1]
    coded = int(summary.split("coded ")[1].split(" documents")[0])
    unchanged = int(summary.split("; ")[1].split(" unchanged")[0])
    assert unchanged == len(after_kill["docs"]), summary  # stored documents are skipped, not re-coded
    assert coded + unchanged == n_documents(big_folder), summary

    final = stored_state(db)
    check_consistent(final)
    assert final["docs"] == clean_run["docs"]
    assert canonical(final["events"]) == canonical(clean_run["events"])
    report = {"printed_at_kill": len(killed_at), "stored_at_kill": len(after_kill["docs"]), "wal_left": wal_left,
              "resumed": coded, "documents": n_documents(big_folder), "events": len(final["events"]),
              "mentions": final["n_mentions"]}
    print(f"\n{name}: {report}")  # shown with -s: the figures of the crash test
    return {**report, "stderr_at_kill": stderr}


def test_crash_sigkill_then_rerun_resumes_and_matches_a_clean_run(big_folder, clean_run):
    crash_and_resume(big_folder, clean_run, "killed")


def test_crash_sigkill_of_a_dask_run_then_rerun_resumes_and_matches_a_clean_run(big_folder, clean_run):
    pytest.importorskip("distributed")
    report = crash_and_resume(big_folder, clean_run, "killed-dask", "--engine", "dask", "--workers", "2")
    assert "orphans after the kill" not in report["stderr_at_kill"], report["stderr_at_kill"][-2000:]
