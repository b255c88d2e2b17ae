"""Context phenomena: a hand-made test set scored end to end.

``tests/fixtures/context_sentences.jsonl`` holds short passages, each exercising one context
phenomenon (how a date is written, factuality, attribution, place) with the answer expected under
the annotation conventions (``shared/corpus/seed/README.md``). Every item is coded with the real
pipeline; its event is the first whose ``trigger`` (failing that, ``evidence``) contains the
item's trigger word. Accuracy per phenomenon and per key goes to ``test-artifacts/phenomena.md``
and is checked against the floors in ``tests/fixtures/context_floors.json``: raise them when the
context stage improves, so that a regression fails the suite.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SENTENCES = FIXTURES / "context_sentences.jsonl"
FLOORS = FIXTURES / "context_floors.json"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

KEYS = ("date", "factuality", "attributed_to", "location")
FACTUALITY = ("asserted", "denied", "negated", "hypothetical")
PHENOMENA = (
    "date.explicit", "date.month_relative", "date.weekday", "date.relative", "date.background",
    "date.anchor", "date.none_without_pub", "date.publication_fallback",
    "factuality.denied", "factuality.negated", "factuality.hypothetical", "factuality.speech_act",
    "attribution.said", "attribution.according_to", "attribution.quote", "attribution.nested",
    "attribution.none", "location",
)
MIN_ITEMS, MIN_PER_PHENOMENON = 80, 5
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_items() -> list[dict]:
    with SENTENCES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# -- the fixture itself (fast) ------------------------------------------------------------------
def test_phenomena_fixture_is_well_formed():
    items = load_items()
    assert len(items) >= MIN_ITEMS
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    counts = Counter(it["phenomenon"] for it in items)
    assert set(counts) == set(PHENOMENA), set(counts) ^ set(PHENOMENA)
    assert min(counts.values()) >= MIN_PER_PHENOMENON, counts
    for it in items:
        where = it["id"]
        assert it["pub_date"] is None or DATE_RE.match(it["pub_date"]), where
        assert _contains(it["text"], it["trigger"]), where
        expect = it["expect"]
        assert expect and set(expect) <= set(KEYS), where
        if "date" in expect:
            assert expect["date"] is None or DATE_RE.match(expect["date"]), where
        if "factuality" in expect:
            assert expect["factuality"] in FACTUALITY, where
        if expect.get("attributed_to") is not None:
            assert re.fullmatch(r"[A-Z]{3}", expect["attributed_to"]), where


# -- scoring ----------------------------------------------------------------------------------
def _contains(haystack: str | None, word: str) -> bool:
    """``word`` occurs in ``haystack`` as a word (case-insensitive): "met" is not found in "Metz"."""
    return bool(haystack) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack, re.I) is not None


def pick_event(events: list, trigger: str):
    """The item's event: the first whose trigger contains the word, else the first whose evidence does."""
    for ev in events:
        if _contains(ev.trigger, trigger):
            return ev
    for ev in events:
        if _contains(ev.evidence, trigger):
            return ev
    return None


def got_value(ev, key: str):
    if key == "date":
        return ev.date.value if ev.date else None
    if key == "factuality":
        return ev.factuality
    if key == "attributed_to":
        actor = ev.attributed_to
        if actor is None:
            return None
        return actor.country or (actor.cameo[:3] if actor.cameo else None)
    if key == "location":
        return ev.location.name if ev.location else None
    raise KeyError(key)


def agrees(key: str, expected, got) -> bool:
    if key == "location":
        if expected is None or got is None:
            return expected is None and got is None
        e, g = expected.lower().strip(), got.lower().strip()
        return e in g or g in e
    return expected == got


@dataclass
class Outcome:
    item: dict
    found: bool
    got: dict = field(default_factory=dict)
    right: dict = field(default_factory=dict)
    event: str = ""


