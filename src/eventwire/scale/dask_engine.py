"""Code articles on a Dask cluster: batches go out as tasks, records come back as dicts.

The driver (``eventwire code --engine dask``) never loads the model. It cuts the articles into
batches, submits each batch as a task (articles serialised with ``Article.as_dict``), and yields
the results **in input order** as they complete, so the runner writes each document to the store
in its own transaction exactly as a local run would. A run stopped at any point (Ctrl-C, a
lost worker, an error) leaves every document either stored with all its events or not stored
at all, whatever batch it was in; the next run skips the stored ones (``store.is_current``) and
re-codes the rest. Re-coding is idempotent: event ids are derived from content, and the store
replaces a document's events in the same transaction that writes the document.

Workers load the model once per process: :func:`worker_eventwire` keeps one
:class:`~eventwire.pipeline.Eventwire` per settings in a module-level cache, and the driver warms
every worker before submitting work. Worker functions live here, in an importable module, because
``distributed`` ships tasks by reference to their module.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import signal
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eventwire.config import Config
from eventwire.ingest import IngestError
from eventwire.model import Article, Event
from eventwire.pipeline import Coded

if TYPE_CHECKING:
    from distributed import Client, Future

    from eventwire.pipeline import Eventwire
    from eventwire.runner import CodeOptions

log = logging.getLogger(__name__)

# batches a worker may hold beyond the one it is coding: enough to hide the round trip, few
# enough that a stopped run has little finished-but-unwritten work to throw away
IN_FLIGHT_PER_SLOT = 2
# finished batches the driver may buffer while it waits for an earlier, slower one
AHEAD_PER_SLOT = 8
# with few documents, several small batches per worker keep every worker busy
BATCHES_PER_SLOT = 4


# -- worker side ---------------------------------------------------------------------------------
@dataclass
class _Loaded:
    ew: Eventwire
    lock: threading.Lock  # the stages keep per-document caches: one document at a time


_CACHE: dict[str, _Loaded] = {}
_CACHE_LOCK = threading.Lock()
_LOADS: list[str] = []  # settings keys loaded in this process, for tests and the benchmark


def settings_key(values: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()[:12]


def worker_eventwire(values: dict[str, Any]) -> _Loaded:
    """This process's pipeline for these settings, built (and its model loaded) on first use."""
    from eventwire.pipeline import Eventwire

    key = settings_key(values)
    with _CACHE_LOCK:
        loaded = _CACHE.get(key)
        if loaded is None:
            ew = Eventwire(Config(json.loads(json.dumps(values))))
            # build every stage now, so the model load is paid here once and not by a batch
            _ = ew.nlp, ew.actors, ew.coder, ew.context
            loaded = _CACHE[key] = _Loaded(ew, threading.Lock())
            _LOADS.append(key)
            log.info("worker %s loaded the model (settings %s)", os.getpid(), key)
    return loaded


def warm(values: dict[str, Any]) -> dict[str, Any]:
    """Load the model on this worker; run on every worker before any batch is submitted."""
    loaded = worker_eventwire(values)
    return {"pid": os.getpid(), "version": loaded.ew.version, "loads": len(_LOADS)}


