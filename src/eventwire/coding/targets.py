"""Target recovery: whom an act is aimed at when its pattern's target slot names no actor.

A pattern's target slot may be empty or name a thing ("rejected Iran's proposal", "strikes on
Houthi positions"). The target is then looked for, in order, in the owners and modifiers of what
the slot names and of the nouns that may name it; in the party an alternative coordinated with a
wrapped act names ("threatened to cut aid or impose sanctions on X"); in the clause a call or
meeting sits in; in what a protest is against; in the country force on unnamed places falls on; in
the object of the harm a violent noun does; in whoever went ahead despite a reaction, or the other
party of the conversation it was made in; in the object of a verb coordinated after it; in the
party a call or meeting whose purpose the act is reached; in the other party of a gathering; in the
maker of an act the article told before; in the other side of the talks a refusal, boycott or
walkout leaves; in the party a threat asks to comply; in the enemy a hostile purpose names or an
"until" clause says is to be beaten; and in the party the act of a verb it is coordinated after was
aimed at. A release is aimed at whoever holds the people released; martial law, curfews and
repression that name no one, and people a state detains whom no actor names, fall on the acting
state's own people. A reaction whose "after"/"as" clause tells an act is aimed at its doer, and a
threat of revenge at whoever last acted on the threatener's side (and weapons shot down are those
of whoever just fired at the shooter's side); a curfew, ban or decree its people defy is their
state's.

Whether two actors are one party, which keeps an actor found from being the act's own source, is
in sides.py; the lookups among the parties of acts told before are in told_parties.py; a
predicate's condition clauses, which the coder shares with this search, in conditions.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention, Event
from eventwire.nlp import kids
from eventwire.ontology import is_symmetric

from .argument_actors import actors_of, is_country_place, modifier_actors, opposed_actors
from .arguments import (
    AGENT_EVENT_PREPS,
)
from .clause_parties import (
    _addressees,
    _answered_doers,
    _conceded_to,
    _contacted,
    _counterparts,
    _first_conjunct,
    _foreign_venue,
    _gathering_party,
    _linked_subjects,
    _meeting,
    _the_act_told,
    holders_of,
)
from .conditions import holding_parties
from .event_roots import event_roots
from .gatherings import ATTEND_VERBS, HOST_VERBS
from .hostile_aims import defeated_until, hostile_purposes
from .lexicon import Lexicon
from .own_state import (
    DEFIANCE_CODE,
    DETENTION_CODE,
    OWN_PEOPLE_CODES,
    defied_state,
    own_people,
    seized_from,
    seizure_of_power,
    state_organ,
)
from .owners import owner_actors
from .places import (
    NEAR_PREPS,
    SETTLEMENTS,
    STRUCK_SITES,
    against_the_state,
    clause_places,
    event_places,
    organ_site,
)
from .reactions import (
    ANSWERING_ROOTS,
    DEFINITE,
    SENTENCES_BACK,
    act_word_forms,
    co_doers,
    earlier_actor,
    shared_act_partner,
    yielded_to,
)
from .refine import armed
from .roots import (
    COERCION_ROOT,
    HARM_ROOTS,
    HOSTILE_ROOTS,
    JUDGING_ROOTS,
    MEETING_ROOT,
    PROTEST_ROOT,
    THREAT_ROOT,
    YIELD_ROOT,
)
from .sides import owner_exclusions, same_actor, same_side
from .syntax import NAMING_VERBS, hyphen_agents, is_passive, objects, pobjs, preps_of
from .threats import continued_deed_doers, threatened, vows_revenge, warned_party
from .told_parties import (
    MEASURE_CODES,
    complained_of,
    fighting_parties,
    forum,
    measured_party,
    own_act_target,
    placed_deed_doer,
    retaliated_on,
    talks_counterparts,
)
from .verdicts import verdict_arguments

if TYPE_CHECKING:
    from .readings import Reading

# threats and uses of force whose target a purpose clause may name
PURPOSE_ROOTS = frozenset({"13", "18", "19", "20"})
FORCE_TARGET_ROOTS = frozenset({"18", "19", "20"})  # force on places: "struck targets in Syria"
# appeals, demands, criticism, rejection, threats and protests: reactions to what someone else does
REACTION_ROOTS = frozenset({"02", "10", "11", "12", "13", "14"})
PREVENT_FRAME = "prevent"
HELD_ROOTS = frozenset({"03", "12"})  # offers and refusals, which another party's act may make good or end
CAPTIVES = frozenset({"hostages", "prisoners", "detainees"})
PEOPLE_SECTORS = frozenset({"CVL", "REF"})  # civilians and refugees: people acts befall, not parties
ALSO_WORDS = frozenset({"also", "too", "likewise", "similarly"})
DENIAL_CODES = frozenset({"016"})  # "denied the accusations": answers the accuser
MEDIATION_VERBS = frozenset({"mediate", "broker", "sponsor", "facilitate"})
# many-party occasions: "criticised Turkey at the summit" is no meeting with Turkey
GATHERINGS = frozenset({"summit", "conference", "forum", "assembly", "session", "congress", "gathering",
                        "convention", "rally", "ceremony"})
# one-to-one exchanges: what is said in one is said to the other party
EXCHANGES = frozenset({"swap", "exchange", "deal", "trade", "agreement"})
# force that answers an attack: "repelled the assault", "fought off the offensive" is aimed at the attacker
REPELLING_VERBS = frozenset({"repel", "repulse", "rebuff", "thwart", "foil", "counter"})
# releasing people, and appeals, demands and promises to (0841, 0253, 1053, 0353)
RELEASE_CODES = frozenset({"0841", "0253", "1053", "0353"})
# what one says or offers to a party: appeals, pledges, support, demands, criticism, refusals, threats
ADDRESSED_ROOTS = frozenset({"02", "03", "05", "10", "11", "12", "13"})
# the press: told something, it is an audience, not a party to what the speaker did
PRESS_SECTOR = "MED"
# what a protest's purpose clause asks: "rallied to demand his resignation"
PROTEST_PURPOSES = frozenset({"demand", "call", "urge", "press", "seek"})
PLAN_NOUNS = frozenset({"plan", "proposal", "bid", "move", "decision", "attempt", "effort"})
RELATION_NOUNS = frozenset({"tie", "relation", "relationship", "contact"})  # what is kept or cut with a party
PLAIN_REJECTION_CODE = "120"
REJECT_FRAME = "reject"
REQUEST_ROOTS = frozenset({"02", "10"})  # appeals and demands
REQUEST_NOUNS = frozenset({"call", "request", "demand", "appeal", "plea"})
# what an act before a harmful participle was done to: "opened fire on X, killing ..."
HARM_ON_PREPS = frozenset({"on", "at", "against", "into"})


def recover_targets(doc: Doc, r: Reading, sources: list[ActorMention], targets: list[ActorMention],
                    target_tokens: list[Token], src_tokens: list[Token], fallback: list[Token], modifier: bool,
                    lexicon: Lexicon, n: int, earlier: list[tuple[int, Event]], current: list[Event] | None = None,
                    ) -> tuple[list[ActorMention], Reading, list[Token]]:
    """The targets of the act ``r`` (in sentence ``n``) given the ``targets`` its target slot
    names and the ``sources`` found for it. ``fallback`` holds the nouns that may name the target,
    ``modifier`` says the act is named by a hyphenated modifier ("US-backed"), ``earlier``
    the events told before, as (sentence number, event) in text order, and ``current`` those
    coded so far in this sentence.

    Returns the targets, the reading (re-anchored on the attendance a received party comes to)
    and the hostile purpose clauses that named the targets."""
    targets = _named_targets(doc, r, sources, targets, target_tokens, fallback, modifier)
    deeds = {root for t in target_tokens for root in event_roots(t, lexicon)} & PLACED_DEED_ROOTS \
        if targets and earlier and r.code[:2] in ANSWERING_ROOTS else set()
    if deeds and all(is_country_place(t) for t in targets):
        # "Ethiopian troops stormed Fano positions in Gondar ... Kenya voiced alarm at the mounting
        # violence in Gondar": the place of a deed is where it happens, not who does it; the reaction is aimed
        # at the doer of the latest such deed told in that country, when there is one
        doer = placed_deed_doer(deeds, {t.country for t in targets}, sources, n, earlier)
        targets = [a for a in co_doers(doer, earlier) if not same_actor(a, sources)] if doer is not None else targets
    if (not targets or [t.lower_ for t in target_tokens] == ["it"]) and earlier \
            and (any(c.dep_ == "advmod" and c.lower_ in ALSO_WORDS for c in kids(r.head)) or _the_act_told(r)):
        # "The EU and Canada also imposed sanctions", "Germany also condemned it", "said it lodged
        # the protest after ...": the act just told, on the same target
        prior = next((ev for m, ev in reversed(earlier) if n - m <= 2 and ev.cameo[:2] == r.code[:2]
                      and ev.target_ref is not None), None)
        if prior is not None and not same_actor(prior.target_ref, sources):
            targets = [prior.target_ref]
    if not targets and sources and earlier and r.code[:2] not in ANSWERING_ROOTS:
        # "Venezuela's closure of the border with Colombia ... he extended the closure": an act of
        # the same kind on the noun that names the source's own act told before carries it on, with
        # that act's target (a reaction to such a noun answers another party's act: see below;
        # halting it is another act: "we have to stop the fighting first" may be a demand)
        named = _own_act_named(r, lexicon)
        if named is not None:
            same_kind = event_roots(named, lexicon) & {r.code[:2]}
            targets = own_act_target(same_kind, act_word_forms(named), sources, n, earlier)
    targets = _not_brokers(targets, target_tokens + fallback)
    if r.code in RELEASE_CODES:
        # "called for the release of the French hostages held in Iran": a release is asked of, or
        # made by, whoever holds them
        holders = [a for a in actors_of(doc, holders_of(target_tokens + fallback)) if not same_actor(a, sources)]
        targets = holders[:1] or targets
    if not targets:
        targets, r = _targets_elsewhere(doc, r, sources, src_tokens, lexicon, n, earlier)
    if not targets and sources and r.code[:2] == THREAT_ROOT:
        # "will not stand idly by if the attacks continue": aimed at whoever did the attacks
        targets = continued_deed_doers(r, sources, n, [*earlier, *((n, e) for e in current or [])],
                                       lambda noun: event_roots(noun, lexicon))
    if not targets and sources and r.code[:2] == THREAT_ROOT and earlier and vows_revenge(r):
        # "Trump put tariffs on Mexico ... Sheinbaum did not rule out retaliation": revenge is
        # aimed at whoever last acted on the threatener's side
        targets = retaliated_on(sources, n, earlier)
    if not targets and sources and r.code[:2] in FORCE_TARGET_ROOTS and r.head.lemma_.lower() in INTERCEPTING_VERBS:
        # "Iran launched 300 drones at Israel; almost all were shot down by Israel": what is
        # shot down or intercepted is the weapons of whoever just fired them at the shooter's side
        targets = retaliated_on(sources, n, [*earlier, *((n, e) for e in current or [])], FORCE_ROOTS)
    if not targets and sources and r.code in TALK_REFUSAL_CODES:
        # "Talks between A and B resumed ... A walked out", "A refused to negotiate": refusing,
        # boycotting or leaving the talks told is aimed at their other side
        targets = talks_counterparts(sources, n, [*earlier, *((n, e) for e in current or [])])
    if r.code[:2] == THREAT_ROOT:
        targets = threatened(doc, r, sources, targets, n, earlier, current)
    if not targets and sources and r.code[:2] == THREAT_ROOT and current:
        targets = warned_party(r, sources, current)
    if not targets and sources and r.code[:2] in HELD_ROOTS:
        # "was ready to resume supplies once Y paid its debts", "would not withdraw until Y frees the
        # hostages": an offer or refusal held on another party's act is made to that party (not on
        # what captives, civilians or refugees do: "will keep fighting until the hostages return")
        targets = [a for a in actors_of(doc, holding_parties(r)) if not same_actor(a, sources)
                   and a.role not in CAPTIVES and a.sector not in PEOPLE_SECTORS]
    if r.default and r.rules[0].startswith(PREVENT_FRAME + "."):
        # preventing an act no pattern knows ("will not allow X to set up a state") implies
        # force only against an armed party; keeping a government from it is a dispute
        targets = [t for t in targets if armed(t)]
    if not targets and sources and (r.code.startswith(OWN_PEOPLE_CODES)
                                    or r.code.startswith(DETENTION_CODE) and target_tokens):
        targets = own_people(doc, sources, r.head)
    purposes: list[Token] = []
    if not targets and r.code[:2] in PURPOSE_ROOTS:
        # "fought to drive out X", "launched an offensive in a bid to crush X": the aim names the enemy
        purposes = hostile_purposes(r, lexicon)
        targets = [a for a in actors_of(doc, [o for v in purposes for o in objects(v, is_passive(v))])
                   if not same_actor(a, sources)]
    if not targets and r.code[:2] in PURPOSE_ROOTS:
        # "would keep fighting until the RSF is defeated": the end the fight is to last until names the enemy
        targets = [a for a in actors_of(doc, defeated_until(r, lexicon)) if not same_actor(a, sources)]
    home = {s.country for s in sources if s.country}
    if current and (not targets or r.code in RELEASE_CODES
                    and all(same_actor(t, sources) or t.country in home for t in targets)):
        # (also a release of the source's own people: "demanded the release of two Azerbaijani
        # journalists" is asked of whoever holds them)
        targets = _conjunct_target(doc, r, sources, current) or targets
    if not targets and sources and r.code.startswith(MEASURE_CODES):
        # aid withheld or a penalty imposed on no party named: one step in the series of measures told
        targets = measured_party(sources, n, [*earlier, *((n, e) for e in current or [])])
    if not targets and sources and earlier and r.code.startswith(DEESCALATION_APPEALS):
        # "called for an immediate ceasefire", "urged restraint", "called for talks": an appeal
        # to stop fighting or to negotiate, made to no one named, is made to the parties of the
        # latest fight told (the one the source is party to asks the other)
        targets = [a for a in fighting_parties(n, earlier) if not same_actor(a, sources)]
    if targets and all(forum(t) for t in targets) and any(rule in lexicon.forum_rules for rule in r.rules):
        # "denounced the raid and vowed to lodge a protest at the International Court of Justice":
        # the forum hears the complaint; it is about the party the source is answering
        targets = complained_of(sources, n, earlier, current) or targets
    return targets, r, purposes


# deeds a reaction may name by their place ("the violence in X"): assault, force, mass violence
PLACED_DEED_ROOTS = frozenset({"18", "19", "20"})
# appeals to de-escalate (0256), to meet or negotiate (026), to settle (027) or to accept mediation
# (028), and offers to mediate (039): with no addressee named, made to the parties of the fighting told
DEESCALATION_APPEALS = ("0256", "026", "027", "028", "039")


def _own_act_named(r: Reading, lexicon: Lexicon) -> Token | None:
    """The definite object noun of the act's verb that names an act ("extended the closure",
    "denied firing the rockets"), or None."""
    return next((c for c in kids(r.head) if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in kids(c))
                 and event_roots(c, lexicon)), None)


def _not_brokers(targets: list[ActorMention], nouns: list[Token]) -> list[ActorMention]:
    """ "Serbia agreed to resume EU-brokered talks": the broker hyphenated to the talks (whose
    mention the actor stage keys on the talks noun) is no party to them."""
    brokers = [t.idx for noun in nouns for c in kids(noun) if c.dep_ == "amod" and c.lemma_.lower() in MEDIATION_VERBS
               for t in hyphen_agents(c)]
    return [a for a in targets if not any(a.start <= i < a.end for i in brokers)]


def _named_targets(doc: Doc, r: Reading, sources: list[ActorMention], targets: list[ActorMention],
                   target_tokens: list[Token], fallback: list[Token], modifier: bool) -> list[ActorMention]:
    """The targets the act's own phrases name: the actors of its target slot, their owners or
    modifiers, or those of a noun that may name the target."""
    b = r.binding
    if modifier:
        # "a US-backed coalition against X": the noun the participle modifies is its only target,
        # and a body, not a bare country (which would be a misread phrase); a brokered deal is
        # brokered between its parties ("a Qatar-brokered truce between A and B")
        fallback = []
        if any(t.i == b.head.head.i for t in target_tokens) and b.head.lemma_.lower() not in MEDIATION_VERBS:
            targets = [t for t in targets if t.cameo and len(t.cameo) > 3]
        elif not targets:
            targets = owner_actors(doc, target_tokens, sources, venues=False)
    elif not targets and len(sources) >= 2 and is_symmetric(r.code) and not r.no_target:
        targets = []  # "the two countries signed a protocol ...": each other, not an actor deeper in
    elif not targets:
        # "their agreement with Iran"; "strikes on Houthi positions": the target's own modifiers;
        # a verdict's thing judged names its owner ("the plan was illegal")
        targets = owner_actors(doc, target_tokens, owner_exclusions(r.code, sources), venues=not _meeting(r.code),
                               topics=r.code[:2] != "04") \
            or [a for a in modifier_actors(doc, target_tokens) if not same_actor(a, sources)]
    if not targets and not (len(sources) >= 2 and is_symmetric(r.code)):
        for tok in fallback:
            # the forces a target-optional act names are the source's own ("Sudan recruited
            # fighters", "disbanded its militias"), not a party to it
            own = {s.country for s in sources} if r.no_target and tok in b.obj_nouns else set()
            targets = [a for a in actors_of(doc, [tok]) if a.country not in own and not same_actor(a, sources)] \
                or owner_actors(doc, [tok], owner_exclusions(r.code, sources), venues=not _meeting(r.code),
                                topics=r.code[:2] != "04") \
                or [a for a in modifier_actors(doc, [tok]) if not same_actor(a, sources)]
            if tok in b.obj_nouns:
                # "withdrew American troops from the border area": the state's own forces it
                # moves are not a party to the act
                targets = [a for a in targets if not any(same_side(a, s) for s in sources)]
            if targets:
                break
    if not targets and r.code[:2] in ADDRESSED_ROOTS:
        # "threatened to cut aid or impose sanctions on Kenya", "offered to send troops or provide
        # funds to Haiti": the act a frame wraps shares the party an alternative coordinated with it names
        targets = [a for a in actors_of(doc, _alternatives_parties(r)) if not same_actor(a, sources)]
    if not targets and r.code[:2] in JUDGING_ROOTS:
        # "backed plans to lift Washington's oil embargo": a plan named by what it would
        # do to a thing someone owns is that owner's (what is ended, lifted or changed is theirs)
        acts = [c for t in target_tokens + fallback if t.lemma_.lower() in PLAN_NOUNS
                for c in kids(t) if c.dep_ == "acl" and any(a.lower_ == "to" for a in kids(c))]
        owned = [o for c in acts for o in kids(c) if o.dep_ == "dobj"]
        targets = [a for a in actors_of(doc, [p for o in owned for p in kids(o) if p.dep_ == "poss"])
                   if not same_actor(a, sources)]
    return targets


# the prepositions that name the party of a wrapped act's alternative: "sanctions on X", "funds to X"
ALTERNATIVE_PARTY_PREPS = frozenset({"on", "against", "to", "with", "from"})


def _alternatives_parties(r: Reading) -> list[Token]:
    """The objects, and the party prepositions' objects, of the verbs coordinated with no subject
    of their own after a verb the reading wraps ("threatened to cut aid or impose sanctions on X": X)."""
    # (below the frame's head: not the verb that reports a verdict, "said X was unfair and accused Y")
    wrapped = [t for i in sorted(r.consumed) for t in [r.head.doc[i]]
               if t.pos_ == "VERB" and r.head.is_ancestor(t)]
    alternatives = [c for v in wrapped for c in kids(v) if c.dep_ == "conj" and c.pos_ == "VERB"
                    and c.i not in r.consumed and not any(k.dep_ in ("nsubj", "nsubjpass") for k in kids(c))]
    named = [o for c in alternatives for o in objects(c, is_passive(c))]
    return named + [o for x in [*alternatives, *named] for p in preps_of(x, ALTERNATIVE_PARTY_PREPS) for o in pobjs(p)]


# a speech is given in a place, to no counterpart: "in a speech on Tuesday, X accused Y" is no visit to Y
SPEECH_NOUNS = frozenset({"speech", "address", "lecture"})


def _targets_elsewhere(doc: Doc, r: Reading, sources: list[ActorMention], src_tokens: list[Token],
                       lexicon: Lexicon, n: int, earlier: list[tuple[int, Event]],
                       ) -> tuple[list[ActorMention], Reading]:
    """The targets the rest of the sentence, or an earlier one, names for an act whose own
    phrases name none; with the reading, re-anchored when a gathering's party is found."""
    b = r.binding
    targets: list[ActorMention] = []
    if b.pattern.pos == "noun" and r.code[:2] == "04" and r.incomplete \
            and b.head.lemma_.lower() not in GATHERINGS | SPEECH_NOUNS:
        # "told the Argentine president in a phone call that ...": the counterpart of a call or
        # meeting in an adverbial phrase is the addressee of the clause it sits in; the press told
        # something is its audience, no party of the meeting ("told reporters after the meeting")
        targets = [a for a in actors_of(doc, _addressees(b.head))
                   if not same_actor(a, sources) and a.sector != PRESS_SECTOR]
    if not targets and r.incomplete and "with" in r.missing_preps \
            and any(doc[i].lemma_.lower() in RELATION_NOUNS for i in r.consumed):
        # "Chile withdrew its ambassador after Bolivia threatened to sever ties": ties cut
        # with no "with" named are those with the party of the clause the act is told beside
        targets = [a for a in actors_of(doc, _linked_subjects(r.head)) if not same_actor(a, sources)]
    if not targets and r.code[:2] == PROTEST_ROOT:
        # "anti-French riots", "anti-American protesters rallied": what the protest is against
        # ("staged anti-French protests", "rioted in anti-French violence")
        named = [b.head, *b.obj_nouns, *src_tokens, *[o for a in preps_of(b.head, AGENT_EVENT_PREPS) for o in pobjs(a)]]
        targets = [a for a in opposed_actors(doc, named) if not same_actor(a, sources)]
        if not targets and sources and all(s.country for s in sources):
            # foreigners protesting in a country's capital or cities protest to that country
            # ("British activists staged a protest in Beijing"); at home, a place names no one
            targets = _foreign_venue(doc, [b.head, *b.obj_nouns], {s.country for s in sources})
        if not targets and sources:
            # "protesters gathered in Yerevan to demand Pashinyan's resignation": a protest is
            # against whom its purpose makes the demand of
            asks = [c for c in kids(r.head) if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTEST_PURPOSES]
            asked = [o for c in asks for o in objects(c, is_passive(c))]
            targets = [a for a in actors_of(doc, asked) if not same_actor(a, sources)] \
                or owner_actors(doc, asked, sources)
        if not targets and sources and against_the_state(named):
            # "anti-government protests erupted across Iran": against the protesters' own state
            targets = [state_organ(s, "GOV") for s in sources[:1] if s.country and not s.sector]
    if not targets and r.code == DEFIANCE_CODE and sources:
        # "protesters defied a nationwide curfew", "crowds flouted the ban on rallies": a curfew,
        # ban or decree no one is named for is the people's own state's (a court's order its courts')
        targets = defied_state(doc, r, sources)
    if not targets and r.code[:2] in FORCE_TARGET_ROOTS and b.pattern.pos == "verb":
        # "bombers struck targets in Syria", "drones hit a refinery in Russia": force on unnamed
        # positions or infrastructure falls on the country they are in
        struck = [o for o in objects(r.head, is_passive(r.head)) if o.lemma_.lower() in STRUCK_SITES]
        if struck:
            # (at home a place names no one: "FARC rebels attacked a town in Colombia")
            home = {s.country for s in sources}
            near = [o for p in preps_of(struck[0], NEAR_PREPS) for o in pobjs(p)]
            targets = [a for a in actors_of(doc, event_places(struck[0]) + near + clause_places(r.head))
                       if is_country_place(a) and a.country not in home and not same_actor(a, sources)][:1]
        if not targets:
            # "captured the eastern city of Goma": a town named outright is the target, at home too
            named = [w for o in objects(r.head, is_passive(r.head)) if o.lemma_.lower() in SETTLEMENTS
                     for p in preps_of(o, frozenset({"of"})) for w in pobjs(p)]
            targets = [a for a in actors_of(doc, named) if is_country_place(a) and not same_actor(a, sources)][:1]
    storming = r.code[:2] == PROTEST_ROOT and any(armed(s) for s in sources)
    if not targets and sources and b.pattern.pos == "verb" and (r.code[:2] in FORCE_TARGET_ROOTS or storming):
        # "militants stormed a government building in Srinagar", "rebels shelled an army barracks
        # near Goma": a state organ's building or post stands for that organ, of the state it is
        # in, at home too (storming by armed men is force: refine.py)
        targets = _organ_of_site(doc, r, sources)
    if not targets and sources and r.code[:2] in FORCE_TARGET_ROOTS and b.pattern.pos == "verb" \
            and r.head.dep_ not in DEPENDENT_CLAUSES and not objects(r.head, is_passive(r.head)):
        # "denied that its troops were fighting in Burundi": force with no object, told in another
        # country, is used on that country (at home a place names no one; a clause on a noun has
        # its party in the noun: "forces fighting in X")
        home = {s.country for s in sources}
        targets = [a for a in actors_of(doc, clause_places(r.head))
                   if is_country_place(a) and a.country not in home and not same_actor(a, sources)][:1]
    if not targets and b.pattern.pos == "noun" and r.code[:2] in HARM_ROOTS:
        targets = [a for a in actors_of(doc, _harmed(b.head, lexicon)) if not same_actor(a, sources)]
    if not targets and b.pattern.pos == "noun" and r.code[:2] in REACTION_ROOTS:
        # "went ahead despite warnings from X": the reaction was aimed at whoever went ahead
        targets = [a for a in actors_of(doc, _conceded_to(b.head)) if not same_actor(a, sources)]
    if not targets and r.code[:2] in REACTION_ROOTS:
        # "raised concerns about the war in a call with Putin": said to the other party
        targets = [a for a in actors_of(doc, _counterparts(b.head)) if not same_actor(a, sources)]
    if not targets and r.code[:2] in ANSWERING_CLAUSE_ROOTS and sources \
            and not (r.incomplete and b.pattern.pos == "verb" and not r.no_target):
        # "Romania threatens retaliation after the Dutch block its entry", "Ghana recalled its
        # envoy after Nigeria expelled traders", "Croatia protests as Bosnia holds a veteran": a
        # reaction is aimed at the doer of the act its "after" or "as" clause tells; not a verb
        # whose own preposition is missing: "laid minefields after clashes" is no "lay into"
        targets = [a for a in _answered_doers(doc, r) if not same_actor(a, sources)]
    if not targets and b.pattern.pos == "verb" and not objects(r.head, is_passive(r.head)) and not r.inner:
        # "condemned and rejected the US sanctions", "fired tear gas and arrested protesters": a
        # verb with no object of its own shares the object of the verb coordinated after it (not
        # force: "attacked and captured X" is one operation, coded by its outcome; but force used
        # on people before they are arrested, or on a ship before it is boarded, is an act of its
        # own on them: "beat and detained X", "rammed and boarded X"; not a frame whose act is in
        # its own phrase: "called for a strike and urged the police to ..." asks no strike of the police)
        shared = [o for c in kids(r.head) if c.dep_ == "conj" and c.pos_ == "VERB"
                  and (r.code[:2] not in FORCE_TARGET_ROOTS or _no_force(c, lexicon))
                  for o in objects(c, is_passive(c))]
        targets = [a for a in actors_of(doc, shared) if not same_actor(a, sources)] \
            or owner_actors(doc, shared, sources)
    participle = _first_conjunct(r.head)
    if not targets and r.code[:2] in HOSTILE_ROOTS and b.pattern.pos == "verb" and participle.dep_ == "advcl" \
            and r.head.tag_ == "VBG" and participle.tag_ == "VBG" and participle.head.pos_ == "VERB":
        # "boarded Philippine navy boats, seizing rifles and injuring sailors": harm done in the
        # course of an act on a party falls on that party (the object the participle hangs on)
        main = participle.head
        acted_on = objects(main, is_passive(main)) + [o for p in preps_of(main, HARM_ON_PREPS) for o in pobjs(p)]
        targets = [a for a in actors_of(doc, acted_on) if not same_actor(a, sources)][:1]
    if not targets and r.code[:2] in ADDRESSED_ROOTS and b.pattern.pos == "verb":
        # "phoned Zelensky to urge restraint", "wrote to the emir to demand ...": the aim of a
        # contact is said to the one contacted
        targets = [a for a in actors_of(doc, _contacted(r.head)) if not same_actor(a, sources)]
    if not targets and r.code[:2] == YIELD_ROOT:
        # "released the American in a prisoner swap with the United States": given up to the
        # other party of the exchange
        targets = [a for a in actors_of(doc, _counterparts(b.head, EXCHANGES)) if not same_actor(a, sources)]
    if not targets and r.code[:2] == MEETING_ROOT and r.head.lemma_.lower() in ATTEND_VERBS | HOST_VERBS:
        party, anchor = _gathering_party(doc, r.head)
        targets = [a for a in actors_of(doc, party) if not same_actor(a, sources)]
        if targets and anchor is not None:
            r = replace(r, context_anchor=anchor)  # received when (and if) they attend
    # "bowed to the demands", "refused to give in to demands": yielding, or not, to demands told before
    yielding = [v for v in (r.head, *(w for x in r.inner for w in x.wrapped)) if yielded_to(v)][:1]
    if not targets and (r.code[:2] in ANSWERING_ROOTS and not _act_of_its_object(r) or r.code in DENIAL_CODES
                        or r.code[:2] == YIELD_ROOT and yielding
                        or r.code[:2] in FORCE_TARGET_ROOTS and r.head.lemma_.lower() in REPELLING_VERBS):
        # "Britain condemned the seizure": aimed at whoever seized, told sentences before (or
        # whoever adopted "the resolution", even when that gave no event); so is a verdict on it
        # ("Moscow said the sanctions were illegal")
        judged = _judged_thing(r)
        found = earlier_actor((yielding or [r.head])[0], n, earlier, lambda noun: event_roots(noun, lexicon),
                              sources, judged, bare=_bare_reaction(r))
        targets = [a for a in co_doers(found, earlier) if not same_actor(a, sources)] \
            if found is not None and not same_actor(found, sources) else []
        if targets and r.code == PLAIN_REJECTION_CODE:
            r = _rejected_request(r, found, n, earlier, lexicon)
        # "A and B signed a truce ... the UN welcomed the agreement": a shared act (talks, an
        # agreement) is both its parties', so the reaction is aimed at each
        partner = shared_act_partner((yielding or [r.head])[0], found, earlier,
                                     lambda noun: event_roots(noun, lexicon), judged) if targets else None
        if partner is not None and not same_actor(partner, sources + targets):
            targets.append(partner)
    if not targets and r.code in DENIAL_CODES and earlier:
        # "The UN accused the RSF of killing hundreds ... The RSF denied involvement": a denial
        # answers the accusation just made against the denier
        home = {s.country for s in sources if s.country} | {s.cameo for s in sources}
        accuser = next((ev.source_ref for m, ev in reversed(earlier) if n - m <= 2 and ev.cameo[:2] == "11"
                        and ev.target_ref is not None and ev.source_ref is not None
                        and (ev.target_ref.cameo in home or ev.target_ref.country in home)), None)
        targets = [accuser] if accuser is not None and not same_actor(accuser, sources) else []
    if not targets and seizure_of_power(r):
        targets = seized_from(r, sources)
    return targets, r


