"""Reading the package's JSON-lines data files (the actor knowledge base, the pattern lexicon)."""

from __future__ import annotations

import json
from pathlib import Path


def read_jsonl(path: Path, error: type[ValueError] = ValueError, label: str | None = None) -> list[dict]:
    """The rows of a JSON-lines file, blank lines skipped. A line that is not JSON raises ``error``
    naming the file (``label``, else its path) and the line's number."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise error(f"{label or path}:{n}: {exc}") from exc
    return rows
