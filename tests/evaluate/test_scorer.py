"""The scorer on hand-made gold and predictions."""

import json

from eventwire.evaluate import evaluate_files, load_gold, score
from eventwire.model import Actor, Event, EventDate, Plover

TEXT = "Iran accused Israel of sabotage on Monday. The two countries later met in Oman. Egypt and Jordan signed a pact."


def pred(evidence, src, tgt, code, date=None, fact="asserted", attributed=None):
    start = TEXT.index(evidence)
    return Event(doc_id="d", sentence=0, evidence=evidence, evidence_span=[start, start + len(evidence)],
                 trigger="x", source=Actor(src, cameo=src, country=src[:3]),
                 target=Actor(tgt, cameo=tgt, country=tgt[:3]) if tgt else None, cameo=code, quad_class=1,
                 goldstein=0.0, plover=Plover("ACCUSE"), date=EventDate(date, None, None, "explicit"),
                 factuality=fact, attributed_to=Actor(attributed, cameo=attributed, country=attributed[:3])
                 if attributed else None, confidence=0.8)


def gold_file(tmp_path, events):
    doc = {"doc_id": "d", "pub_date": "2020-01-08", "text": TEXT, "events": events}
    path = tmp_path / "g.gold.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def g(evidence, src, tgt, code, date=None, fact="asserted"):
    return {"evidence": evidence, "source": {"cameo": src, "country": src[:3]},
            "target": {"cameo": tgt, "country": tgt[:3]} if tgt else None, "cameo": code, "date": date,
            "factuality": fact, "attributed_to": None}


def test_levels_and_symmetric_pairs(tmp_path):
    gold = load_gold(gold_file(tmp_path, [
        g("Iran accused Israel of sabotage", "IRNGOV", "ISR", "112", "2020-01-06"),
        g("The two countries later met in Oman", "IRN", "ISR", "040"),
        g("Egypt and Jordan signed a pact", "EGY", "JOR", "057"),
    ]))
    preds = [
        pred("Iran accused Israel of sabotage on Monday", "IRN", "ISR", "1121", "2020-01-06"),  # sector differs
        pred("The two countries later met in Oman", "ISR", "IRN", "040"),  # symmetric: order free
        pred("Egypt and Jordan signed a pact", "EGY", "JOR", "051"),  # right root? no: 05 vs 05 -> root ok
        pred("Egypt and Jordan signed a pact", "JOR", "EGY", "190"),  # a false event
    ]
    report = score(gold, preds)
    levels = report["levels"]
    assert (levels["dyad_root"]["tp"], levels["dyad_root"]["pred"], levels["dyad_root"]["gold"]) == (3, 4, 3)
    assert levels["dyad_code"]["tp"] == 2  # 051 is not 057
    assert levels["full"]["tp"] == 1  # only the meeting also agrees on sectors, date and factuality
    assert report["accuracy"]["date"] == 1.0 and report["accuracy"]["matched"] == 3


def test_no_overlap_no_match(tmp_path):
    gold = load_gold(gold_file(tmp_path, [g("Egypt and Jordan signed a pact", "EGY", "JOR", "057")]))
    report = score(gold, [pred("Iran accused Israel of sabotage", "EGY", "JOR", "057")])
    assert report["levels"]["dyad_root"]["tp"] == 0


def test_evaluate_files_reads_predictions_jsonl(tmp_path):
    path = gold_file(tmp_path, [g("Iran accused Israel of sabotage", "IRN", "ISR", "112")])
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps(pred("Iran accused Israel of sabotage", "IRN", "ISR", "112").as_dict()) + "\n")
    report = evaluate_files(path, preds)
    assert report["levels"]["dyad_code"]["f1"] == 1.0


def test_petrarch_and_code_sets_convert(tmp_path):
    rec = {"id": "r1", "text": "Arnor met Gondor.", "date": "1995-01-01",
           "expected": [{"source": "ARN", "target": "GON", "event": "040"}], "expect_no_events": False}
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(rec) + "\n")
    docs = load_gold(path)
    assert docs[0].kind == "dyad" and docs[0].events[0].source.country == "ARN"


def test_petrarch_gold_lists_a_symmetric_event_once():
    from eventwire.evaluate.gold import _petrarch_doc

    doc = _petrarch_doc({"id": "x", "text": "A held talks with B.", "expected": [
        {"source": "USAMIL", "target": "LBNGOV", "event": "046"},
        {"source": "LBNGOV", "target": "USAMIL", "event": "046"},
        {"source": "USAMIL", "target": "LBNGOV", "event": "0332"},
        {"source": "LBNGOV", "target": "USAMIL", "event": "0332"}]})
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in doc.events] == [
        ("USAMIL", "LBNGOV", "046"), ("USAMIL", "LBNGOV", "0332"), ("LBNGOV", "USAMIL", "0332")]


def test_petrarch_gold_null_actor_is_no_actor():
    from eventwire.evaluate.gold import _petrarch_doc

    doc = _petrarch_doc({"id": "x", "text": "Opponents of the senate protested.", "expected": [
        {"source": "RWALEG", "target": "---", "event": "140"},
        {"source": "---GOV", "target": "CHN", "event": "013"}]})
    assert doc.events[0].target is None
    assert doc.events[1].source is not None and doc.events[1].source.cameo == "---GOV"


def test_plover_gold_keeps_two_texts_that_share_an_id_apart(tmp_path):
    # the PLOVER GSR file repeats an id for two different texts: each must stay its own document,
    # or each text's gold is scored against both texts' predictions
    records = [
        {"id": "GSR-0001", "event": "ASSAULT", "text": "Rebels shelled the capital.",
         "source": [{"code": "XYZ", "sector": "REB"}], "target": [{"code": "XYZ"}]},
        {"id": "GSR-0001", "event": "COERCE", "text": "The army closed the border crossing.",
         "source": [{"code": "ABC", "sector": "MIL"}], "target": [{"code": "XYZ"}]},
    ]
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(records))
    docs = load_gold(path)
    assert [d.doc_id for d in docs] == ["GSR-0001", "GSR-0001#2"]
    assert [d.events[0].plover for d in docs] == ["ASSAULT", "COERCE"]
