"""Publication dates as given by users and metadata: full or partial ISO dates."""

from __future__ import annotations

import re

ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")


def normalize_pub_date(value: str | None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` from an ISO date or datetime; other forms via dateparser.

    Raises ``ValueError`` for a value that is not a date.
    """
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    compact = re.fullmatch(r"(\d{2}|\d{4})(\d{2})(\d{2})", value)
    if compact:  # TABARI-style "121108" (yymmdd) or "20121108"
        year = compact.group(1)
        if len(year) == 2:
            year = f"{2000 + int(year) if int(year) < 50 else 1900 + int(year)}"
        value = f"{year}-{compact.group(2)}-{compact.group(3)}"
    m = ISO.match(value)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        if month and not 1 <= int(month) <= 12:
            raise ValueError(f"month out of range in {value!r}")
        if day:
            import datetime

            datetime.date(int(year), int(month), int(day))  # raises ValueError on 2017-02-30
            return f"{year}-{int(month):02d}-{int(day):02d}"
        return f"{year}-{int(month):02d}" if month else year
    import dateparser

    # no relative forms: "yesterday" would date the article by the clock of the machine coding it
    parsed = dateparser.parse(value, languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
    if parsed is None:
        raise ValueError(f"not a date: {value!r}")
    return parsed.date().isoformat()
