"""The enemy an act's aim names: a purpose clause whose verb names a hostile act ("fought to drive
out X", "launched an offensive in a bid to crush X") and an "until" clause that says who is to be
beaten or to give in ("would keep fighting until the RSF is defeated")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.nlp import kids

from .lexicon import Lexicon
from .roots import HOSTILE_ROOTS
from .syntax import is_passive, pobjs, preps_of

if TYPE_CHECKING:
    from .readings import Reading


def hostile_purposes(r: Reading, lexicon: Lexicon) -> list[Token]:
    """The purpose clauses of an act ("to drive out X", "in an effort to crush X") whose verb
    names a hostile act (a pattern of roots 17-20); "to protect X" names no enemy."""
    found = []
    for host in [r.head, *[w for b in r.inner for w in b.wrapped]]:
        clauses = [c for c in kids(host) if c.dep_ in ("xcomp", "advcl", "acl", "relcl")]
        clauses += [a for p in preps_of(host, frozenset({"in"})) for x in pobjs(p) for a in kids(x)
                    if a.dep_ == "acl"]  # "in a bid to", "in order to"
        for verb in clauses:
            if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
                continue
            if {p.cameo[:2] for p in lexicon.by_head.get(verb.lemma_.lower(), [])} & HOSTILE_ROOTS:
                found.append(verb)
    return found


# the end a fight is to last until: "until the RSF is defeated", "until Hamas is destroyed"
DEFEAT_VERBS = frozenset({"defeat", "destroy", "crush", "eliminate", "eradicate", "vanquish", "annihilate",
                          "rout", "disarm", "dismantle"})
# or the enemy gives in: "until the rebels surrender"
YIELDING_VERBS = frozenset({"surrender", "capitulate"})


def defeated_until(r: Reading, lexicon: Lexicon) -> list[Token]:
    """The party an "until" clause of a fight or threat says is to be beaten ("would keep fighting
    until the RSF was defeated", "will fight on until the rebels surrender"); none for another end
    ("until the hostages return")."""
    found = []
    for host in [r.head, *[w for b in r.inner for w in b.wrapped]]:
        for verb in kids(host):
            if verb.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "until" for m in kids(verb)):
                continue
            lemma = verb.lemma_.lower()
            if is_passive(verb) and (lemma in DEFEAT_VERBS or {p.cameo[:2] for p in lexicon.by_head.get(lemma, [])
                                                               if p.cameo} & HOSTILE_ROOTS):
                found += [c for c in kids(verb) if c.dep_ == "nsubjpass"]
            elif lemma in YIELDING_VERBS:
                # (the parser may make the subject a compound: "until the rebels surrender")
                subjects = [c for c in kids(verb) if c.dep_ == "nsubj"]
                found += subjects or [c for c in kids(verb) if c.dep_ == "compound" and c.i < verb.i]
    return found
