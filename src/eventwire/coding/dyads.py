"""Which source acts on which target, for the events of one reading (steps of
``ReadingAssembly._events`` in assembly.py, over its ``_Draft``): parties named together that agree
to a settlement conclude it with each other (``_accord``); several sources pair among themselves for
a symmetric, mutual or exchanged act (``_pairs``); each source acts on each target it can act on,
or alone when the act may lack a target (``_directed_pairs``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.model import ActorMention
from eventwire.nlp import kids
from eventwire.ontology import is_symmetric

from .argument_actors import is_country_place
from .clauses import describing
from .frame_coding import ASKING_FRAMES
from .mediation import MEDIATION_CODE, brokers_agreement
from .mutuality import (
    EXCHANGE_VERBS,
    MUTUAL_VERBS,
    agreed_on_accord,
    agreed_together,
    as_parties,
    each_other,
    each_released,
    intent_alone,
    reciprocal,
    shared_act_wrapped,
    tit_for_tat,
)
from .own_state import OWN_PEOPLE
from .refine import STATE_SECTORS
from .roots import HARM_ROOTS, PROTEST_ROOT, YIELD_ROOT
from .sides import mourned_at_home, same_dyad, same_side
from .subjects import document_author
from .targets import MEDIATION_VERBS

if TYPE_CHECKING:
    from .assembly import _Draft

# material acts that are events even when the text names no recipient ("troops withdrew", "police
# arrested dozens", "rebels shelled the town"); verbal acts without an addressee are opinions
TARGETLESS_ROOTS = frozenset({"08", "09", "14", "15", "17", "18", "19", "20"})
# a sentence with no other event may still state an appeal, demand or rejection with no named
# addressee; consulting, cooperating and statements always need a second party
NEEDS_TARGET = frozenset({"01", "04", "05", "06"})
SIGNING_CODE = "057"
# who arranges talks: the brokers, and those who host or convene them
ARRANGING_VERBS = MEDIATION_VERBS - {"mediate"} | {"arrange", "organize", "organise", "host", "convene"}

# what makes a wrapped clause say what is committed to ("ready to lift the ban", "promised to
# democratise the country")
COMMITTED_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "attr", "dative", "nsubjpass"})


def _objectless(b) -> bool:
    """Whether every clause a frame wraps is a bare verb: no object or clause of its own."""
    wrapped = [w for w in b.wrapped if w.pos_ in ("VERB", "AUX")]
    return bool(wrapped) and len(wrapped) == len(b.wrapped) \
        and not any(c.dep_ in COMMITTED_DEPS for w in wrapped for c in kids(w))


def _protest_at_home(code: str, source: ActorMention, target: ActorMention) -> bool:
    """ "Thousands of Belarusians protested against Lukashenko": protesters with no name are
    coded by their country (conventions), and their protest is against their own state."""
    return code[:2] == PROTEST_ROOT and source.sector is None and source.cameo == source.country \
        and target.sector in STATE_SECTORS


def _accord(d: _Draft) -> None:
    """ "A and B agreed on a five-point plan", "the two sides agreed to an EU plan": parties named
    together that agree to a settlement no pattern codes conclude it with each other (057), not
    with the plan's author."""
    if len(d.sources) >= 2 and agreed_on_accord(d.r):
        d.r = replace(d.r, code=SIGNING_CODE, rules=[*d.r.rules, "accord"], plover=None)
        d.targets = []


