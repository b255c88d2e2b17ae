"""Query parameters -> :class:`EventFilter`: the CLI's filters, validated once for every route.

Errors name the parameter and say what a good value looks like, and come back as 422 in the
API's error shape rather than as a database error.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query

from eventwire.model import FACTUALITY
from eventwire.store import EventFilter

from .errors import ApiError

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ACTOR_RE = re.compile(r"^[A-Za-z]{1,15}$")
CAMEO_RE = re.compile(r"^\d{1,4}$")
# the largest offset or count a query may carry: the databases' integers are 64-bit, and a larger
# value was a 500 (DuckDB: "INT128 ... out of range for INT64")
MAX_INT = 2**62


class Order(StrEnum):
    doc = "doc"
    date = "date"
    goldstein = "goldstein"
    confidence = "confidence"


Factuality = StrEnum("Factuality", {f: f for f in FACTUALITY})  # type: ignore[misc]


def check_date(name: str, value: str | None) -> str | None:
    """A full or partial date (``2017``, ``2017-09``, ``2017-09-19``) that exists in the calendar."""
    if value is None or value == "":
        return None
    m = DATE_RE.match(value)
    if m:
        year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        try:
            date(year, month, day)
            return value
        except ValueError:
            pass
    raise ApiError(422, f"invalid date in {name!r}", f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")


def check_actor(name: str, value: str | None) -> str | None:
    """An actor code prefix (``IRN``, ``USAGOV``); ``*`` or ``any`` mean any actor."""
    if value is None or value in ("", "*", "any"):
        return None
    if not ACTOR_RE.match(value):
        raise ApiError(422, f"invalid actor code in {name!r}", f"{value!r}: use letters only, e.g. IRN or USAGOV")
    return value.upper()


def check_cameo(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not CAMEO_RE.match(value):
        raise ApiError(422, "invalid CAMEO code in 'cameo'", f"{value!r}: use 1 to 4 digits, e.g. 19 or 042")
    return value


def event_filter(
    doc: Annotated[str | None, Query(max_length=300, description="Only this document's events.")] = None,
    source: Annotated[str | None, Query(description="Source actor code prefix (IRN, USAGOV).")] = None,
    target: Annotated[str | None, Query(description="Target actor code prefix.")] = None,
    since: Annotated[str | None, Query(description="Events dated on or after: YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="Events dated on or before: YYYY[-MM[-DD]].")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO event code prefix (19, 042).")] = None,
    factuality: Annotated[Factuality | None, Query(description="asserted, denied, negated or hypothetical.")] = None,
) -> EventFilter:
    """The filters shared by ``/events``, ``/network``, the series and the export."""
    flt = EventFilter(
        doc_id=doc or None,
        source=check_actor("source", source),
        target=check_actor("target", target),
        since=check_date("since", since),
        until=check_date("until", until),
        cameo=check_cameo(cameo),
        factuality=factuality.value if factuality else None,
    )
    if flt.since and flt.until and _first_day(flt.since) > _last_day(flt.until):
        raise ApiError(422, "'since' is after 'until'", {"since": flt.since, "until": flt.until})
    return flt


def _first_day(value: str) -> str:
    return value + "-01-01"[len(value) - 4:]


def _last_day(value: str) -> str:
    return value + "-12-31"[len(value) - 4:]  # "-31" for any month: only compared as text


Filters = Annotated[EventFilter, Depends(event_filter)]


def filter_params(flt: EventFilter) -> dict[str, str]:
    """The filters that are set, as query parameters (echoed back so a client can page on)."""
    names = {"doc_id": "doc", "source": "source", "target": "target", "since": "since", "until": "until",
             "cameo": "cameo", "factuality": "factuality"}
    return {param: getattr(flt, attr) for attr, param in names.items() if getattr(flt, attr)}
