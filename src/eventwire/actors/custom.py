"""User dictionaries: add or override actors with a simple JSON Lines file.

Each line: ``{"names": [...], "cameo": "GON", "type": "country|organisation|person|sector",
"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "role": "..."}``. ``type`` defaults to
``country`` for a bare three-letter code and ``organisation`` otherwise. A person's line may give
``offices`` as in the knowledge base instead of one code with a date range.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .kb import Country, KnowledgeBase, Office, Organisation, Person, SectorTerm, merge_person


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def apply_custom(kb: KnowledgeBase, path: str | Path) -> int:
    """Add the entries of a custom dictionary to ``kb``; returns how many were added."""
    path = Path(path)
    n = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: {exc.msg}") from exc
        add_entry(kb, row, f"{path}:{lineno}")
        n += 1
    kb.reindex()
    return n


def add_entry(kb: KnowledgeBase, row: dict, where: str = "custom") -> None:
    names = [n for n in row.get("names") or [] if n.strip()]
    code = row.get("cameo")
    if not names:
        raise ValueError(f"{where}: an entry needs 'names'")
    kind = row.get("type") or ("country" if code and re.fullmatch(r"[A-Z]{3}", code) else
                               "person" if row.get("offices") else "organisation")
    if kind == "country":
        iso = code
        country = kb.countries.get(iso) or Country(iso3=iso, name=names[0])
        country.names = list(dict.fromkeys([*country.names, *names]))
        country.adjectives = list(dict.fromkeys([*country.adjectives, *(row.get("adjectives") or [])]))
        kb.countries[iso] = country
    elif kind == "sector":
        for name in names:
            kb.sectors[name.lower()] = SectorTerm(name.lower(), code, row.get("role"), row.get("kind", "body"))
    elif kind == "person" or row.get("start") or row.get("end"):
        offices = [Office(role=o.get("role", ""), start=o.get("start"), end=o.get("end"), sector=o.get("sector"),
                          cameo=o.get("cameo"), country=o.get("country")) for o in row.get("offices") or []]
        if not offices and code:
            offices = [Office(role=row.get("role") or "", start=row.get("start"), end=row.get("end"), cameo=code,
                              country=row.get("country"))]
        person = Person(id=row.get("id") or f"custom:{_slug(names[0])}", name=names[0], country=row.get("country"),
                        variants=names[1:], offices=offices, default_sector=row.get("default_sector"))
        merge_person(kb.people, person)
    else:
        oid = row.get("id") or f"custom:{_slug(names[0])}"
        kb.organisations[oid] = Organisation(id=oid, name=names[0], cameo=code or "", type=row.get("org_type", "body"),
                                             country=row.get("country"), names=names)
