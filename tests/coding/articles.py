"""Whole hand-coded wire articles (``tests/fixtures/articles``): each ``NAME.txt`` with its hand
coding ``NAME.expected.jsonl`` (written before the article was first run) and its publication date
in ``index.json``. The probe tests keep each article's dyad+root recall and precision floors."""

import json
from pathlib import Path

from eventwire.evaluate.gold import GoldActor, GoldEvent
from eventwire.evaluate.scorer import _match

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def article_dates(prefix: str) -> dict[str, str]:
    """Publication date of each article whose name starts with ``prefix`` ("r3_")."""
    index = json.loads((ARTICLES / "index.json").read_text())
    return {name: date for name, date in index.items() if name.startswith(prefix)}


def article_text(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text()


def hand_coding(name: str) -> list[GoldEvent]:
    out = []
    for line in (ARTICLES / f"{name}.expected.jsonl").read_text().splitlines():
        e = json.loads(line)
        out.append(GoldEvent(evidence=[e["evidence"], *e.get("alt_evidence", [])],
                             source=GoldActor.from_code(e["source"]), target=GoldActor.from_code(e["target"]),
                             cameo=e["code"], date=e["date"], factuality=e["factuality"], has_date=True))
    return out


def evidence_missing(name: str) -> list[list[str]]:
    """Hand-coded events whose evidence is not in the article's text (none should be)."""
    text = article_text(name)
    return [ev.evidence for ev in hand_coding(name) if not all(piece in text for piece in ev.evidence)]


def dyad_root_recall_precision(ew, name: str, pub_date: str) -> tuple[float, float]:
    text, gold = article_text(name), hand_coding(name)
    _, events = ew.code_text(text, doc_id=name, pub_date=pub_date)
    preds = [e for e in events if e.cameo]
    right = len(_match(preds, gold, text, "full", "dyad_root"))
    return right / len(gold), (right / len(preds) if preds else 0.0)
