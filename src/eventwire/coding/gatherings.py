"""Many-party gatherings: who hosts a meeting the text names, and who attends it.

News names a gathering's host and its guests in different sentences: "Friday's summit will be
hosted by the Kenyan president. Due to attend as well are the Ghanaian and Senegalese
leaders. Nigeria will not attend." By the conventions, attending is a visit to the host (042,
one per attendee; "will not attend" negated) and the host who is named as hosting receives
each attendee (043). A pattern codes "attend" and "host"; this module finds the party the
sentence leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.nlp import kids, token_columns

from .syntax import is_passive, pobjs, preps_of

GATHERING_NOUNS = frozenset({"meeting", "conference", "summit", "talk", "talks", "congress", "forum", "gathering",
                             "negotiation", "negotiations", "dialogue", "session", "ceremony"})
HOST_VERBS = frozenset({"host", "organise", "organize", "convene", "chair"})
ATTEND_VERBS = frozenset({"attend"})
# how many sentences after the gathering is last named "will attend" (or "the meeting") still means it
REACH = 3
_CACHE = "ew_gatherings"


@dataclass(frozen=True)
class Gathering:
    noun: int  # the gathering noun's token index
    hosting: int  # the host verb's token index
    hosts: tuple[int, ...]  # the host's tokens (the by-phrase or the subject)


def gatherings(doc: Doc) -> list[Gathering]:
    """Gatherings whose host the text names ("hosted by X", "X will host the summit"), in text order."""
    found = doc.user_data.get(_CACHE)
    if found is None:
        lemmas, _, pos = token_columns(doc)  # (only a host verb is built as a token)
        found = [g for i, lemma in enumerate(lemmas) if lemma in HOST_VERBS and pos[i] == "VERB"
                 for g in _hosted(doc[i])]
        doc.user_data[_CACHE] = found
    return found


def _hosted(verb: Token) -> list[Gathering]:
    agents = [p for a in preps_of(verb, frozenset({"by"})) for p in pobjs(a)]
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in GATHERING_NOUNS:
        nouns, hosts = [verb.head], agents  # "the summit hosted by Egypt"
    elif is_passive(verb):
        nouns, hosts = [c for c in kids(verb) if c.dep_ == "nsubjpass"], agents
    else:
        nouns = [c for c in kids(verb) if c.dep_ in ("dobj", "obj")]
        hosts = [c for c in kids(verb) if c.dep_ == "nsubj"]
    hosts += [c for h in hosts for c in h.conjuncts]
    return [Gathering(n.i, verb.i, tuple(h.i for h in hosts)) for n in nouns
            if n.lemma_.lower() in GATHERING_NOUNS and hosts]


def host_of(doc: Doc, attend: Token) -> Gathering | None:
    """The gathering an attendance refers to: its object's own host when it has one, else the
    last hosted gathering named before it within a few sentences ("the meeting", "will attend")."""
    objects = [c for c in kids(attend) if c.dep_ in ("dobj", "obj")]
    if objects and objects[0].lemma_.lower() not in GATHERING_NOUNS:
        return None  # "attended the funeral of X", "attended the university": no gathering we know
    if objects and objects[0].i in {g.noun for g in gatherings(doc)}:
        return next(g for g in gatherings(doc) if g.noun == objects[0].i)
    if objects and any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in kids(objects[0])):
        return None  # "the Geneva talks", "Putin's congress": a gathering of its own
    before = [g for g in gatherings(doc) if g.noun < attend.i]
    if not before:
        return None
    # "the conference" in the sentences between keeps the gathering the one spoken of
    last = max(t.i for t in doc[before[-1].noun:attend.i] if t.lemma_.lower() in GATHERING_NOUNS)
    return before[-1] if _sentence_index(doc, attend.i) - _sentence_index(doc, last) <= REACH else None


def attendees(doc: Doc, gathering: Gathering) -> list[tuple[Token, Token]]:
    """``(attend verb, attendee)`` for the attendances that refer to ``gathering`` (for the
    host's 043: the host receives them when, and if, they come)."""
    lemmas, _, pos = token_columns(doc)  # (only an attendance verb is built as a token)
    verbs = (doc[i] for i, lemma in enumerate(lemmas) if lemma in ATTEND_VERBS and pos[i] == "VERB")
    return [(tok, s) for tok in verbs
            if tok.i > gathering.hosting and host_of(doc, tok) == gathering and not _negated(tok)
            for s in attending(tok)]


def attending(verb: Token) -> list[Token]:
    """Who attends when the parser gives "attend" no subject of its own: "Due to attend as well
    are Mahama and Faye" (the subject of the copula the infinitive hangs on)."""
    head = verb
    for _ in range(3):
        if head.dep_ not in ("xcomp", "prep", "acomp", "advcl") or head.head is head:
            return []
        head = head.head
        # the inverted copula makes the attendees its subject or its attribute, and the parser
        # may hang them on the copula rather than on "due"
        around = [head, *(c for c in kids(head) if c.dep_ in ("aux", "auxpass", "cop") and c.lemma_ == "be")]
        subjects = [c for h in around for c in kids(h) if c.dep_ in ("nsubj", "nsubjpass")
                    or c.dep_ == "attr" and h.lemma_ == "be" and c.i > h.i]
        if subjects:
            named = subjects + [c for s in subjects for c in s.conjuncts]
            # "..., the Ghanaian leader, IMF staff and ...": the parser may make a list item an apposition
            return named + [c for s in named for c in kids(s) if c.dep_ == "appos"]
    return []


def _negated(verb: Token) -> bool:
    """"will not attend", "said they saw no reason to attend"."""
    for _ in range(3):
        if any(c.dep_ == "neg" for c in kids(verb)):
            return True
        if verb.dep_ != "xcomp":
            return False
        verb = verb.head
    return False


def _sentence_index(doc: Doc, i: int) -> int:
    starts = doc.user_data.get("ew_sentence_starts")
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data["ew_sentence_starts"] = starts
    return sum(1 for s in starts if s <= i) - 1
