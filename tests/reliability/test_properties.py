"""Properties that must hold for every input, checked on generated ones (hypothesis).

* ingest never raises, whatever the bytes: a document is read or reported;
* every record quotes the cleaned text: ``evidence == text[start:end]``, ``trigger ==
  text[tstart:tend]`` (texts from a grammar of actors, verbs, dates and noise; the real pipeline);
* a relative date of a past event is never after publication;
* coding is deterministic, and writing the same document twice changes nothing in the store.

Examples are bounded so the module runs in well under a minute; ``make fuzz`` runs the whole
``code`` path with many more (``test_fuzz.py``).
"""

from __future__ import annotations

import gzip
import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from eventwire.ingest import IngestError, make_article, read_inputs
from eventwire.ingest.casing import truecase
from eventwire.ingest.normalize import parse_view
from eventwire.ingest.readers import DecodeError, decode
from eventwire.model import Article
from tests.reliability.grammar import PUB_DATES, articles

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIPELINE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# bytes with the shapes that break readers: BOMs, NULs, gzip magic, invalid UTF-8, CSV/JSON syntax
SPECIAL = st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\x1f\x8b", b"\xff", b"\xc3",
                           b"\xed\xa0\x80", b'"', b",", b"\n", b"\r\n", b"{", b"[", b"\\u0000", b"\\ud800", b"<p>",
                           b"</div>", b"<script>", "é".encode(), "\u202e".encode(), b"Iran met Iraq. "])
BYTES = st.one_of(st.binary(max_size=400), st.lists(st.one_of(SPECIAL, st.binary(max_size=8)), max_size=40).map(b"".join))
SUFFIXES = st.sampled_from([".txt", ".html", ".jsonl", ".csv", ".txt.gz", ".jsonl.gz", ".ndjson", ".htm"])


def check_article(item: Article | IngestError) -> None:
    assert isinstance(item, Article | IngestError)
    if isinstance(item, IngestError):
        assert item.message and item.origin
        return
    assert item.text.strip()
    item.text.encode("utf-8")  # storable and printable: no NUL, no lone surrogate
    assert "\x00" not in item.text
    for start, raw_start, n in item.segments or []:
        assert item.text[start:start + n] == item.raw[raw_start:raw_start + n]


# -- ingest never raises ---------------------------------------------------------------------------
@FAST
@given(BYTES)
def test_properties_decode_gives_text_or_a_decode_error(data):
    try:
        text = decode(data)
    except DecodeError as exc:
        assert str(exc)
        return
    assert isinstance(text, str)


@FAST
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=12)))
def test_properties_make_article_never_raises(text, pub_date):
    check_article(make_article("d", text=text, origin="prop", pub_date=pub_date))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_properties_make_article_from_html_never_raises(html):
    check_article(make_article("d", html="<html><body><p>" + html + "</p></body></html>", origin="prop"))


