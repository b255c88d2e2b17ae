"""The benchmark's inputs: the 40 shared world-news documents (replicated) and the 4,500
synthetic PLOVER stories, written as JSONL files so that eventwire reads them the way a user's
run does.

The stories are read straight from their zip (``zipfile`` + ``csv``): they are training data and
must not be unpacked into the repository. Replicas get their own ``doc_id`` so that a store holds
every copy and none is skipped as already coded.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

NEWS = Path("corpus/news/world_news.jsonl")
STORIES = Path("train/plover_synthetic_stories.csv.zip")


@dataclass
class Corpus:
    """Documents as JSONL rows (``doc_id``, ``text``, optional metadata) and their word count."""

    name: str
    rows: list[dict[str, str | None]]
    words: int = field(init=False)

    def __post_init__(self) -> None:
        self.words = sum(len(str(r["text"]).split()) for r in self.rows)

    @property
    def texts(self) -> list[str]:
        return [str(r["text"]) for r in self.rows]

    def chunks(self, n: int) -> list[Corpus]:
        """``n`` consecutive parts of about equal size (for interleaved measurements)."""
        n = max(1, min(n, len(self.rows)))
        size = -(-len(self.rows) // n)
        return [Corpus(f"{self.name}[{i // size}]", self.rows[i:i + size]) for i in range(0, len(self.rows), size)]

    def write(self, path: Path) -> Path:
        with path.open("w", encoding="utf-8") as fh:
            for row in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return path


def news(shared: Path, times: int = 1) -> Corpus:
    """The shared world-news documents, ``times`` copies (``doc_id`` suffixed ``~k`` from the
    second copy on)."""
    base = [json.loads(line) for line in (shared / NEWS).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for k in range(times):
        for r in base:
            doc_id = r["doc_id"] if k == 0 else f"{r['doc_id']}~{k}"
            rows.append({"doc_id": doc_id, "text": r["text"], "title": r.get("title"), "pub_date": r.get("pub_date")})
    return Corpus(f"news x{times}", rows)


def stories(shared: Path, limit: int | None = None) -> Corpus:
    """The synthetic stories (the first ``limit`` of them)."""
    rows = []
    with zipfile.ZipFile(shared / STORIES) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        with zf.open(name) as fh:
            for i, r in enumerate(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8"))):
                if limit is not None and i >= limit:
                    break
                rows.append({"doc_id": f"story-{i:05d}", "text": r["text"], "title": r.get("title") or None})
    return Corpus(f"stories {len(rows)}", rows)