def _organ_of_site(doc: Doc, r: Reading, sources: list[ActorMention]) -> list[ActorMention]:
    """The state organ whose building or post the act's object is ("a government building in
    Srinagar": India's government), of the country its place names or else the sources' own;
    none when that organ is the sources' own side."""
    found = organ_site(objects(r.head, is_passive(r.head)))
    if found is None:
        return []
    site, sector = found
    near = [o for p in preps_of(site, NEAR_PREPS) for o in pobjs(p)]
    place = next((a for a in actors_of(doc, event_places(site) + near + clause_places(r.head))
                  if is_country_place(a)), None)
    state = place if place is not None else next((s for s in sources if s.country), None)
    if state is None:
        return []
    organ = state_organ(state, sector, text="", start=site.idx, end=site.idx, resolved_by="organ-site")
    return [] if any(same_side(organ, s) for s in sources) else [organ]


def _rejected_request(r: Reading, asker: ActorMention, n: int, earlier: list[tuple[int, Event]],
                      lexicon: Lexicon) -> Reading:
    """ "X called for Y's resignation ... Y rejected the calls": a rejection of a request noun
    with no sub-code of its own takes the counterpart of the request told before (1041 -> 1231),
    as "rejected calls for his resignation" would."""
    if not any(o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in REQUEST_NOUNS for o in kids(r.head)):
        return r
    asked = next((ev.cameo for m, ev in reversed(earlier) if m != n and n - m <= SENTENCES_BACK
                  and ev.cameo[:2] in REQUEST_ROOTS and ev.source_ref is not None
                  and same_actor(ev.source_ref, [asker])), None)
    code = lexicon.frame_code(REJECT_FRAME, asked) if asked else None
    if not code or code == r.code or code[:2] != PLAIN_REJECTION_CODE[:2]:
        return r
    return replace(r, code=code, rules=[*r.rules, "rejected-request"], plover=None)


