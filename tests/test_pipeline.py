"""The core object's own work around the stages: what it builds before the first document, and
the records it saves with ``--save-intermediate``."""

import gc
import json

import pytest

pytestmark = pytest.mark.slow

TEXT = "Iran accused Israel of attacking its ships. Egypt and Qatar urged both sides to hold talks."


def test_the_loaded_stages_are_left_out_of_garbage_collection():
    from eventwire import Eventwire

    ew = Eventwire()
    ew.code_text(TEXT, pub_date="2024-05-01")
    # (the collector's own list holds every object it scans; frozen objects are not in it)
    scanned = {id(o) for o in gc.get_objects()}
    assert id(ew.kb) not in scanned and id(ew.coder.lex) not in scanned


def test_the_language_classifier_is_loaded_before_the_first_document():
    # (unpacking it took seconds inside whichever document first was not plainly English)
    from eventwire import Eventwire
    from eventwire.ingest import make_article
    from eventwire.ingest.language import identifier

    identifier.cache_clear()
    loaded_at_first_document = []

    def articles():
        loaded_at_first_document.append(identifier.cache_info().currsize)
        yield make_article("t0", text=TEXT, origin="t0", pub_date="2024-05-01")

    coded = list(Eventwire().code_articles(articles()))
    assert loaded_at_first_document == [1] and coded[0][1]


def test_save_intermediate_writes_each_stage_s_records(tmp_path):
    from eventwire import Eventwire

    ew = Eventwire(save_intermediate=tmp_path)
    _, events = ew.code_text(TEXT, doc_id="t1", pub_date="2024-05-01")
    rows = {stage: [json.loads(line) for line in (tmp_path / f"{stage}.jsonl").read_text().splitlines()]
            for stage in ("articles", "actors", "coding", "context")}
    assert [r["doc_id"] for r in rows["articles"]] == ["t1"]
    assert {r["text"] for r in rows["actors"]} >= {"Iran", "Israel", "Egypt", "Qatar"}
    assert rows["coding"] and len(rows["context"]) >= len(events)
    assert {r["cameo"] for r in rows["context"]} >= {e.cameo for e in events}
