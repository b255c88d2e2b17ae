"""Date expressions and what they are worth: an explicit date ("19 September 2017"), one relative
to the publication date ("last Tuesday", "two weeks ago", "in March"; ``Reference``,
``resolve_expression``), and one relative to the narrative's last date ("two days later", "the
next day"; ``anchored_offset``, ``shift``). Durations and open-ended spans name no point in time.
Which expression dates which event is in dates.py.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.model import EventDate

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS.update({"sept": 9})
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
YEAR_RE = r"((?:1[89]|20)\d\d)"
DURATION = re.compile(r"^(?:(?:more|less|fewer) than |about |nearly |almost |over |some |the past |the last )?"
                      r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|a few)\s+"
                      r"(?:years?|months?|weeks?|days?|hours?|decades?|centuries?)$")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "a few": 3}


@dataclass
class Reference:
    """The publication date as the anchor for relative expressions."""

    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD

    @property
    def day(self) -> date | None:
        if self.value and len(self.value) == 10:
            return date.fromisoformat(self.value)
        return None

    @property
    def month(self) -> tuple[int, int] | None:
        if self.value and len(self.value) >= 7:
            return int(self.value[:4]), int(self.value[5:7])
        return None

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value else None


def _month_value(year: int, month: int) -> str:
    return f"{_year_value(year)}-{month:02d}"


def _year_value(year: int) -> str:
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is outside the calendar")  # resolve_expression: no date
    return f"{year:04d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def resolve_expression(text: str, ref: Reference, future: bool = False) -> EventDate | None:
    """An :class:`EventDate` for a date expression, or ``None`` when it names no point in time
    (durations, open-ended spans, times of day)."""
    try:
        found = _resolve(text, ref, future)
        if found is None and "," in text:  # the tagger glued "November, days" together
            head = text.split(",")[0]
            if not re.fullmatch(rf"(?:\w+ )?{MONTH_RE} \d{{1,2}}", head.strip().lower()):
                found = _resolve(head, ref, future)
    except (OverflowError, ValueError):
        return None  # "last week" of a publication date in year 1: outside the calendar
    return found


def _resolve(text: str, ref: Reference, future: bool = False) -> EventDate | None:
    t = text.lower().strip().rstrip(".,")
    t = re.sub(r"^(?:on|in|at|by|during|from|of|late|early|mid|earlier|later)\s+(?=\w)", "", t)
    t = re.sub(r"\s+", " ", t)
    # "nearly two years ago", "some two months ago": the approximate count still dates the act
    t = re.sub(r"^(?:nearly|almost|about|around|roughly|approximately|some|just|barely|only|more than|less than) "
               r"(?=\S+ (?:day|week|month|year)s? (?:ago|earlier|before)$)", "", t)
    if not t or DURATION.match(t):
        return None
    # explicit: "19 September 2017", "September 19, 2017", "2017-09-19"
    m = re.search(rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MONTH_RE},? {YEAR_RE}", t) or \
        re.search(rf"{MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?,? {YEAR_RE}", t)
    if m:
        g = m.groups()
        day_, mon, year = (g[0], g[1], g[2]) if g[0].isdigit() else (g[1], g[0], g[2])
        return _safe_day(int(year), _month(mon), int(day_), text, "explicit")
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return _safe_day(int(m.group(1)), int(m.group(2)), int(m.group(3)), text, "explicit")
    m = re.search(rf"\b{MONTH_RE},? {YEAR_RE}\b", t)
    if m:
        return EventDate(_month_value(int(m.group(2)), _month(m.group(1))), "month", text, "explicit")
    m = re.fullmatch(rf"(?:the )?(?:year )?{YEAR_RE}", t) or re.search(rf"\b(?:in|of|year) {YEAR_RE}\b", t)
    if m:
        return EventDate(m.group(1), "year", text, "explicit")
    m = re.fullmatch(rf"(?:the )?(?:\w+ (?:week|half|days?) of )?{MONTH_RE},? (?:of )?(last|this|next) year", t)
    if m and ref.year is not None:
        # "in October last year", "March of this year": the month of the year named relative to publication
        shift_ = {"last": -1, "this": 0, "next": 1}[m.group(2)]
        return EventDate(_month_value(ref.year + shift_, _month(m.group(1))), "month", text, "relative_to_publication")
    m = re.fullmatch(rf"(?:the )?(?:\w+ (?:week|half|days?) of )?{MONTH_RE}", t)
    if m:
        return _relative_month(_month(m.group(1)), ref, text, future)
    m = re.fullmatch(rf"{MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MONTH_RE}", t)
    if m:
        g = [x for x in m.groups() if x]
        mon, day_ = (g[0], g[1]) if not g[0].isdigit() else (g[1], g[0])
        month = _month(mon)
        rel = _relative_month(month, ref, text, future)
        if rel and rel.value:
            year = int(rel.value[:4])
            found = _safe_day(year, month, int(day_), text, "relative_to_publication")
            # "January 2" in an article of January 1: a past event was last year's (and a
            # planned one earlier than publication, next year's)
            if found and ref.day and not future and found.value > ref.day.isoformat():
                found = _safe_day(year - 1, month, int(day_), text, "relative_to_publication")
            elif found and ref.day and future and found.value < ref.day.isoformat():
                found = _safe_day(year + 1, month, int(day_), text, "relative_to_publication")
            return found
        return None
    return _relative(t, ref, text, future)


def _month(token: str) -> int:
    token = token.rstrip(".")
    return MONTHS.get(token, MONTHS.get(token[:3], 0))


def _safe_day(year: int, month: int, day_: int, text: str, basis: str) -> EventDate | None:
    try:
        return EventDate(date(year, month, day_).isoformat(), "day", text, basis)
    except ValueError:
        return None


def _relative_month(month: int, ref: Reference, text: str, future: bool) -> EventDate | None:
    """ "in September": the most recent September not after publication (the next one for a
    planned event)."""
    if ref.year is None:
        return None
    ref_month = ref.month
    year = ref.year
    if ref_month:
        if future and month < ref_month[1]:
            year += 1
        elif not future and month > ref_month[1]:
            year -= 1
    return EventDate(_month_value(year, month), "month", text, "relative_to_publication")


def _relative(t: str, ref: Reference, text: str, future: bool) -> EventDate | None:
    day, month, year = ref.day, ref.month, ref.year
    rel = "relative_to_publication"
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return EventDate(day.isoformat(), "day", text, rel) if day else _partial(ref, text)
    if t in ("yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening"):
        return EventDate((day - timedelta(days=1)).isoformat(), "day", text, rel) if day else _partial(ref, text)
    if t in ("tomorrow",):
        return EventDate((day + timedelta(days=1)).isoformat(), "day", text, rel) if day else _partial(ref, text)
    m = re.fullmatch(r"(?:last |this |next |this past |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"(?: (?:morning|afternoon|evening|night))?", t)
    if m:
        if not day:
            return _partial(ref, text) if month else None
        target = WEEKDAYS[m.group(1)]
        if t.startswith(("next", "coming")):
            delta = (target - day.weekday()) % 7 or 7
            return EventDate((day + timedelta(days=delta)).isoformat(), "day", text, rel)
        if future:
            # "will travel on Monday" in a Monday's copy is that day: the nearest on or after it
            delta = (target - day.weekday()) % 7
            return EventDate((day + timedelta(days=delta)).isoformat(), "day", text, rel)
        delta = (day.weekday() - target) % 7
        return EventDate((day - timedelta(days=delta)).isoformat(), "day", text, rel)
    if re.fullmatch(r"(?:earlier |later )?this (?:week|weekend)|(?:last|past) (?:week|weekend)|the weekend", t):
        if day:
            anchor = day - timedelta(days=7 if t.startswith(("last", "past")) else 0)
            return EventDate(_month_value(anchor.year, anchor.month), "month", text, rel)
        return _partial(ref, text) if month else None
    if re.fullmatch(r"next (?:week|weekend)", t):
        if day:
            anchor = day + timedelta(days=7)
            return EventDate(_month_value(anchor.year, anchor.month), "month", text, rel)
        return _partial(ref, text) if month else None
    if re.fullmatch(r"(?:earlier |later )?this month", t) and month:
        return EventDate(_month_value(*month), "month", text, rel)
    if re.fullmatch(r"last month|the previous month|the past month", t) and month:
        return EventDate(_month_value(*_shift_month(*month, -1)), "month", text, rel)
    if re.fullmatch(r"next month", t) and month:
        return EventDate(_month_value(*_shift_month(*month, 1)), "month", text, rel)
    m = re.fullmatch(rf"last {MONTH_RE}", t)
    if m and year:
        mo = _month(m.group(1))
        y = year - 1 if (not month or mo >= month[1]) else year
        return EventDate(_month_value(y, mo), "month", text, rel)
    m = re.fullmatch(rf"next {MONTH_RE}", t)
    if m and year:
        mo = _month(m.group(1))
        y = year + 1 if (not month or mo <= month[1]) else year
        return EventDate(_month_value(y, mo), "month", text, rel)
    if re.fullmatch(r"(?:earlier |later )?this year", t) and year:
        return EventDate(_year_value(year), "year", text, rel)
    if t == "last year" and year:
        return EventDate(_year_value(year - 1), "year", text, rel)
    if t == "next year" and year:
        return EventDate(_year_value(year + 1), "year", text, rel)
    m = re.fullmatch(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few) "
                     r"(day|week|month|year)s? (ago|earlier|before)", t)
    if m and year:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1), 1)
        unit = m.group(2)
        if unit == "year":
            return EventDate(_year_value(year - n), "year", text, rel)
        if unit == "month" and month:
            return EventDate(_month_value(*_shift_month(*month, -n)), "month", text, rel)
        if day:
            back = day - timedelta(days=n * (7 if unit == "week" else 1))
            gran = "day" if unit == "day" else "month"
            value = back.isoformat() if gran == "day" else _month_value(back.year, back.month)
            return EventDate(value, gran, text, rel)
    return None


def _partial(ref: Reference, text: str) -> EventDate | None:
    """A day-level expression against a month-level publication date gives the month."""
    if ref.month:
        return EventDate(_month_value(*ref.month), "month", text, "relative_to_publication")
    return None


ANCHORED = re.compile(
    r"^(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few) "
    r"(?P<unit>hours?|days?|weeks?) (?P<dir>later|after|afterwards|earlier|before)|"
    r"the (?P<rel>next|following|previous|preceding) (?P<unit2>day|morning|evening|night|week)|"
    r"the (?P<unit3>day|night|evening) (?P<dir3>before|after)|(?:later|earlier) (?:that|the same) day|the same day|"
    r"hours (?:later|earlier|after|before))$")


def anchored_offset(text: str) -> int | None:
    """Days from the narrative's last date for "two days later", "the next day", "the day
    before", "hours after" (0); ``None`` when the expression is not anchored on another event."""
    t = re.sub(r"^(?:on|by|in|at)\s+", "", text.lower().strip().rstrip(".,"))
    m = ANCHORED.match(t)
    if not m:
        return None
    if m.group("unit"):
        n = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS.get(m.group("n"), 1)
        unit = m.group("unit").rstrip("s")
        days = 0 if unit == "hour" else n * (7 if unit == "week" else 1)
        return -days if m.group("dir") in ("earlier", "before") else days
    if m.group("rel"):
        days = 7 if m.group("unit2") == "week" else 1
        return -days if m.group("rel") in ("previous", "preceding") else days
    if m.group("unit3"):
        return -1 if m.group("dir3") == "before" else 1
    return 0


def shift(base: EventDate, days: int, text: str) -> EventDate:
    """A date ``days`` after ``base`` (same month or year when ``base`` is not a day)."""
    if base.granularity == "day" and base.value:
        try:
            value = (date.fromisoformat(base.value) + timedelta(days=days)).isoformat()
        except OverflowError:
            return EventDate(base.value, base.granularity, text, base.basis)  # past the calendar's ends
        return EventDate(value, "day", text, base.basis)
    return EventDate(base.value, base.granularity, text, base.basis)
