"""A short load test of ``eventwire serve`` on loopback: requests per second and latency
percentiles of ``GET /events`` and ``POST /code``, in at most about 30 seconds.

    python -m eventwire.scale.loadtest [--quick] [--json]

The server is the real command (``python -m eventwire.cli serve``) on a free port over a small
database: a few thousand synthetic stored events (:mod:`.synthetic`), so that the reads page
through real rows without coding anything first. Clients are threads of blocking ``httpx``
requests (pure Python, so it runs wherever CI runs; no ``wrk``). The server codes on one thread,
so ``POST /code`` shows the coder's own throughput, and reads run next to it.

``run(quick)`` returns the figures; :func:`bench_section` is the same as a ``make bench`` section.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from .benchkit import Bench, Result

BUDGET_SECONDS = 30.0  # the whole run but the model's warm-up, which a loaded machine stretches
START_TIMEOUT = 20.0
WARM_UP_TIMEOUT = 180.0  # seconds the first coding request may keep getting 503 while the model loads
TEXTS = [
    "Iran's foreign minister met his Iraqi counterpart in Baghdad on Monday.",
    "China condemned the United States on Friday over new sanctions, the foreign ministry said.",
    "Turkey accused Greece of violating its airspace, Turkish officials said on Tuesday.",
    "Russia and Ukraine held talks in Istanbul on Tuesday. Egypt urged Israel and Hamas to halt the fighting.",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


DYADS = [("IRN", "IRQ", "040", 1, 1.0, "met"), ("CHN", "USA", "111", 3, -2.0, "condemned"),
         ("TUR", "GRC", "112", 3, -2.0, "accused"), ("RUS", "UKR", "190", 4, -10.0, "attacked"),
         ("EGY", "ISR", "020", 1, 3.0, "urged")]


def make_database(path: Path, documents: int = 500) -> Path:
    """A store of ``documents`` short articles with real event records (built directly, so that
    no model is loaded here), three events each."""
    from eventwire.model import Actor, Article, Coder, Event, EventDate, Plover
    from eventwire.store import WriteItem, open_store

    items = []
    for i in range(documents):
        sentences = []
        events = []
        pos = 0
        for k in range(3):
            src, tgt, code, quad, goldstein, verb = DYADS[(i + k) % len(DYADS)]
            sentence = f"{src} {verb} {tgt} on day {i}."
            start = pos
            sentences.append(sentence)
            pos += len(sentence) + 1
            day = f"20{10 + i % 12:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            event = Event(doc_id=f"load-{i:05d}", sentence=k, evidence=sentence, evidence_span=[start, start + len(sentence)],
                          trigger=verb, trigger_span=[start + 4, start + 4 + len(verb)],
                          source=Actor(text=src, cameo=src, country=src), target=Actor(text=tgt, cameo=tgt, country=tgt),
                          cameo=code, quad_class=quad, goldstein=goldstein, plover=Plover("CONSULT"),
                          date=EventDate(day, "day", None, "explicit"), coder=Coder("pattern", "loadtest"))
            event.assign_id()
            events.append(event)
        text = " ".join(sentences)
        items.append(WriteItem(Article(doc_id=f"load-{i:05d}", text=text, raw=text, pub_date="2020-01-01",
                                       source=f"outlet-{i % 7}"), events))
    with open_store(str(path)) as store:
        for start in range(0, len(items), 100):
            store.write_many(items[start:start + 100], "loadtest")
    return path


class Server:
    """``eventwire serve`` as a child process on a free loopback port (read-only: no key)."""

    def __init__(self, db: Path, code_timeout: float = 20.0) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_API_KEY"}
        # the server's log goes to a file: a pipe nobody reads fills up and blocks the server
        self.log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
             "--port", str(self.port), "--code-timeout", str(code_timeout)],
            env=env, stdout=subprocess.DEVNULL, stderr=self.log, text=True)

    def wait(self, client, deadline: float) -> None:
        import httpx

        while True:
            try:
                if client.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: {self.stop()[-2000:]}")
            time.sleep(0.1)

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.log.seek(0)
        text = self.log.read()
        self.log.close()
        return text


def _hammer(send, threads: int, seconds: float) -> dict[str, Any]:
    """Call ``send()`` from ``threads`` threads for ``seconds``; latencies and errors."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def worker() -> None:
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            try:
                status = send()
                problem = None if status == 200 else f"HTTP {status}"
            except Exception as exc:  # noqa: BLE001 - a failed request is a figure, not a crash
                problem = type(exc).__name__
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if problem:
                    errors.append(problem)

    began = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        for _ in range(threads):
            pool.submit(worker)
    wall = time.perf_counter() - began
    return {
        "requests": len(latencies), "errors": len(errors), "error_kinds": sorted(set(errors)),
        "threads": threads, "seconds": round(wall, 2), "rps": round(len(latencies) / wall, 1) if wall else 0.0,
        "p50_ms": round(1000 * _percentile(latencies, 0.50), 1),
        "p99_ms": round(1000 * _percentile(latencies, 0.99), 1),
        "max_ms": round(1000 * max(latencies, default=0.0), 1),
    }


