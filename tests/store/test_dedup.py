"""Cross-document deduplication, on both back ends and as pure functions."""

from datetime import date, timedelta

import pytest

from eventwire.store import DedupSettings, EventFilter, WriteItem, dedup
from eventwire.store.dedup import MentionInfo, cluster, codes_compatible, day_interval, gap_days
from tests.store.conftest import article, event

LEDE = "Iranian President Hassan Rouhani met U.S. Secretary of State Rex Tillerson in New York on Tuesday."
REWRITE = "On Tuesday, Tillerson sat down with Iran's president Hassan Rouhani in New York."
SANCTIONS = "The United States imposed new sanctions on Iranian banks on Friday, the Treasury said."


def _story(doc_id: str, source: str | None = None, url: str | None = None, pub: str = "2017-09-20"):
    events = [event(doc_id, 0, "IRNGOV", "USAGOV", "040", "2017-09-19", LEDE),
              event(doc_id, 2, "USA", "IRN", "163", "2017-09-22", SANCTIONS, quad=4, goldstein=-8.0)]
    return article(doc_id, LEDE + " " + SANCTIONS, pub_date=pub, source=source, url=url), events


def test_dedup_syndicated_copy_is_stored_once(make_store):
    store = make_store()
    store.write(*_story("reuters-1", source="Reuters"), "v1")
    store.write(*_story("yahoo-7", url="https://www.yahoo.com/news/x.html"), "v1")
    events = store.events()
    assert len(events) == 2 and store.summary()["mentions"] == 4
    for ev in events:
        assert ev.num_mentions == 2 and ev.num_sources == 2
        assert ev.doc_id == "reuters-1"  # first mention: publication date, then doc_id
        assert [(m.doc_id, m.source) for m in ev.mentions] == [("reuters-1", "Reuters"), ("yahoo-7", "yahoo.com")]
        assert ev.mentions[0].evidence == ev.evidence and ev.mentions[0].evidence_span == ev.evidence_span


def test_dedup_first_mention_is_the_earliest_published(make_store):
    store = make_store()
    store.write(*_story("a-late", source="AP", pub="2017-09-21"), "v1")
    store.write(*_story("z-early", source="AFP", pub="2017-09-20"), "v1")
    assert {e.doc_id for e in store.events()} == {"z-early"}


def test_dedup_same_outlet_counts_one_source(make_store):
    store = make_store()
    store.write(*_story("r1", source="Reuters"), "v1")
    store.write(*_story("r2", source="reuters "), "v1")
    assert {(e.num_mentions, e.num_sources) for e in store.events()} == {(2, 1)}


def test_dedup_rewrite_with_paraphrased_evidence_merges(make_store):
    store = make_store()
    store.write(article("a", pub_date="2017-09-20"), [event("a", 0, "IRNGOV", "USAGOV", "040", "2017-09-19", LEDE)], "v1")
    # the other way round (consult is symmetric), no sector, and a month date that contains the day
    store.write(article("b", pub_date="2017-09-21"), [event("b", 4, "USA", "IRN", "040", "2017-09", REWRITE)], "v1")
    [ev] = store.events()
    assert ev.num_mentions == 2 and ev.date.value == "2017-09-19"  # the most precise date wins


def test_dedup_follow_up_about_another_event_does_not_merge(make_store):
    store = make_store()
    store.write(article("a", pub_date="2017-09-20"), [event("a", 0, "IRNGOV", "USAGOV", "040", "2017-09-19", LEDE)], "v1")
    follow_ups = [
        event("b", 0, "IRNGOV", "USAGOV", "057", "2017-09-19", LEDE),  # another code
        event("c", 0, "IRNGOV", "USAGOV", "040", "2017-10-03", LEDE),  # clearly another date
        event("d", 0, "IRNGOV", "USAGOV", "040", "2017-09-19", SANCTIONS),  # another story
        event("e", 0, "IRNGOV", "USAGOV", "040", "2017-09-19", LEDE, factuality="hypothetical"),
        event("f", 0, "IRNMIL", "USAGOV", "040", "2017-09-19", LEDE),  # another sector
    ]
    for ev in follow_ups:
        store.write(article(ev.doc_id, pub_date="2017-10-04"), [ev], "v1")
    assert store.count_events() == 6 and {e.num_mentions for e in store.events()} == {1}


