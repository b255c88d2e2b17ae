"""The pattern coder: from a parsed, actor-resolved article to CAMEO/PLOVER event records.

For every sentence with an actor, each predicate is matched against the lexicon (its readings come
from ``readings.py``). Frames compose:
"wanted to hold talks with X" is intent(carry(talk-with)) = 036; "refused to meet him" is
reject(meet) = 125. The outermost reading that yields a dyad wins and consumes the tokens of the
readings inside it. One event is emitted per source-target pair (compound actors and plural
referents give several); a pair with the same actor on both sides is not an event.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.model import Actor, ActorMention, Article, Coder, Event
from eventwire.nlp import (
    article_text,
    doc_actors,
    hyphen_description,
    kids,
    misattached_conjunct,
    token_span,
)
from eventwire.ontology import cameo_codes, is_symmetric, plover_for

from .arguments import (
    DOCUMENT_NOUNS,
    actors_of,
    announced_responder,
    custodian,
    document_author,
    faulted_arguments,
    first_actor,
    foretold_arguments,
    is_country_place,
    modifier_actors,
    owner_actors,
    participle_host,
    retaliated_against,
    source_tokens,
    subject_actors,
    unanswered_vow,
    verb_subjects,
    verdict_arguments,
)
from .gatherings import ATTEND_VERBS, attending
from .lexicon import Lexicon, default_lexicon
from .matcher import (
    FUTURE_AUX,
    Binding,
    content_clauses,
    head_keys,
    hyphen_agent,
    pobjs,
    preps_of,
)
from .mediation import TRIGGERS as MEDIATION_TRIGGERS
from .mediation import broke_down, named_mediations, participle_mediators
from .mutuality import (
    ADDRESSED_SPEECH_ROOTS,
    AGREEING_VERBS,
    AGREEMENT_NOUNS,
    EXCHANGE_VERBS,
    FORCE_ROOT,
    MUTUAL_VERBS,
    RELEASE_CODE,
    agreed_on_accord,
    agreed_together,
    as_parties,
    each_other,
    each_released,
    intent_alone,
    mutual_combat,
    reciprocal,
    shared_act_wrapped,
    tit_for_tat,
)
from .places import event_places, unnamed_attackers, unnamed_crowd, unnamed_custodians
from .readings import (
    ASKING_FRAMES,
    CLAIM_CODE,
    CONTENT_FRAMES,
    DENIAL_CODE,
    IGO_PREFIX,
    OWN_PRONOUNS,
    VISIT_CODE,
    Reading,
    SentenceCoder,
    modal_holds,
    purpose_clause,
)
from .refine import FORCE_WORDS, PLAIN_THREAT_CODE, STATE_SECTORS, armed, refine
from .targets import (
    CONDITION_MARKS,
    HARM_ROOTS,
    HOSTILE_ROOTS,
    MEDIATION_VERBS,
    OWN_PEOPLE,
    PROTEST_ROOT,
    THREAT_ROOT,
    YIELD_ROOT,
    condition_clauses,
    recover_targets,
    same_actor,
    same_dyad,
    same_side,
)

log = logging.getLogger(__name__)

CLAUSE_EDGE_DEPS = {"conj", "cc", "punct"}
# settlements a third party may broker: agreements, cooperation, concessions and truces, releases
SETTLEMENT_ROOTS = frozenset({"03", "05", "06", "08"})
SETTLEMENT_PREPS = frozenset({"in", "under", "through", "as", "to"})  # "swapped prisoners in a deal ..."
ADJOINED_CLAUSES = ("relcl", "acl")  # a clause on the source's noun is not part of the event's
MAX_TRIGGER_TOKENS = 8
TARGETLESS_CONFIDENCE = 0.6  # an event whose target the text does not name is less certain
# "Iranian-backed militias attacked ...": an act named by a hyphenated modifier is background to
# the clause it sits in, and less certain than the clause's own predicate
MODIFIER_CONFIDENCE = 0.55
# "will free the engineers, whom the gang had abducted in May": an act told in a relative clause
# describes a party of the sentence's own act, as background, and is less certain than it
RELATIVE_CLAUSE_CONFIDENCE = 0.8
# "broke up the rally staged by students": a participle on a noun (a reduced relative) has no tense
# or clause of its own; the act it tells only describes the noun, further in the background
REDUCED_RELATIVE_CONFIDENCE = 0.7
# "lifted the curfew in the capital as troops in the north fought X": an act told in a
# clause opened by a subordinator is the setting of the main clause's act, which outranks it
SUBORDINATE_CLAUSE_CONFIDENCE = 0.9
SUBORDINATORS = frozenset({"as", "while", "when", "whilst", "after", "before", "since", "because",
                           "although", "though", "whereas"})
# "rejected the proposal, urging India to ...": an act told in a participial adjunct goes with the
# clause's main act, which the sentence is about; it is coded, but ranks below that act
ADJUNCT_CONFIDENCE = 0.5
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
NOMINALS = frozenset({"NOUN", "PROPN"})
# material acts that are events even when the text names no recipient ("troops withdrew", "police
# arrested dozens", "rebels shelled the town"); verbal acts without an addressee are opinions
TARGETLESS_ROOTS = frozenset({"08", "09", "14", "15", "17", "18", "19", "20"})
HALT_FRAME = "halt"
# a sentence with no other event may still state an appeal, demand or rejection with no named
# addressee; consulting, cooperating and statements always need a second party
NEEDS_TARGET = frozenset({"01", "04", "05", "06"})
REFUSABLE_ROOTS = frozenset({"03", "05", "06", "07", "08"})
# "would not negotiate with X", "will not meet X": a refusal to talk (125); attending a gathering
# or visiting stays the meeting, negated ("will not attend")
REFUSABLE_TALKS = frozenset({"040", "041", "046"})


# what a permission allows ("denied X permission to send troops") has not happened
PERMISSION_NOUNS = frozenset({"permission", "authorization", "authorisation", "approval", "clearance", "licence",
                              "license", "permit", "go-ahead"})

# an act named as only reported or suspected ("condemned reported military actions by Rwanda",
# "the alleged attacks by Sudan") is what another act is about, not a fact the text states
ALLEGED_MODIFIERS = frozenset({"alleged", "reported", "suspected", "purported", "rumoured", "rumored",
                               "supposed", "claimed"})


class EventCoder:
    """Record-level stage: ``process(article, doc) -> events``."""

    def __init__(self, lexicon: Lexicon | None = None, targetless: bool = True) -> None:
        self.lex = lexicon or default_lexicon()
        self.codes = cameo_codes()
        self.targetless = targetless
        self._earlier: list[tuple[int, Event]] = []
        self._current: list[Event] = []  # the events of the sentence being coded, so far
        self._brokers_named: list[ActorMention] = []  # the mediators a participle names in it

    def process(self, article: Article, doc: Doc) -> list[Event]:
        actors = doc_actors(doc)
        discarded = doc._.ew_discarded or set()
        events: list[tuple[int, Event]] = []
        for n, sent in enumerate(doc.sents):
            if sent.start in discarded or not any(tok.i in actors for tok in sent):
                continue  # no actor, no event: skip the matching work
            self._earlier = events  # acts told before, for reactions to them ("condemned the seizure")
            events += [(n, ev) for ev in self.code_sentence(article, doc, sent, n)]
        self._earlier = []
        return [ev for _, ev in events]

    def code_sentence(self, article: Article, doc: Doc, sent: Span, n: int) -> list[Event]:
        sc = SentenceCoder(self.lex, doc, sent)
        sc.bind()
        # predicates in text order (the tuned behaviour: an earlier depth-first order was never in effect,
        # as a token's head is a new object on each access, and measured worse on the world-news set)
        # except that a report after its content ("Norway will give aid, its minister said") is read
        # before the content, as it is when it comes first
        first = {i: min([i] + [x.i for fb in fbs for x in fb.wrapped]) for i, fbs in sc.frames.items()}
        heads = sorted(set(sc.actions) | set(sc.frames), key=lambda i: (first.get(i, i), first.get(i, i) == i, i))
        consumed: set[int] = set()
        # "demanded the resignation of X", "rejected calls for talks": the act a speech act or an
        # intention is about did not happen, even when the frame itself yields no event
        # (with the acts coordinated with it: "warned that it could invade and annex X")
        content = {y.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame in CONTENT_FRAMES
                   and not fb.pattern.keeps_object
                   for x in fb.wrapped if modal_holds(fb.pattern, x) and not _refused_by_no_one(fb, x)
                   for y in [x, *(c for c in kids(x) if c.dep_ == "conj" and c.pos_ == x.pos_
                                  and misattached_conjunct(c) is None),
                             *_complement_conjuncts(x)]}
        # an alleged act is content too, also when the accuser is no actor ("a report alleged that
        # the French military helped ...")
        # (not the allegation a party denies: "rejected allegations that Russia had attacked ships"
        # codes the attack, denied)
        content |= {x.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame == ACCUSE_FRAME
                    and not _denied_report(fb)
                    for w in fb.wrapped for x in [w, *(c for c in kids(w) if c.dep_ == "conj")]}
        # and so is what the wrapped act is subordinated to, whether the parser hangs it on the act
        # or on the frame ("vowed to fight until they control the north"): part of the vow
        # ("since he was detained" is background, not part of it)
        bounds = [doc[i] for i in content] + [fb.head for fbs in sc.frames.values() for fb in fbs
                                              if fb.pattern.frame in CONTENT_FRAMES]
        content |= {c.i for h in bounds for c in kids(h) if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in LIMIT_MARKS for m in kids(c))}
        # an appeal's or demand's purpose is what is asked for too ("called for the withdrawal of
        # foreign forces to end the war"): the askers do not end the war, on each other or anyone
        # (its head and the acts it wraps, not the background hung on it: "since he was detained")
        asked = {y.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame in ASKING_FRAMES
                 for c in kids(fb.head) if purpose_clause(c)
                 for y in [c, *(x for x in kids(c) if x.dep_ in ("xcomp", "conj", "dobj")
                                and misattached_conjunct(x) is None)]}
        # the condition of a consequence foretold is no act ("Caracas would face consequences if
        # it annexed the region"): nobody plans it
        # (the sentence's words, gathered once, say whether any token need be visited)
        content |= {c.i for h in (sent if not HARM_SUFFERED.isdisjoint(sc.lemmas) else ())
                    if h.lemma_.lower() in HARM_SUFFERED
                    and any(a.dep_ == "aux" and a.lower_ in FORETELLING_AUX for a in kids(h))
                    for c in kids(h) if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in kids(c))}
        # "said it was possible for Hungary to back out of the pact", "it would be unwise for X to
        # attack": an act in an extraposed for-to clause is what is judged possible or wise, no act
        judged = {y.i for m in (sent if "for" in sc.words else ()) if m.lower_ == "for" and m.dep_ == "mark"
                  and _extraposed(m.head)
                  for y in [m.head, *(c for c in kids(m.head) if c.dep_ == "conj")]}
        content |= judged
        # "denied Israel permission to send troops", "a licence to export arms": what a permission
        # allows has not happened (giving or refusing the permission is the act)
        permitted = {c.i for h in sent if h.lemma_.lower() in PERMISSION_NOUNS for c in kids(h)
                     if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))}
        content |= permitted
        content |= {i for i in sc.actions if doc[i].pos_ == "NOUN"
                    and any(m.dep_ == "amod" and m.lower_ in ALLEGED_MODIFIERS for m in kids(doc[i]))}
        # "reneged on its deal with X": the deal gone back on is told only as what was gone back
        # on, less certain than the reneging
        presupposed = {x.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.keeps_object
                       for x in fb.wrapped}
        # "ended the war between X and Y", "suspended the talks between X and Y": what is ended
        # names its own parties and happened (the conventions code presupposed talks and fights)
        halted = {x.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame == HALT_FRAME
                   for x in fb.wrapped if x.pos_ == "NOUN" and any(
                       not a.pattern.has_source for a in sc.actions.get(x.i, []))}
        arguments: set[int] = set()  # tokens coded events took their sources from
        events: list[Event] = []
        self._current = events
        self._brokers_named = participle_mediators(sent) if not MEDIATION_TRIGGERS.isdisjoint(sc.lemmas) else []
        seen: set[tuple] = set()
        # two passes: events with both actors first; then, for predicates still unused, an event
        # whose target the text does not name ("protesters rallied", "NATO declined to comment")
        for targetless in (False, True):
            if targetless and not self.targetless:
                break
            fallback_only = targetless and bool(events)
            for i in heads:
                if (i in consumed and i not in halted) or i in asked or i in judged or i in permitted \
                        or (i in content and i not in sc.frames):
                    continue
                also = False  # after an also_act frame: the head's own action, once
                for reading in sc.readings(doc[i]):
                    if reading.content or _purpose_says_more(sc, reading) \
                            or (also and reading.binding.pattern.frame):
                        continue
                    if targetless and i in arguments:
                        break  # "killed by a Taliban bomb": the bomb is that killing's agent, not an event
                    if reading.inner and reading.consumed & consumed:
                        continue  # the act a frame wraps was coded on its own already: not twice
                    reading = sc.yielded(reading)
                    found = self._events(article, doc, sent, n, reading, targetless, fallback_only,
                                         consumed, arguments)
                    if not found:
                        continue
                    if i in presupposed:
                        found = [replace(ev, confidence=ev.confidence * PRESUPPOSED_WEIGHT) for ev in found]
                    found += self._answered_acts(article, doc, sent, n, sc, reading)
                    found += self._claimed_acts(article, doc, sent, n, sc, reading, found, consumed)
                    consumed |= reading.consumed | _content(reading)
                    for ev in found:
                        key = _dedup_key(ev)
                        if key not in seen:
                            seen.add(key)
                            events.append(ev)
                    if reading.binding.pattern.also_act and not also:
                        also = True
                        continue
                    break
        # "took to the streets to protest against Lukashenko": one protest, the one aimed at someone
        aimed = {(e.source.cameo, e.cameo[:3]) for e in events if e.target is not None}
        events = [e for e in events if e.target is not None or (e.source.cameo, e.cameo[:3]) not in aimed]
        if len(events) > 1:
            events = _organs_over_countries(events)
        events += self._invitations(article, doc, events, seen)
        if (MEDIATOR_NOUNS | {"mediation"}) & sc.lemmas or any(e.cameo == MEDIATION_CODE for e in events):
            events = self._mediators(doc, sent, events, seen)
        if MEDIATION_VERBS & sc.lemmas:
            events += self._brokers(doc, events, seen)
        if not MEDIATION_TRIGGERS.isdisjoint(sc.lemmas):
            # "agreed to a Qatar-brokered truce", "after months of Qatari mediation", "The talks,
            # mediated by X, resumed": mediators named only as a modifier
            # (``again``: talks of their own in the sentence, whose dyads the sentence's other
            # talks may have coded already)
            events += named_mediations(article.text, doc, sent, n, events, self._earlier,
                                       lambda ev, s, ts, code, again=False: _mediations(
                                           ev, s, ts, self.codes[code], "named-mediator", set() if again else seen))
        return events

    def _brokers(self, doc: Doc, events: list[Event], seen: set[tuple]) -> list[Event]:
        """ "swapped prisoners in a deal mediated by the UAE", "agreed to a truce brokered by
        Qatar": the broker of a settlement two parties reach mediated between them (045 with each
        side); the settlement itself stays theirs."""
        out: list[Event] = []
        for ev in events:
            sides = [a for a in (ev.source_ref, ev.target_ref) if a is not None]
            if len(sides) < 2 or ev.cameo[:2] not in SETTLEMENT_ROOTS or ev.anchor is None \
                    or not all(a.sector in STATE_SECTORS or armed(a) for a in sides):
                continue  # (parties that settle: states, their bodies, armed groups; not a released reporter)
            head = doc[ev.anchor]
            nouns = [head] + [c for c in kids(head) if c.dep_ in ("dobj", "nsubjpass")] \
                + [o for p in preps_of(head, SETTLEMENT_PREPS) for o in pobjs(p)]
            agents = [o for noun in nouns for part in kids(noun)
                      if part.dep_ in ("acl", "amod") and part.tag_ == "VBN" and part.lemma_.lower() in MEDIATION_VERBS
                      for a in preps_of(part, frozenset({"by"})) for o in pobjs(a)]
            for m in subject_actors(doc, agents):
                if same_actor(m, sides):
                    continue
                out += _mediations(ev, m, sides, self.codes[MEDIATION_CODE], "broker", seen)
        return out

    def _answered_acts(self, article: Article, doc: Doc, sent: Span, n: int, sc: SentenceCoder,
                       r: Reading) -> list[Event]:
        """ "Pakistan rejected India's offer of talks", "urged Seoul to accept a Japanese offer of
        aid": the offer accepted or refused is a fact, its maker's own commitment (03x) to the
        party that accepts or refuses it. So is a demand, request, accusation or warning that is
        refused or denied ("Baghdad rejected Turkish demands to hand over the suspects": Turkey
        demanded of Baghdad; "Beijing denied the American allegations of hacking"), made to the
        party that refuses it unless it names its own addressee ("Turkish demands that Syria ...")."""
        out: list[Event] = []
        bindings = [r.binding, *r.inner]
        wrapped: list = []
        if r.inner:
            # the act the frames wrap ("urged Belgrade to accept a Kosovo offer of dialogue"): its
            # own binding, which the frame reading keeps only as its rule; the party an appeal
            # asks to answer is the one that answers
            wrapped = [a.binding for x in r.inner[-1].wrapped for a in sc.readings(x)
                       if a.rules == r.rules[-1:] and not a.inner and a.binding is not r.inner[-1]][:1]
            bindings += wrapped
        for b in bindings:
            # (the noun may be the object, the act wrapped, or the target: "rejected Turkish demands")
            for noun in dict.fromkeys([*b.obj_nouns, *b.wrapped, *b.targets]):
                root = SPEECH_ACT_NOUNS.get(noun.lemma_.lower())
                if root is None or root != OFFER_ROOT and not _refusal(r):
                    continue  # ("Germany backed the French call for talks" was not made to Germany)
                makers = actors_of(doc, speech_act_owners(noun))
                act = next((o for o in sc.readings(noun) if o.code[:2] == root and not o.binding.pattern.verdict),
                           None)
                if not makers or act is None:
                    continue
                addressees = subject_actors(doc, verb_subjects(b.head))
                if b in wrapped and r.inner[-1].pattern.frame in ASKING_FRAMES and r.inner[-1].targets:
                    addressees = actors_of(doc, r.inner[-1].targets) or addressees
                if root != OFFER_ROOT:
                    addressees = actors_of(doc, _own_addressees(act)) or addressees
                elif act.code == MEDIATION_INTENT_CODE:
                    # "turned down an AU offer of mediating in talks with the separatists": an offer to
                    # mediate is made to both sides, the one that answers and the other party named
                    addressees = addressees + [a for a in actors_of(doc, act.targets)
                                               if not same_actor(a, addressees)]
                # (told only as what the answer is about, it is no more certain than the answer)
                weight = min(act.confidence, r.confidence)
                out += [self._event(article, doc, sent, n, act, m, a, [], weight)
                        for m in makers for a in addressees if not same_dyad(m, a)]
        return out

    def _claimed_acts(self, article: Article, doc: Doc, sent: Span, n: int, sc: SentenceCoder, r: Reading,
                      found: list[Event], consumed: set[int]) -> list[Event]:
        """ "Hamas claimed responsibility for the rocket attack on X", "the army admitted killing
        civilians", "said it was responsible for the attack": the act a party owns up to happened.
        It is coded besides the claim, as the act of whoever the text says did it ("admitted that
        its forces shelled ...") or else of the claimant."""
        if not any(e.cameo == CLAIM_CODE for e in found) or any(c.dep_ == "neg" for c in kids(r.head)):
            return []
        if r.inner:  # an admission frame: the act it wraps, as the frame read it
            acts = [x for w in r.binding.wrapped for x in sc.readings(w) if x.rules == r.rules[1:]][:1]
        else:
            # (the act, not the judgement a copula would make of it: "an attack" claimed is force)
            acts = [x for noun in _claimed_nouns(r)
                    for x in [y for y in sc.readings(noun) if not y.binding.pattern.verdict][:1] if not x.content]
        claimants = source_tokens(r.binding, self.lex.event_nouns)
        if r.binding.pattern.verdict:
            claimants = (verdict_arguments(r.head) or (None, [], []))[1]
        out: list[Event] = []
        for act in acts:
            # the act happened, whether or not its "on T" is named ("admitted carrying out the strike")
            act = replace(act, incomplete=False)
            if not actors_of(doc, source_tokens(act.binding, self.lex.event_nouns)):
                act = replace(act, setter=claimants)  # "the drone attack" names no attacker but the claimant
            out += self._events(article, doc, sent, n, act) or self._events(article, doc, sent, n, act, True)
            consumed |= act.consumed
        return out

    def _invitations(self, article: Article, doc: Doc, events: list[Event], seen: set[tuple]) -> list[Event]:
        """ "visited Tokyo at the invitation of Abe", "deployed troops at Baghdad's invitation":
        the inviter invited the act's source to do it (the ``invite`` frame's code for the act);
        "withdrew its mission at Bamako's request", "met at the request of France": the party
        that asked for it appealed to the act's source to do it (the ``appeal`` frame's code)."""
        out: list[Event] = []
        for ev in events:
            if ev.anchor is None or ev.source_ref is None:
                continue
            for prep in preps_of(doc[ev.anchor], INVITATION_PREPS):
                for noun in pobjs(prep):
                    frame = ASKED_FOR.get(noun.lemma_.lower())
                    if frame is None:
                        continue
                    owners = [c for c in kids(noun) if c.dep_ == "poss"]
                    owners += [o for a in preps_of(noun, frozenset({"of", "by", "from"})) for o in pobjs(a)]
                    code = self.lex.frame_code(frame, ev.cameo)
                    if not code or code not in self.codes:
                        continue
                    for inviter in actors_of(doc, owners):
                        if same_dyad(inviter, ev.source_ref):
                            continue
                        asked = code
                        if ev.cameo[:2] == REDUCTION_ROOT and ev.target_ref is not None \
                                and ev.target_ref.country == inviter.country:
                            # "withdrew its mission from Mali at Bamako's request": a cut in what one
                            # gives the party that asked for it is no call for policy support (022)
                            # against a third, but a plain request (020)
                            asked = self.lex.frame_code(frame, None) or code
                        info = self.codes[asked]
                        start, end = token_span(doc, noun, noun)
                        invited = replace(
                            ev, source=inviter.actor(), target=ev.source, cameo=info.code, quad_class=info.quad_class,
                            goldstein=info.goldstein, plover=plover_for(info.code), trigger=article.text[start:end],
                            trigger_span=[start, end], coder=Coder("pattern", f"{ASKED_RULES[frame]}+{ev.coder.rule}"),
                            source_ref=inviter, target_ref=ev.source_ref, anchor=noun.i, trigger_tokens=[noun.i],
                            flags=[*inviter.flags, *ev.source_ref.flags])
                        key = _dedup_key(invited)
                        if key not in seen:
                            seen.add(key)
                            out.append(invited)
        return out

    def _mediators(self, doc: Doc, sent: Span, events: list[Event], seen: set[tuple]) -> list[Event]:
        """ "Talks between A and B stalled, but Norwegian mediators said they would resume", "held
        talks in Moscow under Russian mediation": the mediators a sentence names for the talks
        between two other parties in it mediate with each side (045); the talks are not direct
        negotiations (046), nor are they when the sentence codes the mediation already ("Russia
        mediated talks between A and B"). Their breakdown stays."""
        mediators = [a for t in sent if _names_mediator(t) for a in actors_of(doc, [t])]
        coded = {(e.source.cameo, e.target.cameo) for e in events if e.cameo == MEDIATION_CODE and e.target}
        out: list[Event] = []
        for ev in events:
            sides = [a for a in (ev.source_ref, ev.target_ref) if a is not None]
            if len(sides) < 2 or not (ev.cameo[:2] == "04" or ev.cameo == "164") or ev.cameo == MEDIATION_CODE:
                out.append(ev)
                continue
            if any((m, sides[0].cameo) in coded and (m, sides[1].cameo) in coded for m, _ in coded):
                if ev.cameo not in DIRECT_TALK_CODES or _met_in_person(doc, ev):
                    out.append(ev)
                continue
            if not mediators or any(same_actor(m, sides) for m in mediators):
                out.append(ev)
                continue
            if ev.cameo in DIRECT_TALK_CODES and not _met_in_person(doc, ev):
                seen.discard(_dedup_key(ev))
            else:
                out.append(ev)
            for m in mediators:
                out += _mediations(ev, m, sides, self.codes[MEDIATION_CODE], "mediators", seen)
        return out

    def _events(self, article: Article, doc: Doc, sent: Span, n: int, r: Reading,
                targetless: bool = False, fallback_only: bool = False, consumed: set[int] | None = None,
                arguments: set[int] | None = None) -> list[Event]:
        b = r.binding
        if r.code not in self.codes:
            log.debug("rule %s produced unknown code %s", r.rules, r.code)
            return []
        r = self._conditional_threat(r) or r
        if b.pattern.pos == "noun" and b.head.dep_ in ("dobj", "obj") and b.head.head.lemma_.lower() in TOPIC_VERBS \
                and preps_of(b.head, WITH):
            # "discussed the war in Ukraine with Biden": the parser hangs the partner of the
            # discussion on its topic, which is no war with Biden
            return []
        if r.default and _asks_anonymity(r):
            return []  # "an official who asked not to be named": the source's own anonymity, no event
        if _warns_of_a_state(r):
            return []  # "warned that half of the young are unemployed": a warning of a state, no threat
        src_tokens = r.setter or source_tokens(b, self.lex.event_nouns)
        if r.context_anchor is None and b.passive and (host := participle_host(b)) is not None:
            r = replace(r, context_anchor=host)  # "in a speech delivered in X, Y said": when Y said it
        target_tokens, fallback = r.targets, [] if r.closed else r.fallback
        if any(t.lower_ in REFLEXIVES for t in target_tokens):
            return []  # "help Taiwan defend itself": an act on oneself is no interaction
        if b.pattern.attitude and _present_state(b.head):
            return []  # "Ankara is angry at the US support": a continuing attitude, not a reaction
        if b.pattern.verdict:
            # "the plan was illegal, Syria said": the speaker judges the owner of the thing judged
            found = verdict_arguments(b.head)
            if found is None:
                return []
            clause, src_tokens, target_tokens = found
            if b.head.pos_ == "ADP" and not any(self._wrongdoing(x) for x in pobjs(b.head)):
                return []  # "said the army was behind him", "was behind the proposal": support or authorship
            fallback = []
            # the report is the event itself (not attributed to its own speaker); the evidence
            # runs from the thing judged to the judgement. The copula is the judgement's own, so
            # its negation negates it ("said the sanctions were not illegal")
            # ("..., according to a UN report": the source the verdict rests on is its judge, so the
            # event is not also reported on its word)
            according = {c.i for c in kids(clause) if c.dep_ == "prep" and c.lower_ == "according"}
            said = clause
            while said.dep_ == "conj" and said.head.i != said.i:
                said = said.head  # (a copula joined to the reported verb: "killed two and was ...")
            r = replace(r, consumed=r.consumed | {clause.i, said.head.i} | according)
        if b.pattern.foretold:
            # "Moscow said Kyiv would pay a price": the speaker threatens the party foretold to
            # suffer; the report is the threat itself, not attributed to its own speaker
            found = foretold_arguments(b.head)
            if found is None:
                return []
            clause, src_tokens, target_tokens = found
            fallback = []
            # (the saying is the act: its modality, date and word are the threat's, not the
            # foretold harm's "would")
            r = replace(r, consumed=r.consumed | {clause.i, clause.head.i}, context_anchor=clause.head)
        if b.pattern.faulted:
            # "Kenya said Uganda had failed to honour the deal": the speaker criticises the party
            # it says failed; the report is the criticism itself, dated by the speech verb
            found = faulted_arguments(b.head)
            if found is None:
                return []
            clause, src_tokens, target_tokens = found
            fallback = []
            r = replace(r, consumed=r.consumed | {clause.i, clause.head.i}, context_anchor=clause.head)
        if targetless and consumed and any(t.i in consumed for t in src_tokens):
            return []  # "air strikes on Gaza killed five": the killing restates the strikes, coded already
        sources = first_actor(doc, src_tokens, b.head) if b.pattern.pos == "noun" else subject_actors(doc, src_tokens)
        if not sources and b.pattern.pos == "verb":
            sources = modifier_actors(doc, src_tokens)
        if not sources and r.head.lemma_.lower() in ATTEND_VERBS:
            sources = subject_actors(doc, attending(r.head))  # "also due to attend are X and Y"
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
                sources = [a for t in target_tokens for a in actors_of(doc, event_places(t))
                           if is_country_place(a)][:1]
        if not sources and r.code[:2] == PROTEST_ROOT and b.pattern.pos == "verb":
            sources = unnamed_crowd(doc, r.head, src_tokens)  # "thousands marched in Belgrade"
        if not sources and b.pattern.reverse:
            sources = owner_actors(doc, src_tokens)  # "Trump's decision angered Baghdad"
        if not sources and r.code[:2] == "04" and b.pattern.pos == "noun" and b.pattern.has_source:
            # "Washington said talks with Tehran had collapsed": the party that speaks of talks
            # with another is the other party to them
            sources = subject_actors(doc, _reporter_of(b.head))
        targets = actors_of(doc, target_tokens)
        if b.pattern.verdict and r.code == BLAME_CODE and targets and all(same_actor(t, sources) for t in targets):
            # "Hezbollah said it was responsible for the attack": the speaker's blame of itself is a
            # claim of responsibility (or, "was not responsible", its denial) for an act of force,
            # aimed at whoever the act was aimed at; a duty ("responsible for the crossing") is none
            target_tokens = [t for t in _claimed_nouns(r) if self._hostile_act(t)]
            if not target_tokens:
                return []
            targets = actors_of(doc, target_tokens)
            negs = {c.i for c in kids(b.head) + kids(b.head.head) if c.dep_ == "neg"}
            r = replace(r, code=DENIAL_CODE if negs else CLAIM_CODE, rules=[*r.rules, "own-responsibility"],
                        plover=None, no_target=True, needs_target=False, consumed=r.consumed | negs)
        responder = announced_responder(b.head) if b.pattern.pos == "noun" and r.code[:2] in COERCIVE_ROOTS \
            and not r.inner else None
        if responder is not None:
            # "said it would respond to any Israeli strike": the responder threatens whoever would
            # strike (force if the act is force), and the strike, hypothetical, is no event; the
            # saying, if reported, is the threat's act (its date and modality)
            said = responder.head if responder.dep_ in ("ccomp", "xcomp") else responder
            responders = verb_subjects(responder)
            sources, targets = subject_actors(doc, responders), sources
            if not sources and said is not responder and any(_owned_by_pronoun(x) for x in responders):
                # "Nasrallah said his group would respond": the speaker's own group
                sources = subject_actors(doc, verb_subjects(said))
            if not targets:
                return []  # "will punish any attack on its troops": no one it threatens, no act
            r = replace(r, code=RESPONSE_THREAT_CODE if r.code[:2] in RESPONSE_FORCE_ROOTS else PLAIN_THREAT_CODE,
                        rules=[*r.rules, "announced-response"], plover=None, context_anchor=said,
                        consumed=r.consumed | {responder.i, said.i})
        if b.pattern.held:
            sources, targets = subject_actors(doc, custodian(b)), sources
        if b.pattern.suffered:
            # "four soldiers died in Russian shelling": the victims are the subject, the attackers
            # the attack noun's own modifiers (or, unnamed, the place's country below)
            attacks = [x for p in kids(b.head) if p.i in b.consumed and p.dep_ == "prep" for x in pobjs(p)]
            src_tokens = attacks
            sources, targets = modifier_actors(doc, attacks), sources
        modifier = b.pattern.pos == "verb" and hyphen_agent(b.head) is not None
        targets, r, purposes = recover_targets(doc, r, sources, targets, target_tokens, src_tokens, fallback,
                                               modifier, self.lex, n, self._earlier, self._current)
        if any(rule in self.lex.igo_rules for rule in r.rules):
            # "quit ECOWAS": only an international organisation is a body one leaves ("left Kyiv" is none)
            targets = [t for t in targets if (t.cameo or "").startswith(IGO_PREFIX)]
            if not targets:
                return []
        if self._brokers_named and r.code != MEDIATION_CODE:
            # "agreed to end the war in talks mediated by the AU": the mediator of the talks the act
            # is told in is not whom it is aimed at
            targets = [t for t in targets if not same_actor(t, self._brokers_named)]
        # (one act per country a seizure of power is told by: none of the parties blocks below)
        seized = _seized_in_places(r, sources, targets)
        if seized:
            targets = []
        mediated = self._mediated(doc, r, sources, targets)
        between: list[tuple[ActorMention, ActorMention]] = []
        if mediated:
            r, sources, targets = mediated
        if (not b.pattern.has_source or r.sourceless) and len(targets) >= 2 and not mediated \
                and (not sources or not b.pattern.has_source and not r.inner):
            # "talks between X and Y": its parties, also when a host or mediator is the clause's
            # subject ("Turkey hosted talks between Russia and Ukraine")
            parties = as_parties(targets)
            sources, targets = parties[:1], parties[1:]  # "talks between X and Y"
            if r.code[:2] == FORCE_ROOT and not b.pattern.has_source:
                # "the war between X and Y", "clashes between X and Y": each side used force on
                # the other (seed convention 7), one directed event per side
                between = [(a, t) for a in parties for t in parties if a is not t and not same_dyad(a, t)]
                sources, targets = [], []
        half_pair = (not b.pattern.has_source or r.sourceless) and not sources and len(targets) == 1 \
            and is_symmetric(r.code) and any(c.dep_ == "conj" for t in target_tokens for c in kids(t))
        if half_pair:
            # "the agreement between Iran and the world powers": one party is no actor we know;
            # the other's act is still coded, with no target
            sources, targets = targets, []
        if len(sources) >= 2 and r.head.lemma_.lower() in EXCHANGE_VERBS and not r.no_target:
            targets = []  # "the two sides swapped prisoners": what is exchanged, not a recipient
        if not sources and targets and r.code[:2] in HOSTILE_ROOTS and b.pattern.pos == "noun" and not r.inner:
            # "hit the country's radar sites in reprisal for the deaths of its border guards": the
            # act retaliated for was done by the party the retaliation hits
            sources = [a for a in actors_of(doc, retaliated_against(b.head))
                       if not any(same_dyad(a, t) for t in targets)]
        if not sources and targets and r.code[:2] in HARM_ROOTS and b.pattern.has_source and not r.inner:
            # "three civilians were killed in a car bombing in Baghdad": attackers the text does
            # not name are coded by the country the attack happened in (conventions: an unnamed
            # agent gets the country code alone)
            attackers, victims = unnamed_attackers(doc, r.head, targets)
            if attackers:
                sources, targets = attackers, victims
        if not sources and targets and r.code.startswith(ARREST_CODE) and b.pattern.has_source and not r.inner:
            # "Imran Khan was arrested on Tuesday", "the arrest of opposition leader X in Dakar":
            # the unnamed authorities of the place, or of the detainee's own country
            sources = unnamed_custodians(doc, r.head, targets)
        if not targets and r.code[:3] in HELD_CODES and _subjectless_passive_gerund(r.head):
            # "spent three years in jail after being sentenced": the one convicted is the
            # subject of the clause the gerund hangs on
            host = r.head.head.head
            targets = actors_of(doc, verb_subjects(host))
            if r.code[:3] == CONVICTION_CODE and any(t.lemma_.lower() in PRISON_NOUNS for t in host.subtree
                                                      if t.i < r.head.i):
                # (and "served years in prison": convicted and jailed is 173, not 116)
                r = replace(r, code=ARREST_CODE, rules=[*r.rules, "jailed"], plover=None)
        if not sources and targets and r.code[:3] in HELD_CODES and b.pattern.has_source and not r.inner:
            # "Iran freed a Frenchman who had been sentenced for espionage": a prisoner's unnamed
            # jailers are the party the sentence says freed them
            sources = [e.source_ref for e in self._current if e.cameo.startswith(RELEASE_CODE)
                       and e.source_ref is not None and e.target_ref is not None
                       and same_actor(e.target_ref, targets)][:1]
        if sources and targets and r.code[:2] in ADDRESSED_SPEECH_ROOTS and b.pattern.pos == "verb" \
                and all(same_dyad(s, t) for s in sources for t in targets):
            # "X said Iran had failed to explain the traces and urged Tehran to ...": an appeal the
            # reported party would make to itself is the reporter's, the parse hung it on the report
            sources = self._reporters_of_conjunct(doc, r.head) or sources
        if len(sources) >= 2 and agreed_on_accord(r):
            # "A and B agreed on a five-point plan", "the two sides agreed to an EU plan": parties
            # named together that agree to a settlement no pattern codes conclude it with each
            # other (057), not with the plan's author
            r = replace(r, code=SIGNING_CODE, rules=[*r.rules, "accord"], plover=None)
            targets = []
        pairs: list[tuple[ActorMention, ActorMention | None]] = [*between, *seized]
        # "Brazil and the US seek to deepen their partnership": each intends the shared act
        mutual = len(sources) >= 2 and (tit_for_tat(r) or each_other(sent) or shared_act_wrapped(r)
                                         or agreed_together(r) or each_released(r, src_tokens))
        # "support from A, B and C": parties named as the givers of a noun act on a third, not on
        # each other (unless the act is symmetric: "talks by A and B")
        givers = b.pattern.pos == "noun" and bool(src_tokens) and all(
            t.dep_ == "pobj" and t.head.lower_ in ("from", "by") for t in src_tokens)
        # "France and Germany called for a ceasefire": co-askers ask others, not each other
        asking = r.rules[0].split(".", 1)[0] in ASKING_FRAMES and not each_other(sent)
        if not targets and len(sources) >= 2 and not asking and (
                mutual or not r.no_target and (is_symmetric(r.code) and not intent_alone(r)
                                               or (reciprocal(sent, r) and not givers))):
            # "the two countries severed ties", "the US, Russia and Switzerland met": each pair
            # once; an exchange ("swapped prisoners", "exchanged fire") is one act per giver
            sources = as_parties(sources)
            apart = same_side if r.code == SIGNING_CODE else same_dyad
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if not apart(a, b)]
            if not is_symmetric(r.code) and (mutual or r.head.lemma_.lower() in EXCHANGE_VERBS | MUTUAL_VERBS):
                pairs += [(b, a) for a, b in pairs]
            if r.head.lemma_.lower() in ARRANGING_VERBS and r.code[:2] == "04" and r.code != MEDIATION_CODE:
                # "talks brokered by Saudi Arabia and the US": co-organisers do not meet each other
                pairs = []
            if r.code == MEDIATION_CODE:
                # "a truce brokered by A, B and C": co-mediators do not mediate between each other,
                # but an agreement several parties broker with no other side named is their own
                # ("a deal brokered by A, B and C"): one 057 per pair of them
                pairs = pairs if _agreement(r) else []
                r = replace(r, code=SIGNING_CODE, rules=[*r.rules, "co-brokered"], plover=None) if pairs else r
            sources = []
        elif targets and len(sources) >= 2 and r.code == SIGNING_CODE and not r.binding.pattern.reverse:
            # "A and B signed a protocol with C": a multi-party signing is one 057 per pair of signatories
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if not same_side(a, b)]
        if not sources and not pairs:
            return []
        # a document's author says something to no one named: the paper states a position, coded
        # only when it is addressed ("a statement by the opposition demanded a transition")
        spoken_by_document = any(document_author(t) for t in src_tokens)
        for s in sources:
            valid = [t for t in targets if not same_dyad(s, t) or _protest_at_home(r.code, s, t) or t.role == OWN_PEOPLE]
            if valid:
                pairs += [(s, t) for t in valid]
            elif half_pair or (asking and not targets and len(sources) >= 2):
                pairs.append((s, None))  # (co-askers: each asks, no addressee named)
            elif (r.incomplete and not r.no_target) or r.needs_target:
                continue  # only a reciprocal subject makes up for the missing "with T"
            elif not targets and _describing(r.head):
                continue  # "Kurdish forces fighting in Syria": a description of the forces, not an act
            elif (not targets or r.code[:2] == YIELD_ROOT and all(is_country_place(t) and t.country == s.country
                                                                  for t in targets)) \
                    and (r.no_target or (targetless and r.code[:2] in TARGETLESS_ROOTS)
                         or (targetless and not fallback_only and r.code[:2] not in NEEDS_TARGET
                             and not spoken_by_document)):
                # (a place of the source's own country names no one a withdrawal is yielded to:
                # "Ukrainian forces pulled out of Bakhmut")
                pairs.append((s, None))
        if r.binding.pattern.reverse:
            # "the move angered Ankara": the party that reacts is the source; no reaction, no event
            pairs = [(t, s) for s, t in pairs if t is not None]
        if r.code[:2] in HARM_ROOTS:
            # a company "attacking a market" or "killing a project" uses no force (a private army
            # is coded as the state's military)
            pairs = [(s, t) for s, t in pairs if s.sector != "BUS"]
        confidence = 1.0 if not targetless or r.no_target else TARGETLESS_CONFIDENCE
        if modifier:
            confidence *= MODIFIER_CONFIDENCE
        elif _in_relative_clause(b.head):
            confidence *= RELATIVE_CLAUSE_CONFIDENCE
        elif _reduced_relative(b.head):
            confidence *= REDUCED_RELATIVE_CONFIDENCE
        elif _in_subordinate_clause(b.head):
            confidence *= SUBORDINATE_CLAUSE_CONFIDENCE
        elif _participial_adjunct(b.head):
            confidence *= ADJUNCT_CONFIDENCE
        refused = self._announced_refusal(r)
        if refused:
            r = refused
        if arguments is not None and pairs and not b.pattern.reverse:
            # (the act a party reacts to is an act of its own: "Russia's detention of X angered Washington")
            arguments.update(t.i for t in src_tokens)
        if consumed is not None and pairs and targets and purposes:
            consumed.update(v.i for v in purposes)  # an aim is not an act of its own
        if consumed is not None and pairs and r.code[:2] == THREAT_ROOT:
            # nor is a threat's condition ("if Y refuses to talk"): it is what is demanded
            consumed.update(t.i for c in condition_clauses(r) for t in c.subtree)
        if pairs and mutual_combat(r, target_tokens):
            # "clashed with Chinese troops", "fighting between the army and the RSF": each side used
            # force on the other, one directed event per side (seed convention 7); not a party the
            # clause does not name as a side ("clashed with rioters in a Cairo square": not Egypt)
            named = {(a.start, a.end) for a in actors_of(doc, target_tokens)}
            pairs += [(t, s) for s, t in pairs if t is not None and (t, s) not in pairs and (t.start, t.end) in named]
        span_tokens = src_tokens + (target_tokens if b.pattern.verdict else [])
        events = [self._event(article, doc, sent, n, r, s, t, span_tokens, confidence) for s, t in pairs]
        collapse = self._collapsed(r)
        if collapse is not None:
            # "talks between X and Y collapsed": the talks happened, and so did their collapse
            broken = pairs
            if (mediated or r.code == MEDIATION_CODE) and len(targets) >= 2:
                # "UN-mediated talks between X and Y collapsed": the talks broke down between the
                # sides (164), not between the mediator and each side
                collapse = self._collapsed(replace(r, code=TALKS_CODE)) or collapse
                broken = [(targets[0], t) for t in targets[1:] if not same_dyad(targets[0], t)]
            events += [self._event(article, doc, sent, n, collapse, s, t, span_tokens, confidence) for s, t in broken]
        presupposed = b.pattern.presupposes if r.rules == [b.pattern.id] else None
        if presupposed in self.codes:
            # "ended its operation against X": the operation happened, and so did its end
            done = replace(r, code=presupposed, rules=[*r.rules, "presupposed"], plover=None)
            events += [self._event(article, doc, sent, n, done, s, t, span_tokens, confidence) for s, t in pairs]
        vowed = unanswered_vow(b.head) if b.pattern.pos == "noun" and r.code[:2] in COERCIVE_ROOTS \
            and not r.inner else None
        if vowed is not None:
            # "vowed that the strikes would not go unpunished": the speaker threatens the striker
            # (with force, for force); the strikes are coded as well
            threat = replace(r, code=RESPONSE_THREAT_CODE if r.code[:2] in RESPONSE_FORCE_ROOTS else PLAIN_THREAT_CODE,
                             rules=[*r.rules, "unanswered"], plover=None, context_anchor=vowed,
                             consumed=r.consumed | {vowed.i} | {c.i for c in b.head.head.subtree if c.i != b.head.i
                                                                and c.i not in b.head.subtree})
            events += [self._event(article, doc, sent, n, threat, v, s, span_tokens, confidence)
                       for v in subject_actors(doc, verb_subjects(vowed)) for s in sources if not same_dyad(v, s)]
        if b.pattern.visited and r.rules == [b.pattern.id]:
            # "Putin received the Indian prime minister": the host received a visit the guest paid
            # (not the attendees of a hosted meeting another sentence names: they visit when that
            # sentence says they attend)
            visit = replace(r, code=VISIT_CODE, rules=[*r.rules, "visited"], plover=None)
            if r.context_anchor is None or r.context_anchor.sent.start == r.head.sent.start:
                events += [self._event(article, doc, sent, n, visit, t, s, span_tokens, confidence)
                           for s, t in pairs if t is not None]
        return events

    def _hostile_act(self, noun: Token) -> bool:
        """Whether a pattern reads ``noun`` as coercion or force ("the attack", "the kidnapping")."""
        return any(p.cameo[:2] in HOSTILE_ROOTS for k in head_keys(noun) for p in self.lex.by_head.get(k, []))

    def _wrongdoing(self, noun: Token) -> bool:
        """Whether a party said to be behind ``noun`` is blamed for it: a noun a pattern reads as a
        threat, protest or use of force ("behind the bombing", "behind the unrest"), or one that
        refers back to it ("saying Hezbollah was behind it")."""
        if noun.lower_ in REFERRING_PRONOUNS:
            return True
        return any(p.pos == "noun" and p.cameo[:2] in BLAMED_ROOTS and not p.content and not p.verdict
                   for k in head_keys(noun) for p in self.lex.by_head.get(k, []))

    def _collapsed(self, r: Reading) -> Reading | None:
        """The breakdown of a nominal meeting or talks whose predicate says it failed."""
        noun, talks = r.head, r.code
        if r.code == MEDIATION_CODE and noun.dep_ in ("amod", "acl") and noun.tag_ == "VBN" \
                and noun.head.lemma_.lower() in TALKS_NOUNS:
            # "EU-brokered talks between X and Y collapsed": the breakdown of the talks brokered
            noun, talks = noun.head, TALKS_CODE
        elif r.binding.pattern.pos != "noun" or r.code[:2] != "04":
            return None
        if noun.dep_ != "nsubj":
            return None
        verb = noun.head
        if not broke_down(verb):
            return None
        code = self.lex.frame_code("collapse", talks)
        if not code or code not in self.codes:
            return None
        return replace(r, code=code, rules=[*r.rules, "collapsed"], consumed=r.consumed | {verb.i})

    @staticmethod
    def _reporters_of_conjunct(doc: Doc, verb: Token) -> list[ActorMention]:
        """The subject of the reporting verb above a reported clause a finite conjunct was hung
        in ("said that Iran had failed to explain X and urged Tehran"), if it was."""
        host = misattached_conjunct(verb)
        if host is None or host.dep_ != "ccomp" or host.head.pos_ != "VERB":
            return []
        return subject_actors(doc, verb_subjects(host.head))

    def _mediated(self, doc: Doc, r: Reading, sources: list[ActorMention], targets: list[ActorMention]):
        """ "EU-mediated talks between Serbia and Kosovo", "negotiations brokered by Norway": talks
        through a third party are that party's mediation with each side (045), not the third
        party's talks. Returns the re-coded reading, the mediator and the sides, or ``None``."""
        b = r.binding
        if r.code[:2] != "04":
            return None
        # the talks noun itself, the one a light verb takes ("held Russian-mediated talks"), or the
        # one a frame wraps ("resumed EU-brokered talks")
        nouns = [r.head] if b.pattern.pos == "noun" else [o for o in b.obj_nouns if o.pos_ == "NOUN"] + [
            w for x in r.inner for w in x.wrapped if w.pos_ == "NOUN"]
        for noun, part in ((n, part) for n in nouns for part in kids(n)):
            if part.dep_ not in ("amod", "acl") or part.tag_ != "VBN" or part.lemma_.lower() not in MEDIATION_VERBS:
                continue
            named = [c for c in kids(part) if c.dep_ in ("npadvmod", "compound", "nmod", "nsubj")]
            named += [o for a in preps_of(part, frozenset({"by"})) for o in pobjs(a)]
            if not named and part.i >= 2 and doc[part.i - 1].text == "-" and doc[part.i - 2].head.i == noun.i:
                named = [doc[part.i - 2]]  # "UN-sponsored talks": the parser hangs "UN" on the noun
            mediators = subject_actors(doc, named) or first_actor(doc, named + [noun])
            if not mediators:
                continue
            sides = [a for a in targets + sources if not same_actor(a, mediators)]
            if not sides:
                continue
            coded = replace(r, code=MEDIATION_CODE, rules=[*r.rules, "mediated"], consumed=r.consumed | {part.i})
            return coded, mediators, sides
        return None

    def _conditional_threat(self, r: Reading) -> Reading | None:
        """ "will strike X if Y", "would kill the hostages unless Z", "will cut aid unless Y":
        force or a cut in relations announced on a condition is a threat of it (13x), not the
        act itself."""
        head = r.head
        if r.code[:2] not in COERCIVE_ROOTS or head.pos_ not in ("VERB", "AUX"):
            return None
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(head)) or not condition_clauses(r):
            return None
        code = self.lex.frame_code("threaten", r.code)
        if not code or code not in self.codes:
            return None
        return replace(r, code=code, rules=["conditional", *r.rules], plover=None)

    def _announced_refusal(self, r: Reading) -> Reading | None:
        """ "would not provide support", "will not lift sanctions": an announced refusal of a
        cooperative act is the act's rejection code (12x), dated and marked as planned; a plain
        past negation ("did not meet") stays the act itself, negated. Meetings and visits keep
        their own code ("will not attend" is a negated visit)."""
        head = r.head
        negs = [c for c in kids(head) if c.dep_ == "neg" and c.i not in r.consumed]
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(head))
        if not negs and head.lemma_.lower() in AGREEING_VERBS and r.rules[0].startswith("agree."):
            # "agreed not to threaten or use force against each other": the agreement happened;
            # what the parties agree not to do is restraint (0356), not the threat or attack
            inner = [c for x in kids(head) if x.dep_ == "xcomp" for c in kids(x) if c.dep_ == "neg"]
            if inner and (r.code[:2] in HOSTILE_ROOTS | {THREAT_ROOT, "15"} or len(r.rules) == 1):
                code = RESTRAINT_CODE if len(r.rules) > 1 else r.code
                return replace(r, code=code, rules=[*r.rules, "agreed-restraint"],
                               consumed=r.consumed | {c.i for c in inner}, plover=None)
        if not negs and r.code[:2] in (INTENT_ROOT, THREAT_ROOT) and head.lemma_.lower() in DECISION_VERBS:
            # "decided not to meet the government", "vowed not to lift the sanctions": a decision
            # or vow against a cooperative act is its refusal (an intent code's reject row);
            # "promised not to attack" commits to restraint (0356), no threat
            negs = [c for x in kids(head) if x.dep_ == "xcomp" and x.i in r.consumed
                    for c in kids(x) if c.dep_ == "neg"]
            if negs and r.code[:2] == THREAT_ROOT:
                return replace(r, code=RESTRAINT_CODE, rules=["vowed-restraint", *r.rules],
                               consumed=r.consumed | {c.i for c in negs}, plover=None)
            future = True
        if not negs or not future or not (r.code[:2] in REFUSABLE_ROOTS or r.code[:3] in REFUSABLE_TALKS):
            return None
        code = self.lex.frame_code("reject", r.code)
        if not code or code == r.code:
            return None

        return replace(r, code=code, rules=["negated-future", *r.rules], consumed=r.consumed | {c.i for c in negs},
                       plover=None)

    def _event(self, article, doc, sent, n, r: Reading, source, target, src_tokens, weight: float = 1.0) -> Event:
        r = refine(r, source, target, src_tokens)
        code = self.codes[r.code]
        if target is not None and target.role == "capital" and r.code[:2] in ("18", "19", "20"):
            # "fired shells at Seoul": a capital under attack is a place, so the bare country is
            # the target, not the government that sits there
            target = replace(target, cameo=target.country, sector=None)
        start, end = _clause_span(doc, r, src_tokens, sent)
        tstart, tend = _trigger_span(doc, r)
        confidence = r.confidence * weight
        for actor in (source, target):
            if actor is not None and actor.resolved_by == "coreference":
                confidence *= 0.85
            elif actor is not None and actor.resolved_by == "fuzzy":
                confidence *= 0.9
        ev = Event(
            doc_id=article.doc_id,
            sentence=n,
            evidence=article.text[start:end],
            evidence_span=[start, end],
            trigger=article.text[tstart:tend],
            trigger_span=[tstart, tend],
            source=source.actor(),
            target=target.actor() if target else None,
            cameo=code.code,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=plover_for(code.code, r.plover),
            confidence=min(confidence, 0.99),
            coder=Coder("pattern", "+".join(r.rules)),
            flags=[f for a in (source, target) if a is not None for f in a.flags],
            anchor=(r.context_anchor or r.head).i,
            trigger_tokens=sorted(r.consumed),
            source_ref=source,
            target_ref=target,
        )
        return ev


