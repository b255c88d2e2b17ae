"""Read documents from files and folders: .txt, .html/.htm, .jsonl, .csv (optionally gzipped).

Every problem is reported as an :class:`IngestError` naming the file (and line or row) and the
reader moves on: one bad document never stops a batch.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.model import Article

from .clean import clean
from .dates import normalize_pub_date
from .language import non_english_reason

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl", ".ndjson", ".csv"}
MAX_CHARS = 2_000_000  # a longer "article" is a dump, not news: refuse it with a clear message
csv.field_size_limit(MAX_CHARS * 4)


@dataclass
class IngestError:
    origin: str
    message: str
    doc_id: str | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class DecodeError(ValueError):
    pass


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:4096]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DecodeError(f"invalid UTF-8 at byte {exc.start} (line {line})") from exc
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * max(1, min(len(text), 4096)):
        raise DecodeError("binary file (control characters), not text")
    return text


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise DecodeError(f"broken gzip file: {exc}") from exc
    return data


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _stem(path: Path) -> str:
    name = path.name
    for suffix in reversed(path.suffixes):
        if suffix.lower() in SUFFIXES | {".gz"}:
            name = name[: -len(suffix)]
        else:
            break
    return name


def make_article(
    doc_id: str,
    *,
    text: str | None = None,
    html: str | None = None,
    origin: str,
    pub_date: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    default_pub_date: str | None = None,
) -> Article | IngestError:
    """Build a cleaned :class:`Article`, or an error saying why the document cannot be coded."""
    meta_date = None
    if html is not None:
        extracted = extract_html(html)
        if extracted is None:
            return IngestError(origin, "no article text found in the HTML", doc_id)
        text, html_title, meta_date = extracted
        title = title or html_title
    if text is None or not text.strip():
        return IngestError(origin, "empty document", doc_id)
    if len(text) > MAX_CHARS:
        return IngestError(origin, f"document too large ({len(text):,} characters; limit {MAX_CHARS:,})", doc_id)
    warnings = []
    date = None
    for candidate, name in ((pub_date, "pub_date"), (default_pub_date, "--pub-date"), (meta_date, "page date")):
        try:
            date = normalize_pub_date(candidate)
        except ValueError as exc:
            warnings.append(f"{name} ignored: {exc}")
        if date:
            break
    reason = non_english_reason(text)
    if reason:
        return IngestError(origin, reason, doc_id)
    cleaned = clean(text)
    if not cleaned.text.strip():
        return IngestError(origin, "nothing left after removing boilerplate", doc_id)
    return Article(
        doc_id=doc_id,
        text=cleaned.text,
        raw=text,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        pub_date=date,
        url=url,
        source=source,
        origin=origin,
        segments=cleaned.map.segments(),
        removed=cleaned.removed,
        warnings=warnings,
    )


def extract_html(html: str) -> tuple[str, str | None, str | None] | None:
    """Main text, title and publication date of an HTML page (trafilatura)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        return None
    return text, data.get("title"), data.get("date")


def _field(record: dict, *names: str) -> object | None:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _record_article(record: dict, origin: str, fallback_id: str, default_pub_date: str | None):
    if not isinstance(record, dict):
        return IngestError(origin, f"expected a JSON object, got {type(record).__name__}")
    doc_id = _field(record, "doc_id", "id")
    doc_id = str(doc_id) if doc_id is not None else fallback_id
    text, html = record.get("text"), record.get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            return IngestError(origin, f"field {name!r} must be a string, got {type(value).__name__}", doc_id)
    if text is None and html is None:
        return IngestError(origin, "no 'text' or 'html' field", doc_id)
    meta = {}
    if record.get("pub_date") is None and isinstance(record.get("date"), str):
        record = {**record, "pub_date": record["date"]}  # the PETRARCH sets call it "date"
    for name in ("pub_date", "title", "url", "source"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return IngestError(origin, f"field {name!r} must be a string, got {type(value).__name__}", doc_id)
        meta[name] = value
    return make_article(
        doc_id, text=text if text else None, html=html if not text else None, origin=origin,
        default_pub_date=default_pub_date, **meta,
    )


def read_jsonl(path: Path, default_pub_date: str | None = None) -> Iterator[Article | IngestError]:
    try:
        data = _read_bytes(path)
    except (OSError, DecodeError) as exc:
        yield IngestError(str(path), str(exc))
        return
    stem = _stem(path)
    for n, line in enumerate(data.split(b"\n"), 1):
        origin = f"{path}:{n}"
        if not line.strip():
            continue
        try:
            record = json.loads(decode(line))
        except DecodeError as exc:
            yield IngestError(origin, str(exc).replace(" (line 1)", ""))
            continue
        except json.JSONDecodeError as exc:
            yield IngestError(origin, f"malformed JSON line: {exc.msg} (column {exc.colno})")
            continue
        yield _record_article(record, origin, f"{stem}-{n}", default_pub_date)


def read_csv(path: Path, default_pub_date: str | None = None) -> Iterator[Article | IngestError]:
    try:
        text = decode(_read_bytes(path))
    except (OSError, DecodeError) as exc:
        yield IngestError(str(path), str(exc))
        return
    stem = _stem(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or not {"text", "html"} & {f.strip() for f in reader.fieldnames}:
        yield IngestError(str(path), "CSV needs a 'text' or 'html' column")
        return
    try:
        for n, row in enumerate(reader, 1):
            record = {k.strip(): v for k, v in row.items() if k is not None}
            yield _record_article(record, f"{path}:row {n}", f"{stem}-{n}", default_pub_date)
    except csv.Error as exc:
        yield IngestError(f"{path}:line {reader.line_num}", f"broken CSV: {exc}")


def read_single(path: Path, default_pub_date: str | None = None) -> Iterator[Article | IngestError]:
    try:
        text = decode(_read_bytes(path))
    except (OSError, DecodeError) as exc:
        yield IngestError(str(path), str(exc), _stem(path))
        return
    html = text if _suffix(path) in HTML_SUFFIXES else None
    yield make_article(
        _stem(path), text=None if html else text, html=html, origin=str(path), default_pub_date=default_pub_date
    )


def iter_files(inputs: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _suffix(child) in SUFFIXES:
                    yield child
                elif not child.name.startswith("."):
                    log.info("skipping %s: not a supported input type", child)
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def read_inputs(inputs: Iterable[str | Path], pub_date: str | None = None) -> Iterator[Article | IngestError]:
    """Articles (or errors) from files and folders, in a stable order."""
    for path in iter_files(inputs):
        if isinstance(path, IngestError):
            yield path
            continue
        suffix = _suffix(path)
        if suffix in (".jsonl", ".ndjson"):
            yield from read_jsonl(path, pub_date)
        elif suffix == ".csv":
            yield from read_csv(path, pub_date)
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            yield from read_single(path, pub_date)
        else:
            yield IngestError(str(path), f"unsupported file type {suffix or '(none)'}: use .txt, .html, .jsonl or .csv")
