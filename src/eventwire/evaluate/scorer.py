"""Score predicted event records against gold (the levels of ``shared/spec/event-record.md``).

Within a document, a predicted and a gold event are candidates when their evidence overlaps
(whitespace, quotes and case normalised; a gold event's ``alt_evidence`` counts too). Each level
then pairs candidates one-to-one, best agreement first, and counts a pair as correct when it
agrees at that level:

1. ``dyad_root``: source and target countries (or organisation codes) and the CAMEO root;
2. ``dyad_code``: plus the CAMEO code to three digits;
3. ``full``: plus actor sectors, the date (to the gold's granularity) and factuality.

Symmetric codes compare the pair unordered. Date, factuality and attribution accuracy are
reported on the pairs matched at ``dyad_root``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from eventwire.model import Event
from eventwire.ontology import is_symmetric

from .gold import NON_COUNTRY_PREFIXES, GoldActor, GoldDoc, GoldEvent

LEVELS = ("dyad_root", "dyad_code", "full")
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def norm(text: str) -> str:
    text = re.sub(r"&quot;|\bquot;|#39;|&#39;", " ", text)
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip().lower()


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", norm(text)))


def overlaps(pred: Event, gold: GoldEvent, text: str | None) -> bool:
    p = norm(pred.evidence)
    for ev in gold.evidence:
        g = norm(ev)
        if not g or not p:
            continue
        if g in p or p in g:
            return True
        if text is not None:
            nt = norm(text)
            gs, ps = nt.find(g), nt.find(p)
            if gs >= 0 and ps >= 0 and gs < ps + len(p) and ps < gs + len(g):
                return True
        gw, pw = _words(ev), _words(pred.evidence)
        if gw and len(gw & pw) >= 0.6 * min(len(gw), len(pw)) and len(gw & pw) >= 3:
            return True
    return False


def _key(code: str | None, country: str | None) -> str | None:
    if country:
        return country
    return code


def _actor_agrees(pred_code: str | None, pred_country: str | None, gold: GoldActor | None) -> bool:
    if gold is None:
        return pred_code is None
    g = _key(gold.cameo, gold.country)
    p = _key(pred_code, pred_country)
    if g is None or p is None:
        return g is None and p is None
    if g == p:
        return True
    if g.startswith(NON_COUNTRY_PREFIXES) and p.startswith(NON_COUNTRY_PREFIXES):
        return g.startswith(p) or p.startswith(g)
    return False


def _sector(code: str | None, country: str | None) -> str | None:
    if not code:
        return None
    if country and code.startswith(country):
        return code[len(country):] or None
    return code


def _dyad(pred: Event, gold: GoldEvent, symmetric: bool) -> bool:
    ps, pt = pred.source, pred.target
    direct = _actor_agrees(ps.cameo if ps else None, ps.country if ps else None, gold.source) and \
        _actor_agrees(pt.cameo if pt else None, pt.country if pt else None, gold.target)
    if direct or not symmetric:
        return direct
    return _actor_agrees(ps.cameo if ps else None, ps.country if ps else None, gold.target) and \
        _actor_agrees(pt.cameo if pt else None, pt.country if pt else None, gold.source)


def _sectors(pred: Event, gold: GoldEvent) -> bool:
    def same(p, g) -> bool:
        # a gold actor with no code (the "world powers") is no codeable actor, as in _actor_agrees
        if g is None or _key(g.cameo, g.country) is None:
            return p is None or _key(p.cameo, p.country) is None
        if p is None:
            return False
        return _sector(p.cameo, p.country) == _sector(g.cameo, g.country)

    direct = same(pred.source, gold.source) and same(pred.target, gold.target)
    if direct or not (gold.cameo and is_symmetric(gold.cameo)):
        return direct
    return same(pred.source, gold.target) and same(pred.target, gold.source)


def date_agrees(pred: Event, gold: GoldEvent) -> bool:
    if gold.date is None:
        return pred.date.value is None
    return bool(pred.date.value) and pred.date.value[: len(gold.date)] == gold.date


def _attribution_agrees(pred: Event, gold: GoldEvent) -> bool:
    a = pred.attributed_to
    return _actor_agrees(a.cameo if a else None, a.country if a else None, gold.attributed_to)


def agreement(pred: Event, gold: GoldEvent, kind: str) -> dict[str, bool]:
    """Which levels a (predicted, gold) pair agrees at."""
    symmetric = bool(gold.cameo and is_symmetric(gold.cameo)) or is_symmetric(pred.cameo)
    dyad = _dyad(pred, gold, symmetric) if kind != "code" else True
    if gold.cameo:
        root = pred.cameo[:2] == gold.cameo[:2]
        code3 = pred.cameo[:3] == gold.cameo[:3]
    else:  # PLOVER gold: the event type stands in for the code
        root = code3 = bool(pred.plover and pred.plover.event_type == gold.plover)
    out = {"dyad_root": dyad and root, "dyad_code": dyad and root and code3}
    full = out["dyad_code"]
    if kind == "full":
        full = full and _sectors(pred, gold) and date_agrees(pred, gold) and pred.factuality == gold.factuality
    out["full"] = full
    return out


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def prf(self) -> dict[str, float | int]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


def _match(preds: list[Event], golds: list[GoldEvent], text: str | None, kind: str, level: str):
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if overlaps(p, g, text):
                a = agreement(p, g, kind)
                score = (a[level], a["dyad_code"], a["dyad_root"], p.confidence)
                candidates.append((score, i, j, a))
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _score, i, j, a in candidates:
        if i in used_p or j in used_g or not a[level]:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def score(gold_docs: list[GoldDoc], predictions: list[Event]) -> dict:
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for ev in predictions:
        by_doc[ev.doc_id].append(ev)
    counts = {level: Counts() for level in LEVELS}
    fields = {"date": [0, 0], "factuality": [0, 0], "attribution": [0, 0]}
    code_hits = {"top1_code": 0, "top1_root": 0, "any_code": 0, "any_root": 0, "n": 0}
    plover_hits = {"top1": 0, "n": 0}
    kind = gold_docs[0].kind if gold_docs else "full"
    per_doc = []
    for doc in gold_docs:
        preds = [p for p in by_doc.get(doc.doc_id, []) if p.cameo]
        if doc.kind == "code":
            _code_accuracy(doc, preds, code_hits)
            continue
        if doc.kind == "plover":
            plover_hits["n"] += 1
            top = max(preds, key=lambda e: e.confidence, default=None)
            if top is not None and top.plover and doc.events and top.plover.event_type == doc.events[0].plover:
                plover_hits["top1"] += 1
        doc_counts = {}
        for level in LEVELS:
            pairs = _match(preds, doc.events, doc.text, doc.kind, level)
            counts[level].tp += len(pairs)
            counts[level].pred += len(preds)
            counts[level].gold += len(doc.events)
            doc_counts[level] = len(pairs)
            if level == "dyad_root" and doc.kind == "full":
                for i, j in pairs:
                    p, g = preds[i], doc.events[j]
                    for name, ok in (("date", date_agrees(p, g)), ("factuality", p.factuality == g.factuality),
                                     ("attribution", _attribution_agrees(p, g))):
                        fields[name][0] += ok
                        fields[name][1] += 1
        per_doc.append({"doc_id": doc.doc_id, "pred": len(preds), "gold": len(doc.events), **doc_counts})
    report: dict = {"kind": kind, "documents": len(gold_docs)}
    if kind == "code":
        n = code_hits.pop("n") or 1
        report["code_accuracy"] = {k: round(v / n, 3) for k, v in code_hits.items()}
        report["code_accuracy"]["n"] = n
        return report
    report["levels"] = {level: counts[level].prf() for level in LEVELS if kind == "full" or level != "full"}
    if kind == "full":
        report["accuracy"] = {k: (round(a / n, 3) if n else None) for k, (a, n) in fields.items()}
        report["accuracy"]["matched"] = fields["date"][1]
    if kind == "plover":
        report["plover_type_accuracy"] = round(plover_hits["top1"] / plover_hits["n"], 3) if plover_hits["n"] else 0
    report["per_document"] = per_doc
    return report


def _code_accuracy(doc: GoldDoc, preds: list[Event], hits: dict) -> None:
    gold = doc.events[0].cameo
    hits["n"] += 1
    if not preds:
        return
    top = max(preds, key=lambda e: e.confidence)
    hits["top1_code"] += top.cameo[:3] == gold[:3]
    hits["top1_root"] += top.cameo[:2] == gold[:2]
    hits["any_code"] += any(p.cameo[:3] == gold[:3] for p in preds)
    hits["any_root"] += any(p.cameo[:2] == gold[:2] for p in preds)


def entity_accuracy(gold_docs: list[GoldDoc], mentions: dict[str, list]) -> dict:
    """Share of gold entities (``entities`` of a gold file, with a code) that an actor mention
    covering the same words codes the same way (country, or organisation code). ``mentions`` maps
    doc_id to :class:`~eventwire.model.ActorMention` lists."""
    hits = total = 0
    misses = []
    for doc in gold_docs:
        found = mentions.get(doc.doc_id, [])
        for ent in doc.entities:
            if not ent.get("cameo"):
                continue
            total += 1
            text = norm(ent["text"])
            same = [m for m in found if text in norm(m.text) or norm(m.text) in text]
            gold = GoldActor.from_code(ent["cameo"])
            if any(_actor_agrees(m.cameo, m.country, gold) for m in same):
                hits += 1
            else:
                misses.append(ent["text"])
    return {"accuracy": round(hits / total, 3) if total else None, "entities": total, "missed": misses}