BLAME_CODE = "112"
RESPONSE_THREAT_CODE = "138"  # threaten with military force: a response announced to force
RESPONSE_FORCE_ROOTS = frozenset({"18", "19", "20"})
ARREST_CODE = "173"  # arrest, detain or charge with legal action
HELD_CODES = frozenset({"173", "116"})  # arrested, jailed, convicted: held by someone
CONVICTION_CODE = "116"
PRISON_NOUNS = frozenset({"prison", "jail", "gaol", "cell", "custody", "detention"})
CLAIMED_PREPS = frozenset({"for", "in"})
# the acts a party is blamed for being behind: threats, protests, shows of force, coercion, force
BLAMED_ROOTS = frozenset({"13", "14", "15", "17", "18", "19", "20"})
REFERRING_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})
INTENT_ROOT = "03"
RESTRAINT_CODE = "0356"  # express intent to de-escalate military engagement
# warnings whose frame wraps no act a pattern knows: a threat only with a condition or a harm named
PLAIN_WARNINGS = frozenset({"threaten.warn-that", "threaten.warn-of", "threaten.warn-t-of", "threaten.warning-that-noun"})
WARNING_WORDS = frozenset({"warn", "warning"})
ANONYMITY_VERBS = frozenset({"name", "identify", "quote", "cite"})
ENFORCERS = frozenset({"police", "army", "troops", "force", "forces", "military", "government", "authority",
                       "authorities", "security", "regime"})
