"""The actor knowledge base: countries, organisations, sector vocabulary and people with offices.

Loaded once per process from the JSON Lines files in ``actors/data`` (format in its README), plus
any user dictionaries (:mod:`eventwire.actors.custom`). A person's CAMEO code depends on the date:
:meth:`Person.code_on` gives the office held then, ``ELI`` after leaving office.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.datafiles import read_jsonl

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data"

# When a person holds several offices at once, the code comes from the one that acts for the state.
SECTOR_PRIORITY = ["GOV", "MIL", "SPY", "COP", "JUD", "LEG", "REB", "INS", "OPP", "PTY", "ELI"]

# offices that make their holder a leader of a state ("the two leaders"; the Assad in office)
LEADER_ROLES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "supreme leader",
                "crown prince", "sultan", "head of state", "leader")
# ranks that make an office the second to the one it names: a "first vice president" or a
# "deputy crown prince" leads nothing
SECOND_RANKS = frozenset({"vice", "deputy", "assistant"})
# "President of the Government": Spain's prime minister
GOVERNMENT_HEAD = "the government"
_LEADER_ROLE = re.compile(r"^(?:(?P<qualifier>.+?)\s+)?(?P<role>{})(?:\s+of\s+(?P<place>.+))?$".format(
    "|".join(sorted(LEADER_ROLES, key=len, reverse=True))))


def ascii_fold(text: str) -> str:
    """Lower-case, accents removed, curly apostrophes straightened: the key names are compared on."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def date_key(value: str | None, end: bool = False) -> str | None:
    """A comparable ``YYYY-MM-DD`` for a full or partial date (partial ends run to the period's end)."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-31" if end else f"{parts[0]}-{parts[1]}-01"
    return value


def _day(value: str) -> str:
    """A partial date's day for office lookups: "2017-10" is the 15th, "2017" the 1st of July."""
    return value if len(value) == 10 else (value + "-15" if len(value) == 7 else value + "-07-01")


@dataclass
class Office:
    role: str
    start: str | None
    end: str | None
    sector: str | None = None
    cameo: str | None = None
    country: str | None = None

    def active_on(self, day: str) -> bool:
        start, end = date_key(self.start), date_key(self.end, end=True)
        return (start is None or start <= day) and (end is None or day <= end)

    def ended_before(self, day: str) -> bool:
        end = date_key(self.end, end=True)
        return end is not None and end < day


@dataclass
class Person:
    id: str
    name: str
    country: str | None
    variants: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    default_sector: str | None = None
    default_code: str | None = None  # a full code used outside any dated office (custom dictionaries)
    match_case: bool = True

    @property
    def surname(self) -> str:
        return self.surnames()[0]

    def surnames(self, name: str | None = None) -> list[str]:
        """How news refer to the person by one name: the last word, and for Chinese and Korean
        names, which put the family name first, the first word ("Xi", "Kim", "Moon")."""
        name = name or self.name
        out = [_surname(name)]
        if self.country in FAMILY_NAME_FIRST and len(name.split()) > 1:
            out.insert(0, name.split()[0])
        return out

    def offices_on(self, day: str) -> list[Office]:
        active = [o for o in self.offices if o.active_on(day)]
        return sorted(active, key=lambda o: _sector_rank(o.sector or ("GOV" if o.cameo else None)))

    def code_on(self, day: str | None) -> tuple[str | None, str | None, str | None, str | None]:
        """``(cameo, country, sector, role)`` of this person on ``day`` (``YYYY[-MM[-DD]]``)."""
        if day is None:
            return self.main_code()
        day_start = date_key(day)
        day_end = date_key(day, end=True)
        # a partial date ("2017-09") counts an office held at any time within it
        active = [o for o in self.offices if _overlaps(o, day_start, day_end)]
        if active:
            return self.office_code(sorted(active, key=lambda o: _sector_rank(o.sector))[0])
        if self.default_code:
            return self.default_code, _country_of(self.default_code), None, None
        if self.default_sector:
            return self._compose(self.country, self.default_sector), self.country, self.default_sector, None
        if any(o.ended_before(day_start) for o in self.offices):
            last = max((o for o in self.offices if o.ended_before(day_start)), key=lambda o: date_key(o.end, True))
            country = last.country or self.country
            return self._compose(country, "ELI"), country, "ELI", f"former {last.role}"
        return self.country, self.country, None, None

    def main_code(self) -> tuple[str | None, str | None, str | None, str | None]:
        """The code when no date is known: the highest-ranking office the person held."""
        if self.default_code:
            return self.default_code, _country_of(self.default_code), None, None
        if not self.offices:
            sector = self.default_sector
            return self._compose(self.country, sector), self.country, sector, None
        return self.office_code(sorted(self.offices, key=lambda o: _sector_rank(o.sector))[0])

    def office_code(self, office: Office) -> tuple[str | None, str | None, str | None, str | None]:
        if office.cameo:
            country = office.country or _country_of(office.cameo)
            return office.cameo, country, None, office.role
        country = office.country or self.country
        return self._compose(country, office.sector), country, office.sector, office.role

    @staticmethod
    def _compose(country: str | None, sector: str | None) -> str | None:
        if country is None:
            return sector
        return country + (sector or "")


