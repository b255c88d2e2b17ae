"""Batch coding: read inputs, code them, store them, report every bad document and go on.

``run_code`` is what ``eventwire code`` calls. A document whose text the store already holds,
coded by the same coder version, is not coded again (its stored records are returned), so a
re-run changes nothing and an interrupted batch resumes where it stopped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from eventwire.config import Config
from eventwire.ingest import IngestError, read_inputs
from eventwire.model import Article, Event
from eventwire.pipeline import Coded

log = logging.getLogger(__name__)


@dataclass
class CodeOptions:
    inputs: list[str]
    db: str | None = None  # None: do not store
    pub_date: str | None = None
    force: bool = False
    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    save_intermediate: str | None = None
    progress: bool = True


@dataclass
class CodeResult:
    documents: int = 0
    events: int = 0
    skipped: int = 0
    errors: int = 0
    error_messages: list[str] = field(default_factory=list)


def _progress(enabled: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[doc]}"),
                    TimeElapsedColumn(), console=Console(stderr=True), disable=not enabled, transient=True)


def run_code(
    options: CodeOptions,
    config: Config | None = None,
    on_events: Callable[[list[Event]], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> CodeResult:
    from eventwire.pipeline import Eventwire

    config = config or Config.load()
    ew = Eventwire(config, save_intermediate=options.save_intermediate)
    result = CodeResult()
    store = None
    if options.db:
        from eventwire.store import dedup_from_config, open_store

        store = open_store(options.db, dedup=dedup_from_config(config))
    run_id = store.start_run("code " + " ".join(options.inputs), ew.version) if store else None

    def report(error: IngestError) -> None:
        result.errors += 1
        result.error_messages.append(str(error))
        if on_error:
            on_error(error)

    items = list(read_inputs(options.inputs, options.pub_date))
    articles: list[Article] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, IngestError):
            report(item)
        elif item.doc_id in seen:
            report(IngestError(item.origin or item.doc_id, f"duplicate doc_id {item.doc_id!r}: skipped", item.doc_id))
        else:
            seen.add(item.doc_id)
            articles.append(item)
            for warning in item.warnings:
                log.warning("%s: %s", item.origin or item.doc_id, warning)

    todo: list[Article] = []
    for article in articles:
        if store is not None and not options.force and store.is_current(article, ew.version):
            from eventwire.store import EventFilter

            stored = store.events(EventFilter(doc_id=article.doc_id))
            result.skipped += 1
            if on_events:
                on_events(stored)
        else:
            todo.append(article)

    try:
        with _progress(options.progress and len(todo) > 1) as progress:
            task = progress.add_task("coding", total=len(todo), doc="")
            for coded in _code(ew, todo, options, report):
                article, events = coded.article, coded.events
                if store is not None:
                    try:
                        store.write(article, events, ew.version, run_id, actors=coded.actors)
                    except Exception as exc:  # noqa: BLE001 - one document's write must not stop the batch
                        log.debug("storing %s failed", article.doc_id, exc_info=True)
                        report(IngestError(article.origin or article.doc_id, f"could not be stored: {exc!r}",
                                           article.doc_id))
                        continue
                result.documents += 1
                result.events += len(events)
                if on_events:
                    on_events(events)
                progress.update(task, advance=1, doc=article.doc_id)
    finally:
        if store is not None:
            store.finish_run(run_id, result.documents, result.events, result.errors)
            store.close()
    return result


def _code(ew, articles: list[Article], options: CodeOptions, report) -> Iterator[Coded]:
    if options.engine == "dask":
        from eventwire.scale import code_with_dask

        yield from code_with_dask(articles, options, ew.config, report)
        return
    # one bad document must not stop the batch: code one at a time when a batch fails
    batch: list[Article] = []
    size = ew.config.get("nlp.batch_size")
    for i, article in enumerate(articles):
        batch.append(article)
        if len(batch) >= size or i == len(articles) - 1:
            yield from code_batch(ew, batch, report)
            batch = []


def code_batch(ew, batch: list[Article], report) -> Iterator[Coded]:
    """Code a batch; when it fails, code its documents one by one and report those that fail
    (also what each Dask worker runs)."""
    try:
        results = list(ew.code_documents(batch))
    except Exception:  # noqa: BLE001 - isolate the document that fails
        log.debug("batch failed; coding its documents one by one", exc_info=True)
        results = []
        for article in batch:
            try:
                results += list(ew.code_documents([article]))
            except Exception as exc:  # noqa: BLE001
                log.debug("coding %s failed", article.doc_id, exc_info=True)
                report(IngestError(article.origin or article.doc_id, f"could not be coded: {exc!r}", article.doc_id))
    yield from results