HARM_WORDS = frozenset({"consequence", "consequences", "repercussion", "retaliation", "reprisal", "response",
                        "action", "measure", "measures", "punishment", "price", "retribution", "revenge",
                        "vengeance", "reprisals"})
PAYING_DEARLY = frozenset({"dearly", "heavily"})  # "will pay dearly": suffer for one's act
# a decision or vow not to do a cooperative act refuses it ("decided not to meet X")
DECISION_VERBS = frozenset({"decide", "choose", "opt", "resolve", "vow", "pledge", "promise", "swear"})
# acts that, announced on a condition, threaten: force, and reducing relations, aid or trade (16x)
COERCIVE_ROOTS = HOSTILE_ROOTS | {"16"}
OFFER_ROOT = "03"
# speech-act nouns whose answer says they were made, and the CAMEO root of making them
SPEECH_ACT_NOUNS = {"offer": OFFER_ROOT, "proposal": OFFER_ROOT, "invitation": OFFER_ROOT, "overture": OFFER_ROOT,
                    "demand": "10", "request": "02", "call": "02", "appeal": "02", "plea": "02",
                    "accusation": "11", "allegation": "11", "complaint": "11", "warning": "13", "threat": "13",
                    "ultimatum": "13"}
REFUSAL_ROOT = "12"
REJECT_FRAME = "reject"
INVITATION_PREPS = frozenset({"at", "on", "upon"})  # "at the invitation of X", "on X's invitation"
# the nouns of an act done because another party asked for it, and the frame of asking
ASKED_FOR = {"invitation": "invite", "request": "appeal", "behest": "appeal"}
ASKED_RULES = {"invite": "invited", "appeal": "requested"}
REDUCTION_ROOT = "16"  # reduced relations, aid or presence
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})
MEDIATION_CODE = "045"
MEDIATION_INTENT_CODE = "039"
# verbs whose object is a topic: "discussed the war with Biden"
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "address"})
WITH = frozenset({"with"})
ACCUSE_FRAME = "accuse"
SIGNING_CODE = "057"
# "Qatari mediators", "UN facilitators": an actor named as the third party of talks
MEDIATOR_NOUNS = frozenset({"mediator", "facilitator", "intermediary", "go-between"})
DIRECT_TALK_CODES = frozenset({"040", "046"})
MEETING_CODE = "040"  # a meeting the parties of mediated talks had (not their talks, 046)
TALKS_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations"})  # what a broker's participle modifies
TALKS_CODE = "046"  # direct negotiation, whose breakdown is 164
MEDIATION_PREPS = frozenset({"under", "through", "via", "with"})  # "talks under Russian mediation"
# the weight of an act told only as what a frame presupposes ("reneged on its deal with X")
PRESUPPOSED_WEIGHT = 0.7