NON_COUNTRY_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "---")


def _country_of(code: str | None) -> str | None:
    """The country part of a full code: "HOBGOV" -> "HOB"; organisations have none."""
    if not code or code.startswith(NON_COUNTRY_PREFIXES) or len(code) < 3:
        return None
    return code[:3]


def _overlaps(office: Office, day_start: str, day_end: str) -> bool:
    start, end = date_key(office.start), date_key(office.end, end=True)
    return (start is None or start <= day_end) and (end is None or day_start <= end)


def _sector_rank(sector: str | None) -> int:
    return SECTOR_PRIORITY.index(sector) if sector in SECTOR_PRIORITY else len(SECTOR_PRIORITY)


FAMILY_NAME_FIRST = {"CHN", "TWN", "KOR", "PRK", "SGP", "HKG", "MAC"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "la", "le", "du", "di", "dos"}


# "Adalberto Costa Junior", "Fernando Collor Filho": a generation mark is no name news use alone
GENERATION_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "junior", "senior", "filho", "neto", "sobrinho"}


def _surname(name: str) -> str:
    parts = re.sub(r"\(.*?\)", "", name).split()
    if not parts:
        return name
    last = parts[-1]
    if ascii_fold(last).strip(".") in GENERATION_SUFFIXES and len(parts) > 1:
        last = parts[-2]
    return last


@dataclass
class Country:
    iso3: str
    name: str
    names: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    seats: list[dict] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    historical: list[dict] = field(default_factory=list)
    # territory of another state before independence: [{"iso3": "SRB", "until": "2008-02-16"}]
    part_of: list[dict] = field(default_factory=list)
    match_case: bool = True

    def code_on(self, day: str | None) -> str:
        """The country code for this territory on ``day``: Kosovo in 1999 is Serbia."""
        if day:
            start = date_key(day)
            for parent in self.part_of:
                if start <= date_key(parent["until"], end=True):
                    return parent["iso3"]
        return self.iso3


@dataclass
class Group:
    """A people, region, religion or movement named in news with no state of its own: "Chechen
    rebels", "Tamil civilians", "Darfur", "Shiite militias". ``countries`` are the candidate
    states (with optional ``start``/``end`` dates); when several hold on a date the article's
    context picks one, else ``default``; an empty list means any country the article names."""

    id: str
    kind: str
    names: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    countries: list[dict] = field(default_factory=list)
    default: str | None = None
    sector: str | None = None
    cameo: str | None = None  # its own code where no state is named: a faith (Sunnis MOSSUN), a region (European EUR)
    bloc: str | None = None  # a region's organisation of states, whose summits its leaders are ("West African leaders")
    notes: str = ""

    @property
    def head_sector(self) -> str | None:
        """The sector when the group itself is the actor ("the Chechens", "Shiites marched"): a
        people or a faith is its civilians, a movement its own sector (Zapatistas REB)."""
        if self.sector:
            return self.sector
        return "CVL" if self.kind in ("ethnic", "religious") else None

    def candidates_on(self, day: str | None) -> list[str]:
        if not day:
            return [c["iso3"] for c in self.countries if not c.get("end")] or [c["iso3"] for c in self.countries]
        start, end = date_key(day), date_key(day, end=True)
        return [c["iso3"] for c in self.countries
                if (not c.get("start") or date_key(c["start"]) <= end)
                and (not c.get("end") or start <= date_key(c["end"], end=True))]

    def fallback(self, day: str | None) -> str | None:
        """The country to use when the article's context names none of the candidates."""
        candidates = self.candidates_on(day)
        if len(candidates) == 1:
            return candidates[0]
        return self.default if self.default in candidates else None


