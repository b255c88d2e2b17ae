"""Who acts, for the events of one reading (steps of ``ReadingAssembly._events`` in assembly.py,
over its ``_Draft``): the sources the clause names, or the first fallback that fits the act
(``_clause_sources``); acts whose grammatical subject is not their source, an announced response,
a held party, a suffered attack (``_swapped_roles``); and acts that name their parties as their
targets, "talks between X and Y" (``_parties_in_targets``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.model import ActorMention
from eventwire.nlp import kids
from eventwire.ontology import is_symmetric

from .argument_actors import actors_of, first_actor, is_country_place, modifier_actors, subject_actors
from .arguments import announced_responder, custodian
from .clause_parties import holders_of
from .clauses import adjunct_main_clause, owned_by_pronoun, reporter_of
from .gatherings import ATTEND_VERBS, attending
from .mutuality import EXCHANGE_VERBS, FORCE_ROOT, RELEASE_CODE, as_parties
from .owners import owner_actors
from .places import city_named_site, event_places, unnamed_crowd
from .recoding import COERCIVE_ROOTS
from .refine import PLAIN_THREAT_CODE
from .roots import PROTEST_ROOT, YIELD_ROOT
from .sides import same_dyad
from .subjects import verb_subjects
from .syntax import pobjs

if TYPE_CHECKING:
    from .assembly import _Draft

RESPONSE_THREAT_CODE = "138"  # threaten with military force: a response announced to force
RESPONSE_FORCE_ROOTS = frozenset({"18", "19", "20"})


def _clause_sources(d: _Draft) -> list[ActorMention]:
    """The sources the clause names (the subject, or a noun act's first actor), else the first
    fallback that fits the act: modifiers of the verb, the attendees of an inverted "due to attend
    are X", the owner of what is yielded, the country protesters protest in (or of what they
    protest outside), an unnamed crowd's place, the owner of a cause that angered, the reporter of
    talks with another."""
    doc, r, b, src_tokens = d.doc, d.r, d.r.binding, d.src_tokens
    main = adjunct_main_clause(b.head) if b.pattern.reverse and b.pattern.pos == "verb" else None
    if main is not None:
        # "vetoed a resolution that called on X ..., drawing criticism from Y": what drew the
        # reaction is the main clause's act, whatever relative clause the parser hung it on
        src_tokens = d.src_tokens = verb_subjects(main)
    # a city naming an attack ("the Madrid bombings killed 191") is its place, not its attacker:
    # with no one else named, the attackers are unnamed (coded by that place, _unnamed_parties)
    named = [t for t in src_tokens if not city_named_site(t)]
    sources = first_actor(doc, named, b.head) if b.pattern.pos == "noun" else subject_actors(doc, named)
    if not sources and b.pattern.pos == "verb":
        sources = modifier_actors(doc, named)
    if not sources and r.head.lemma_.lower() in ATTEND_VERBS:
        sources = subject_actors(doc, attending(r.head))  # inverted: "expected to attend are X and Y"
    if not sources and r.code[:2] == YIELD_ROOT:
        # "plans to end the EU's embargo on Cuba", "to pull Russia's troops out": with no one
        # named as doing it, what is lifted or withdrawn is yielded by its owner
        owned = [o for x in [b, *r.inner] for o in x.obj_nouns] + [x.head for x in r.inner[1:2]]
        sources = actors_of(doc, [c for o in owned[:1] for c in kids(o) if c.i < o.i
                                  and c.dep_ in ("poss", "compound", "amod", "nmod")])
    if not sources and r.code[:2] == PROTEST_ROOT and b.pattern.pos == "noun":
        # "anti-government protests erupted across Iran": protesters with no name are coded by
        # the country they protest in (conventions)
        sources = [a for a in actors_of(doc, event_places(r.head)) if is_country_place(a)]
        if not sources and b.pattern.pos == "noun":
            # "protests outside the Japanese embassy in Seoul": the place of what it is outside
            sources = [a for t in d.target_tokens for a in actors_of(doc, event_places(t))
                       if is_country_place(a)][:1]
    if not sources and r.code[:2] == PROTEST_ROOT and b.pattern.pos == "verb":
        sources = unnamed_crowd(doc, r.head, src_tokens)  # "thousands marched in Belgrade"
    if not sources and b.pattern.reverse:
        sources = owner_actors(doc, src_tokens)  # "Trump's decision angered Baghdad"
    if not sources and r.code.startswith(RELEASE_CODE) and b.passive and not b.agents and not r.inner:
        # "two aid workers held by rebels were freed", "the hostages held in Yemen were handed over
        # to X": an agentless release is made by whoever the released were held by (or in)
        sources = actors_of(doc, holders_of(d.target_tokens))[:1]
    if not sources and r.code[:2] == "04" and b.pattern.pos == "noun" and b.pattern.has_source:
        # "Washington said talks with Tehran had collapsed": the party that speaks of talks
        # with another is the other party to them
        sources = subject_actors(doc, reporter_of(b.head))
    return sources


def _swapped_roles(d: _Draft) -> bool:
    """Acts whose grammatical subject is not their source: an announced response (the responder
    threatens whoever would strike; False when no one is threatened), a held party (its
    custodian holds it), a suffered attack (the attack noun's modifiers attack the subject)."""
    doc, r, b = d.doc, d.r, d.r.binding
    responder = announced_responder(b.head) if b.pattern.pos == "noun" and r.code[:2] in COERCIVE_ROOTS \
        and not r.inner else None
    if responder is not None:
        # "said it would respond to any Israeli strike": the responder threatens whoever would
        # strike (force if the act is force), and the strike, hypothetical, is no event; the
        # saying, if reported, is the threat's act (its date and modality)
        said = responder.head if responder.dep_ in ("ccomp", "xcomp") else responder
        responders = verb_subjects(responder)
        d.sources, d.targets = subject_actors(doc, responders), d.sources
        if not d.sources and said is not responder and any(owned_by_pronoun(x) for x in responders):
            # "Nasrallah said his group would respond": the speaker's own group
            d.sources = subject_actors(doc, verb_subjects(said))
        if not d.targets:
            return False  # "will punish any attack on its troops": no one it threatens, no act
        d.r = replace(r, code=RESPONSE_THREAT_CODE if r.code[:2] in RESPONSE_FORCE_ROOTS else PLAIN_THREAT_CODE,
                      rules=[*r.rules, "announced-response"], plover=None, context_anchor=said,
                      consumed=r.consumed | {responder.i, said.i})
    if b.pattern.held:
        d.sources, d.targets = subject_actors(doc, custodian(b)), d.sources
    if b.pattern.suffered:
        # "four soldiers died in Russian shelling": the victims are the subject, the attackers
        # the attack noun's own modifiers (or, unnamed, the place's country below)
        attacks = [x for p in kids(b.head) if p.i in b.consumed and p.dep_ == "prep" for x in pobjs(p)]
        d.src_tokens = attacks
        d.sources, d.targets = modifier_actors(doc, [x for x in attacks if not city_named_site(x)]), d.sources
    return True


def _parties_in_targets(d: _Draft) -> None:
    """An act that names its parties as its targets ("talks between X and Y", "the war between X
    and Y": each side on the other), a symmetric act of which one party only is known (coded
    with no target), and an exchange among several subjects (no recipient)."""
    r, b = d.r, d.r.binding
    if (not b.pattern.has_source or r.sourceless) and len(d.targets) >= 2 and not d.mediated \
            and (not d.sources or not b.pattern.has_source and not r.inner):
        # "talks between X and Y": its parties, also when a host or mediator is the clause's
        # subject ("Turkey hosted talks between Russia and Ukraine")
        parties = as_parties(d.targets)
        d.sources, d.targets = parties[:1], parties[1:]  # "talks between X and Y"
        if r.code[:2] == FORCE_ROOT and not b.pattern.has_source:
            # "the war between X and Y", "clashes between X and Y": each side used force on
            # the other (seed convention 7), one directed event per side
            d.between = [(a, t) for a in parties for t in parties if a is not t and not same_dyad(a, t)]
            d.sources, d.targets = [], []
    d.half_pair = (not b.pattern.has_source or r.sourceless) and not d.sources and len(d.targets) == 1 \
        and is_symmetric(r.code) and any(c.dep_ == "conj" for t in d.target_tokens for c in kids(t))
    if d.half_pair:
        # "the agreement between Iran and the world powers": one party is no actor we know;
        # the other's act is still coded, with no target
        d.sources, d.targets = d.targets, []
    if len(d.sources) >= 2 and r.head.lemma_.lower() in EXCHANGE_VERBS and not r.no_target:
        d.targets = []  # "the two sides swapped prisoners": what is exchanged, not a recipient