def test_dedup_rerun_and_recode_leave_no_orphans_or_duplicates(make_store):
    store = make_store()
    for doc in ("a", "b", "c"):
        store.write(*_story(doc, source=doc.upper()), "v1")
    before = [e.as_dict() for e in store.events()]
    for doc in ("a", "b", "c"):  # a forced re-run writes every document again
        store.write(*_story(doc, source=doc.upper()), "v1")
    assert [e.as_dict() for e in store.events()] == before
    # re-coding the first document without the meeting moves the meeting's first mention to "b"
    _, events = _story("a")
    store.write(article("a", pub_date="2017-09-20", source="A"), events[1:], "v1")
    by_code = {e.cameo: e for e in store.events()}
    assert by_code["040"].doc_id == "b" and by_code["040"].num_mentions == 2
    assert by_code["163"].num_mentions == 3 and store.count_events() == 2
    store.write(article("b", "gone"), [], "v1")
    store.write(article("c", "gone"), [], "v1")
    assert [(e.cameo, e.num_mentions) for e in store.events()] == [("163", 1)]
    assert store.summary()["mentions"] == 1


def test_dedup_result_does_not_depend_on_write_order(make_store):
    docs = [_story(d, source=d) for d in ("a", "b", "c", "d")]
    store = make_store()
    for doc in reversed(docs):
        store.write(*doc, "v1")
    reverse = [e.as_dict() for e in store.events()]
    store.write_many([WriteItem(a, evs) for a, evs in docs], "v1")
    assert [e.as_dict() for e in store.events()] == reverse
    assert store.recluster() == 2 and [e.as_dict() for e in store.events()] == reverse


def test_dedup_settings_switch_it_off_and_recluster(make_store):
    store = make_store(DedupSettings(enabled=False))
    store.write(*_story("a", source="A"), "v1")
    store.write(*_story("b", source="B"), "v1")
    assert store.count_events() == 4
    merging = make_store(DedupSettings(similarity=50, window_days=3))
    assert merging.recluster() == 2


def test_dedup_undated_mentions_use_publication_dates(make_store):
    store = make_store()
    undated = [("a", "2017-09-20"), ("b", "2017-09-21"), ("c", "2017-11-01"), ("d", None), ("e", None)]
    for doc, pub in undated:
        store.write(article(doc, pub_date=pub), [event(doc, 0, "IRN", "USA", "040", None, LEDE)], "v1")
    assert sorted(e.num_mentions for e in store.events()) == [1, 1, 1, 2]


def test_dedup_settings_are_validated():
    with pytest.raises(ValueError, match="similarity"):
        DedupSettings(similarity=120)
    with pytest.raises(ValueError, match="window_days"):
        DedupSettings(window_days=-1)


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("040", "040", True), ("0231", "0232", True), ("040", "042", True), ("04", "043", True),
    ("042", "043", False), ("040", "050", False), ("190", "193", True), ("193", "194", False),
])
def test_dedup_codes_compatible(a, b, ok):
    assert codes_compatible(a, b) is ok and codes_compatible(b, a) is ok


def test_dedup_date_intervals():
    assert day_interval("2016-02")[1].day == 29 and day_interval("bogus") is None
    assert gap_days(day_interval("2017"), day_interval("2017-09-19")) == 0
    assert gap_days(day_interval("2017-09-19"), day_interval("2017-09-21")) == 2


def test_dedup_blocks_keep_busy_dyads_near_linear(monkeypatch):
    """Thousands of same-dyad events over years: each is compared only with its date neighbours."""
    calls = []
    monkeypatch.setattr(dedup, "similarity", lambda a, b: calls.append(1) or 0.0)
    infos = []
    for i in range(3000):
        day = (date(2000, 1, 1) + timedelta(days=i)).isoformat()
        ev = event(f"d{i}", 0, "USA", "CHN", "036", day, f"statement {i}")
        infos.append(MentionInfo.from_record(ev.as_dict(), None))
    assert len(cluster(infos, DedupSettings())) == 3000
    assert len(calls) <= 2 * 3000  # the day before and the day after, not all 4.5 million pairs


def test_dedup_doc_filter_level_event_finds_merged_events(make_store):
    store = make_store()
    store.write(*_story("a", source="A"), "v1")
    store.write(*_story("b", source="B"), "v1")
    assert store.count_events(EventFilter(doc_id="b", level="event")) == 2
    assert store.count_events(EventFilter(doc_id="b")) == 2  # its own two mentions


@pytest.mark.parametrize("url", ["http://[x", "[", "//[::1"])
def test_a_malformed_url_names_no_outlet_and_the_document_is_stored(make_store, url):
    # found by the API fuzz test: a "url" the standard library cannot split was a server error
    from eventwire.store.rows import outlet

    assert outlet(None, url, "doc-1") == "doc-1"
    store = make_store()
    store.write(*_story("odd-url", url=url), "v1")
    assert {e.doc_id for e in store.events()} == {"odd-url"}