def _owned_by_pronoun(tok: Token) -> bool:
    """ "his group", "their fighters": a noun its possessive pronoun ties to someone named before."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(tok))


def _extraposed(clause: Token) -> bool:
    """A for-to clause hung on a copula whose subject is an expletive "it" ("it was possible for
    Turkey to renege"): the clause is the copula's real subject."""
    head = clause.head
    return clause.dep_ in ("advcl", "xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause)) \
        and head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids(head))


def _refused_by_no_one(fb: Binding, x: Token) -> bool:
    """ "Washington's accusations against Beijing were rejected": a speech act refused by no one
    named was still made, and is coded on its own (not as what the refusal is about)."""
    return fb.pattern.frame == REJECT_FRAME and fb.passive and not fb.agents \
        and x.lemma_.lower() in SPEECH_ACT_NOUNS and bool(speech_act_owners(x))


def _own_addressees(act: Reading) -> list[Token]:
    """Whom a speech-act noun's own words address: the subject of the clause it wraps ("demands
    that Syria withdraw"), or its own target phrase ("accusations against Beijing"); not the
    target of an act it asks for ("a request for the extradition of X" is not put to X). A
    pronoun there is mostly the refuser ("rejected the accusation that it shelled the plant")."""
    if act.inner:
        return [c for x in act.inner[0].wrapped if x.pos_ in ("VERB", "AUX")
                for c in kids(x) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    return [] if act.incomplete else act.targets


def _refusal(r: Reading) -> bool:
    """Whether a reading refuses or denies what it is about: the refuser is whom it was put to."""
    return r.code[:2] == REFUSAL_ROOT or r.code == DENIAL_CODE


def speech_act_owners(noun: Token) -> list[Token]:
    """Who made a speech act a noun names: its possessor, national or compound modifier
    ("Iran's offer", "Turkish demands", "a US request") or "by"/"from" phrase ("demands by Ankara")."""
    return [c for c in kids(noun) if c.i < noun.i and c.dep_ in ("poss", "compound", "amod", "nmod")] \
        + [o for a in preps_of(noun, frozenset({"by", "from"})) for o in pobjs(a)]


def _describing(head: Token) -> bool:
    """A present participle that describes a noun ("forces fighting in Syria"), not what a
    document says ("a declaration demanding elections")."""
    return head.tag_ == "VBG" and head.dep_ == "acl" and head.head.lemma_.lower() not in DOCUMENT_NOUNS


def _met_in_person(doc: Doc, ev: Event) -> bool:
    """"The two leaders met in talks brokered by X", "shook hands": the parties of mediated talks
    who are said to meet each other did meet (040), though their talks are the mediator's (045)."""
    return ev.cameo == MEETING_CODE and ev.anchor is not None and doc[ev.anchor].pos_ == "VERB"


def _names_mediator(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in MEDIATOR_NOUNS or (lemma == "mediation" and tok.dep_ == "pobj" and tok.head.lower_ in MEDIATION_PREPS)


def _agreement(r: Reading) -> bool:
    """Whether what a reading brokers is an agreement ("a deal brokered by X", "X brokered an
    accord"), not talks or a truce between parties it leaves unnamed."""
    b = r.binding
    brokered = [*b.obj_nouns, *r.targets, *([b.head.head] if b.head.dep_ == "acl" else [])]
    return any(t.lemma_.lower() in AGREEMENT_NOUNS for t in brokered)


CONTENT_ROOTS = {"11", "12", "13", "10", "02"}


# the clauses that bound what a speech act commits to or asks for ("until", "unless", "if")
LIMIT_MARKS = CONDITION_MARKS | {"until", "till"}
FORETELLING_AUX = frozenset({"would", "will", "could", "might", "'ll", "wo"})
HARM_SUFFERED = frozenset({"face", "pay", "suffer", "regret", "bear"})  # "would face consequences if ..."


def _asks_anonymity(r: Reading) -> bool:
    """"asked not to be named", "declined to be identified", "refused to be quoted"."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and any(a.dep_ == "auxpass" for a in kids(c))
               for c in kids(r.head))


def _warns_of_a_state(r: Reading) -> bool:
    """A warning whose content is a state of affairs, not what anyone would do: no condition,
    no harm named, no act a pattern knows inside ("warned that unemployment is rising")."""
    if r.code != PLAIN_THREAT_CODE or r.head.lemma_.lower() not in WARNING_WORDS or condition_clauses(r) \
            or _warns_of_harm(r):
        return False
    if r.default and r.rules[0] in PLAIN_WARNINGS:
        return True
    # the plain "warned" with its content in a that-clause or an of-phrase it did not read
    return len(r.rules) == 1 and any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in ("of", "about")
                                     for c in kids(r.head))


def _warns_of_harm(r: Reading) -> bool:
    """Whether a warning names what the speaker would do ("warned of serious consequences",
    "warned that it would respond"), or force (refined to 138)."""
    words = {t.lemma_.lower() for t in r.head.subtree}
    if words & (HARM_WORDS | FORCE_WORDS):
        return True
    # "warned that it would act", "warned that police will no longer tolerate rallies": what the
    # speaker or the state's forces will do
    # ("a warning that it would act": a noun's clause)
    clauses = content_clauses(r.head) if r.head.pos_ == "NOUN" else [c for c in kids(r.head) if c.dep_ == "ccomp"]
    return any(any(a.lower_ in FUTURE_AUX for a in kids(c))
               and (any(s.dep_ == "nsubj" and (s.lower_ in OWN_PRONOUNS or s.lemma_.lower() in ENFORCERS)
                        for s in kids(c)) or _made_to_suffer(c)) for c in clauses)


def _made_to_suffer(clause: Token) -> bool:
    """ "warned that Russia will pay for this", "... will pay dearly", "will regret it", "will be
    punished": a party foretold to suffer for what it did is threatened (not one that pays a sum,
    "will pay more for its debt")."""
    lemma = clause.lemma_.lower()
    if lemma == "pay":
        # (the parser may make the clause's "that" its object)
        return not any(c.dep_ in ("dobj", "obj", "dative") and c.pos_ != "SCONJ" for c in kids(clause)) and any(
            c.dep_ == "advmod" and c.lower_ in PAYING_DEARLY or c.dep_ == "prep" and c.lower_ == "for"
            for c in kids(clause))
    return lemma == "regret" or lemma == "punish" and any(c.dep_ == "auxpass" for c in kids(clause))


def _in_relative_clause(tok: Token) -> bool:
    while tok.dep_ != "ROOT" and tok.head is not tok:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _in_subordinate_clause(tok: Token) -> bool:
    """Whether the act's head, or a clause above it, is an adverbial clause opened by a
    subordinator ("as", "while", "after" ...) on a main clause."""
    while tok.dep_ != "ROOT" and tok.head is not tok:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in kids(tok)):
            return True
        tok = tok.head
    return False


def _participial_adjunct(tok: Token) -> bool:
    """A present participle with no subject or mark of its own hung on a finite verb after a comma
    ("rejected the offer, urging X to ...", "struck the town, killing 30")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.pos_ not in ("VERB", "AUX") or tok.head.i > tok.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(tok)):
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _reduced_relative(tok: Token) -> bool:
    """A participle on a noun ("the rally staged by students"), the act's head or a clause above it."""
    while tok.dep_ != "ROOT" and tok.head is not tok:
        if tok.dep_ == "acl" and tok.tag_ in PARTICIPLE_TAGS and tok.head.pos_ in NOMINALS:
            return True
        tok = tok.head
    return False


def _complement_conjuncts(verb: Token) -> list[Token]:
    """ "appealed to the government to let them resume publishing and compensate them": an act
    the parser coordinates with the wrapped act's own complement, sharing its subject, is asked
    for too (not one coordinated with its own subject: "to let them in, and Iran agreed")."""
    return [c for x in kids(verb) if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB"
            for c in kids(x) if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(c))]


def _claimed_nouns(r: Reading) -> list[Token]:
    """The acts a claim of responsibility names: its target slot ("claimed responsibility for
    the attack"), for an adjective its own "for" object ("responsible for the attack"), for a
    preposition its object ("was behind the attack")."""
    if r.head.pos_ == "ADP":
        return pobjs(r.head)
    return r.binding.targets or [x for p in preps_of(r.head, CLAIMED_PREPS) for x in pobjs(p)]


CONTENT_PREPS = {"of", "for", "over", "about", "against"}
# "negotiations on an Israeli pullback", "talks about sanctions": the topic of talks is not an event
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}


