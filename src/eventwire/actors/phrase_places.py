"""The places an actor phrase names and what they say of its actor: the country a place piece
stands for on a date (``place_country``), the places a body's own phrase locates it in ("rebels in
South Sudan"), and the places that are no country of the actor's: where a body is based, where
an envoy is posted, a city inside a longer name ("Real Madrid"), a place something happens in.

``PhrasePlaces`` is the part of ``MentionResolver`` (mentions.py) that looks these up."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import doc_ents

from .kb import KnowledgeBase
from .noun_phrases import ENVOY_TITLES, PLACE_PARTS
from .pieces import Piece, doc_pieces, piece_of

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout"}
PLACE_PREPS = {"in", "from", "throughout", "across", "of", "at", "inside", "around"}
# bodies that travel to where they negotiate: where they are is no country of theirs
TRAVELLING_BODIES = {"delegation", "delegations", "delegate", "delegates", "team", "negotiator", "negotiators",
                     "envoy", "envoys", "mission"}
# a place named through these lies beside the group's place, not around it ("in the frontier area
# with Lebanon", "in towns near the Syrian frontier")
BESIDE_PREPS = {"with", "near", "along", "to", "outside", "beyond", "between"}
LOCATED = {"base", "headquarter", "locate"}


class PhrasePlaces:
    """Places in an actor phrase (a part of ``MentionResolver``)."""

    kb: KnowledgeBase

    def place_country(self, piece: Piece, day: str | None) -> str | None:
        """The country a place piece stands for on ``day`` (Kosovo in 1999 is Serbia; Darfur is
        Sudan's); None for a region shared by several countries ("Kurdistan")."""
        if piece.kind in ("country", "capital", "adjective", "city"):
            country = self.kb.countries.get(piece.key)
            return country.code_on(day) if country is not None else piece.key
        if piece.kind == "region":
            candidates = self.kb.groups[piece.key].candidates_on(day)
            return candidates[0] if len(candidates) == 1 else None
        return None


    def _places_in_phrase(self, doc: Doc, head: Token, day: str | None = None) -> list[str]:
        """ "Rebels in eastern Congo", "demonstrators in Baghdad", "legislators in Ecuador and
        Peru": a body or group located by its own phrase takes that country (or countries)."""
        found: list[str] = []
        pieces = None
        preps = list(head.children)
        for child in head.children:
            if child.dep_ == "acl" and child.lemma_ in LOCATED:
                preps.extend(child.children)  # "a newspaper based in Beirut"
        travelling = head.lemma_.lower() in TRAVELLING_BODIES
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            if prep.lower_ == "at" or travelling and prep.lower_ == "in":
                continue  # a venue: "the opposition at Geneva", "the delegation in Riyadh"
            if pieces is None:
                pieces = {span.start: span for span in doc_pieces(doc)}
            for obj in prep.children:
                for tok in _within(obj):
                    span = pieces.get(tok.i)
                    if span is not None:
                        iso3 = self.place_country(piece_of(span), day)
                        if iso3 and iso3 not in found:
                            found.append(iso3)
            if found:
                break
        return found


def _posted_to(place: Span) -> bool:
    """Whether a place names where an envoy is sent ("US envoy to Syria Robert Ford")."""
    for tok in place.root.ancestors:
        if tok.dep_ == "prep" and tok.lower_ == "to":
            return tok.head.lemma_.lower() in ENVOY_TITLES
    return False


# words before a city that keep it the city ("Central Baghdad", "Greater London")
PLACE_QUALIFIERS = frozenset({"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                              "downtown", "greater", "old", "new", "inner", "outer", "upper", "lower"})


NAME_ENTITY_TYPES = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT"})  # not EVENT: "the Beijing Olympics" are held there


def _inside_a_name(place: Span) -> bool:
    """Whether a city or country is one word of a longer proper name the tagger calls an
    organisation ("Real Madrid", "Paris Saint-Germain", "The Moscow Times")."""
    doc = place.doc
    before = doc[place.start - 1] if place.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i == place.end - 1 \
            and not before.ent_type_ and before.is_title and before.lower_ not in PLACE_QUALIFIERS:
        return True  # "Real Madrid", "Spartak Moscow": the tagger left the club's first word out
    if place[0].ent_type_ not in NAME_ENTITY_TYPES:
        return False
    ent = next((e for e in doc_ents(doc) if e.start <= place.start and place.end <= e.end), None)
    if ent is None:
        return False
    others = [t for t in ent if not (place.start <= t.i < place.end) and t.pos_ == "PROPN"]
    return bool(others)


# words between the names of a list ("North and South Korea", "Chad, Niger or Mali")
LIST_WORDS = frozenset({"and", "or", "&", ","})


def _listed(doc: Doc, places: list[Span]) -> list[Span]:
    """The places of a phrase when they are a list of their own, only list words between them
    ("North and South Korea"), else none."""
    ordered = sorted(places, key=lambda p: p.start)
    for left, right in zip(ordered, ordered[1:], strict=False):
        between = doc[left.end:right.start]
        if not len(between) or any(t.lower_ not in LIST_WORDS for t in between):
            return []
    return ordered


# prepositions before a place ("in Erdogan" would be a town, "with Erdogan" the man)
PLACE_OBJECT_PREPS = frozenset(PLACE_PREPS | LOCATIVE_PREPS | {"to", "into", "towards"})


def _based_in(span: Span) -> bool:
    """Whether a place is written as where a body is based ("Vienna-based", "London based")."""
    doc = span.doc
    nxt = [t.lower_ for t in doc[span.end:span.end + 2]]
    return "based" in nxt[:2] and (nxt[0] == "based" or nxt[0] == "-")


def _located(tok: Token) -> bool:
    """Whether ``tok`` names where something happens: "in Tehran", "the streets of Minsk", or
    where a movement starts or ends ("pulled back from Kyiv", "the advance towards Kyiv")."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in LOCATIVE_PREPS or (prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_PARTS):
        return True
    mover = prep.head.head if prep.head.dep_ in ("advmod", "prt") else prep.head  # "pulled back from"
    return prep.lower_ in MOTION_PREPS and mover.lemma_.lower() in MOTION_WORDS


# a movement's start and end: after a word of moving, the place, not the government ("Russian
# troops withdrew from Kyiv", "pushed into Kharkiv"; but "a letter from Moscow" is the Kremlin's)
MOTION_PREPS = frozenset({"from", "into", "toward", "towards"})


MOTION_WORDS = frozenset({"withdraw", "withdrawal", "pull", "pullback", "pullout", "retreat", "flee", "flight",
                          "evacuate", "evacuation", "advance", "march", "move", "push", "drive", "enter", "head",
                          "return", "escape", "roll", "pour", "storm", "deploy", "redeploy", "relocate", "exodus",
                          "incursion", "offensive", "thrust", "convoy", "column"})


def _after_place_prep(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_OBJECT_PREPS


def _within(tok: Token):
    """The words of a place phrase that say where it is, leaving out places it only borders."""
    yield tok
    for child in tok.children:
        if not (child.dep_ == "prep" and child.lower_ in BESIDE_PREPS):
            yield from _within(child)