def reaction_cause_doers(verb: Token, subjects: list[Token], n: int, earlier: list[tuple[int, Event]],
                         lexicon: Lexicon, reactors: list[ActorMention]) -> list[ActorMention]:
    """The doers of the act told before that a definite, ownerless subject of a reaction drawn
    ("the move drew criticism from X", "the strikes prompted outrage in Y") names, as a reaction
    to that noun as its object would be aimed; none for another subject."""
    nouns = [t for t in subjects if t.pos_ == "NOUN"]
    if not nouns or not earlier:
        return []
    found = earlier_actor(verb, n, earlier, lambda noun: event_roots(noun, lexicon), reactors, nouns[0])
    if found is None or same_actor(found, reactors):
        return []
    return [a for a in co_doers(found, earlier) if not same_actor(a, reactors)]


def _conjunct_target(doc: Doc, r: Reading, sources: list[ActorMention], current: list[Event]) -> list[ActorMention]:
    """ "recalled its ambassador to Seoul and lodged a protest", "visited La Paz and pledged $1bn
    in investment", "summoned Bosnia's envoy and demanded the man's release": a verb coordinated
    after another, with the same subject and no party of its own, is aimed at whoever the act of
    the first verb (or of a clause it governs: "retaliated by ordering X's envoy to leave and
    suspended ...") was aimed at."""
    head = r.head
    if head.dep_ != "conj" or head.pos_ != "VERB" or head.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids(head)):
        return []
    named = objects(head, is_passive(head)) + [o for p in kids(head) if p.dep_ == "prep" for o in pobjs(p)]
    if r.code not in RELEASE_CODES and actors_of(doc, named):
        return []  # "thanked X for their help and met the freed Americans": a party of its own
    if r.code[:2] in JUDGING_ROOTS and any(o.i not in r.consumed for o in objects(head, is_passive(head))):
        # "called for reform of the UN and condemned terrorism": a thing judged on its own (not
        # the pattern's own noun: "lodged a complaint")
        return []
    first = _first_conjunct(head)
    if r.code[:2] == MEETING_ROOT or any(t.lower_ == ";" for t in head.doc[first.i:head.i]):
        # a call or meeting needs its counterpart named; a semicolon ends the first clause
        # ("ICC issues warrants; Israel and U.S. reject ruling")
        return []
    own = {t.i for t in head.subtree}
    span = {t.i for t in first.subtree} - own
    for ev in reversed(current):
        if ev.target_ref is None or ev.source_ref is None or not ev.trigger_tokens \
                or not span.intersection(ev.trigger_tokens):
            continue
        if same_actor(ev.source_ref, sources) and not same_actor(ev.target_ref, sources):
            return [ev.target_ref]
    return []