# "blamed X for the failure of the talks": the failure is a fact the blame presupposes, not an
# allegation (the blamed party is not the source of the talks' collapse either). Only blame and
# criticism presuppose it: "warned of a collapse of the talks" is a forecast.
PRESUPPOSED_NOUNS = frozenset({"collapse", "breakdown", "failure"})


def _presupposed(r: Reading, prep: Token) -> bool:
    return r.code[:2] == "11" and any(o.lemma_.lower() in PRESUPPOSED_NOUNS for o in pobjs(prep))


DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})


def _denied_report(fb) -> bool:
    """Whether an accusation noun is what a party denies ("rejected allegations that ...")."""
    return fb.pattern.pos == "noun" and fb.head.dep_ in ("dobj", "nsubjpass") \
        and fb.head.head.lemma_.lower() in DENYING_VERBS


def _content(r: Reading) -> set[int]:
    """The content of an accusation, criticism or demand ("accused Iran *of attacking ships*") is
    not an event of its own: its tokens are used up by the speech act."""
    if r.code[:2] == "04":
        hosts = [r.head, *[w for b in r.inner for w in b.wrapped]]
        return {t.i for h in hosts for c in kids(h) if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                for t in c.subtree}
    if r.code[:2] not in CONTENT_ROOTS:
        return set()
    out: set[int] = set()
    for host in [r.head, *[b.head for b in r.inner]]:
        for child in kids(host):
            if (child.dep_ == "prep" and child.lower_ in CONTENT_PREPS and not _presupposed(r, child)) \
                    or child.dep_ in ("ccomp", "pcomp"):
                out.update(t.i for t in child.subtree)
                # (not a finite act the parser hung on the content's verb: "warned that it will
                # treat X as war and threatens to ...")
                out.difference_update(t.i for c in kids(child) if c.dep_ == "conj" and misattached_conjunct(c)
                                      for t in c.subtree)
        if host.pos_ in ("NOUN", "PROPN") and not (r.code[:2] == "12" or r.code == "016"):
            # (what a rejected or denied report says is still coded, as denied)
            out.update(t.i for c in content_clauses(host) for t in c.subtree)
    # (a hyphenated participle describing a noun in the content is the writer's description, not
    # what was said: "said Russian-backed separatists must leave" still tells the backing)
    doc = r.head.doc
    out.difference_update(t.i for i in list(out) if hyphen_description(doc[i]) for t in doc[i].subtree)
    return out


