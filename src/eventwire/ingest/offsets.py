"""Build a derived string while remembering where each piece came from.

Cleaning and normalisation both rewrite text; every evidence span must still point at the
characters the user can see. :class:`MappedTextBuilder` records runs of copied characters and
replaced pieces, and :class:`OffsetMap` turns positions in the derived string back into positions
in the source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class OffsetMap:
    """Runs ``(derived_start, source_start, derived_len, source_len)``, sorted by derived start.

    A run with equal lengths is a verbatim copy (1:1); otherwise it is a replacement whose
    characters all map onto the whole source range.
    """

    runs: list[tuple[int, int, int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [r[0] for r in self.runs]

    def _run(self, pos: int) -> tuple[int, int, int, int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.runs[max(i, 0)]

    def start(self, pos: int) -> int:
        """Source position of derived character ``pos`` (a span start)."""
        if not self.runs:
            return pos
        d, s, dlen, slen = self._run(pos)
        if dlen == slen:
            return s + min(pos - d, slen)
        return s

    def end(self, pos: int) -> int:
        """Source position just after derived character ``pos - 1`` (a span end)."""
        if not self.runs or pos <= 0:
            return pos
        d, s, dlen, slen = self._run(pos - 1)
        if dlen == slen:
            return s + (pos - d)
        return s + slen

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            p = self.start(start)
            return p, p
        return self.start(start), self.end(end)

    def segments(self) -> list[tuple[int, int, int]]:
        """Verbatim runs as ``(derived_start, source_start, length)`` (what ``Article`` keeps)."""
        return [(d, s, n) for d, s, n, m in self.runs if n == m]


class MappedTextBuilder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.runs: list[tuple[int, int, int, int]] = []
        self.length = 0

    def copy(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` unchanged."""
        if end <= start:
            return
        self.parts.append(self.source[start:end])
        self._add(start, end - start, end - start)

    def replace(self, start: int, end: int, text: str) -> None:
        """Put ``text`` where ``source[start:end]`` was (``text`` may be empty: a deletion)."""
        if not text:
            return
        self.parts.append(text)
        self._add(start, len(text), max(end - start, 0))

    def _add(self, src_start: int, dlen: int, slen: int) -> None:
        if self.runs:
            d, s, dl, sl = self.runs[-1]
            # merge adjacent verbatim runs so long documents keep few runs
            if dl == sl and dlen == slen and s + sl == src_start and d + dl == self.length:
                self.runs[-1] = (d, s, dl + dlen, sl + slen)
                self.length += dlen
                return
        self.runs.append((self.length, src_start, dlen, slen))
        self.length += dlen

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(self.runs)


def rewrite(source: str, edits: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping ``(start, end, replacement)`` edits, keeping the offset map."""
    builder = MappedTextBuilder(source)
    pos = 0
    for start, end, text in sorted(edits):
        if start < pos:
            continue  # overlapping edit: the earlier one wins
        builder.copy(pos, start)
        builder.replace(start, end, text)
        pos = end
    builder.copy(pos, len(source))
    return builder.build()
