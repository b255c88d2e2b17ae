"""User dictionaries: add or override actors, and import PETRARCH/TABARI dictionaries.

Three formats, chosen by content:

* eventwire JSON Lines (``.jsonl``), one entry per line::

    {"names": ["Gondor", "Minas Tirith"], "cameo": "GON"}
    {"names": ["Gollum", "Smeagol"], "codes": [{"cameo": "HOB", "end": "1995-05-31"},
                                             {"cameo": "HOBGOV", "start": "1995-06-01", "end": "1999-08-15"}]}
    {"names": ["foreign minister"], "type": "sector", "cameo": "GOVFRM"}

  ``type`` is ``actor`` (default) or ``sector``; ``codes`` gives date-limited codes (the one
  without dates is the default). A code with ``/`` (``ELR/GAL``) is a compound actor: one event
  per member code.
* PETRARCH/TABARI text dictionaries (``.txt``): actor lines ``GOLLUM [HOB <950601] [HOBGOV
  950601-990815]`` with ``+SYNONYM`` lines, agent lines ``SOLDIER [~MIL]`` (``~CODE`` is a
  suffix, ``CODE~`` a prefix; the regular plural matches too, ``{PLURAL}`` gives another and
  ``{}`` none), ``#`` comments.
* the same dictionaries as JSON (``{"actors": [...], "agents": [...], "discards": [...]}``).

Custom entries are matched case-insensitively and win over the built-in knowledge base.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .kb import Country, KnowledgeBase, Office, Person, SectorTerm, merge_person

CUSTOM = "custom:"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def apply_custom(kb: KnowledgeBase, path: str | Path) -> int:
    """Add the entries of a custom dictionary to ``kb``; returns how many were added."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("{") and path.suffix == ".json":
        n = _apply_petrarch_json(kb, json.loads(text))
    elif path.suffix in (".jsonl", ".ndjson") or stripped.startswith("{"):
        n = 0
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: {exc.msg}") from exc
            add_entry(kb, row, f"{path}:{lineno}")
            n += 1
    else:
        n = _apply_tabari(kb, text, str(path))
    kb.reindex()
    return n


def add_entry(kb: KnowledgeBase, row: dict, where: str = "custom") -> None:
    names = [n for n in row.get("names") or [] if isinstance(n, str) and n.strip()]
    if not names:
        raise ValueError(f"{where}: an entry needs 'names'")
    if row.get("type") == "sector":
        for name in names:
            kb.sectors[name.lower()] = SectorTerm(name.lower(), row.get("cameo"), row.get("role") or name.lower(),
                                                  row.get("kind", "title"), row.get("position", "suffix"))
        return
    codes = row.get("codes") or [{"cameo": row.get("cameo")}]
    add_actor(kb, names, [(c.get("cameo") or c.get("code"), c.get("start"), c.get("end")) for c in codes])


def add_actor(kb: KnowledgeBase, names: list[str], codes: list[tuple[str | None, str | None, str | None]]) -> None:
    """An actor whose code may depend on the date: ``(code, start, end)`` triples; an undated
    code is the default. A single undated three-letter code is a country (titles and sector
    words then combine with it: "Arnor's foreign minister"); anything else is stored as a
    person-like entry so date logic is shared."""
    plain = [c for c, start, end in codes if c]
    if len(plain) == 1 and len(codes) == 1 and not codes[0][1] and not codes[0][2] and re.fullmatch(r"[A-Z]{3}", plain[0]):
        iso = plain[0]
        country = kb.countries.get(iso) or Country(iso3=iso, name=names[0], match_case=False)
        country.names = list(dict.fromkeys([*country.names, *names]))
        country.match_case = False
        kb.countries[iso] = country
        return
    default = None
    offices = []
    for code, start, end in codes:
        if not code:
            continue
        if start is None and end is None:
            default = default or code
        else:
            offices.append(Office(role="", start=start, end=end, cameo=code))
    person = Person(id=CUSTOM + _slug(names[0]), name=names[0], country=None, variants=names[1:], offices=offices,
                    default_code=default, match_case=False)
    merge_person(kb.people, person)


DATE_RANGE = re.compile(r"^(?P<code>[^\s<>]+)\s*(?:(?P<lt><)\s*(?P<before>\d{6,8})|(?P<gt>>)\s*(?P<after>\d{6,8})|"
                        r"(?P<start>\d{6,8})\s*-\s*(?P<end>\d{6,8}))?\s*$")


def _tabari_date(raw: str) -> str:
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = f"{2000 + yy if yy < 30 else 1900 + yy}{raw[2:]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def _day_before(iso: str) -> str:
    import datetime

    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


def _day_after(iso: str) -> str:
    import datetime

    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=1)).isoformat()