@FAST
@given(BYTES, SUFFIXES)
def test_properties_reading_files_of_arbitrary_bytes_never_raises(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") and data[:1] != b"\x1f" else data)
        items = list(read_inputs([tmp]))
    assert items, "a file must give a document or an error"
    for item in items:
        check_article(item)
        if isinstance(item, IngestError):
            assert item.origin.startswith(str(path))


@FAST
@given(st.text(max_size=400))
def test_properties_parse_view_maps_back_into_the_text(text):
    view = parse_view(text)
    start, end = view.span(0, len(view.text))
    assert 0 <= start <= end <= len(text)
    assert len(truecase(text.upper())) == len(text.upper())


# -- spans quote the text --------------------------------------------------------------------------
@pytest.mark.slow
@PIPELINE
@given(articles(), PUB_DATES)
def test_properties_evidence_and_trigger_quote_the_cleaned_text(ew, text, pub_date):
    article = make_article("prop", text=text, origin="prop", pub_date=pub_date)
    assume(isinstance(article, Article))
    _, events = next(ew.code_articles([article]))
    ids = [e.event_id for e in events]
    assert len(ids) == len(set(ids))
    for e in events:
        start, end = e.evidence_span
        assert 0 <= start <= end <= len(article.text)
        assert article.text[start:end] == e.evidence
        if e.trigger_span:
            assert article.text[e.trigger_span[0]:e.trigger_span[1]] == e.trigger
        json.dumps(e.as_dict(), ensure_ascii=False).encode("utf-8")


# -- dates of past events ------------------------------------------------------------------------
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PAST_EXPRESSIONS = st.one_of(
    st.sampled_from(["yesterday", "today", "last night", "last week", "this week", "last month", "this month",
                     "earlier this month", "last year", "this year", "earlier this year", "the weekend",
                     "last weekend", "this morning"]),
    st.sampled_from(WEEKDAYS).flatmap(lambda d: st.sampled_from([d, f"on {d}", f"last {d}", f"this past {d}",
                                                                  f"{d} morning"])),
    st.sampled_from(MONTHS).flatmap(lambda m: st.sampled_from([m, f"in {m}", f"last {m}", f"early {m}",
                                                                f"the third week of {m}"])),
    st.tuples(st.integers(1, 30), st.sampled_from(["day", "week", "month", "year"]))
    .map(lambda t: f"{t[0]} {t[1]}{'s' if t[0] > 1 else ''} ago"),
)
MONTH_DAY = st.tuples(st.sampled_from(MONTHS), st.integers(1, 28)).flatmap(
    lambda t: st.sampled_from([f"{t[0]} {t[1]}", f"on {t[0]} {t[1]}", f"{t[1]} {t[0]}"]))


def _first_day(value: str) -> date:
    return date.fromisoformat(value + "-01-01"[len(value) - 4:])


def _not_after(value: str, pub: str) -> bool:
    """Whether a (partial) date is not after a (partial) publication date, compared at the
    coarser of the two granularities."""
    n = min(len(value), len(pub))
    return value[:n] <= pub[:n]


@FAST
@given(PAST_EXPRESSIONS, st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.sampled_from([10, 7, 4]))
def test_properties_relative_dates_of_past_events_are_not_after_publication(expression, pub_day, precision):
    from eventwire.context.date_expressions import Reference, resolve_expression

    pub = pub_day.isoformat()[:precision]
    found = resolve_expression(expression, Reference(pub), future=False)
    if found is None or found.value is None:
        return
    assert _not_after(found.value, pub), f"{expression!r} published {pub} -> {found.value}"
    if precision == 10 and found.granularity == "day":
        assert date.fromisoformat(found.value) >= pub_day - timedelta(days=31 * 12 * 31)


@FAST
@given(MONTH_DAY, st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_properties_a_month_and_day_of_a_past_event_is_not_after_publication(expression, pub_day):
    from eventwire.context.date_expressions import Reference, resolve_expression

    found = resolve_expression(expression, Reference(pub_day.isoformat()), future=False)
    if found is None or found.value is None:
        return
    assert found.value <= pub_day.isoformat(), f"{expression!r} published {pub_day} -> {found.value}"


# -- idempotence -----------------------------------------------------------------------------------
@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(max_sentences=4), PUB_DATES)
def test_properties_coding_twice_gives_identical_records(ew, text, pub_date):
    first = make_article("twice", text=text, origin="prop", pub_date=pub_date)
    assume(isinstance(first, Article))
    second = make_article("twice", text=text, origin="prop", pub_date=pub_date)
    _, a = next(ew.code_articles([first]))
    _, b = next(ew.code_articles([second]))
    assert [e.as_dict() for e in a] == [e.as_dict() for e in b]


def _snapshot(store) -> tuple:
    events = store._rows("SELECT event_id, record, num_mentions, num_sources FROM events ORDER BY event_id")
    mentions = store._rows("SELECT mention_id, event_id, record FROM mentions ORDER BY mention_id")
    docs = store._rows("SELECT doc_id, text, content_hash, n_events FROM documents ORDER BY doc_id")
    return events, mentions, docs


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("idempotent")


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(max_sentences=3), min_size=1, max_size=3), st.sampled_from(["2017-10-10", "2019-06-25"]))
def test_properties_writing_twice_to_a_store_changes_nothing(ew, store_dir, texts, pub_date):
    from eventwire.store import open_store

    coded = []
    for i, text in enumerate(texts):
        article = make_article(f"w{i}", text=text, origin="prop", pub_date=pub_date)
        if isinstance(article, Article):
            coded.append(next(ew.code_articles([article])))
    with tempfile.TemporaryDirectory(dir=store_dir) as tmp, open_store(str(Path(tmp) / "p.duckdb")) as store:
        for article, events in coded:
            store.write(article, events, ew.version)
        once = _snapshot(store)
        for article, events in coded:
            store.write(article, events, ew.version)
        assert _snapshot(store) == once
        assert all(store.is_current(article, ew.version) for article, _ in coded)
        counts = store._rows("SELECT count(*), count(DISTINCT event_id), coalesce(sum(num_mentions), 0) FROM events")[0]
        n_mentions = store._rows("SELECT count(*) FROM mentions")[0][0]
        assert counts[0] == counts[1] and counts[2] == n_mentions