@dataclass
class Organisation:
    id: str
    name: str
    cameo: str
    type: str = "IGO"
    country: str | None = None
    names: list[str] = field(default_factory=list)
    match_case: bool = True
    # other codes for a time: the Taliban in power (1996-2001, from August 2021) are AFGGOV; a
    # period may name its own country (a namesake group of another state in those years)
    periods: list[dict] = field(default_factory=list)
    # a capital whose name, used for an actor, means the organisation ("Brussels said": the EU)
    seats: list[str] = field(default_factory=list)
    # names other states' bodies bear too ("Congress"), and those states: the article picks one
    shared_names: list[str] = field(default_factory=list)
    namesakes: list[str] = field(default_factory=list)

    def period_on(self, day: str | None) -> dict | None:
        """The period that holds on ``day`` (``YYYY[-MM[-DD]]``), if any."""
        if day:
            start, end = date_key(day), date_key(day, end=True)
            for p in self.periods:
                if (not p.get("end") or date_key(p["end"], end=True) >= start) and date_key(p["start"]) <= end:
                    return p
        return None

    def code_on(self, day: str | None) -> str:
        """The organisation's code on ``day``: its period's, else its own."""
        period = self.period_on(day)
        return period["cameo"] if period else self.cameo

    def country_on(self, day: str | None) -> str | None:
        """The organisation's country on ``day``: a period's own where two groups of two states
        bear one name in different years ("Ansar al-Sunna" fought in Iraq in 2003-07, a Mozambican
        group took the name in 2017), else its own."""
        period = self.period_on(day)
        return period.get("country", self.country) if period else self.country


@dataclass
class SectorTerm:
    text: str
    sector: str | None
    role: str | None
    kind: str  # title | body | group
    position: str = "suffix"  # "prefix" composes sector + country (NGO + ARN)
    stateless: str | None = None  # the full code when the phrase names no country ("rights groups": NGOHRI)
    # posted abroad: the place they are in is not their country ("peacekeepers in Mali")
    abroad: bool = False
    # a word that names the body only as a noun: "a Chinese firm", not "firm support"
    noun_only: bool = False
    # the country a title names by its seat ("White House spokesman", "State Department spokesman")
    country: str | None = None
    # a word that names the body only after a definite article: "the Turkish state" is the
    # government, "a Palestinian state" a polity to be
    definite_only: bool = False
    # prepositions whose phrase right after the word gives it a sense that names no body: "union
    # with Greece" is a merger, not a trade union
    not_with_preps: frozenset[str] = frozenset()


@dataclass
class KnowledgeBase:
    countries: dict[str, Country]
    organisations: dict[str, Organisation]
    sectors: dict[str, SectorTerm]
    people: dict[str, Person]
    discards: list[tuple[str, str]] = field(default_factory=list)  # (phrase, "sentence" | "story")
    groups: dict[str, Group] = field(default_factory=dict)
    # derived indexes
    surnames: dict[str, list[str]] = field(default_factory=dict)
    person_names: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, list[str]] = field(default_factory=dict)
    org_seats: dict[str, str] = field(default_factory=dict)
    country_by_name: dict[str, str] = field(default_factory=dict)
    state_names: set[str] = field(default_factory=set)  # folded names of countries and regions

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        surnames: dict[str, list[str]] = defaultdict(list)
        names: dict[str, str] = {}
        # a one-word name that is also a place or a word for a body is never read as a surname
        reserved = {ascii_fold(n) for c in self.countries.values()
                    for n in [c.name, *c.names, *c.adjectives, *c.demonyms, *c.capitals]}
        reserved |= {ascii_fold(n) for o in self.organisations.values() for n in [o.name, *o.names]}
        reserved |= {ascii_fold(n) for g in self.groups.values() for n in [*g.names, *g.regions]}
        reserved |= set(self.sectors)
        for person in self.people.values():
            if not person.match_case:
                continue  # custom entries are matched as whole phrases only
            for full in [person.name, *person.variants]:
                names.setdefault(ascii_fold(full), person.id)
                if full != person.name and len(full.split()) > 2:
                    # a long full form ends in a second family name or a particle's name
                    # ("Fidel Castro Ruz", "Manuel Merino de Lama"), which news never use alone
                    continue
                for surname in person.surnames(full):
                    key = ascii_fold(surname)
                    if key in reserved:
                        continue
                    if person.id not in surnames[key]:
                        surnames[key].append(person.id)
        self.surnames, self.person_names = dict(surnames), names
        descriptions: dict[str, list[str]] = defaultdict(list)
        for country in self.countries.values():
            for d in country.descriptions:
                descriptions[_description_key(d)].append(country.iso3)
        self.descriptions = dict(descriptions)
        self.org_seats = {seat: org.id for org in self.organisations.values() for seat in org.seats}
        # a country's names and capitals, for places written outside the text ("KYIV (Reuters) -")
        self.country_by_name = {n: c.iso3 for c in self.countries.values() for n in [c.name, *c.names, *c.capitals]}
        self.state_names = {ascii_fold(n) for c in self.countries.values() for n in [c.name, *c.names]}
        self.state_names |= {ascii_fold(n) for g in self.groups.values() for n in g.regions}

    def is_leader_role(self, role: str | None) -> bool:
        """Whether an office leads a state or a movement: the whole office is a leader's title,
        perhaps qualified ("caretaker prime minister", "Hamas leader") or of a place ("President
        of Serbia"). A "first vice president" or a "presidential spokesman" is no leader, nor is
        the "President of the National Assembly" or the "Chancellor of the Exchequer"."""
        text = re.sub(r"\(.*?\)", "", ascii_fold(role or "")).replace("-", " ")
        found = _LEADER_ROLE.match(" ".join(text.split()))
        if found is None:
            return False
        if set((found["qualifier"] or "").split()) & SECOND_RANKS:
            return False
        place = found["place"]
        return place is None or place == GOVERNMENT_HEAD or place in self.state_names \
            or place.removeprefix("the ") in self.state_names

    def stats(self) -> dict[str, int]:
        return {
            "countries": len(self.countries),
            "organisations": len(self.organisations),
            "armed_groups": sum(o.type == "armed_group" for o in self.organisations.values()),
            "sector_terms": len(self.sectors),
            "people": len(self.people),
            "offices": sum(len(p.offices) for p in self.people.values()),
            "countries_with_people": len({p.country for p in self.people.values() if p.country}),
            "groups": len(self.groups),
            "group_names": sum(len(g.names) + len(g.regions) for g in self.groups.values()),
        }