def _pairs(d: _Draft) -> None:
    """The pairs that several sources make among themselves: each pair once for a symmetric act
    with no target ("the two countries severed ties"), both ways for a mutual or exchanged one,
    none among co-organisers, one 057 per pair of co-brokers of an agreement or of signatories
    of a multi-party signing. The pairs start as those already found (sides of a war, seizures)."""
    r, b, sent, sources, targets = d.r, d.r.binding, d.sent, d.sources, d.targets
    pairs: list[tuple[ActorMention, ActorMention | None]] = [*d.between, *d.seized]
    # "Brazil and the US seek to deepen their partnership": each intends the shared act
    mutual = len(sources) >= 2 and (tit_for_tat(r) or each_other(sent) or shared_act_wrapped(r)
                                     or agreed_together(r) or each_released(r, d.src_tokens))
    # "support from A, B and C": parties named as the givers of a noun act on a third, not on
    # each other (unless the act is symmetric: "talks by A and B")
    givers = b.pattern.pos == "noun" and bool(d.src_tokens) and all(
        t.dep_ == "pobj" and t.head.lower_ in ("from", "by") for t in d.src_tokens)
    # "France and Germany called for a ceasefire": co-askers ask others, not each other
    d.asking = r.rules[0].split(".", 1)[0] in ASKING_FRAMES and not each_other(sent)
    # "A and B summoned each other's envoys": what "each other" owns is the other party's own,
    # not a third party (its body's sector is kept: the envoys are each government's)
    others_own = targets if mutual and d.target_tokens and all(
        _owned_by_each_other(t) for t in d.target_tokens) else []
    targets = [] if others_own else targets
    if not targets and len(sources) >= 2 and not d.asking and (
            mutual or not r.no_target and (is_symmetric(r.code) and not intent_alone(r)
                                           or (reciprocal(sent, r) and not givers))):
        # "the two countries severed ties", "A, B and C met in Geneva": each pair
        # once; an exchange ("swapped prisoners", "exchanged fire") is one act per giver
        sources = as_parties(sources)
        apart = same_side if r.code == SIGNING_CODE else same_dyad
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if not apart(a, b)]
        if not is_symmetric(r.code) and (mutual or r.head.lemma_.lower() in EXCHANGE_VERBS | MUTUAL_VERBS):
            pairs += [(b, a) for a, b in pairs]
        if others_own:
            pairs = [(a, _with_sector_of(b, others_own[0])) for a, b in pairs]
        if r.head.lemma_.lower() in ARRANGING_VERBS and r.code[:2] == "04" and r.code != MEDIATION_CODE:
            # "talks brokered by Saudi Arabia and the US": co-organisers do not meet each other
            pairs = []
        if r.code == MEDIATION_CODE:
            # "a truce brokered by A, B and C": co-mediators do not mediate between each other,
            # but an agreement several parties broker with no other side named is their own
            # ("a deal brokered by A, B and C"): one 057 per pair of them
            pairs = pairs if brokers_agreement(r) else []
            d.r = replace(r, code=SIGNING_CODE, rules=[*r.rules, "co-brokered"], plover=None) if pairs else r
        d.sources = []
    elif targets and len(sources) >= 2 and r.code == SIGNING_CODE and not r.binding.pattern.reverse:
        # "A and B signed a protocol with C": a multi-party signing is one 057 per pair of signatories
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if not same_side(a, b)]
    d.pairs = pairs


def _owned_by_each_other(tok) -> bool:
    """Whether a noun's possessor is "each other" or "one another" ("each other's envoys")."""
    return any(c.dep_ == "poss" and c.lower_ in ("other", "another")
               and any(g.lower_ in ("each", "one") for g in (*kids(c), c.nbor(-1) if c.i else c))
               for c in kids(tok))


def _with_sector_of(party: ActorMention, body: ActorMention) -> ActorMention:
    """The party as the body its "each other's" noun names ("each other's envoys": its GOV)."""
    if party.sector or not body.sector or not party.country or party.members:
        return party
    return replace(party, cameo=party.country + body.sector, sector=body.sector)


def _directed_pairs(d: _Draft) -> None:
    """Each source with each target it can act on (not itself, but a crowd's protest against its
    own state, a state's act on its own people), or alone when the act may lack a target; then
    reversed for a reaction (the party that reacts is the source) and, for harm, rid of companies."""
    r, targets = d.r, d.targets
    # a document's author says something to no one named: the paper states a position, coded
    # only when it is addressed ("a statement by the opposition demanded a transition")
    spoken_by_document = any(document_author(t) for t in d.src_tokens)
    for s in d.sources:
        valid = [t for t in targets if not same_dyad(s, t) or _protest_at_home(r.code, s, t) or t.role == OWN_PEOPLE
                 or mourned_at_home(r.code, s, t)]
        if valid:
            d.pairs += [(s, t) for t in valid]
        elif d.half_pair or (d.asking and not targets and len(d.sources) >= 2):
            d.pairs.append((s, None))  # (co-askers: each asks, no addressee named)
        elif (r.incomplete and not r.no_target) or r.needs_target:
            continue  # only a reciprocal subject makes up for the missing "with T"
        elif not targets and describing(r.head):
            continue  # "rebel forces fighting in the north": a description of the forces, not an act
        elif not targets and r.default and _objectless(r.binding):
            # "said it was ready to respond if needed", "is willing to engage": readiness for no
            # act the patterns know, on nothing and no one, is a stance, not a commitment
            continue
        elif (not targets or r.code[:2] == YIELD_ROOT and all(is_country_place(t) and t.country == s.country
                                                              for t in targets)) \
                and (r.no_target or (d.targetless and r.code[:2] in TARGETLESS_ROOTS)
                     or (d.targetless and not d.fallback_only and r.code[:2] not in NEEDS_TARGET
                         and not spoken_by_document)):
            # (a place of the source's own country names no one a withdrawal is yielded to:
            # "Ukrainian forces pulled out of Bakhmut")
            d.pairs.append((s, None))
    if r.binding.pattern.reverse:
        # "the move angered Ankara": the party that reacts is the source; no reaction, no event
        d.pairs = [(t, s) for s, t in d.pairs if t is not None]
    if r.code[:2] in HARM_ROOTS:
        # a company "attacking a market" or "killing a project" uses no force (a private army
        # is coded as the state's military)
        d.pairs = [(s, t) for s, t in d.pairs if s.sector != "BUS"]
