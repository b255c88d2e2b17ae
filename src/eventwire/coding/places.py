"""Where an act happens, and what a place says about its parties: "protests erupted across Iran"
(the protesters are Iran's), "bombers struck targets in Syria" (the force falls on Syria),
"invited Trump to Paris" (a visit), "anti-government protests" (against the state)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp import doc_actors, kids

from .arguments import is_country_place
from .matcher import pobjs, preps_of

DESTINATION_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def against_the_state(tokens: list[Token]) -> bool:
    """ "anti-government protests", "anti-regime protesters": against a state no name is given for."""
    for tok in tokens:
        mods = [c for c in kids(tok) if c.dep_ in ("amod", "compound", "npadvmod")]
        if any(m.lower_ in STATE_WORDS for m in mods) and any(m.lower_ == "anti" for m in mods) \
                or any(m.lower_ in ("anti-government", "anti-regime") for m in mods):
            return True
    return False


STATE_WORDS = frozenset({"government", "regime", "state"})


def event_places(noun: Token) -> list[Token]:
    """The places a nominal event or the clause it is the subject of happens in ("protests
    erupted across Iran", "protests in Tehran")."""
    hosts = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [])
    return [o for h in hosts for p in preps_of(h, SPREAD_PREPS) for o in pobjs(p)]


SPREAD_PREPS = frozenset({"in", "across", "throughout", "around"})
MILITARY_SITES = frozenset({"target", "position", "base", "site", "facility", "stronghold", "hideout", "camp",
                            "area", "village", "town", "outpost", "installation", "depot", "compound"})


def clause_places(verb: Token) -> list[Token]:
    """The places a verb's clause happens in ("struck targets in Syria")."""
    return [o for p in preps_of(verb, SPREAD_PREPS) for o in pobjs(p)]


def destination(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` names a place one can visit: a country or city, or a named building or
    region ("the Elysee Palace")."""
    return tok.ent_type_ in DESTINATION_ENTITIES or is_country_place(doc_actors(doc).get(tok.i))
