"""Fuzzing the whole ``code`` path: files of generated and damaged content in a folder, read,
coded, stored in DuckDB and printed as JSON, through ``runner.run_code`` (what ``eventwire code``
calls). Nothing may raise; every document is coded or reported; every record quotes the stored
text; a second run changes nothing.

The suite runs a few examples; ``make fuzz`` runs many more within a time budget:
``EVENTWIRE_FUZZ_EXAMPLES`` (default 12) and ``EVENTWIRE_FUZZ_SECONDS`` (default 60) bound it.
Hypothesis keeps the failing examples it finds in ``.hypothesis/`` and replays them first.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.runner import CodeOptions, run_code
from tests.reliability.grammar import PUB_DATES, articles

pytestmark = pytest.mark.slow
EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "12"))
SECONDS = float(os.environ.get("EVENTWIRE_FUZZ_SECONDS", "60"))
DAMAGE = [b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf", b'"', b",", b"\n", b"\r", b"<", b"\\",
          "\u200d".encode(), "\u202e".encode(), "é".encode("latin-1"), b"\x1b[31m", b"%", b"_", b"'"]

JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3), max_leaves=8)


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """``data`` with a few bytes inserted, dropped or cut."""
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "drop", "cut"]))
        if action == "insert":
            data = data[:at] + draw(st.sampled_from(DAMAGE)) + data[at:]
        elif action == "drop":
            data = data[:at] + data[at + 1:]
        elif at > len(data) // 2:
            data = data[:at]
    return data


@st.composite
def jsonl_file(draw) -> bytes:
    lines = []
    for i in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["good", "good", "value", "fields"]))
        if kind == "good":
            record = {"id": f"j{i}", "text": draw(articles(max_sentences=3)), "pub_date": draw(PUB_DATES)}
        elif kind == "value":
            record = draw(JSON_VALUES)
        else:
            record = {"id": draw(JSON_VALUES), "text": draw(JSON_VALUES), "html": draw(JSON_VALUES),
                      "pub_date": draw(JSON_VALUES)}
        lines.append(json.dumps(record).encode())
    return draw(damaged(b"\n".join(lines) + b"\n"))


@st.composite
def csv_file(draw) -> bytes:
    rows = ["id,text,pub_date"]
    for i in range(draw(st.integers(1, 3))):
        text = draw(articles(max_sentences=2)).replace('"', '""')
        rows.append(f'c{i},"{text}",{draw(PUB_DATES) or ""}')
    return draw(damaged("\n".join(rows).encode() + b"\n"))


@st.composite
def input_files(draw) -> dict[str, bytes]:
    files = {}
    for i in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["txt", "txt", "damaged", "bytes", "html", "jsonl", "csv"]))
        if kind == "txt":
            files[f"t{i}.txt"] = draw(articles()).encode()
        elif kind == "damaged":
            files[f"d{i}.txt"] = draw(damaged(draw(articles()).encode()))
        elif kind == "bytes":
            files[f"b{i}.{draw(st.sampled_from(['txt', 'jsonl', 'csv', 'html']))}"] = draw(st.binary(max_size=300))
        elif kind == "html":
            paragraphs = "".join(f"<p>{p}</p>" for p in draw(st.lists(articles(max_sentences=2), min_size=1, max_size=3)))
            files[f"h{i}.html"] = draw(damaged(f"<html><body><article>{paragraphs}</article></body></html>".encode()))
        elif kind == "jsonl":
            files[f"j{i}.jsonl"] = draw(jsonl_file())
        else:
            files[f"c{i}.csv"] = draw(csv_file())
    return files


_started = time.monotonic()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(input_files())
def test_fuzz_the_code_path_never_fails_and_is_idempotent(files):
    if time.monotonic() - _started > SECONDS:
        return  # the time budget is spent: let hypothesis run out its remaining examples at once
    from eventwire.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        db = str(Path(tmp) / "fuzz.duckdb")
        records: list[dict] = []
        errors: list[str] = []
        options = CodeOptions(inputs=[str(folder)], db=db, progress=False)
        result = run_code(options, on_events=lambda evs: records.extend(e.as_dict() for e in evs),
                          on_error=lambda e: errors.append(str(e)))
        assert result.documents + result.errors >= 1
        for line in errors:
            assert line.startswith(str(folder)), line
        printed = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        printed.encode("utf-8")
        with open_store(db, read_only=True) as store:
            assert store.summary()["documents"] == result.documents
            for r in records:
                text = store.document(r["doc_id"])["text"]
                assert text[r["evidence_span"][0]:r["evidence_span"][1]] == r["evidence"]
        again: list[dict] = []
        second = run_code(options, on_events=lambda evs: again.extend(e.as_dict() for e in evs))
        assert second.documents == 0 and second.skipped == result.documents
        assert sorted(map(json.dumps, again)) == sorted(map(json.dumps, records))