def score_item(ew, item: dict) -> Outcome:
    _, events = ew.code_text(item["text"], doc_id=item["id"], pub_date=item["pub_date"])
    ev = pick_event(events, item["trigger"])
    if ev is None:
        shown = "; ".join(f"{e.trigger!r} {e.cameo}" for e in events) or "no events"
        return Outcome(item, False, {k: None for k in item["expect"]}, {k: False for k in item["expect"]},
                       f"trigger not found ({shown})")
    got = {k: got_value(ev, k) for k in item["expect"]}
    right = {k: agrees(k, item["expect"][k], got[k]) for k in item["expect"]}
    src = ev.source.cameo if ev.source else None
    tgt = ev.target.cameo if ev.target else None
    return Outcome(item, True, got, right, f"{ev.trigger!r} {ev.cameo} {src}->{tgt}")


def _pct(right: int, total: int) -> str:
    return f"{right / total:.2f} ({right}/{total})" if total else "–"


def summarise(outcomes: list[Outcome]) -> tuple[str, dict[str, float], dict[str, float]]:
    """The markdown report, accuracy per key and per phenomenon."""
    by_ph: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    found: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        ph = o.item["phenomenon"]
        found[ph].append(o.found)
        for key, ok in o.right.items():
            by_ph[ph][key].append(ok)

    def acc(values: list[bool]) -> float:
        return sum(values) / len(values) if values else 0.0

    lines = ["# Context phenomena", "",
             f"{len(outcomes)} items from `tests/fixtures/context_sentences.jsonl`; "
             "cells are accuracy (right/checked).", "",
             "| phenomenon | items | event found | " + " | ".join(KEYS) + " | all keys |",
             "|---|---|---|" + "---|" * len(KEYS) + "---|"]
    ph_acc: dict[str, float] = {}
    ordered = [p for p in PHENOMENA if p in by_ph or p in found] + sorted(set(found) - set(PHENOMENA))
    for ph in ordered:
        cells = []
        for key in KEYS:
            vals = by_ph[ph].get(key, [])
            cells.append(_pct(sum(vals), len(vals)))
        every = [ok for vals in by_ph[ph].values() for ok in vals]
        ph_acc[ph] = acc(every)
        lines.append(f"| {ph} | {len(found[ph])} | {_pct(sum(found[ph]), len(found[ph]))} | "
                     + " | ".join(cells) + f" | {_pct(sum(every), len(every))} |")
    key_acc: dict[str, float] = {}
    totals = []
    for key in KEYS:
        vals = [ok for o in outcomes for k, ok in o.right.items() if k == key]
        key_acc[key] = acc(vals)
        totals.append(_pct(sum(vals), len(vals)))
    every = [ok for o in outcomes for ok in o.right.values()]
    all_found = [o.found for o in outcomes]
    lines.append(f"| **all** | {len(outcomes)} | {_pct(sum(all_found), len(all_found))} | "
                 + " | ".join(totals) + f" | {_pct(sum(every), len(every))} |")
    lines += ["", "## Failures", "", "| id | key | expected | got | event |", "|---|---|---|---|---|"]
    for o in outcomes:
        for key, ok in o.right.items():
            if not ok:
                lines.append(f"| {o.item['id']} | {key} | {o.item['expect'][key]} | {o.got.get(key)} | "
                             f"{o.event.replace('|', '/')} |")
    return "\n".join(lines) + "\n", key_acc, ph_acc


@pytest.fixture(scope="module")
def ew():
    from eventwire import Eventwire

    return Eventwire()


@pytest.mark.slow
def test_phenomena_accuracy_above_floors(ew):
    outcomes = [score_item(ew, item) for item in load_items()]
    report, key_acc, ph_acc = summarise(outcomes)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "phenomena.md").write_text(report, encoding="utf-8")
    print("\n" + report)  # the table is the point of this test: shown with -s

    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    low = [f"{key}: {key_acc.get(key, 0.0):.2f} < {floor}" for key, floor in floors["keys"].items()
           if key_acc.get(key, 0.0) < floor]
    low += [f"{ph}: {ph_acc.get(ph, 0.0):.2f} < {floor}" for ph, floor in floors.get("phenomena", {}).items()
            if ph_acc.get(ph, 0.0) < floor]
    assert not low, "accuracy below floor: " + "; ".join(low)
