"""The CAMEO roots an event noun names, by the lexicon's patterns headed by it or by the verb it is
made from ("the seizure": seize, 17-19; "the launch": 15 and 19), or, for the nouns the table
``data/act_nouns.tsv`` gives roots, by that table (the speech-act and general force nouns no
event pattern heads, "the ultimatum", "the violence", and the nouns whose own patterns name other
acts than the ones a reaction to them answers: "the resolution", "the agreement", "the offer"):
what a reaction to the noun ("condemned the seizure") may answer among the acts told before.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .lexicon import Lexicon

# the deeds a noun shared with its verb may name besides its own noun patterns' ("the launch")
ZERO_DERIVED_DEEDS = frozenset({"15", "18", "19", "20"})
# how an act's noun is made from its verb: "seizure" <- "seize", "withdrawal" <- "withdraw",
# "invasion" <- "invade", "expulsion" <- "expel", "detention" <- "detain", "killing" <- "kill"
NOMINAL_ENDINGS = (("ure", "e"), ("al", ""), ("sion", "de"), ("ulsion", "el"), ("ention", "ain"),
                   ("ing", ""), ("ment", ""), ("ation", "e"), ("ion", ""), ("ion", "e"))
# nouns that name an act: the verb that tells it and the roots of the acts it names (data)
ACT_NOUNS = Path(__file__).parent / "data" / "act_nouns.tsv"


@dataclass(frozen=True)
class ActNoun:
    verb: str | None  # "seizure": seize; None when the noun is its verb's own form or a regular derivation
    roots: frozenset[str]  # the acts it names; empty when the lexicon's patterns say


@lru_cache(maxsize=1)
def act_nouns() -> dict[str, ActNoun]:
    """The table of ``act_nouns.tsv``, by noun lemma."""
    table = {}
    with ACT_NOUNS.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "noun":
                continue
            noun, verb, roots = (c.strip() for c in row)
            table[noun] = ActNoun(None if verb == "-" else verb, frozenset(() if roots == "-" else roots.split()))
    return table


def named_roots(noun: Token) -> frozenset[str]:
    """The roots of the acts the table says ``noun`` names, or none when it leaves them to the lexicon."""
    entry = act_nouns().get(noun.lemma_.lower())
    return entry.roots if entry is not None else frozenset()


def telling_verb(lemma: str) -> str | None:
    """The verb that tells the act a noun names when it is no regular derivation ("seizure": seize)."""
    entry = act_nouns().get(lemma)
    return entry.verb if entry is not None else None


def event_roots(noun: Token, lexicon: Lexicon) -> set[str]:
    """The CAMEO roots of the patterns headed by an event noun or by the verb it names
    ("offensive": 19; "seizure", from "seize": 17, 18, 19)."""
    lemma = noun.lemma_.lower()
    if named := named_roots(noun):
        return set(named)
    heads = [lemma, *(lemma[: len(lemma) - len(end)] + verb_end for end, verb_end in NOMINAL_ENDINGS
                      if lemma.endswith(end) and len(lemma) > len(end) + 2)]
    roots = {p.cameo[:2] for h in heads for p in lexicon.by_head.get(h, ())
             if p.cameo and (p.pos == "noun") == (h == lemma)}
    # a noun that is its verb's own form names the deeds the verb does too ("the launch" of
    # "fired|launched a missile" (19) as well as a missile test's (15))
    return roots | {p.cameo[:2] for p in lexicon.by_head.get(lemma, ())
                    if p.cameo and p.pos == "verb" and p.cameo[:2] in ZERO_DERIVED_DEEDS} if roots else roots
