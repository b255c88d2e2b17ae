"""Event records from readings: where an event's evidence and trigger lie, and when two are one.

The evidence of an event is the clause that states it (the predicate's subtree without trailing
conjuncts, widened to a source inherited from a governing verb), its trigger the tokens its
reading consumed; ``dedup_key`` says which events of a sentence are the same (symmetric codes as
unordered pairs), ``organs_over_countries`` keeps one event where a sentence tells one act of
a country and of one of its civil organs, ``victims_over_places`` one where it tells an attack
on a place and the harm it did to that country's people, and ``counted_casualties`` one where it
tells an act on a party and the people it killed or hurt, only counted.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.model import Actor, Event
from eventwire.nlp import kids, token_span
from eventwire.ontology import is_symmetric

from .arguments import CASUALTY_VERBS, participle_host
from .places import CROWD_WORDS
from .readings import Reading
from .refine import FORCE_ROOTS, attack_hosting

CLAUSE_EDGE_DEPS = {"conj", "cc", "punct"}
ADJOINED_CLAUSES = ("relcl", "acl")  # a clause on the source's noun is not part of the event's
MAX_TRIGGER_TOKENS = 8
# the civil organs through which a state itself acts (its government, legislature, courts); its
# forces stay a party of their own to force, the people an act harms are its victims, and rebels,
# the opposition and gangs are a side of their own ("mediated between Colombia and the ELN")
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD"})
# entity types that name a party of the people harmed ("two Kenyan aid workers", "a UN convoy's crew")
NAMED_PARTIES = frozenset({"NORP", "GPE", "ORG"})


def covers(country: Actor | None, organ: Actor | None) -> bool:
    """Whether ``country`` is ``organ`` itself or the bare country one of whose civil organs
    ``organ`` is ("Cambodia" and "the Cambodian ambassador")."""
    if organ is None or country is None:
        return False
    return organ.cameo == country.cameo or (country.country is not None and country.cameo == country.country
                                            and organ.country == country.country and organ.sector in STATE_ORGANS)


def organs_over_countries(events: list[Event]) -> list[Event]:
    """One act told of a country and of one of its bodies, on the same other party, in
    overlapping spans of one sentence, is one event ("downgraded relations with Cambodia,
    expelling the Cambodian ambassador"): the event naming the organ gives way to the one naming
    the country."""
    def covered(ev: Event, by: Event) -> bool:
        if ev is by or ev.cameo != by.cameo or ev.sentence != by.sentence \
                or ev.evidence_span[0] >= by.evidence_span[1] or by.evidence_span[0] >= ev.evidence_span[1]:
            return False  # (two clauses of a sentence may tell two acts: "held talks ... said they had begun work")
        pairs = [(by.source, by.target)] + ([(by.target, by.source)] if is_symmetric(ev.cameo) else [])
        return any(covers(s, ev.source) and covers(t, ev.target)
                   and (s.cameo, t.cameo) != (ev.source.cameo, ev.target.cameo) for s, t in pairs)

    return [ev for ev in events if ev.source is None or ev.target is None
            or not any(covered(ev, other) for other in events)]


def victims_over_places(doc: Doc, events: list[Event]) -> list[Event]:
    """Harm a participle tells of an attack ("shelled Kharkiv, killing three civilians", "fired
    rockets into X, hitting a market and killing six") is the outcome of that attack, one act with
    it: the event of the attack, or of a harm told before, gives way to the last harm told on the
    same country's people or places by the same source. Victims of another country ("killing two
    British aid workers") leave the attack's event in place, a dyad of its own; so does a side of
    a fight both sides waged ("A and B troops fought along the border, killing 20 people"), no
    attack on a place: the dead it counts are its outcome (``counted_casualties``)."""
    def force(ev: Event) -> bool:
        return ev.anchor is not None and ev.cameo[:2] in FORCE_ROOTS and ev.source is not None \
            and ev.target is not None and ev.target.country is not None

    hosts = {id(ev): getattr(attack_hosting(doc[ev.anchor]), "i", None) for ev in events if force(ev)}
    sides = {(ev.anchor, ev.source.cameo, ev.target.cameo) for ev in events if force(ev)}

    def told_later(ev: Event) -> bool:
        attack = {ev.anchor, hosts[id(ev)]} - {None}
        return any(id(harm) in hosts and harm.anchor > ev.anchor and hosts[id(harm)] in attack
                   and harm.source.cameo == ev.source.cameo and harm.target.country == ev.target.country
                   for harm in events)

    def fought_back(ev: Event) -> bool:
        return (ev.anchor, ev.target.cameo, ev.source.cameo) in sides

    return [ev for ev in events if id(ev) not in hosts or fought_back(ev) or not told_later(ev)]


def counted_casualties(doc: Doc, events: list[Event]) -> list[Event]:
    """Victims a harm participle only counts ("fired on marchers, killing five people", "broke up
    the rally, injuring dozens") are the outcome of the act it hangs on, one act with it: when
    that act is coded by the same source on a party, the harm is no second event. Victims a party
    names ("killing two British aid workers") stay a dyad of their own; an attack's own victims
    are ``victims_over_places``'s."""
    def outcome(ev: Event) -> bool:
        verb = doc[ev.anchor] if ev.anchor is not None and ev.source is not None else None
        if verb is None or verb.lemma_.lower() not in CASUALTY_VERBS:
            return False
        host = attack_hosting(verb)
        victims = [o for o in kids(verb) if o.dep_ == "dobj"]
        if host is None or not victims or not all(_only_counted(o) for o in victims):
            return False
        return any(other.anchor == host.i and other.target is not None and other.source is not None
                   and other.source.cameo == ev.source.cameo for other in events)

    return [ev for ev in events if not outcome(ev)]


def _only_counted(victims: Token) -> bool:
    """ "at least five people", "dozens of villagers", "about 20 guards": a number or a crowd of
    people, with no party of their own named among the words that describe them."""
    counted = victims.like_num or victims.lower_ in CROWD_WORDS or any(c.dep_ == "nummod" for c in kids(victims))
    named = any(t.ent_type_ in NAMED_PARTIES for t in victims.subtree)
    return counted and not named


def dedup_key(ev: Event) -> tuple:
    pair = (ev.source.cameo if ev.source else None, ev.target.cameo if ev.target else None)
    if is_symmetric(ev.cameo):
        pair = tuple(sorted(pair, key=lambda x: x or ""))
    return (ev.sentence, ev.cameo, pair, ev.background)


def add_unseen(events: list[Event], seen: set[tuple], ev: Event) -> None:
    """Append ``ev`` to ``events`` unless an event with its ``dedup_key`` was seen already."""
    key = dedup_key(ev)
    if key not in seen:
        seen.add(key)
        events.append(ev)


def clause_span(doc: Doc, r: Reading, src_tokens: list[Token], sent: Span) -> tuple[int, int]:
    """The clause that states the event: the predicate's subtree without trailing conjuncts,
    widened to the source when the subject was inherited from a governing verb."""
    head = r.head
    # children's subtrees are disjoint, so their edges bound the clause without walking it
    kept = [c for c in kids(head) if not (c.dep_ in CLAUSE_EDGE_DEPS and c.i > head.i)]
    lo = min([head.i] + [c.left_edge.i for c in kept])
    hi = max([head.i] + [c.right_edge.i for c in kept])
    if r.binding.passive and participle_host(r.binding) is not None:
        lo = min(lo, head.head.left_edge.i)  # "a speech delivered in X", not "delivered in X"
    for tok in src_tokens:
        if sent.start <= tok.i < sent.end:
            left, right = tok.left_edge, tok.right_edge
            if left.dep_ in ADJOINED_CLAUSES and left != tok or right.dep_ in ADJOINED_CLAUSES and right != tok:
                idx = [t.i for t in tok.subtree if t.dep_ not in ADJOINED_CLAUSES or t == tok]
                left, right = doc[min(idx)], doc[max(idx)]
            lo, hi = min(lo, left.i), max(hi, right.i)
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
        lo += 1
    return token_span(doc, doc[lo], doc[hi])


def trigger_span(doc: Doc, r: Reading) -> tuple[int, int]:
    tokens = sorted(r.consumed)
    if tokens[-1] - tokens[0] >= MAX_TRIGGER_TOKENS:
        tokens = [r.head.i]
    return token_span(doc, doc[tokens[0]], doc[tokens[-1]])
