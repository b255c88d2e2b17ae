"""CAMEO and PLOVER as data: event codes, Goldstein weights, quad classes, the crosswalk."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.model import Plover

DATA = Path(__file__).parent / "data"

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
SYMMETRIC_CODES = frozenset({"030", "040", "041", "044", "046", "057", "060", "061", "062", "063", "064"})


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int

    @property
    def root(self) -> str:
        return self.code[:2]


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO 1.1b3 event code, keyed by code (``"036"``, ``"1246"``; roots ``"03"`` too)."""
    return {
        r["code"]: CameoCode(r["code"], r["name"], float(r["goldstein"]), int(r["quad_class"]))
        for r in _rows("cameo_events.tsv")
    }


@lru_cache(maxsize=1)
def _plover_table() -> dict[str, tuple[str | None, str | None, tuple[str, ...]]]:
    table = {}
    for r in _rows("cameo_plover.tsv"):
        context = tuple(c for c in r["context"].split(";") if c)
        table[r["code"]] = (r["event_type"] or None, r["mode"] or None, context)
    return table


def plover_for(code: str, event_type: str | None = None) -> Plover | None:
    """The PLOVER type, mode and context of a CAMEO code (``None`` for 01x statements)."""
    kind, mode, context = _plover_table().get(code, (None, None, ()))
    if event_type and event_type != kind:
        mode = None  # a mode belongs to its type: a sentence coded 173 is SANCTION, not "arrest"
    kind = event_type or kind
    if kind is None:
        return None
    return Plover(event_type=kind, mode=mode, context=list(context))


def is_symmetric(code: str) -> bool:
    """Codes whose source/target order carries no meaning (consult, negotiate, sign, cooperate)."""
    return code[:3] in SYMMETRIC_CODES


@lru_cache(maxsize=1)
def actor_types() -> dict[str, str]:
    return {r["code"]: r["name"] for r in _rows("cameo_actor_types.tsv")}