# who arranges talks: the brokers, and those who host or convene them
ARRANGING_VERBS = MEDIATION_VERBS - {"mediate"} | {"arrange", "organize", "organise", "host", "convene"}


def _purpose_says_more(sc: SentenceCoder, r: Reading) -> bool:
    """ "arrived in New York to attend the General Assembly": a trip whose purpose clause is itself
    a meeting or visit is coded once, as the purpose (it names the counterpart)."""
    if r.code[:2] != "04":
        return False
    for child in kids(r.head):
        if child.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in kids(child)):
            if any(x.code[:2] == "04" and x.targets for x in sc.readings(child)):
                return True
    return False


def _present_state(adj: Token) -> bool:
    """Whether an adjective is predicated in the present tense ("is angry", "remain critical")."""
    verb = adj.head if adj.dep_ in ("acomp", "oprd") else adj
    return verb.lemma_ in ("be", "remain", "stay") and verb.tag_ in ("VBZ", "VBP")


def _protest_at_home(code: str, source: ActorMention, target: ActorMention) -> bool:
    """ "Thousands of Belarusians protested against Lukashenko": protesters with no name are
    coded by their country (conventions), and their protest is against their own state."""
    return code[:2] == PROTEST_ROOT and source.sector is None and source.cameo == source.country \
        and target.sector in STATE_SECTORS


