"""Scale: code on a Dask cluster (``eventwire code --engine dask``) and measure it (``make bench``).

``distributed`` is imported only when a Dask run starts, so ``eventwire code`` on one machine
and the benchmark's single-process sections do not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.config import Config
    from eventwire.ingest import IngestError
    from eventwire.model import Article
    from eventwire.pipeline import Coded
    from eventwire.runner import CodeOptions

__all__ = ["code_with_dask"]


def code_with_dask(
    articles: list[Article], options: CodeOptions, config: Config, report: Callable[[IngestError], None]
) -> Iterator[Coded]:
    """Coded documents in input order, coded on a Dask cluster; see :mod:`.dask_engine`."""
    from .dask_engine import code_with_dask as run

    return run(articles, options, config, report)
