"""Run every development gold set and print one table (``make eval``; the README's scores).

The sets live in the read-only ``shared/`` folder next to the project; the product never needs
them, only this evaluation and the quality-gate test do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from . import code_gold, load_gold, score
from .petrarch import UNIT, run_unit_suite

SETS = {
    "seed": ("corpus/seed/iran_us_talks.gold.json", "full"),
    "world_news": ("corpus/news/world_news.jsonl", "full"),
    "petr2_gsr": ("eval/petrarch2_gsr_validation.jsonl", "dyad"),
    "cameo_examples": ("ontology/cameo-codes.csv", "code"),
    "plover_gsr": ("eval/plover_gsr_cameo.txt", "plover"),
}
# the PETRARCH unit suite: dyads only, next to PETRARCH-1's and PETRARCH-2's recorded output
UNIT_SUITE = "petr_unit"
# Our own hand annotation of the shared world-news texts, made by reading them under the seed's
# conventions without looking at eventwire's output (one file per document; texts stay in shared/).
WORLD_NEWS_GOLD = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "gold" / "world_news"


def run_suite(shared: str | Path, names: list[str] | None = None, ew=None) -> dict[str, dict]:
    from eventwire.pipeline import Eventwire

    shared = Path(shared)
    ew = ew or Eventwire()
    results = {}
    for name, (rel, _) in SETS.items():
        if names and name not in names:
            continue
        path = shared / rel
        if not path.exists():
            continue
        docs = _world_news(path) if name == "world_news" else load_gold(path)
        if not docs:
            continue
        started = time.perf_counter()
        preds = code_gold(docs, ew)
        report = score(docs, preds)
        report.pop("per_document", None)
        if any(d.entities for d in docs):
            report["entities"] = _entities(docs, ew)
        report["seconds"] = round(time.perf_counter() - started, 1)
        results[name] = report
    if (not names or UNIT_SUITE in names) and (shared / UNIT).exists():
        # its own pipeline: the suite's fictional actors are loaded as a custom dictionary
        started = time.perf_counter()
        results[UNIT_SUITE] = {"dyads": run_unit_suite(shared), "seconds": round(time.perf_counter() - started, 1)}
    return results


def _world_news(corpus: Path) -> list:
    """The annotated world-news documents (none when the annotation is not in this checkout)."""
    files = sorted(WORLD_NEWS_GOLD.glob("*.gold.json")) if WORLD_NEWS_GOLD.is_dir() else []
    return [doc for f in files for doc in load_gold(f, texts=corpus)]


def _entities(docs, ew) -> dict:
    from eventwire.ingest import IngestError, make_article

    from .scorer import entity_accuracy

    articles = [a for d in docs if d.text
                for a in [make_article(d.doc_id, text=d.text, origin=d.doc_id, pub_date=d.pub_date)]
                if not isinstance(a, IngestError)]
    return entity_accuracy(docs, {a.doc_id: m for a, m in ew.actor_mentions(articles)})


def headline(name: str, report: dict) -> dict[str, float]:
    """The figures the quality gate watches for a set."""
    if "dyads" in report:
        return {f"{coder}_dyad_f1": r["f1"] for coder, r in report["dyads"].items()}
    if "code_accuracy" in report:
        acc = report["code_accuracy"]
        return {"code3_top1": acc["top1_code"], "root_top1": acc["top1_root"]}
    out = {f"{level}_f1": r["f1"] for level, r in report["levels"].items()}
    for k, v in (report.get("accuracy") or {}).items():
        if k != "matched" and v is not None:
            out[f"{k}_acc"] = v
    if "plover_type_accuracy" in report:
        out["plover_type_acc"] = report["plover_type_accuracy"]
    if report.get("entities", {}).get("accuracy") is not None:
        out["entity_acc"] = report["entities"]["accuracy"]
    return out


def markdown(results: dict[str, dict]) -> str:
    lines = ["| set | measure | value |", "|---|---|---|"]
    for name, report in results.items():
        for key, value in headline(name, report).items():
            lines.append(f"| {name} | {key} | {value:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=os.environ.get("EVENTWIRE_SHARED"), required="EVENTWIRE_SHARED" not in os.environ,
                        help="the folder holding the development gold sets (corpus/, eval/, ontology/)")
    parser.add_argument("--set", action="append", dest="sets")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = run_suite(args.shared, args.sets)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print(markdown(results))
        for name, report in results.items():
            if "levels" in report:
                levels = "  ".join(f"{lv}: P {r['precision']:.2f} R {r['recall']:.2f} F1 {r['f1']:.2f}"
                                   for lv, r in report["levels"].items())
                print(f"{name}: {levels}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
