"""The store on both back ends: writing, re-writing, filters, documents, actors, runs."""

import pytest

from eventwire.model import ActorMention, Flag
from eventwire.store import EventFilter, WriteItem, open_store
from tests.store.conftest import article, event


def test_store_write_is_idempotent_and_replaces_a_documents_events(make_store, store_url):
    store = make_store()
    store.write(article("d1"), [event("d1", 0, "IRNGOV", "USAGOV", "040", "2017-09")], "v1")
    store.write(article("d1"), [event("d1", 0, "IRNGOV", "USAGOV", "040", "2017-09")], "v1")
    assert store.count_events() == 1
    store.write(article("d1"), [event("d1", 1, "FRA", "DEU", "057", "2019-01-22")], "v1")
    assert [e.cameo for e in store.events()] == ["057"]
    assert store.summary()["mentions"] == 1
    assert store.is_current(article("d1"), "v1") and not store.is_current(article("d1"), "v2")
    assert not store.is_current(article("d1", "changed text"), "v1")
    store.close()
    with open_store(store_url, read_only=True) as again:  # reopens with what was stored
        assert again.document("d1")["n_events"] == 1


def test_store_filters_by_dyad_code_and_date(make_store):
    store = make_store()
    store.write(article("a"), [event("a", 0, "IRNGOV", "USAGOV", "036", "2017-09"),
                               event("a", 1, "USAGOV", "IRN", "111", "2017-09-19"),
                               event("a", 2, "USA", "IRN", "161", "1979")], "v1")
    store.write(article("b"), [event("b", 0, "TUR", "SYR", "190", "2018-02-19")], "v1")
    assert len(store.events(EventFilter(source="USA"))) == 2
    assert len(store.events(EventFilter(target="IRN"))) == 2
    assert [e.cameo for e in store.events(EventFilter(cameo="19"))] == ["190"]
    assert [e.cameo for e in store.events(EventFilter(since="2017-09-10", until="2017-12"))] == ["036", "111"]
    assert [e.cameo for e in store.events(EventFilter(until="1990"))] == ["161"]
    assert len(store.events(EventFilter(doc_id="a", limit=2))) == 2
    assert store.count_events(EventFilter(doc_id="a")) == 3
    assert store.events(EventFilter(source="%")) == []  # a LIKE wildcard is a literal
    assert [e.cameo for e in store.events(EventFilter(order="date"))] == ["161", "036", "111", "190"]
    summary = store.summary()
    assert summary["documents"] == 2 and summary["events"] == 4


def test_store_doc_filter_reads_the_documents_own_records(make_store):
    """A re-run prints a skipped document's records as the coder produced them."""
    store = make_store()
    coded = [event("a", 0, "IRN", "USA", "036", "2017-09-19", "Iran offered talks to the United States.")]
    store.write(article("a", source="Reuters"), coded, "v1")
    store.write(article("b", source="AP"), [event("b", 3, "IRN", "USA", "036", "2017-09-19",
                                                   "Iran offered talks to the United States.")], "v1")
    assert [e.as_dict() for e in store.events(EventFilter(doc_id="a"))] == [e.as_dict() for e in coded]
    b = store.events(EventFilter(doc_id="b"))[0]
    assert b.doc_id == "b" and b.num_mentions == 1 and b.mentions == []
    stored = store.events(EventFilter(doc_id="b", level="event"))
    assert len(stored) == 1 and stored[0].doc_id == "a" and stored[0].num_mentions == 2
    assert store.event(b.event_id).event_id == stored[0].event_id  # a mention id finds its event
    assert store.mention(b.event_id).doc_id == "b"


def test_store_write_many_is_one_batch(make_store):
    store = make_store()
    items = [WriteItem(article(f"d{i}"), [event(f"d{i}", 0, "RUS", "UKR", "190", f"2022-{i + 1:02d}-15")])
             for i in range(5)]
    store.write_many(items, "v1", run_id=None)
    assert store.count_events() == 5 and store.summary()["documents"] == 5
    with pytest.raises(ValueError, match="same doc_id"):
        store.write_many([items[0], items[0]], "v1")


def test_store_actor_mentions_are_replaced_with_the_document(make_store):
    store = make_store()
    mention = ActorMention(doc_id="d", text="President Rouhani", start=4, end=21, name="Hassan Rouhani",
                           id="per:rouhani", cameo="IRNGOV", country="IRN", sector="GOV", role="President",
                           flags=[Flag("title_mismatch", "President Rouhani", "x")])
    store.write(article("d"), [], "v1", actors=[mention])
    assert store.actor_mentions("d") == [mention.as_dict()]
    store.write(article("d"), [], "v1", actors=[{**mention.as_dict(), "span": [0, 3], "text": "Iran"}])
    assert [(a["text"], a["span"]) for a in store.actor_mentions("d")] == [("Iran", [0, 3])]
    store.write(article("d"), [], "v1")  # the lead's runner passes no actors yet: none are kept
    assert store.actor_mentions("d") == []


def test_store_runs_and_documents(make_store):
    store = make_store()
    run = store.start_run("code x", "v1")
    store.write(article("d", pub_date="2020-01-02", source="BBC"), [], "v1", run)
    store.finish_run(run, 1, 0, 0)
    assert store.documents()[0]["doc_id"] == "d" and store.document("d")["run_id"] == run
    assert store.document("missing") is None and store.event("missing") is None


def test_store_rejects_unknown_choices(make_store):
    store = make_store()
    with pytest.raises(ValueError, match="interval"):
        store.series(interval="year")
    with pytest.raises(ValueError, match="role"):
        store.top_actors(role="both")
    with pytest.raises(ValueError, match="order"):
        store.events(EventFilter(order="random"))
    with pytest.raises(ValueError, match="level"):
        EventFilter(level="documents")


def test_store_read_only_duckdb_needs_a_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        open_store(str(tmp_path / "none.duckdb"), read_only=True)


def test_store_postgres_connection_errors_are_clear():
    with pytest.raises(OSError, match="cannot connect to postgresql://u:\\*\\*\\*@127.0.0.1:1/x"):
        open_store("postgresql://u:secret@127.0.0.1:1/x?connect_timeout=2")
