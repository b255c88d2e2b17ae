"""The pattern coder: from a parsed, actor-resolved article to CAMEO/PLOVER event records.

For every sentence with an actor, each predicate is matched against the lexicon (its readings come
from ``readings.py``). Frames compose:
"hopes to open negotiations with X" is intent(carry(talk-with)) = 036; "refused to meet him" is
reject(meet) = 125. The outermost reading that yields a dyad wins and consumes the tokens of the
readings inside it. One event is emitted per source-target pair (compound actors and plural
referents give several); a pair with the same actor on both sides is not an event.

This module owns the sentence loop (which readings are coded, which tokens they use up) and the
acts that span readings (brokers, answers to speech acts, claimed acts, invitations, mediators).
The events of one reading are assembled in ``assembly.py``; clause-shape predicates live in
``clauses.py``, speech-act predicates in ``speech.py``, record spans and dedup keys in
``records.py``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from eventwire.model import ActorMention, Article, Coder, Event
from eventwire.nlp import (
    article_text,
    doc_actors,
    kids,
    misattached_conjunct,
    token_span,
)
from eventwire.ontology import cameo_codes, plover_for

from .argument_actors import actors_of, subject_actors
from .arguments import (
    source_tokens,
)
from .assembly import (
    MEDIATION_CODE,
    ReadingAssembly,
)
from .clauses import (
    case_acts,
    complement_conjuncts,
    extraposed,
    justification_clauses,
)
from .conditions import CONDITION_MARKS, is_condition, said_not_to_happen
from .frame_coding import ASKING_FRAMES
from .lexicon import Lexicon, default_lexicon
from .mediation import (
    MEDIATOR_NOUNS,
    mediations,
    met_in_person,
    named_mediations,
    names_mediator,
    participle_mediators,
)
from .mediation import TRIGGERS as MEDIATION_TRIGGERS
from .mutuality import FORCE_ROOT
from .readings import (
    CARRY_FRAME,
    CLAIM_CODE,
    CONTENT_FRAMES,
    DENIAL_CODE,
    Reading,
    SentenceCoder,
    modal_holds,
    purpose_clause,
)
from .records import (
    add_unseen,
    counted_casualties,
    dedup_key,
    organs_over_countries,
    victims_over_places,
)
from .refine import STATE_SECTORS, armed
from .sides import same_actor, same_dyad
from .speech import (
    OFFER_ROOT,
    SPEECH_ACT_NOUNS,
    claimed_nouns,
    denial_told_as_claim,
    denied_report,
    own_addressees,
    refused_by_no_one,
    refuses,
    speech_act_owners,
    speech_content,
)
from .subjects import verb_subjects
from .syntax import pobjs, preps_of
from .targets import MEDIATION_VERBS
from .verdicts import verdict_arguments
from .wrapped_acts import joined_acts

# settlements a third party may broker: agreements, cooperation, concessions and truces, releases
SETTLEMENT_ROOTS = frozenset({"03", "05", "06", "08"})
SETTLEMENT_PREPS = frozenset({"in", "under", "through", "as", "to"})  # "swapped prisoners in a deal ..."
HALT_FRAME = "halt"


# what a permission allows ("denied X permission to send troops") has not happened
PERMISSION_NOUNS = frozenset({"permission", "authorization", "authorisation", "approval", "clearance", "licence",
                              "license", "permit", "go-ahead"})

# an act named as only reported or suspected ("denounced reported air raids by Chad",
# "the alleged attacks by Sudan") is what another act is about, not a fact the text states
ALLEGED_MODIFIERS = frozenset({"alleged", "reported", "suspected", "purported", "rumoured", "rumored",
                               "supposed", "claimed"})


class EventCoder(ReadingAssembly):
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
            if sent.start in discarded or not any(i in actors for i in range(sent.start, sent.end)):
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
        wrapped = [x for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame in CONTENT_FRAMES
                   and not fb.pattern.keeps_object
                   for x in fb.wrapped if modal_holds(fb.pattern, x) and not refused_by_no_one(fb, x)]
        # (an act coordinated with it is content even when it is a frame of its own: "urged X to
        # free the crew and impose sanctions on Y", "refused to meet or hold talks with Y")
        joined = {c.i for x in wrapped for c in joined_acts(x)}
        content = joined | {y.i for x in wrapped
                            for y in [x, *(c for c in kids(x) if c.dep_ == "conj" and c.pos_ == x.pos_
                                           and misattached_conjunct(c) is None),
                                      *complement_conjuncts(x)]}
        # an alleged act is content too, also when the accuser is no actor ("a report alleged that
        # the French military helped ...")
        # (not the allegation a party denies: "rejected allegations that Russia had attacked ships"
        # codes the attack, denied)
        content |= {x.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame == ACCUSE_FRAME
                    and not denied_report(fb)
                    for w in fb.wrapped for x in [w, *(c for c in kids(w) if c.dep_ == "conj")]}
        # and so is what the wrapped act is subordinated to, whether the parser hangs it on the act
        # or on the frame ("vowed to fight until they control the north"): part of the vow
        # ("since he was detained" is background, not part of it)
        bounds = [doc[i] for i in content] + [fb.head for fbs in sc.frames.values() for fb in fbs
                                              if fb.pattern.frame in CONTENT_FRAMES]
        content |= {c.i for h in bounds for c in kids(h) if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in LIMIT_MARKS for m in kids(c))}
        # and so is what a pledge lasts until ("said they would free no one until X agreed to
        # Y"), with the acts it wraps ("until Israel agreed to free prisoners" frees no one); the
        # terms an "unless" sets on a pledge are a demand, read as one, and so is what a refused
        # act waits for ("would not resume aid until Y frees ...": conditions.condition_setter)
        limits = {y.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame == PLEDGE_FRAME
                  for x in fb.wrapped if modal_holds(fb.pattern, x) and not said_not_to_happen(x)
                  for c in kids(x) if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in UNTIL_MARKS
                                                                for m in kids(c))
                  for y in [c, *(k for k in kids(c) if k.dep_ in ("xcomp", "ccomp"))]}
        content |= limits
        # an appeal's or demand's purpose is what is asked for too ("called for the withdrawal of
        # foreign forces to end the war"): the askers do not end the war, on each other or anyone
        # (its head and the acts it wraps, not the background hung on it: "since he was detained")
        asked = {y.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame in ASKING_FRAMES
                 for c in kids(fb.head) if purpose_clause(c)
                 for y in [c, *(x for x in kids(c) if x.dep_ in ("xcomp", "conj", "dobj")
                                and misattached_conjunct(x) is None)]}
        # the condition of a consequence foretold is no act ("Minsk would pay a price if
        # it seized the port"): nobody plans it
        # (the sentence's words, gathered once, say whether any token need be visited)
        content |= {c.i for h in (sent if not HARM_SUFFERED.isdisjoint(sc.lemmas) else ())
                    if h.lemma_.lower() in HARM_SUFFERED
                    and any(a.dep_ == "aux" and a.lower_ in FORETELLING_AUX for a in kids(h))
                    for c in kids(h) if is_condition(c)}
        # nor is the case a plain "if" puts, with all it tells ("if Y sends troops to protect Z,
        # nobody can stop X", "X would gain nothing if Y expelled its envoy"): nobody plans or
        # announces it (the terms an "only if" sets are a demand, read as one)
        cases = {t.i for h in (sent if "if" in sc.words else ()) for c in kids(h) for t in case_acts(c)}
        # "said it was conceivable for Chile to leave the treaty", "it would be unwise for X to
        # attack": an act in an extraposed for-to clause is what is judged possible or wise, no act
        judged = {y.i for m in (sent if "for" in sc.words else ()) if m.lower_ == "for" and m.dep_ == "mark"
                  and extraposed(m.head)
                  for y in [m.head, *(c for c in kids(m.head) if c.dep_ == "conj")]}
        content |= judged
        # "denied Israel permission to send troops", "a licence to export arms": what a permission
        # allows has not happened (giving or refusing the permission is the act)
        permitted = {c.i for h in (sent if not PERMISSION_NOUNS.isdisjoint(sc.lemmas) else ())
                     if h.lemma_.lower() in PERMISSION_NOUNS for c in kids(h)
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
        # a light verb asked for ("urged the AU to send troops") frames no act of its own: what it
        # carries is its noun's act, asked for like any other (nobody sent any), also when the asker
        # is no actor; a light verb foretold may be a threat of its own ("vowed X would pay a price")
        carried = {x.i for fbs in sc.frames.values() for fb in fbs if fb.pattern.frame in ASKING_FRAMES
                   for x in fb.wrapped if all(f.pattern.frame == CARRY_FRAME for f in sc.frames.get(x.i, ()))}
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
                if (i in consumed and i not in halted) or i in asked or i in judged or i in permitted or i in cases \
                        or (i in content and (i not in sc.frames or i in joined or i in carried)) or i in limits:
                    continue
                also = False  # after an also_act frame: the head's own action, once
                verdict_only = False  # after an act: only a verdict on it ("described it as an important accord")
                for reading in sc.readings(doc[i]):
                    if reading.content or _purpose_says_more(sc, reading) \
                            or (also and reading.binding.pattern.frame) \
                            or (verdict_only and not reading.binding.pattern.verdict):
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
                    consumed |= reading.consumed | reading.joined | speech_content(reading)
                    if "say" in sc.lemmas:
                        # (not what the saying itself does: "..., saying X should withdraw" is an appeal)
                        consumed |= {t.i for c in justification_clauses(doc[i])
                                     if not any(modal_holds(fb.pattern, c) for fb in sc.frames.get(c.head.i, ()))
                                     for t in c.subtree}
                    for ev in found:
                        add_unseen(events, seen, ev)
                    if reading.binding.pattern.also_act and not also:
                        also = True
                        continue
                    if not reading.binding.pattern.verdict and not verdict_only and any(
                            v.binding.pattern.verdict for v in sc.readings(doc[i])):
                        # "described it as the most important accord between A and B": the noun
                        # tells the accord and is the speaker's judgement of it, an act of its own
                        verdict_only = True
                        continue
                    break
        if any(e.cameo[:3] == DEESCALATION_CODE for e in events):
            events = [e for e in events if not _third_party_halt(e, events)]
        if any(e.cameo == DENIAL_CODE for e in events):
            events = [e for e in events if not denial_told_as_claim(doc, e, events)]
        # "took to the streets to protest against Lukashenko": one protest, the one aimed at someone;
        # "called for a general strike and urged the army not to shoot": one appeal, the one made
        # to someone (whatever each act asked for)
        aimed = {(e.source.cameo, e.cameo[:2]) for e in events if e.target is not None}
        events = [e for e in events if e.target is not None or (e.source.cameo, e.cameo[:2]) not in aimed]
        if len(events) > 1:
            events = counted_casualties(doc, victims_over_places(doc, organs_over_countries(events)))
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
                                       lambda ev, s, ts, code, again=False: mediations(
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
                out += mediations(ev, m, sides, self.codes[MEDIATION_CODE], "broker", seen)
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
                if root is None or root != OFFER_ROOT and not refuses(r):
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
                    addressees = actors_of(doc, own_addressees(act)) or addressees
                elif act.code == MEDIATION_INTENT_CODE:
                    # "rejected an ASEAN proposal of brokering a dialogue with the insurgents": an offer to
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
            acts = [x for noun in claimed_nouns(r)
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
                        add_unseen(out, seen, invited)
        return out

    def _mediators(self, doc: Doc, sent: Span, events: list[Event], seen: set[tuple]) -> list[Event]:
        """ "Talks between A and B stalled, but Norwegian mediators said they would resume", "held
        talks in Moscow under Russian mediation": the mediators a sentence names for the talks
        between two other parties in it mediate with each side (045); the talks are not direct
        negotiations (046), nor are they when the sentence codes the mediation already ("Russia
        mediated talks between A and B"). Their breakdown stays."""
        mediators = [a for t in sent if names_mediator(t) for a in actors_of(doc, [t])]
        coded = {(e.source.cameo, e.target.cameo) for e in events if e.cameo == MEDIATION_CODE and e.target}
        out: list[Event] = []
        for ev in events:
            sides = [a for a in (ev.source_ref, ev.target_ref) if a is not None]
            if len(sides) < 2 or not (ev.cameo[:2] == "04" or ev.cameo == "164") or ev.cameo == MEDIATION_CODE:
                out.append(ev)
                continue
            if any((m, sides[0].cameo) in coded and (m, sides[1].cameo) in coded for m, _ in coded):
                if ev.cameo not in DIRECT_TALK_CODES or met_in_person(doc, ev):
                    out.append(ev)
                continue
            if not mediators or any(same_actor(m, sides) for m in mediators):
                out.append(ev)
                continue
            if ev.cameo in DIRECT_TALK_CODES and not met_in_person(doc, ev):
                seen.discard(dedup_key(ev))
            else:
                out.append(ev)
            for m in mediators:
                out += mediations(ev, m, sides, self.codes[MEDIATION_CODE], "mediators", seen)
        return out


INVITATION_PREPS = frozenset({"at", "on", "upon"})  # "at the invitation of X", "on X's invitation"
# the nouns of an act done because another party asked for it, and the frame of asking
ASKED_FOR = {"invitation": "invite", "request": "appeal", "behest": "appeal"}
ASKED_RULES = {"invite": "invited", "appeal": "requested"}
REDUCTION_ROOT = "16"  # reduced relations, aid or presence
MEDIATION_INTENT_CODE = "039"
ACCUSE_FRAME = "accuse"
PLEDGE_FRAME = "pledge"
DIRECT_TALK_CODES = frozenset({"040", "046"})
# the weight of an act told only as what a frame presupposes ("reneged on its deal with X")
PRESUPPOSED_WEIGHT = 0.7


# the clauses that bound what a speech act commits to or asks for ("until", "unless", "if")
UNTIL_MARKS = frozenset({"until", "till"})
LIMIT_MARKS = CONDITION_MARKS | UNTIL_MARKS
FORETELLING_AUX = frozenset({"would", "will", "could", "might", "'ll", "wo"})
HARM_SUFFERED = frozenset({"face", "pay", "suffer", "regret", "bear"})  # "would face consequences if ..."
DEESCALATION_CODE = "087"


def _third_party_halt(ev: Event, events: list[Event]) -> bool:
    """ "a resolution that ended the war between Israel and Hezbollah", "Russia halted the
    fighting between Armenia and Azerbaijan": de-escalation (087) is a fighting side's act; a
    party that ends a fight told in the sentence between two others is no side of it (the fight
    stays coded, as the halt presupposes; brokering it is mediation, coded by its own words)."""
    if ev.cameo[:3] != DEESCALATION_CODE or ev.source is None or ev.target is None:
        return False
    sides = {_party(side) for e in events if e.cameo[:2] == FORCE_ROOT and e.target is not None
             for side in (e.source, e.target)}
    return _party(ev.target) in sides and _party(ev.source) not in sides


def _party(actor) -> str | None:
    """The country an actor belongs to, or its own code when it has none (an organisation)."""
    return (actor.country or actor.cameo) if actor is not None else None


def _purpose_says_more(sc: SentenceCoder, r: Reading) -> bool:
    """ "flew to Geneva to take part in the WHO assembly": a trip whose purpose clause is itself
    a meeting or visit is coded once, as the purpose (it names the counterpart)."""
    if r.code[:2] != "04":
        return False
    for child in kids(r.head):
        if child.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in kids(child)):
            if any(x.code[:2] == "04" and x.targets for x in sc.readings(child)):
                return True
    return False


__all__ = ["EventCoder", "article_text"]


