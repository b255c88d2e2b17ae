"""What coreference points back at: the actors named so far in an article (``Entry``), and the
small tests every kind of reference shares (subjects, quotations, definite phrases, places named
as such) and the ways a reference takes its antecedent's code (``_point``, ``_with_country``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import kids, parse_text, tokens_at

from .noun_phrases import QUANTITY_NOUNS

# salience fades: a reference does not reach further back than this many sentences
MAX_SENTENCES_BACK = 6
DEFINITE = {"the", "this", "that", "these", "those", "both"}
# "in the country", "across the nation": a place, not an actor
PLACE_OF = {"in", "inside", "within", "across", "throughout", "around", "into", "at", "near"}
# to these, where one goes
MOVING_VERBS = frozenset({"flee", "fly", "travel", "go", "escape", "head", "move", "return", "defect", "arrive"})
_SPEECH = {"say", "tell", "add", "claim", "insist", "stress", "note", "explain", "reveal", "write", "ask"}
CLIMB_DEPS = ("xcomp", "conj", "advcl", "prep", "pobj", "dobj", "obj", "pcomp", "acomp")
QUOTE_MARKS = ('"', "“", "”", "«", "»")
# where a quotation mark or a paragraph break can be: the only tokens the scan below must look at
QUOTE_OR_BREAK = re.compile("[\"“”«»‘’„'`]|\n\n")
QUOTED_KEY = "ew_quoted_tokens"


@dataclass
class Entry:
    mention: ActorMention
    sentence: int
    token: Token
    is_subject: bool

    @property
    def key(self) -> str:
        if (self.mention.id or "").startswith("country:") and self.mention.sector:
            # a country's bodies are distinct parties: police are not the protesters they disperse
            return f"{self.mention.id}:{self.mention.sector}"
        return self.mention.id or self.mention.cameo or self.mention.text

    @property
    def is_person(self) -> bool:
        return bool(self.mention.id and self.mention.id.startswith("person:"))


def _sentence_index(doc: Doc) -> dict[int, int]:
    index = {}
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def _is_subject(tok: Token) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass", "csubj")


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a token sits in ("X refused to meet him", "X proposed to broker
    a deal between the rivals": X)."""
    head = tok.head
    for _ in range(8):
        subjects = [c for c in kids(head) if _is_subject(c)]
        if subjects and head.pos_ in ("VERB", "AUX"):
            return subjects[0]
        if head.dep_ in CLIMB_DEPS and head.head != head:
            head = head.head
        else:
            return None
    return None


def _quoted(doc: Doc) -> set[int]:
    """Token indices inside quotation marks (a paragraph break closes an open quotation)."""
    inside: set[int] = set()
    open_, previous = False, -1
    for i in tokens_at(doc, (m.start() for m in QUOTE_OR_BREAK.finditer(parse_text(doc)))):
        if open_:
            inside.update(range(previous + 1, i))  # the plain tokens since the last mark
        previous = i
        tok = doc[i]
        if tok.text in QUOTE_MARKS or tok.tag_ in ("``", "''"):
            open_ = not open_ if tok.text == '"' else tok.text in ("“", "«") or tok.tag_ == "``"
            continue
        if "\n\n" in tok.text:
            open_ = False
        if open_:
            inside.add(i)
    if open_:
        inside.update(range(previous + 1, len(doc)))
    return inside


def _named_as_destination(tok: Token) -> bool:
    """ "fled to India", "flew to Doha": where someone goes, not where a group acts."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "into"):
        return False
    # (the verb may be misparsed in a headline, "resigns and flees to India": the word before "to")
    before = tok.doc[tok.head.i - 1] if tok.head.i > 0 else tok.head
    return tok.head.head.lemma_.lower() in MOVING_VERBS or before.lemma_.lower() in MOVING_VERBS


def _named_as_place(tok: Token) -> bool:
    """ "in the DRC", "in Congo (DRC)": a place where something happens."""
    if tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_OF


def _definite(tok: Token) -> bool:
    """ "the junta", and "members of the junta": a part counted out of a definite body."""
    if any(c.lower_ in DEFINITE for c in kids(tok)):
        return True
    return tok.lower_ in QUANTITY_NOUNS and any(
        any(d.lower_ in DEFINITE for d in kids(o)) for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of"
        for o in kids(p) if o.dep_ == "pobj")


def _distinct_codes(entries: list[Entry]) -> list[Entry]:
    out: list[Entry] = []
    for e in entries:
        out = [o for o in out if o.mention.cameo != e.mention.cameo] + [e]
    return out


def _distinct(entries: list[Entry]) -> list[Entry]:
    out: list[Entry] = []
    for e in entries:
        out = [o for o in out if o.key != e.key] + [e]
    return out


def _party(mention: ActorMention) -> str | None:
    """A state or organisation as a party: its country, or an organisation's code (also for
    an organisation's officer of no country: "the UN envoy for Yemen")."""
    if mention.country:
        return mention.country
    if (mention.id or "").startswith("org:") or (mention.id or "").startswith("person:") \
            and (mention.cameo or "").startswith("IGO"):
        return mention.cameo
    return None


def _point(base: ActorMention, entry: Entry, doc, tok) -> ActorMention:
    m = entry.mention
    return replace(base, name=m.name, id=m.id, cameo=m.cameo, country=m.country, sector=m.sector,
                   role=base.role or m.role, antecedent=(m.start, m.end), flags=[])


def _with_country(base: ActorMention, iso3: str) -> ActorMention:
    return replace(base, country=iso3, cameo=iso3 + (base.sector or ""), id=base.id or f"country:{iso3}")


def _with_sector(mention: ActorMention, sector: str) -> ActorMention:
    return replace(mention, sector=sector, cameo=(mention.country or "") + sector)