def run(quick: bool = False, workdir: Path | None = None) -> dict[str, Any]:
    """Start the server, load it, stop it; figures per endpoint. ``quick``: shorter phases."""
    import httpx

    began = time.monotonic()
    phase = 4.0 if quick else 8.0
    with tempfile.TemporaryDirectory(prefix="eventwire-load-") as tmp:
        folder = Path(workdir or tmp)
        db = make_database(folder / "load.duckdb", 300 if quick else 1000)
        server = Server(db)
        limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
        try:
            with httpx.Client(limits=limits, timeout=30) as client:
                server.wait(client, began + START_TIMEOUT)
                # the model loads on the first coding request (or the server's warm-up): not measured;
                # on a loaded machine the load can outlast one request's wait (503), so ask again
                warm = time.monotonic()
                while True:
                    reply = client.post(f"{server.url}/code", json={"text": TEXTS[0]})
                    if reply.status_code != 503 or time.monotonic() - warm > WARM_UP_TIMEOUT:
                        break
                reply.raise_for_status()
                warm_up = time.monotonic() - warm
                counter = iter(range(10**9))

                def get_events() -> int:
                    offset = (next(counter) % 20) * 100
                    return client.get(f"{server.url}/events", params={"limit": 100, "offset": offset}).status_code

                def post_code() -> int:
                    text = TEXTS[next(counter) % len(TEXTS)]
                    return client.post(f"{server.url}/code", json={"text": text}).status_code

                left = BUDGET_SECONDS - (time.monotonic() - began - warm_up) - 2.0  # keep time to stop the server
                phase = max(1.0, min(phase, left / 2))
                endpoints = {"GET /events": _hammer(get_events, 8, phase), "POST /code": _hammer(post_code, 2, phase)}
        finally:
            server.stop()
    return {"quick": quick, "seconds": round(time.monotonic() - began, 1), "warm_up_seconds": round(warm_up, 1),
            "cpus": os.cpu_count(), "endpoints": endpoints}


def rows(result: dict[str, Any]) -> list[tuple[str, str]]:
    """``(label, value)`` rows, as the benchmark prints them."""
    out = []
    for name, e in result["endpoints"].items():
        out.append((f"{name} ({e['threads']} clients)",
                    f"{e['rps']:.1f} req/s, p50 {e['p50_ms']:.0f} ms, p99 {e['p99_ms']:.0f} ms, "
                    f"{e['errors']} errors of {e['requests']}"))
    out.append(("load test wall clock", f"{result['seconds']:.1f} s (model warm-up {result['warm_up_seconds']:.1f} s)"))
    return out


def render(result: dict[str, Any], console: Console) -> None:
    from rich.table import Table

    table = Table("endpoint", "clients", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors",
                  title=f"eventwire serve on loopback ({result['seconds']:.1f} s, {result['cpus']} CPUs)")
    for name, e in result["endpoints"].items():
        table.add_row(name, str(e["threads"]), str(e["requests"]), f"{e['rps']:.1f}", f"{e['p50_ms']:.0f}",
                      f"{e['p99_ms']:.0f}", f"{e['max_ms']:.0f}", str(e["errors"]))
    console.print(table)


def bench_section(bench: Bench) -> Result:
    """The load test as a ``make bench`` section (``Section("http", "HTTP API under load",
    loadtest.bench_section)``)."""
    from .benchkit import QUICK, Result

    bench.status("HTTP load test on loopback")
    result = run(quick=bench.sizes == QUICK, workdir=None)
    return Result(rows=rows(result), data=result)


def main(argv: list[str] | None = None) -> int:
    from rich.console import Console

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter phases")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = run(quick=args.quick)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        render(result, Console())
    return 0 if all(e["errors"] == 0 for e in result["endpoints"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
