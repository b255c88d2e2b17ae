"""When an event happened: explicit dates, dates relative to publication, narrative time.

Order of evidence for an event's date:
1. a date expression attached to the event's own predicate (or inside its noun phrase);
2. one attached to a verb the predicate hangs on ("spoke to Obama in 2013 and ... decided");
3. the article's narrative time: the last date an asserted, past event of an earlier sentence had
   ("late in March ... She put forward the proposal a day after ...");
4. the publication date, declared as ``basis: publication``.
Open-ended spans ("since 1979", "for decades") and events whose date the text does not give stay
``null``; a hypothetical event is dated only by its own planned date.
What a date expression is worth, against the publication or the narrative's last date, is in
date_expressions.py; this module says which expression dates which event.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.model import EventDate
from eventwire.nlp import sentence_ents, sentence_text

from .cues import cues
from .date_expressions import MONTH_RE, YEAR_RE, Reference, anchored_offset, resolve_expression
from .factuality import scheduled_verbs

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