def _mediations(ev: Event, mediator: ActorMention, sides: list[ActorMention], info, how: str,
                seen: set[tuple]) -> list[Event]:
    """The mediator's 045 with each side of the event ``ev``, those not coded already."""
    out = []
    for side in sides:
        mediated = replace(ev, source=mediator.actor(), target=side.actor(), cameo=info.code,
                           quad_class=info.quad_class, goldstein=info.goldstein, plover=plover_for(info.code),
                           coder=Coder("pattern", f"{ev.coder.rule}+{how}"), source_ref=mediator, target_ref=side,
                           flags=[*mediator.flags, *side.flags])
        key = _dedup_key(mediated)
        if key not in seen:
            seen.add(key)
            out.append(mediated)
    return out


def _subjectless_passive_gerund(verb: Token) -> bool:
    """ "after being convicted", "before being jailed": a passive gerund after a preposition, with
    no subject of its own."""
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids(verb)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))


# the civil organs through which a state itself acts (its government, legislature, courts); its
# forces stay a party of their own to force, the people an act harms are its victims, and rebels,
# the opposition and gangs are a side of their own ("mediated between Colombia and the ELN")
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD"})


def _covers(country: Actor | None, organ: Actor | None) -> bool:
    """Whether ``country`` is ``organ`` itself or the bare country one of whose civil organs
    ``organ`` is ("Cambodia" and "the Cambodian ambassador")."""
    if organ is None or country is None:
        return False
    return organ.cameo == country.cameo or (country.country is not None and country.cameo == country.country
                                            and organ.country == country.country and organ.sector in STATE_ORGANS)