# shooting down or intercepting what another fired
INTERCEPTING_VERBS = frozenset({"shoot", "intercept", "down"})
FORCE_ROOTS = frozenset({"15", "18", "19", "20"})


# refusing, boycotting or leaving talks: 125 (reject a proposal to meet or negotiate), 164 (halt negotiations)
TALK_REFUSAL_CODES = frozenset({"125", "164"})


def _act_of_its_object(r: Reading) -> bool:
    """ "Stoltenberg announced the deal": the act is the one its head's object names (a frame
    wrapping the object noun's own event and keeping its code), not an answer to an act told
    before ("rejected the protest" is a rejection of one)."""
    return r.rules[-1].split(".", 1)[0] == r.code \
        and any(w.pos_ == "NOUN" and w.dep_ in ("dobj", "obj") and w.head.i == r.head.i for b in r.inner for w in b.wrapped)


def _bare_reaction(r: Reading) -> bool:
    """ "said it was 'deeply shocked'", "expressed grave concern": a feeling whose pattern answers
    the act just told, and that names nothing it answers, neither a target nor a phrase on its
    head or object."""
    return r.binding.pattern.answers_told_act and not r.targets and set(r.fallback) <= set(r.binding.obj_nouns) \
        and not any(c.dep_ == "prep" for t in [r.head, *r.binding.obj_nouns] for c in kids(t))


