"""Gold sets in one shape: documents with text and gold events.

Readers for the spec's gold files (``*.gold.json``: one object, or one per line) and converters
for the development sets: the PETRARCH unit and GSR suites (``expected`` triples), the PLOVER
GSR (PLOVER types, compound actors) and the CAMEO codebook's example column (a code per
sentence, no actors).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.ontology import is_symmetric

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
NON_COUNTRY_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "---", "+++", "###")


@dataclass
class GoldActor:
    cameo: str | None
    country: str | None
    text: str | None = None

    @classmethod
    def from_code(cls, code: str | None, text: str | None = None) -> GoldActor | None:
        if code is None:
            return None
        code = code.strip().strip('"')
        country = None if code.startswith(NON_COUNTRY_PREFIXES) or len(code) < 3 else code[:3]
        return cls(code, country, text)


@dataclass
class GoldEvent:
    evidence: list[str]
    source: GoldActor | None
    target: GoldActor | None
    cameo: str | None
    plover: str | None = None
    date: str | None = None
    factuality: str | None = None
    attributed_to: GoldActor | None = None
    has_date: bool = False  # whether the set annotates dates at all


@dataclass
class GoldDoc:
    doc_id: str
    text: str | None
    pub_date: str | None
    events: list[GoldEvent] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    kind: str = "full"  # full | dyad (PETRARCH) | plover | code (CAMEO examples)


def _actor(data: dict | None) -> GoldActor | None:
    if not data:
        return None
    cameo = data.get("cameo")
    country = data.get("country")
    if country is None and cameo and not cameo.startswith(NON_COUNTRY_PREFIXES):
        country = cameo[:3]
    return GoldActor(cameo, country, data.get("text"))


def _spec_doc(obj: dict, text: str | None) -> GoldDoc:
    events = []
    for e in obj.get("events", []):
        plover = e.get("plover")
        if isinstance(plover, dict):
            plover = plover.get("event_type")
        date = e.get("date")
        if isinstance(date, dict):
            date = date.get("value")
        events.append(GoldEvent(
            evidence=[e["evidence"], *e.get("alt_evidence", [])],
            source=_actor(e.get("source")), target=_actor(e.get("target")), cameo=e.get("cameo"),
            plover=plover, date=date, factuality=e.get("factuality"),
            attributed_to=_actor(e.get("attributed_to")), has_date=True,
        ))
    return GoldDoc(obj["doc_id"], obj.get("text") or text, obj.get("pub_date"), events, obj.get("entities", []))


def _petrarch_doc(obj: dict) -> GoldDoc:
    events = []
    seen = set()
    if not obj.get("expect_no_events"):
        for e in obj.get("expected", []):
            code, pair = e.get("event"), (e.get("source"), e.get("target"))
            # PETRARCH lists a symmetric event (talks, a meeting) once per direction; under the
            # conventions it is one unordered pair, listed once
            key = (code, frozenset(pair)) if code and is_symmetric(code) else (code, pair)
            if key in seen:
                continue
            seen.add(key)
            events.append(GoldEvent([obj["text"]], _petrarch_actor(pair[0]), _petrarch_actor(pair[1]), code))
    return GoldDoc(obj["id"], obj["text"], obj.get("date"), events, kind="dyad")


def _petrarch_actor(code: str | None) -> GoldActor | None:
    """PETRARCH's ``---`` alone is its null actor (no target found), as the unit suite reads it;
    ``---GOV`` stays an actor of unknown country."""
    return None if code is None or code.strip().strip('"') == "---" else GoldActor.from_code(code)


def _plover_docs(records: list[dict]) -> list[GoldDoc]:
    docs = []
    seen_ids: dict[str, int] = {}
    for r in records:
        if r.get("event") == "DOCUMENT" or "text" not in r:
            continue
        kind = OLD_PLOVER.get(r["event"], r["event"])
        sources = r.get("source") or [None]
        targets = r.get("target") or [None]
        events = []
        for s in sources if isinstance(sources, list) else [sources]:
            for t in targets if isinstance(targets, list) else [targets]:
                events.append(GoldEvent([r["text"]], _plover_actor(s), _plover_actor(t), None, plover=kind))
        # the file repeats an id for two different texts; the scorer groups predictions by
        # document id, so each text must keep its own ("X", then "X#2")
        seen_ids[r["id"]] = seen_ids.get(r["id"], 0) + 1
        doc_id = r["id"] if seen_ids[r["id"]] == 1 else f"{r['id']}#{seen_ids[r['id']]}"
        docs.append(GoldDoc(doc_id, r["text"], r.get("date"), events, kind="plover"))
    return docs


def _plover_actor(a: dict | str | None) -> GoldActor | None:
    if not isinstance(a, dict) or not a.get("code"):
        return None
    code = a["code"] + (a.get("sector") or "")
    return GoldActor(code, a["code"] if not a["code"].startswith(NON_COUNTRY_PREFIXES) else None, a.get("actorText"))


def _cameo_docs(path: Path) -> list[GoldDoc]:
    docs = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh):
            example = (row.get("example") or "").strip()
            if not example or example == "NA" or len(row["code"]) < 3:
                continue
            text = example.replace("\ufffd\ufffd\ufffd", "'").replace("\ufffd", "'")
            docs.append(GoldDoc(f"cameo-{row['code']}", text, None,
                                [GoldEvent([text], None, None, row["code"])], kind="code"))
    return docs


def load_gold(path: str | Path, texts: str | Path | None = None) -> list[GoldDoc]:
    """Gold documents from any supported file."""
    path = Path(path)
    if path.suffix == ".csv":
        return _cameo_docs(path)
    raw = path.read_text(encoding="utf-8").strip()
    if raw.startswith("["):
        return _plover_docs(json.loads(raw))
    objs = []
    try:
        objs = [json.loads(raw)]
    except json.JSONDecodeError:
        objs = [json.loads(line) for line in raw.splitlines() if line.strip()]
    text_by_id = _texts(texts, path)
    docs = []
    for obj in objs:
        if "expected" in obj:
            docs.append(_petrarch_doc(obj))
        else:
            docs.append(_spec_doc(obj, text_by_id.get(obj.get("doc_id")) or text_by_id.get("*")))
    return docs


def _texts(texts: str | Path | None, gold_path: Path) -> dict[str, str]:
    """Texts the gold refers to: a corpus (JSONL/CSV/folder/file), or the .txt next to the gold."""
    out: dict[str, str] = {}
    if texts is None:
        stem = gold_path.name.split(".gold")[0]
        sibling = gold_path.with_name(stem + ".txt")
        if sibling.exists():
            out["*"] = sibling.read_text(encoding="utf-8")
        return out
    texts = Path(texts)
    if texts.is_file() and texts.suffix in (".txt",):
        out["*"] = texts.read_text(encoding="utf-8")
        return out
    from eventwire.ingest import IngestError, read_inputs

    for item in read_inputs([texts]):
        if not isinstance(item, IngestError):
            out[item.doc_id] = item.raw
    return out
