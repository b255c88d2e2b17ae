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
import re
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
MAX_CHARS = 500_000  # ~80,000 words: a longer "article" is a dump, not news; refuse it with a clear message
csv.field_size_limit(MAX_CHARS * 4)
# files that sit beside articles (notes, gold files): skipped quietly; other unknown types are named
COMPANION_SUFFIXES = {".md", ".json", ".gold", ".yaml", ".yml", ".toml"}
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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
        head = data[:4096]
        if head[1::2].count(0) > 0.4 * len(head[1::2]) or head[0::2].count(0) > 0.4 * len(head[0::2]):
            raise DecodeError("UTF-16 without a byte-order mark (or binary): save it as UTF-8")
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
    """Build a cleaned :class:`Article`, or an error saying why the document cannot be coded.

    Never raises: a document that breaks a library (the HTML extractor, the language detector)
    is reported like any other bad document, so that one input cannot stop a batch."""
    warnings: list[str] = []
    try:
        text, html = _sanitize(text, "text", warnings), _sanitize(html, "html", warnings)
        title, url, source = (_sanitize(v, n, warnings) for v, n in ((title, "title"), (url, "url"), (source, "source")))
        return _make_article(doc_id, text=text, html=html, origin=origin, pub_date=pub_date, title=title, url=url,
                             source=source, default_pub_date=default_pub_date, warnings=warnings)
    except Exception as exc:  # noqa: BLE001 - isolate the document
        log.debug("%s: reading failed", origin, exc_info=True)
        return IngestError(origin, f"could not be read: {type(exc).__name__}: {str(exc)[:200]}", doc_id)


def _sanitize(value: str | None, name: str, warnings: list[str]) -> str | None:
    """Replace, one for one (offsets stay valid), the characters that cannot be stored or
    written as UTF-8: NUL (PostgreSQL refuses it in text) and lone UTF-16 surrogates (from JSON
    escapes such as ``\\ud800``)."""
    if value is None:
        return None
    if "\x00" in value:
        value = value.replace("\x00", " ")
        warnings.append(f"NUL characters in {name} replaced by spaces")
    if LONE_SURROGATE.search(value):
        value = LONE_SURROGATE.sub("\ufffd", value)
        warnings.append(f"invalid Unicode (lone surrogates) in {name} replaced by U+FFFD")
    return value


def _make_article(
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
    warnings: list[str],
) -> Article | IngestError:
    meta_date = None
    if html is not None and not html.strip():
        return IngestError(origin, "empty document", doc_id)
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

    # the page date only from the page's metadata and markup: the extensive search takes dates
    # from anywhere in the text ("Copyright 2021" became a publication date of 2021-01-01)
    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        return None
    # trafilatura ends every element (heading, paragraph, list item) with one newline, which the
    # parser's view would join into one sentence ("Talks in Baghdad Iran's minister met ..."):
    # elements become paragraphs
    text = "\n\n".join(line for line in text.split("\n") if line.strip())
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
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, str | int | float)):
        return IngestError(origin, f"field 'id' must be a string or a number, got {type(doc_id).__name__}")
    doc_id = _sanitize(str(doc_id), "id", []) if doc_id is not None else fallback_id
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
    found = False
    array = _json_array(data)
    if array is not None:
        # a JSON array where JSON Lines were expected: read its items rather than reporting
        # every line of a pretty-printed file as broken
        log.warning("%s: a JSON array, not JSON Lines (one object per line); reading its items", path)
        for n, record in enumerate(array, 1):
            found = True
            yield _record_article(record, f"{path}:item {n}", f"{stem}-{n}", default_pub_date)
    for n, line in enumerate(data.split(b"\n") if array is None else [], 1):
        origin = f"{path}:{n}"
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(decode(line))
        except DecodeError as exc:
            yield IngestError(origin, str(exc).replace(" (line 1)", ""))
            continue
        except json.JSONDecodeError as exc:
            yield IngestError(origin, f"malformed JSON line: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield IngestError(origin, "malformed JSON line: nested too deeply")
            continue
        except ValueError as exc:  # e.g. an integer of more than 4300 digits
            yield IngestError(origin, f"malformed JSON line: {str(exc)[:120]}")
            continue
        yield _record_article(record, origin, f"{stem}-{n}", default_pub_date)
    if not found:
        yield IngestError(str(path), "no documents in the file")


def _json_array(data: bytes) -> list | None:
    """The items of a file that holds one JSON array, else None."""
    if not data.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"["):
        return None
    try:
        value = json.loads(decode(data))
    except (ValueError, RecursionError):  # DecodeError and JSONDecodeError are ValueErrors
        return None
    return value if isinstance(value, list) else None


def read_csv(path: Path, default_pub_date: str | None = None) -> Iterator[Article | IngestError]:
    try:
        text = decode(_read_bytes(path))
    except (OSError, DecodeError) as exc:
        yield IngestError(str(path), str(exc))
        return
    stem = _stem(path)
    # strict: a quote left open must not silently swallow the rows after it into one text
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        yield IngestError(f"{path}:line 1", f"broken CSV header: {exc}")
        return
    if not fieldnames or not {"text", "html"} & {f.strip() for f in fieldnames}:
        yield IngestError(str(path), "CSV needs a 'text' or 'html' column")
        return
    n = 0
    try:
        for n, row in enumerate(reader, 1):
            origin = f"{path}:row {n}"
            if None in row:
                # more fields than the header: an unquoted comma has cut the text short
                yield IngestError(origin, f"row has {len(fieldnames) + len(row[None])} fields, the header "
                                          f"{len(fieldnames)} (an unquoted comma or quote?)")
                continue
            record = {k.strip(): v for k, v in row.items() if k is not None}
            yield _record_article(record, origin, f"{stem}-{n}", default_pub_date)
    except csv.Error as exc:
        # the row that failed: csv's line_num is not updated when a row cannot be parsed
        yield IngestError(f"{path}:row {n + 1}", f"broken CSV: {exc}; the rest of the file is skipped")
        return
    if n == 0:
        yield IngestError(str(path), "no documents in the file (only a header)")


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
            # rglob does not follow symbolic links to folders, so a link loop cannot trap it; a
            # link to a file is read, a broken or looping link is reported
            for child in sorted(path.rglob("*")):
                if child.is_symlink() and not child.exists():
                    yield IngestError(str(child), "broken or looping symbolic link")
                elif not child.is_file() or child.name.startswith("."):
                    continue
                elif _suffix(child) in SUFFIXES:
                    yield child
                elif not _suffix(child):
                    yield IngestError(str(child), "no file extension: name it .txt, .html, .jsonl or .csv")
                elif _suffix(child) in COMPANION_SUFFIXES:
                    log.info("skipping %s: not a supported input type", child)
                else:
                    log.warning("skipping %s: not a supported input type (use .txt, .html, .jsonl or .csv)", child)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield IngestError(str(path), "broken or looping symbolic link")
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