def _description_key(text: str) -> str:
    text = ascii_fold(text)
    return re.sub(r"^(the|a|an)\s+", "", text)


def _person(row: dict) -> Person:
    return Person(
        id=row["id"],
        name=row["name"],
        country=row.get("country"),
        variants=list(row.get("variants") or []),
        offices=[
            Office(
                role=o.get("role", ""),
                start=o.get("start"),
                end=o.get("end"),
                sector=o.get("sector"),
                cameo=o.get("cameo"),
                country=o.get("country"),
            )
            for o in row.get("offices") or []
        ],
        default_sector=row.get("default_sector"),
    )


def merge_person(people: dict[str, Person], person: Person) -> None:
    """Add ``person``; an id seen before gets the new variants and offices added to it."""
    old = people.get(person.id)
    if old is None:
        people[person.id] = person
        return
    old.variants += [v for v in person.variants + [person.name] if v not in old.variants and v != old.name]
    known = {(o.role, o.start) for o in old.offices}
    old.offices += [o for o in person.offices if (o.role, o.start) not in known]
    old.country = old.country or person.country
    old.default_sector = old.default_sector or person.default_sector


def load_kb(path: Path | str = DATA) -> KnowledgeBase:
    path = Path(path)
    countries = {}
    if (path / "countries.jsonl").exists():
        for row in read_jsonl(path / "countries.jsonl"):
            fields_ = {k: row.get(k) for k in Country.__dataclass_fields__ if k in row}
            countries[row["iso3"]] = Country(**fields_)
    organisations = {}
    if (path / "organisations.jsonl").exists():
        for row in read_jsonl(path / "organisations.jsonl"):
            fields_ = {k: row.get(k) for k in Organisation.__dataclass_fields__ if k in row}
            organisations[row["id"]] = Organisation(**fields_)
    sectors = {}
    if (path / "sectors.jsonl").exists():
        for row in read_jsonl(path / "sectors.jsonl"):
            term = SectorTerm(row["text"].lower(), row.get("sector"), row.get("role"), row.get("kind", "body"),
                              stateless=row.get("stateless"), abroad=bool(row.get("abroad")),
                              noun_only=bool(row.get("noun_only")), country=row.get("country"),
                              definite_only=bool(row.get("definite_only")),
                              not_with_preps=frozenset(row.get("not_with_preps", ())))
            sectors[term.text] = term
    groups = {}
    if (path / "groups.jsonl").exists():
        for row in read_jsonl(path / "groups.jsonl"):
            fields_ = {k: row.get(k) for k in Group.__dataclass_fields__ if k in row}
            groups[row["id"]] = Group(**fields_)
    people: dict[str, Person] = {}
    for file in sorted((path / "people").glob("*.jsonl")) if (path / "people").exists() else []:
        for row in read_jsonl(file):
            merge_person(people, _person(row))
    return KnowledgeBase(countries, organisations, sectors, people, groups=groups)


@lru_cache(maxsize=2)
def default_kb(path: str = str(DATA)) -> KnowledgeBase:
    return load_kb(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Knowledge-base statistics")
    parser.add_argument("--stats", action="store_true")
    parser.add_argument("--path", default=str(DATA))
    args = parser.parse_args(argv)
    kb = load_kb(args.path)
    for key, value in kb.stats().items():
        print(f"{key}\t{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
