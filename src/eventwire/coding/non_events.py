"""Readings that are no event whatever their parties: a discussion's partner the parser hung on
its topic, a source's own anonymity, a warning of a state of affairs, the act a deadline is set
for, what an agreement's terms say a party will do, what an agentless passive of belief says of
its subject, and a standing position told as a present negation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .matcher import FUTURE_AUX
from .speech import asks_anonymity, warns_of_a_state
from .syntax import pobjs, preps_of

if TYPE_CHECKING:
    from .readings import Reading

# verbs whose object is a topic: "discussed the war with Biden"
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "address"})
TERM_NOUNS = frozenset({"deadline", "timetable", "timeline", "ultimatum", "timeframe"})  # terms set for an act
UNDER = frozenset({"under"})
# what names an agreement whose terms a clause can state ("under the deal", "under its terms")
AGREEMENT_TERMS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire", "term", "terms"})
WITH = frozenset({"with"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # "does", "do"
# "is believed / thought / presumed to have": a belief, not a report
BELIEF_VERBS = frozenset({"believe", "think", "presume", "rumour", "rumor", "suppose", "assume"})


def not_an_act(r: Reading) -> bool:
    """Readings that are no event whatever their parties: a discussion's partner the parser hung
    on its topic, a source's own anonymity, a warning of a state of affairs."""
    b = r.binding
    if b.pattern.pos == "noun" and b.head.dep_ in ("dobj", "obj") and b.head.head.lemma_.lower() in TOPIC_VERBS \
            and preps_of(b.head, WITH):
        # "discussed the war in Ukraine with Biden": the parser hangs the partner of the
        # discussion on its topic, which is no war with Biden
        return True
    if r.default and asks_anonymity(r):
        return True  # "an official who asked not to be named": the source's own anonymity, no event
    if warns_of_a_state(r):
        return True  # "warned that half of the young are unemployed": a warning of a state, no threat
    if b.pattern.pos == "noun" and not r.inner and _set_term(b.head):
        return True  # "set a deadline for an Israeli withdrawal": the act demanded, not done
    if _agreed_term(b.head):
        return True  # "under the deal, the rebels will disarm": the agreement's terms, not yet done
    if _unowned_belief(b.head):
        return True  # "X is widely believed to have sabotaged Y": a belief no one holds in the text
    if _standing_negation(b.head, b.consumed):
        return True  # "says it does not recognise the junta": a standing position, no act
    return False


def _standing_negation(verb: Token, consumed: set[int]) -> bool:
    """Whether a verb is negated in the simple present ("it does not recognise the new rulers",
    "we do not support their claim"): a standing position (conventions: not coded), not an act
    that did not happen ("did not attend", "has not met") nor one announced ("will not attend").
    A negation the pattern itself reads ("does not accept X's claim": a rejection) is the act."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB":
        return False
    negs = [c for c in verb.children if c.dep_ == "neg"]
    return bool(negs) and not any(n.i in consumed for n in negs) \
        and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in PRESENT_TAGS for c in verb.children)


def _unowned_belief(verb: Token) -> bool:
    """Whether a verb is what an agentless passive of belief says of its subject ("Moscow is
    believed to have armed the rebels", "the envoy is thought to be in Cairo"): speculation no
    one in the text voices (conventions: speculation is not coded). Reported speech ("is said to
    have", "is reported to have") names its source elsewhere and stays an event; so does a nominal
    act inside the clause ("believed killed during an attack on X": the attack is told as fact)."""
    belief = verb.head
    return verb.dep_ == "xcomp" and belief.lemma_.lower() in BELIEF_VERBS \
        and any(c.dep_ == "auxpass" for c in belief.children) and not any(c.dep_ == "agent" for c in belief.children)


def _agreed_term(verb: Token) -> bool:
    """Whether a verb is what an agreement's terms say a party will do ("Under the accord, the
    militia will hand over its guns and the army will pull back"): the terms of an agreement are
    no event until carried out (convention 5). A term carried out ("under the truce, the troops
    withdrew") and a party's own plan ("under its plan, X will ...") stay events."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return False
    clause = verb.head if verb.dep_ == "conj" else verb  # the first conjunct carries the "under"
    return any(o.lemma_.lower() in AGREEMENT_TERMS for p in preps_of(clause, UNDER) for o in pobjs(p))


def _set_term(noun: Token) -> bool:
    """Whether an act noun is what a deadline or timetable is set for ("a deadline for the
    withdrawal of X", "a timetable for the release of Y"): the content of a demand, no event."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in TERM_NOUNS