def _judged_thing(r: Reading) -> Token | None:
    """The thing a verdict judges ("said the tariffs were unfair": the tariffs), or the object
    noun of a naming verb that the parser hung on its predicate ('called the arrest
    "unacceptable"'), or None for other acts."""
    if not r.binding.pattern.verdict:
        return next((t for t in r.targets if t.pos_ == "NOUN" and t.head.i != r.head.i
                     and r.head.lemma_.lower() in NAMING_VERBS), None)
    found = verdict_arguments(r.binding.head)
    if found is None or not found[2] or found[2][0].lemma_.lower() in GATHERINGS:
        return None  # ("the summit was an important step": a gathering is no one party's act)
    return found[2][0]


def _no_force(verb: Token, lexicon: Lexicon) -> bool:
    """Whether no pattern of ``verb`` codes force: it codes coercion only (17x: "detain",
    "arrest", "jail") or no act at all ("boarded")."""
    roots = {p.cameo[:2] for p in lexicon.by_head.get(verb.lemma_.lower(), []) if p.cameo}
    return roots <= {COERCION_ROOT}


def _harmed(noun: Token, lexicon: Lexicon) -> list[Token]:
    """ "Airstrikes by X killed dozens of Y", "a rocket attack wounded three Z": the object of
    the harm verb a violent nominal is the subject of names that nominal's target."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a wave of airstrikes killed ..."
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return []
    codes = {p.cameo[:2] for p in lexicon.by_head.get(verb.lemma_.lower(), [])}
    if not codes & HARM_ROOTS:
        return []
    return [c for c in kids(verb) if c.dep_ in ("dobj", "obj")]


# clauses on a noun, relative or participial ("forces fighting in X"), and adverbial clauses, which the
# parser also makes of a relative clause with no relative word ("the militias Turkey is battling in X")
DEPENDENT_CLAUSES = frozenset({"relcl", "acl", "advcl"})
# reactions, and cuts in relations ("recalled its envoy"), that a clause they hang on may answer
ANSWERING_CLAUSE_ROOTS = REACTION_ROOTS | {"16"}