def worker_stats() -> dict[str, Any]:
    """How often this worker loaded the model, and its peak memory (for tests and the bench)."""
    import resource

    # ru_maxrss is in KiB on Linux
    return {"pid": os.getpid(), "loads": len(_LOADS),
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def code_batch(docs: list[dict[str, Any]], values: dict[str, Any]) -> dict[str, Any]:
    """Code one batch on a worker. A document that fails is returned with its error, the others
    are coded (the runner's isolation: the batch first, then one by one)."""
    from eventwire.runner import code_batch as code_isolated

    loaded = worker_eventwire(values)
    articles = [Article.from_dict(d) for d in docs]
    errors: dict[str, str] = {}

    def report(error: IngestError) -> None:
        errors[error.doc_id or ""] = error.message

    with loaded.lock:
        coded = {c.article.doc_id: c for c in code_isolated(loaded.ew, articles, report)}
    out = []
    for article in articles:
        found = coded.get(article.doc_id)
        if found is None:
            out.append({"doc_id": article.doc_id, "error": errors.get(article.doc_id, "not coded")})
        else:
            # as_dict rounds confidence; the store's column keeps the exact value, as locally
            out.append({"doc_id": article.doc_id, "events": [e.as_dict() for e in found.events],
                        "confidence": [e.confidence for e in found.events],
                        "actors": [m.as_dict() for m in found.actors]})
    return {"version": loaded.ew.version, "pid": os.getpid(), "docs": out}


# -- driver side ---------------------------------------------------------------------------------
def payload(article: Article) -> dict[str, Any]:
    """What a worker needs of an article: everything but ``raw`` (the driver keeps it for the
    store), which can be larger than the text itself."""
    data = article.as_dict()
    data.pop("raw", None)
    return data


def batch_size(n_articles: int, slots: int, configured: int) -> int:
    """Documents per task: ``nlp.batch_size``, smaller when there are too few documents to give
    every worker several batches."""
    return max(1, min(configured, math.ceil(n_articles / max(1, slots * BATCHES_PER_SLOT))))


@contextmanager
def connect(workers: int, scheduler: str | None) -> Iterator[Client]:
    """A client on an existing scheduler, or on a local cluster of ``workers`` single-threaded
    processes (one model each: spaCy holds the GIL, so threads would not run in parallel)."""
    from distributed import Client, LocalCluster

    with _quiet_distributed():
        if scheduler:
            try:
                client = Client(scheduler, timeout="30s")
            except (OSError, TimeoutError) as exc:
                raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
            try:
                yield client
            finally:
                client.close()
            return
        with _workers_ignore_sigint():
            # no dashboard; the scheduler's HTTP endpoint on any free port rather than 8787, which
            # another cluster on the machine may hold. Worker logs only at CRITICAL: on shutdown the
            # scheduler may drop a worker while its heartbeat is in flight, and the worker then logs
            # that at ERROR with a traceback; a failing task reaches the driver as an exception and
            # a failing document as its error, so nothing a user needs is in those logs.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                   scheduler_kwargs={"dashboard_address": ":0"}, silence_logs=logging.CRITICAL)
        try:
            client = Client(cluster)
            try:
                yield client
            finally:
                client.close()
        finally:
            cluster.close()


@contextmanager
def _workers_ignore_sigint() -> Iterator[None]:
    """Start worker processes with Ctrl-C ignored: the terminal sends SIGINT to the whole process
    group, and workers dying on it each print a traceback while the driver is already shutting
    the cluster down in order. A process started while SIGINT is ignored keeps ignoring it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be changed from the main thread
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _quiet_distributed() -> Iterator[None]:
    """``distributed`` logs every connection at INFO, and its records reach the CLI's handler on
    standard error; only its warnings belong there."""
    logger = logging.getLogger("distributed")
    old = logger.level
    logger.setLevel(max(old, logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(old)


def slots(client: Client) -> int:
    """Worker threads on the cluster (each runs one batch at a time)."""
    return max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))


def warm_workers(client: Client, values: dict[str, Any], version: str) -> dict[str, dict[str, Any]]:
    """Load the model on every worker; refuse workers running another coder version (their
    records would be stored as this version's and never re-coded)."""
    info = client.run(warm, values)
    wrong = {addr: w["version"] for addr, w in info.items() if w["version"] != version}
    if wrong:
        raise RuntimeError(f"workers run another eventwire coder version than this driver ({version}): {wrong}")
    return info


def ordered_results(client: Client, batches: list[list[Article]], values: dict[str, Any],
                    window: int) -> Iterator[tuple[list[Article], dict[str, Any] | BaseException]]:
    """Submit batches (at most ``window`` running) and yield ``(batch, result)`` in input order as
    soon as each is complete; the result is the exception when the task itself failed."""
    from distributed import as_completed

    token = uuid.uuid4().hex[:8]
    futures: dict[str, int] = {}
    finished: dict[int, Future] = {}
    pending = as_completed()
    submitted = done = next_out = 0
    ahead = window * AHEAD_PER_SLOT // IN_FLIGHT_PER_SLOT

    def top_up() -> None:
        nonlocal submitted
        while submitted < len(batches) and submitted - done < window and submitted - next_out < ahead:
            future = client.submit(code_batch, [payload(a) for a in batches[submitted]], values,
                                   key=f"eventwire-batch-{token}-{submitted}")
            futures[future.key] = submitted
            pending.add(future)
            submitted += 1

    top_up()
    try:
        for future in pending:
            done += 1
            finished[futures.pop(future.key)] = future
            while next_out in finished:
                fut = finished.pop(next_out)
                try:
                    result: dict[str, Any] | BaseException = fut.result()
                except Exception as exc:  # noqa: BLE001 - a lost worker fails its batch, not the run
                    result = exc
                fut.release()
                yield batches[next_out], result
                next_out += 1
            top_up()
    finally:
        # stopped early (Ctrl-C, an error downstream): do not leave work running on the cluster
        leftover = list(finished.values()) + list(pending.futures)
        if leftover:
            client.cancel(leftover)


def code_with_dask(
    articles: list[Article], options: CodeOptions, config: Config, report: Callable[[IngestError], None]
) -> Iterator[Coded]:
    from eventwire.pipeline import coder_version

    if options.save_intermediate:
        raise ValueError("--save-intermediate works with --engine local only (workers may be on other machines)")
    if not articles:
        return
    values = config.values
    with connect(options.workers, options.scheduler) as client:
        n_slots = slots(client)
        warm_workers(client, values, coder_version())
        size = batch_size(len(articles), n_slots, config.get("nlp.batch_size"))
        batches = [articles[i:i + size] for i in range(0, len(articles), size)]
        log.info("dask: %d documents in %d batches on %d worker threads", len(articles), len(batches), n_slots)
        for batch, result in ordered_results(client, batches, values, window=n_slots * IN_FLIGHT_PER_SLOT):
            if isinstance(result, BaseException):
                for article in batch:
                    report(IngestError(article.origin or article.doc_id, f"could not be coded: {result!r}",
                                       article.doc_id))
                continue
            for article, doc in zip(batch, result["docs"], strict=True):
                if "error" in doc:
                    report(IngestError(article.origin or article.doc_id, doc["error"], article.doc_id))
                    continue
                events = [_event(record, confidence)
                          for record, confidence in zip(doc["events"], doc["confidence"], strict=True)]
                yield Coded(article, events, doc.get("actors", []))


def _event(record: dict[str, Any], confidence: float) -> Event:
    event = Event.from_dict(record)
    event.confidence = confidence
    return event
