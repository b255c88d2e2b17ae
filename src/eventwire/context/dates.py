"""When an event happened: explicit dates, dates relative to publication, narrative time.

Order of evidence for an event's date:
1. a date expression attached to the event's own predicate (or inside its noun phrase);
2. one attached to a verb the predicate hangs on ("spoke to Obama in 2013 and ... decided");
3. the article's narrative time: the last date an asserted, past event of an earlier sentence had
   ("late in March ... She put forward the proposal a day after ...");
4. the publication date, declared as ``basis: publication``.
Open-ended spans ("since 1979", "for decades") and events whose date the text does not give stay
``null``; a hypothetical event is dated only by its own planned date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.model import EventDate
from eventwire.nlp import sentence_ents, sentence_text

from .cues import cues
from .factuality import scheduled_verbs

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


# -- attaching date expressions to events ------------------------------------------------------
OPEN_ENDED = {"since", "until", "till", "throughout", "for"}


WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DATE_CUES = re.compile(
    rf"\b(?:(?:the )?(?:next|following|previous|preceding) (?:day|morning|evening|week)|the (?:day|night) (?:before|after)|"
    rf"(?:last|this|next|on) {WEEKDAY_RE}|{WEEKDAY_RE}|yesterday|today|tonight|"
    rf"(?:\d+|one|two|three|four|five|six|seven|several|a few) (?:days?|weeks?|hours?) (?:later|earlier|after|before|ago)|"
    rf"(?:last|this|next|earlier this|later this) (?:week|weekend|month|year)|"
    rf"(?:in |on )?(?:\d{{1,2}} )?{MONTH_RE}(?: \d{{1,2}})?(?:,? {YEAR_RE})?|(?:in |since )?{YEAR_RE})\b",
    re.IGNORECASE,
)


def date_entities(sent: Span) -> list[Span]:
    """Date expressions in a sentence: the tagger's DATE entities, plus the common forms it
    misses ("The following day", "two days later"). Cached per sentence."""
    cache = sent.doc.user_data.setdefault("ew_date_entities", {})
    if sent.start not in cache:
        cache[sent.start] = _date_entities(sent)
    return cache[sent.start]


NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})


def _date_entities(sent: Span) -> list[Span]:
    ents = [_before_a_verb(e) for e in sentence_ents(sent) if e.label_ in ("DATE",)]
    ents = [e for e in ents if len(e)]
    doc = sent.doc
    taken = {i for e in ents for i in range(e.start, e.end)}
    for m in DATE_CUES.finditer(sentence_text(sent)):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            continue
        overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
        if overlapping and all(e.start >= span.start and e.end <= span.end and len(e) < len(span)
                               for e in overlapping):
            ents = [e for e in ents if e not in overlapping]  # "The day" + "before": the whole cue
            taken -= {i for e in overlapping for i in range(e.start, e.end)}
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if any(t.ent_type_ in NAME_ENTITIES for t in span):
            continue  # "Theresa May", "March of the Living": a name, not a date
        if span.start > sent.start and len(span) == 1 and span[0].lower_ in ("may", "march") and span[0].pos_ != "PROPN":
            continue  # the verbs "may" and "march"
        ents.append(span)
        taken.update(range(span.start, span.end))
    return sorted(ents, key=lambda e: e.start)


def _before_a_verb(ent: Span) -> Span:
    """The tagger may run a date into the clause after it ("on Monday ending two decades of
    conflict" is one DATE): the date ends where a verb begins."""
    verb = next((t.i for t in ent if t.pos_ == "VERB" and t.i > ent.start), None)
    return ent if verb is None else ent.doc[ent.start:verb]


def governing_predicate(ent: Span) -> Token:
    """The verb (or event noun) a date expression modifies."""
    tok = ent.root
    for _ in range(8):
        head = tok.head
        if head == tok:
            return tok
        if head.pos_ in ("VERB", "AUX"):
            return _speech_before_its_clause(ent, head) or head
        if head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("prep", "npadvmod", "nmod", "compound"):
            return head  # "the agreement of 2015", "Monday's meeting"
        tok = head
    return tok


def _speech_before_its_clause(ent: Span, verb: Token) -> Token | None:
    """ "X said on Monday its president would visit Y": a date between a verb of saying and the
    subject of the clause it reports is the saying's, wherever the parser hangs it."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in cues().speech_verbs or not speech.i < ent.start:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return speech if subject is not None and ent.end <= subject.left_edge.i else None


BOUNDED_DURATION = re.compile(r"(?:for|over) (?:the (?:next|past|last) )?(?:a|an|one|two|three|four|five|six|seven|"
                              r"several|a few|\d+|\d+-) ?(?:hours?|days?|nights?|weeks?)")


# "for a second day", "for the third straight week": which day of a run the act is on, not a span
# from which the act is open-ended; the day itself comes from another phrase ("on Friday")
NTH_OF_A_RUN = re.compile(r"for (?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
                          r"(?:straight |consecutive |successive |running )?(?:day|night|week|month|year)")


def _bounded_duration(ent: Span) -> bool:
    """ "closed the border for two days": how long an act lasted says nothing of when it began,
    unlike "for decades" (a standing state); nor does "for a second day"."""
    text = expression_text(ent).lower()
    return bool(BOUNDED_DURATION.fullmatch(text) or NTH_OF_A_RUN.fullmatch(text))


# a span between two years ("between 2008 and 2011", "from 2014 to 2016"): years of a standing
# state or of repeated acts, no one date
YEAR_RANGE = re.compile(r"(?:between|from) (?:\w+ )?\d{4} (?:and|to|until) (?:\w+ )?\d{4}")


def is_open_ended(ent: Span) -> bool:
    """ "since 1979", "for decades", "for the first time since 1980" name no date of the event;
    nor does a span of years ("between 2008 and 2011")."""
    if ent[0].lower_ in OPEN_ENDED:
        return True
    if ent[-1].like_num and YEAR_RANGE.fullmatch(expression_text(ent).lower()):
        return True
    root = ent.root
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in OPEN_ENDED


def expression_text(ent: Span) -> str:
    root = ent.root
    if root.dep_ == "pobj" and root.head.i == ent.start - 1:
        return ent.doc[ent.start - 1:ent.end].text
    return ent.text


def tense_is_future(anchor: Token) -> bool:
    tok = anchor
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo") for c in tok.children):
            return True
        if tok.head == tok or tok.dep_ not in ("xcomp", "conj"):
            break
        tok = tok.head
    return False


OCCASION_PREPS = frozenset({"in", "during", "at", "on", "amid"})  # not "after", "following": another time
COUNT_NOUNS = frozenset({"series", "wave", "round", "spate", "string", "flurry", "volley", "salvo", "barrage",
                         "day", "week", "month", "year", "hour"})
NOMINAL_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "obj", "attr")


# nouns whose "in" phrase the parser hangs on the verb: "denied any role in the April 22 attack"
# names the attack, not an occasion the denial was made in
SHARE_NOUNS = frozenset({"role", "involvement", "part", "hand", "complicity", "participation", "responsibility"})


def _share_in(prep: Token, verb: Token) -> bool:
    return prep.lower_ == "in" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in SHARE_NOUNS
                                       for c in verb.children)


def _counted(noun: Token) -> Token:
    """ "a round of talks", "a series of airstrikes": the count noun that carries the event's place
    in the clause."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNT_NOUNS:
        return noun.head.head
    return noun


def nominal_host(noun: Token) -> Token | None:
    """The verb whose clause a nominal event is an argument or adverbial of, if any."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNT_NOUNS:
        noun = noun.head.head  # "a series of airstrikes", "a round of talks" (not "accounts of a call")
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        noun, head = head, head.head
    elif noun.dep_ not in NOMINAL_ARGUMENT_DEPS:
        return None
    return head if head != noun and head.pos_ in ("VERB", "AUX") else None


NOUN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "prep", "conj", "appos", "compound", "attr"})


def _clause_of_day_phrase(ent: Span, noun: Token) -> Token | None:
    """The verb whose clause a noun that an "on <day>" phrase hangs on is an argument of."""
    root = ent.root
    prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None
    if noun.pos_ not in ("NOUN", "PROPN") or prep is None or prep.lower_ != "on" or prep.head != noun:
        return None
    tok = noun
    for _ in range(5):
        if tok.dep_ not in NOUN_ARGUMENT_DEPS or tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def resolve_for_event(doc: Doc, anchor: Token, consumed: set[int], ref: Reference, future: bool,
                      cache: dict[int, EventDate | None]) -> tuple[EventDate | None, bool]:
    """The date attached to an event's own clause; ``(date, found)`` where ``found`` says a date
    expression applied (``date`` may still be ``None`` for an open-ended span)."""
    sent = anchor.sent
    ents = [e for e in date_entities(sent) if not _bounded_duration(e)]
    if not ents:
        return None, False
    chain = [anchor]
    if anchor.pos_ in ("VERB", "AUX"):
        chain.extend(scheduled_verbs(anchor))  # talks anchored on "are due to resume on Tuesday"
    tok = anchor
    host = nominal_host(anchor)
    if host is not None:
        # "said in a phone call with X earlier this month", "talks with X resumed on Monday": a
        # nominal event with no date of its own takes the date of the clause it sits in
        tok = host
        chain.append(tok)
        if _counted(anchor).dep_ in ("nsubj", "nsubjpass"):
            # "talks are due to resume on Tuesday": the date of what the schedule puts ahead
            chain.extend(scheduled_verbs(host))
    for _ in range(6):
        if tok.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acl") and tok.head != tok:
            tok = tok.head
            chain.append(tok)
        elif tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ in ("nsubj", "nsubjpass") and tok != anchor:
            tok = tok.head  # "The president, who arrived ..., spoke to Obama in 2013"
            chain.append(tok)
        else:
            break
    if future:
        # "announced on Sunday that they would leave", "said on Monday he will visit": a plan is
        # dated by its own planned time, not by the day it was announced or decided
        cut = next((k for k, t in enumerate(chain) if k and t.pos_ in ("VERB", "AUX") and _told_when(t)), None)
        chain = chain[:cut] if cut is not None else chain
    own = consumed | {anchor.i}
    ranked: list[tuple[int, Span]] = []
    for ent in ents:
        pred = governing_predicate(ent)
        if future and pred != anchor and pred.pos_ in ("VERB", "AUX") and _told_when(pred):
            continue  # the day a plan was announced is not the plan's ("announced on Sunday that X would")
        if pred.i in own or (anchor.i <= ent.start and ent.end <= max(own) + 1 and pred.i in own):
            ranked.append((0, ent))
        elif any(t.i == pred.i for t in chain):
            ranked.append((1 + [t.i for t in chain].index(pred.i), ent))
        elif (pred.dep_ == "acl" and pred.tag_ == "VBN" and (occasion := pred.head).dep_ == "pobj"
              and occasion.head.lower_ in OCCASION_PREPS and (host := nominal_host(occasion)) is not None
              and host.i in [t.i for t in chain] and not _share_in(occasion.head, host)):
            # "in an interview aired on Sunday, X said": the date of the occasion, told by its participle
            ranked.append((1 + [t.i for t in chain].index(host.i), ent))
        elif (pred.dep_ == "pobj" and pred.head.lower_ in OCCASION_PREPS and (host := nominal_host(pred)) is not None
              and host.i in [t.i for t in chain] and not _share_in(pred.head, host)):
            # "spoke with X in a phone call on Tuesday": the date of the occasion the act happened in
            ranked.append((1 + [t.i for t in chain].index(host.i), ent))
        elif (verb := _clause_of_day_phrase(ent, pred)) is not None and verb.i in [t.i for t in chain]:
            # "freed 14 prisoners on Thursday", "ministers on Monday adopted": the parser hangs the
            # day on a participant noun; a day names when an act happened, not a property of a
            # party, so it dates the clause the noun is an argument of (after dates hung on it)
            ranked.append((1 + [t.i for t in chain].index(verb.i), ent))
        elif anchor.pos_ in ("NOUN", "PROPN") and pred.i == anchor.i:
            ranked.append((0, ent))  # "the agreement of 2015": a nominal event's own date
    if not ranked:
        return None, False
    ranked.sort(key=lambda x: (x[0], abs(x[1].start - anchor.i)))
    rank, ent = ranked[0]
    if is_open_ended(ent):
        return None, True
    offset = anchored_offset(expression_text(ent))
    if offset is not None:
        return EventDate(text=expression_text(ent), basis=f"anchored:{offset}"), True
    # a weekday or month is resolved forward or back by the tense of the verb it modifies: the
    # event's own, or the one above it it takes the date from ("would announce X on Sunday and
    # did not rule out Y": Sunday is still to come)
    pred = governing_predicate(ent)
    if rank:
        future = _future_verb(chain[rank - 1])
    elif pred != anchor and pred.pos_ in ("VERB", "AUX"):
        future = _future_verb(pred)  # a frame's own verb ("threatened on Monday to strike")
    key = (ent.start, future)
    if key not in cache:
        cache[key] = resolve_expression(expression_text(ent), ref, future)
    if cache[key] is None and VAGUE_PAST.fullmatch(ent.text.lower().strip()):
        return None, True  # "a decade ago", "years ago": long before, at no time the text says
    return cache[key], cache[key] is not None


def _told_when(verb: Token) -> bool:
    """A verb of saying or deciding, or any verb in the simple past: the time it is told at."""
    return verb.tag_ == "VBD" or verb.lemma_.lower() in cues().speech_verbs


FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})


def _future_verb(verb: Token) -> bool:
    """Whether a verb states something still to come: "will/would announce", "is going to",
    "is due to resume", "plans to visit"."""
    if any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ == "going") for c in verb.children):
        return True
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.lemma_.lower() not in cues().schedule_words and head.lemma_.lower() not in cues().plan_verbs:
        return False
    # "plans to visit", "is due to resume" look ahead of now; "wanted to hold talks in September"
    # looks ahead of a past time, so its month is still the last one
    tensed = head.head if head.dep_ == "acomp" else head
    return _present_tense(tensed) or _future_verb(tensed)


def _present_tense(verb: Token) -> bool:
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)



VAGUE_PAST = re.compile(r"(?:(?:nearly|almost|about|some|more than|over) )?(?:a few |\w+ )?"
                        r"(?:decades?|years|generations?) (?:ago|earlier|before)")