def _parse_code(spec: str) -> tuple[str, str | None, str | None]:
    """``HOB <950601`` -> (HOB, None, 1995-05-31); ``HOBREB >990815`` -> (HOBREB, 1999-08-16, None)."""
    m = DATE_RANGE.match(spec.strip())
    if not m:
        raise ValueError(f"bad code {spec!r}")
    if m.group("lt"):
        return m.group("code"), None, _day_before(_tabari_date(m.group("before")))
    if m.group("gt"):
        return m.group("code"), _day_after(_tabari_date(m.group("after"))), None
    if m.group("start"):
        return m.group("code"), _tabari_date(m.group("start")), _tabari_date(m.group("end"))
    return m.group("code"), None, None


def _phrase(raw: str) -> str:
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip()


def _apply_tabari(kb: KnowledgeBase, text: str, where: str) -> int:
    n = 0
    current: list[str] | None = None
    current_codes: list = []

    def flush() -> None:
        nonlocal current, current_codes, n
        if current and current_codes:
            add_actor(kb, current, current_codes)
            n += 1
        current, current_codes = None, []

    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            if current is not None:
                current.append(_phrase(line[1:].split("[")[0]))
            continue
        flush()
        head, _, rest = line.partition("[")
        specs = re.findall(r"\[([^\]]*)\]", "[" + rest) if rest else []
        phrase = _phrase(head)
        if not phrase or not specs:
            continue
        if any(s.strip().startswith("~") or s.strip().endswith("~") for s in specs):
            spec = specs[0].strip()
            position = "suffix" if spec.startswith("~") else "prefix"
            plural = re.search(r"\{([^}]*)\}", phrase)  # "MAN {MEN} [~CVL]": an irregular plural
            phrase = _phrase(re.sub(r"\{[^}]*\}", " ", phrase))
            _add_agent(kb, phrase, _phrase(plural.group(1)) if plural else None, spec.strip("~"), position)
            n += 1
            continue
        try:
            current_codes = [_parse_code(s) for s in specs]
        except ValueError as exc:
            raise ValueError(f"{where}:{lineno}: {exc}") from exc
        current = [phrase]
    flush()
    return n


def _add_agent(kb: KnowledgeBase, phrase: str, plural: str | None, code: str, position: str) -> None:
    """An agent term in its singular and plural forms: PETRARCH dictionaries list the singular
    ("SOLDIER [~MIL]") and form the regular plural themselves unless one is given ("" for none:
    "AIR_FORCE {} [~MIL]")."""
    for form in filter(None, (phrase, _regular_plural(phrase) if plural is None else plural)):
        text = form.lower()
        kb.sectors[text] = SectorTerm(text, code, text, "title", position)


def _regular_plural(phrase: str) -> str:
    """ "soldier" -> "soldiers", "militia" -> "militias", "embassy" -> "embassies", "witness" ->
    "witnesses": the last word takes the regular English plural."""
    low = phrase.lower()
    if re.search(r"[^aeiou]y$", low):
        return phrase[:-1] + ("IES" if phrase[-1].isupper() else "ies")
    suffix = "es" if re.search(r"(s|x|z|ch|sh)$", low) else "s"
    return phrase + (suffix.upper() if phrase[-1].isupper() else suffix)


def _apply_petrarch_json(kb: KnowledgeBase, data: dict) -> int:
    n = 0
    for actor in data.get("actors", []):
        codes = []
        for c in actor.get("codes", []):
            start = c.get("from") or (_day_after(c["after"]) if c.get("after") else None)
            end = c.get("to") or (_day_before(c["before"]) if c.get("before") else None)
            codes.append((c["code"], start, end))
        add_actor(kb, [_phrase(actor["phrase"]), *[_phrase(s) for s in actor.get("synonyms", [])]], codes)
        n += 1
    for agent in data.get("agents", []):
        plural = agent.get("plural")
        _add_agent(kb, _phrase(agent["phrase"]), _phrase(plural) if plural else None, agent["code"],
                   agent.get("position", "suffix"))
        n += 1
    for discard in data.get("discards", []):
        kb.discards.append((_phrase(discard["phrase"]).lower(), discard.get("level", "sentence")))
        n += 1
    return n
