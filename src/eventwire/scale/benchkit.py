"""What the benchmark's sections share: sizes, the run's context, timing and coding helpers.

A section is a function ``(Bench) -> Result``: rows for the printed table and a dict for
``bench-results.json``. It may read what earlier sections left in ``Bench.results`` (the scale-out
section compares Dask with the local run the throughput section timed) and must not assume they
ran (``--section`` picks a subset).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from . import corpora

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.model import Article
    from eventwire.pipeline import Coded, Eventwire


@dataclass(frozen=True)
class Sizes:
    news_times: int  # copies of the 40 world-news documents for throughput and scale-out
    stories: int | None  # synthetic stories (None: all 4,500)
    news_chunks: int  # interleaving: spaCy and eventwire alternate over this many parts
    story_chunks: int
    linear: tuple[int, ...]  # corpus multiples for the linearity check
    events: int  # synthetic stored events for the query benchmark
    workers: int = 2


FULL = Sizes(news_times=16, stories=None, news_chunks=4, story_chunks=9, linear=(1, 4, 16), events=1_000_000)
QUICK = Sizes(news_times=4, stories=500, news_chunks=2, story_chunks=2, linear=(1, 2, 4), events=1_000_000)


@dataclass
class Result:
    rows: list[tuple[str, str]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Section:
    name: str
    title: str
    run: Callable[[Bench], Result]


@dataclass
class Clock:
    """Wall-clock and CPU seconds, summed over the measured blocks. CPU time is reported too:
    on a shared machine other processes slow the wall clock, not this process's CPU time."""

    wall: float = 0.0
    cpu: float = 0.0

    @contextmanager
    def measure(self) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu


class Bench:
    """One benchmark run: where the shared data is, how big, a scratch folder, the results so far."""

    def __init__(self, shared: Path, sizes: Sizes, workdir: Path, console: Console | None = None) -> None:
        self.shared = shared
        self.sizes = sizes
        self.workdir = workdir
        self.console = console or Console(stderr=True)
        self.results: dict[str, dict[str, Any]] = {}
        self.memo: dict[str, Any] = {}  # large intermediate values sections share (not written out)
        self._news: dict[int, corpora.Corpus] = {}

    def status(self, message: str) -> None:
        self.console.log(message)

    # -- inputs -----------------------------------------------------------------------------------
    def news(self, times: int) -> corpora.Corpus:
        if times not in self._news:
            self._news[times] = corpora.news(self.shared, times)
        return self._news[times]

    @cached_property
    def stories(self) -> corpora.Corpus:
        return corpora.stories(self.shared, self.sizes.stories)

    # -- pipelines --------------------------------------------------------------------------------
    @cached_property
    def ew(self) -> Eventwire:
        """eventwire's pipeline, every stage built (and the model loaded) before any timing."""
        from eventwire.pipeline import Eventwire

        ew = Eventwire()
        _ = ew.nlp, ew.actors, ew.coder, ew.context
        list(ew.code_articles(_warmup_articles()))
        return ew

    @cached_property
    def spacy_nlp(self) -> Language:
        """The bare model as spaCy ships it (not eventwire's tuned copy): the baseline."""
        import spacy

        nlp = spacy.load(self.ew.config.get("nlp.model"))
        list(nlp.pipe(["Warm up the pipeline once before timing it."]))
        return nlp


def _warmup_articles() -> list[Article]:
    from eventwire.ingest import make_article

    article = make_article("warmup", text="Iran accused Israel of attacking its ships.", origin="warmup",
                           pub_date="2021-04-10")
    return [article]  # type: ignore[list-item]


def code_file(ew: Eventwire, path: Path) -> tuple[list[Coded], int]:
    """Read and code a JSONL file the way ``eventwire code --no-store`` does (ingest, batches of
    ``nlp.batch_size``, a failing document isolated); ``(coded, errors)``."""
    from eventwire.ingest import IngestError, read_inputs
    from eventwire.runner import code_batch

    articles = [a for a in read_inputs([str(path)]) if not isinstance(a, IngestError)]
    errors: list[Any] = []
    size = ew.config.get("nlp.batch_size")
    coded: list[Coded] = []
    for i in range(0, len(articles), size):
        coded.extend(code_batch(ew, articles[i:i + size], errors.append))
    return coded, len(errors)


def per_second(amount: float, seconds: float) -> float:
    return amount / seconds if seconds > 0 else float("nan")


def fmt(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"
