"""Evaluate: score event records against gold sets; ``eventwire eval``."""

from __future__ import annotations

import json
from pathlib import Path

from rich.table import Table

from eventwire.model import Event

from .gold import GoldDoc, load_gold
from .scorer import LEVELS, score

__all__ = ["GoldDoc", "code_gold", "evaluate_files", "load_gold", "report_table", "score"]


def read_predictions(path: str | Path) -> list[Event]:
    events = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                events.append(Event.from_dict(json.loads(line)))
            except (json.JSONDecodeError, KeyError) as exc:
                raise ValueError(f"{path}:{n}: not an event record ({exc})") from exc
    return events


def code_gold(docs: list[GoldDoc], ew=None, pub_date_fallback: bool = True) -> list[Event]:
    """Code the texts of gold documents with eventwire itself (no store)."""
    from eventwire.ingest import IngestError, make_article
    from eventwire.pipeline import Eventwire

    ew = ew or Eventwire()
    articles = []
    for doc in docs:
        if not doc.text:
            continue
        article = make_article(doc.doc_id, text=doc.text, origin=doc.doc_id, pub_date=doc.pub_date)
        if not isinstance(article, IngestError):
            articles.append(article)
    return [ev for _, events in ew.code_articles(articles) for ev in events]


def evaluate_files(gold: str | Path, pred: str | Path | None, texts: str | Path | None = None) -> dict:
    docs = load_gold(gold, texts)
    if not docs:
        raise ValueError(f"{gold}: no gold documents")
    predictions = read_predictions(pred) if pred else code_gold(docs)
    report = score(docs, predictions)
    report["gold_file"] = str(gold)
    return report


def report_table(report: dict) -> Table:
    table = Table(title=f"{report.get('gold_file', '')} ({report['documents']} documents)")
    if "code_accuracy" in report:
        table.add_column("measure")
        table.add_column("accuracy", justify="right")
        for k, v in report["code_accuracy"].items():
            table.add_row(k, str(v))
        return table
    for col in ("level", "precision", "recall", "F1", "tp", "pred", "gold"):
        table.add_column(col, justify="right" if col != "level" else "left")
    for level in LEVELS:
        if level in report["levels"]:
            r = report["levels"][level]
            table.add_row(level, f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}",
                          str(r["tp"]), str(r["pred"]), str(r["gold"]))
    for k, v in (report.get("accuracy") or {}).items():
        table.add_row(f"{k} accuracy" if k != "matched" else "matched pairs", "", "", "" if v is None else str(v))
    if "plover_type_accuracy" in report:
        table.add_row("PLOVER type accuracy (top-1)", "", "", str(report["plover_type_accuracy"]))
    return table
