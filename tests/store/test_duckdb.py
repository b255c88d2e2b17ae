from eventwire.model import Actor, Article, Coder, Event, EventDate, Plover
from eventwire.store import EventFilter, open_store


def _event(doc_id: str, n: int, src: str, tgt: str, code: str, date: str | None) -> Event:
    ev = Event(doc_id=doc_id, sentence=n, evidence=f"sentence {n}", evidence_span=[n * 10, n * 10 + 9],
               trigger="met", source=Actor(text=src, cameo=src, country=src[:3]),
               target=Actor(text=tgt, cameo=tgt, country=tgt[:3]), cameo=code, quad_class=1, goldstein=1.0,
               plover=Plover("CONSULT"), date=EventDate(date, "month" if date and len(date) == 7 else "day", None,
                                                      "explicit"), coder=Coder("pattern", "040.meet"))
    ev.assign_id()
    return ev


def _article(doc_id: str, text: str = "some text") -> Article:
    return Article(doc_id=doc_id, text=text, raw=text)


def test_write_is_idempotent_and_replaces_a_documents_events(tmp_path):
    db = tmp_path / "x.duckdb"
    with open_store(str(db)) as store:
        store.write(_article("d1"), [_event("d1", 0, "IRNGOV", "USAGOV", "040", "2017-09")], "v1")
        store.write(_article("d1"), [_event("d1", 0, "IRNGOV", "USAGOV", "040", "2017-09")], "v1")
        assert store.count_events() == 1
        store.write(_article("d1"), [_event("d1", 1, "FRA", "DEU", "057", "2019-01-22")], "v1")
        events = store.events()
        assert [e.cameo for e in events] == ["057"]
        assert store.is_current(_article("d1"), "v1") and not store.is_current(_article("d1"), "v2")
        assert not store.is_current(_article("d1", "changed text"), "v1")
    with open_store(str(db), read_only=True) as store:  # the file reopens with what was stored
        assert store.document("d1")["n_events"] == 1


def test_filters_by_dyad_code_and_date(tmp_path):
    with open_store(str(tmp_path / "f.duckdb")) as store:
        store.write(_article("a"), [_event("a", 0, "IRNGOV", "USAGOV", "036", "2017-09"),
                                    _event("a", 1, "USAGOV", "IRN", "111", "2017-09-19"),
                                    _event("a", 2, "USA", "IRN", "161", "1979")], "v1")
        store.write(_article("b"), [_event("b", 0, "TUR", "SYR", "190", "2018-02-19")], "v1")
        assert len(store.events(EventFilter(source="USA"))) == 2
        assert len(store.events(EventFilter(target="IRN"))) == 2
        assert [e.cameo for e in store.events(EventFilter(cameo="19"))] == ["190"]
        assert [e.cameo for e in store.events(EventFilter(since="2017-09-10", until="2017-12"))] == ["036", "111"]
        assert [e.cameo for e in store.events(EventFilter(until="1990"))] == ["161"]
        assert len(store.events(EventFilter(doc_id="a", limit=2))) == 2
        assert store.events(EventFilter(source="%")) == []  # a LIKE wildcard is a literal
        summary = store.summary()
        assert summary["documents"] == 2 and summary["events"] == 4