def _organs_over_countries(events: list[Event]) -> list[Event]:
    """One act told of a country and of one of its bodies, on the same other party, in
    overlapping spans of one sentence, is one event ("downgraded relations with Cambodia,
    expelling the Cambodian ambassador"): the event naming the organ gives way to the one naming
    the country."""
    def covered(ev: Event, by: Event) -> bool:
        if ev is by or ev.cameo != by.cameo or ev.sentence != by.sentence \
                or ev.evidence_span[0] >= by.evidence_span[1] or by.evidence_span[0] >= ev.evidence_span[1]:
            return False  # (two clauses of a sentence may tell two acts: "held talks ... said they had begun work")
        pairs = [(by.source, by.target)] + ([(by.target, by.source)] if is_symmetric(ev.cameo) else [])
        return any(_covers(s, ev.source) and _covers(t, ev.target)
                   and (s.cameo, t.cameo) != (ev.source.cameo, ev.target.cameo) for s, t in pairs)

    return [ev for ev in events if ev.source is None or ev.target is None
            or not any(covered(ev, other) for other in events)]


def _dedup_key(ev: Event) -> tuple:
    pair = (ev.source.cameo if ev.source else None, ev.target.cameo if ev.target else None)
    if is_symmetric(ev.cameo):
        pair = tuple(sorted(pair, key=lambda x: x or ""))
    return (ev.sentence, ev.cameo, pair)


def _clause_span(doc: Doc, r: Reading, src_tokens: list[Token], sent: Span) -> tuple[int, int]:
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


def _trigger_span(doc: Doc, r: Reading) -> tuple[int, int]:
    tokens = sorted(r.consumed)
    if tokens[-1] - tokens[0] >= MAX_TRIGGER_TOKENS:
        tokens = [r.head.i]
    return token_span(doc, doc[tokens[0]], doc[tokens[-1]])


__all__ = ["EventCoder", "article_text"]


def _reporter_of(noun: Token) -> list[Token]:
    """The subject of the reporting verb whose reported clause has ``noun`` as its subject
    ("Washington said talks with Tehran had collapsed": Washington)."""
    clause = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return []
    return verb_subjects(clause.head)


SEIZURE_OF_POWER_CODE = "192"
SEIZURE_NOUNS = frozenset({"coup", "takeover", "putsch"})
# a seizure that did not happen or is only said to have been planned: no 192
UNACHIEVED = frozenset({"failed", "foiled", "attempted", "abortive", "thwarted", "botched", "alleged", "planned",
                        "possible", "potential", "would-be"})


def _seized_in_places(r: Reading, sources: list[ActorMention],
                      targets: list[ActorMention]) -> list[tuple[ActorMention, ActorMention]]:
    """ "military takeovers in Niger, Mali and Guinea", "the coup in Myanmar": a seizure of power
    the text tells only by the countries it happened in is each country's military taking power
    from its own government (conventions: 192, MIL on GOV), one event per country."""
    head = r.head
    if sources or not targets or r.code != SEIZURE_OF_POWER_CODE or r.inner \
            or r.binding.pattern.pos != "noun" or head.lemma_.lower() not in SEIZURE_NOUNS \
            or any(c.lower_ in UNACHIEVED for c in kids(head)) \
            or not all(is_country_place(t) and t.country for t in targets):
        return []
    out = []
    for t in dict.fromkeys(t.country for t in targets):
        agent = ActorMention(doc_id=targets[0].doc_id, text="", start=head.idx, end=head.idx, cameo=t + "MIL",
                             country=t, sector="MIL", resolved_by="seizure", id=f"country:{t}")
        ruled = next(x for x in targets if x.country == t)
        out.append((agent, replace(ruled, cameo=t + "GOV", sector="GOV", role=None, name=None, members=[],
                                   id=f"country:{t}", resolved_by="seizure")))
    return out
