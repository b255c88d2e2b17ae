"""Assembly: the events of one reading, once the sentence coder has chosen it.

``ReadingAssembly._events`` turns a reading (a pattern's code over a predicate, with what it wraps)
into events: it finds the sources (subjects, reporters, owners, document authors, unnamed
attackers, custodians, a state's military for a seizure of power) and targets (bound, recovered,
mediated, reacted to), falls back where the clause names none, splits mediation into the
mediator's 045 with each side, and applies the modifiers that change the code or the weight: a
conditional threat, an announced refusal, talks that collapsed, an act told in a relative or
subordinate clause, a participle or an adjunct. ``_event`` builds one record.

``_events`` runs these as named steps, in order, over a ``_Draft`` (the reading and the parties
found so far); a step that finds the reading is no event returns False. The steps that pair each
source with its targets are in dyads.py, those that find who acts in roles.py; the re-codings (a
conditional threat, an announced refusal, collapsed or mediated talks) in recoding.py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from eventwire.model import ActorMention, Article, Coder, Event
from eventwire.nlp import kids, misattached_conjunct
from eventwire.ontology import plover_for

from .argument_actors import actors_of, subject_actors
from .arguments import (
    participle_host,
    retaliated_against,
    source_tokens,
    unanswered_vow,
)
from .clauses import (
    aimed_act,
    background_clause,
    in_relative_clause,
    in_subordinate_clause,
    participial_adjunct,
    present_state,
    reduced_relative,
    subjectless_passive_gerund,
)
from .conditions import condition_clauses
from .dyads import _accord, _directed_pairs, _pairs
from .event_roots import event_roots
from .matcher import head_keys
from .mediation import MEDIATION_CODE
from .mutuality import (
    ADDRESSED_SPEECH_ROOTS,
    RELEASE_CODE,
    mutual_combat,
)
from .non_events import not_an_act
from .own_state import seized_in_places, seizing_forces
from .places import unnamed_attackers, unnamed_custodians
from .reactions import co_doers, earlier_actor
from .readings import CLAIM_CODE, DENIAL_CODE, IGO_PREFIX, Reading
from .recoding import (
    COERCIVE_ROOTS,
    TALKS_CODE,
    announced_refusal,
    collapsed,
    conditional_threat,
    continued_talks,
    mediated_talks,
)
from .records import clause_span, trigger_span
from .refine import PLAIN_THREAT_CODE, VISIT_CODE, people_seized, refine
from .roles import (
    RESPONSE_FORCE_ROOTS,
    RESPONSE_THREAT_CODE,
    _clause_sources,
    _parties_in_targets,
    _swapped_roles,
)
from .roots import HARM_ROOTS, HOSTILE_ROOTS, THREAT_ROOT
from .sides import same_actor, same_dyad, same_side
from .speech import claimed_nouns
from .subjects import verb_subjects
from .syntax import hyphen_agent, pobjs, preps_of
from .targets import (
    PLAIN_REJECTION_CODE,
    REJECT_FRAME,
    TALK_REFUSAL_CODES,
    reaction_cause_doers,
    recover_targets,
)
from .told_parties import asker_of_refused, talks_counterparts
from .verdicts import faulted_arguments, foretold_arguments, verdict_arguments

log = logging.getLogger(__name__)

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
# "rejected the proposal, urging India to ...": an act told in a participial adjunct goes with the
# clause's main act, which the sentence is about; it is coded, but ranks below that act
ADJUNCT_CONFIDENCE = 0.5
BLAME_CODE = "112"
ARREST_CODE = "173"  # arrest, detain or charge with legal action
HELD_CODES = frozenset({"173", "116"})  # arrested, jailed, convicted: held by someone
CONSULTING_VERBS = frozenset({"consult"})  # (not "demands are met": no party consulted)
# what a party says of another's act in the breath it says it was not consulted: criticism,
# rejection, an appeal or a demand ("condemned the deal and said it had not been consulted")
COMPLAINT_ROOTS = frozenset({"02", "10", "11", "12"})
CONVICTION_CODE = "116"
PRISON_NOUNS = frozenset({"prison", "jail", "gaol", "cell", "custody", "detention"})
# the acts a party is blamed for being behind: threats, protests, shows of force, coercion, force
BLAMED_ROOTS = frozenset({"13", "14", "15", "17", "18", "19", "20"})
REFERRING_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})  # what a visitor can be in
PARTY_PREPS = frozenset({"between"})  # "an agreement between A and B": the phrase that names its parties
REFUSAL_ROOT = "12"


@dataclass
class _Draft:
    """One reading's events in the making: the reading, where it stands, and what the steps of
    ``ReadingAssembly._events`` have found so far; each step reads it and updates it in turn."""

    article: Article
    doc: Doc
    sent: Span
    n: int
    r: Reading
    targetless: bool  # the coder's second pass: an act whose target the text does not name
    fallback_only: bool  # that pass once the sentence has events
    consumed: set[int] | None  # the coder's predicates coded already (this reading adds to it)
    arguments: set[int] | None  # the coder's tokens that are coded acts' arguments (likewise)
    src_tokens: list[Token] = field(default_factory=list)
    target_tokens: list[Token] = field(default_factory=list)
    fallback: list[Token] = field(default_factory=list)  # noun phrases that may name the target
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    purposes: list[Token] = field(default_factory=list)  # hostile purpose clauses that named the targets
    modifier: bool = False  # the act is named by a hyphenated modifier ("US-backed")
    mediated: bool = False  # talks through a third party, split into the mediator and the sides
    seized: list[tuple[ActorMention, ActorMention]] = field(default_factory=list)
    between: list[tuple[ActorMention, ActorMention]] = field(default_factory=list)
    half_pair: bool = False  # a symmetric act of which one party only is an actor we know
    asking: bool = False  # co-askers ask others, not each other
    pairs: list[tuple[ActorMention, ActorMention | None]] = field(default_factory=list)


def _visitors_and_places(d: _Draft) -> tuple[list[ActorMention], list[ActorMention]]:
    """Being in a place is a visit (042) only by a state's official ("while the minister was in
    Lima"), not by troops or a people, and only to a place the clause names (a place name, not
    "in talks", "in the government") of another state than the visitor's."""
    places = {t.i for t in d.target_tokens if t.ent_type_ in PLACE_ENTITIES}
    visitors = [s for s in d.sources if s.sector == "GOV" and s.country]
    targets = [t for t in d.targets if t.country and any(t.start <= d.doc[i].idx < t.end for i in places)
               and all(t.country != s.country for s in visitors)]
    return visitors, targets


def _vowers(doc: Doc, vowed: Token) -> list[ActorMention]:
    """Who vows at ``vowed`` that an act will not go unpunished: its subject, or, for "Pakistan
    said it would not let the raids go unpunished", the speaker whose own "it" it is."""
    vowers = subject_actors(doc, verb_subjects(vowed))
    if not vowers and vowed.dep_ == "ccomp":
        vowers = subject_actors(doc, verb_subjects(vowed.head))
    return vowers


def _weight(d: _Draft) -> float:
    """How certain the events are: less for an act whose target the text does not name, and for
    one told in a hyphenated modifier, a relative or subordinate clause, a participle or an
    adjunct rather than as the clause's own predicate."""
    head = d.r.binding.head
    confidence = 1.0 if not d.targetless or d.r.no_target else TARGETLESS_CONFIDENCE
    if d.modifier:
        confidence *= MODIFIER_CONFIDENCE
    elif in_relative_clause(head):
        confidence *= RELATIVE_CLAUSE_CONFIDENCE
    elif reduced_relative(head):
        confidence *= REDUCED_RELATIVE_CONFIDENCE
    elif in_subordinate_clause(head):
        confidence *= SUBORDINATE_CLAUSE_CONFIDENCE
    elif participial_adjunct(head):
        confidence *= ADJUNCT_CONFIDENCE
    return confidence


class ReadingAssembly:
    """The per-reading half of ``EventCoder``: from one reading to its events.

    A mixin: it reads the coder's ``lex`` (the lexicon), ``codes`` (the CAMEO codebook) and the
    per-article state ``EventCoder`` keeps (``_earlier``: the events told before; ``_current``: the
    sentence's events so far; ``_brokers_named``: the mediators a participle names in it).
    """

    def _events(self, article: Article, doc: Doc, sent: Span, n: int, r: Reading,
                targetless: bool = False, fallback_only: bool = False, consumed: set[int] | None = None,
                arguments: set[int] | None = None) -> list[Event]:
        """The events of reading ``r`` of sentence ``n``: its parties found step by step (each step
        may find that the reading is no event), paired, weighted and built into records, with the
        acts it also implies. ``targetless`` is the coder's second pass (an act whose target the
        text does not name), ``fallback_only`` that pass once the sentence has events;
        ``consumed`` and ``arguments`` are the coder's sets of the sentence's predicates coded
        already and of the tokens that are coded acts' arguments, which this reading adds to."""
        if r.code not in self.codes:
            log.debug("rule %s produced unknown code %s", r.rules, r.code)
            return []
        r = conditional_threat(r, self.lex, self.codes) or r
        if not_an_act(r):
            return []
        d = _Draft(article, doc, sent, n, r, targetless, fallback_only, consumed, arguments)
        if not (self._argument_tokens(d) and self._reported_parties(d)):
            return []
        if targetless and consumed and any(t.i in consumed for t in d.src_tokens):
            return []  # "air strikes on Gaza killed five": the killing restates the strikes, coded already
        d.sources = _clause_sources(d)
        d.targets = actors_of(doc, d.target_tokens)
        if not (self._own_responsibility(d) and _swapped_roles(d) and self._resolved_targets(d)):
            return []
        _parties_in_targets(d)
        self._unnamed_parties(d)
        _accord(d)
        _pairs(d)
        if not d.sources and not d.pairs:
            return []
        _directed_pairs(d)
        confidence = _weight(d)
        self._note_use(d)
        return self._built(d, confidence)

    def _argument_tokens(self, d: _Draft) -> bool:
        """The tokens naming who acts and on whom, and the noun phrases that may name the
        target; a passive participle's clause anchors when the act was told. False for an act on
        oneself ("help Taiwan defend itself") and a continuing attitude ("Ankara is angry at")."""
        r, b = d.r, d.r.binding
        d.src_tokens = r.setter or source_tokens(b, self.lex.event_nouns)
        if r.context_anchor is None and b.passive and (host := participle_host(b)) is not None:
            d.r = replace(r, context_anchor=host)  # "in a speech delivered in X, Y said": when Y said it
        d.target_tokens, d.fallback = r.targets, [] if r.closed else r.fallback
        if any(t.lower_ in REFLEXIVES for t in d.target_tokens):
            return False  # "help Taiwan defend itself": an act on oneself is no interaction
        if b.pattern.attitude and present_state(b.head):
            return False  # "Ankara is angry at the US support": a continuing attitude, not a reaction
        return True

    def _reported_parties(self, d: _Draft) -> bool:
        """A judgement or a report that is itself the act takes its parties from the reported
        clause: "the plan was illegal, Syria said" (the speaker judges the owner of the thing
        judged), "Moscow said Kyiv would pay a price" (a threat to the party foretold to suffer),
        "Kenya said Uganda had failed to honour the deal" (criticism of the party said to fail).
        False when the reported clause names no such parties."""
        r, b = d.r, d.r.binding
        if b.pattern.verdict:
            # "the plan was illegal, Syria said": the speaker judges the owner of the thing judged
            found = verdict_arguments(b.head)
            if found is None:
                return False
            clause, d.src_tokens, d.target_tokens = found
            if b.head.pos_ == "ADP" and not any(self._wrongdoing(x) for x in pobjs(b.head)):
                return False  # "said the army was behind him", "was behind the proposal": support or authorship
            # "described it as the most important accord between A and B": a judgement whose noun
            # names its parties is aimed at them when the thing judged names no one
            d.fallback = [b.head] if b.pattern.pos == "noun" and preps_of(b.head, PARTY_PREPS) else []
            # the report is the event itself (not attributed to its own speaker); the evidence
            # runs from the thing judged to the judgement. The copula is the judgement's own, so
            # its negation negates it ("said the sanctions were not illegal")
            # ("..., according to a UN report": the source the verdict rests on is its judge, so the
            # event is not also reported on its word)
            according = {c.i for c in kids(clause) if c.dep_ == "prep" and c.lower_ == "according"}
            said = clause
            while said.dep_ == "conj" and said.head.i != said.i:
                said = said.head  # (a copula joined to the reported verb: "killed two and was ...")
            r = d.r = replace(r, consumed=r.consumed | {clause.i, said.head.i} | according)
        reported = foretold_arguments if b.pattern.foretold else faulted_arguments if b.pattern.faulted else None
        if reported is not None:
            # "Moscow said Kyiv would pay a price": the speaker threatens the party foretold to
            # suffer; "Kenya said Uganda had failed to honour the deal": the speaker criticises the
            # party it says failed. The report is the act itself, not attributed to its own
            # speaker: its modality, date and word are the saying's, not the foretold "would"'s
            found = reported(b.head)
            if found is None:
                return False
            clause, d.src_tokens, d.target_tokens = found
            d.fallback = []
            d.r = replace(r, consumed=r.consumed | {clause.i, clause.head.i}, context_anchor=clause.head)
        return True

    def _own_responsibility(self, d: _Draft) -> bool:
        """ "Hezbollah said it was responsible for the attack": the speaker's blame of itself is a
        claim of responsibility (or, "was not responsible", its denial) for an act of force, aimed
        at whoever the act was aimed at; a duty ("responsible for the crossing") is no event
        (False)."""
        r, b = d.r, d.r.binding
        if not (b.pattern.verdict and r.code == BLAME_CODE and d.targets
                and all(same_actor(t, d.sources) for t in d.targets)):
            return True
        d.target_tokens = [t for t in claimed_nouns(r) if self._hostile_act(t)]
        if not d.target_tokens:
            return False
        d.targets = actors_of(d.doc, d.target_tokens)
        negs = {c.i for c in kids(b.head) + kids(b.head.head) if c.dep_ == "neg"}
        d.r = replace(r, code=DENIAL_CODE if negs else CLAIM_CODE, rules=[*r.rules, "own-responsibility"],
                      plover=None, no_target=True, needs_target=False, consumed=r.consumed | negs)
        return True

    def _resolved_targets(self, d: _Draft) -> bool:
        """The targets the clause, the fallbacks or the text before name (``recover_targets``),
        less those the act cannot be aimed at: a body one leaves that is no international
        organisation, the mediator of the talks the act is told in; then a seizure of power told by
        its places, and mediated talks split into the mediator and the sides. False when an
        organisation's act is left with no organisation to aim at."""
        doc, b = d.doc, d.r.binding
        d.modifier = b.pattern.pos == "verb" and hyphen_agent(b.head) is not None
        d.sources = seizing_forces(d.r, d.sources)
        d.targets, d.r, d.purposes = recover_targets(doc, d.r, d.sources, d.targets, d.target_tokens, d.src_tokens,
                                                     d.fallback, d.modifier, self.lex, d.n, self._earlier,
                                                     self._current)
        r = d.r
        if not d.targets and d.sources and self._earlier:
            d.targets = self._refused_party(d)
        if any(rule in self.lex.igo_rules for rule in r.rules):
            # "quit ECOWAS": only an international organisation is a body one leaves ("left Kyiv" is none)
            d.targets = [t for t in d.targets if (t.cameo or "").startswith(IGO_PREFIX)]
            if not d.targets:
                return False
        if any(rule in self.lex.visit_place_rules for rule in r.rules):
            d.sources, d.targets = _visitors_and_places(d)
            if not (d.sources and d.targets):
                return False
        if self._brokers_named and r.code != MEDIATION_CODE:
            # "agreed to end the war in talks mediated by the AU": the mediator of the talks the act
            # is told in is not whom it is aimed at
            d.targets = [t for t in d.targets if not same_actor(t, self._brokers_named)]
        # (one act per country a seizure of power is told by: none of the parties blocks below)
        d.seized = seized_in_places(r, d.sources, d.targets)
        if d.seized:
            d.targets = []
        mediated = mediated_talks(doc, r, d.sources, d.targets)
        if mediated:
            d.r, d.sources, d.targets = mediated
            d.mediated = True
        return True

    def _refused_party(self, d: _Draft) -> list[ActorMention]:
        """ "The AU urged the junta to free the minister ... the junta said it would not free him":
        refusing (or announcing a refusal of) the very act another party asked for is aimed at
        the asker; not a plain rejection, which any appeal would fit. An announced refusal to
        negotiate that names no one ("said it would not negotiate under fire") is aimed at the
        other side of the talks told before, however a third party urged them, as a present
        refusal is (``recover_targets``: the reading is re-coded only after its targets)."""
        refusal = announced_refusal(d.r, self.lex) or d.r
        if refusal is not d.r and refusal.code in TALK_REFUSAL_CODES:
            return talks_counterparts(d.sources, d.n, [*self._earlier, *((d.n, e) for e in self._current)])
        if refusal.code[:2] != REFUSAL_ROOT or refusal.code in TALK_REFUSAL_CODES | {PLAIN_REJECTION_CODE}:
            return []
        return asker_of_refused(refusal.code, d.sources, d.n, self._earlier,
                                lambda asked: self.lex.frame_code(REJECT_FRAME, asked))

    def _unnamed_parties(self, d: _Draft) -> None:
        """A party the clause does not name, recovered from what it says of the other: whoever an
        act is retaliation for, unnamed attackers, custodians or jailers (by place, by the
        detainee's country, by a release told in the sentence), the one convicted in a subjectless
        gerund, and the reporter of an appeal the parse hung on the report."""
        doc, r, b = d.doc, d.r, d.r.binding
        if not d.sources and d.targets and r.code[:2] in HOSTILE_ROOTS and b.pattern.pos == "noun" and not r.inner:
            # "hit the country's radar sites in reprisal for the deaths of its border guards": the
            # act retaliated for was done by the party the retaliation hits
            d.sources = [a for a in actors_of(doc, retaliated_against(b.head))
                         if not any(same_dyad(a, t) for t in d.targets)]
        harmful = r.code[:2] in HARM_ROOTS or any(people_seized(r, t) for t in d.targets)
        # (an aim, "plotting to topple him", "a campaign to oust the king", is no deed whose
        # doers a place or the victim's country could name)
        deed = not r.inner and not aimed_act(r.head)
        if not d.sources and d.targets and harmful and b.pattern.has_source and deed:
            # "three civilians were killed in a car bombing in Baghdad": attackers the text does
            # not name are coded by the country the attack happened in (conventions: an unnamed
            # agent gets the country code alone); so are those who seize people ("gunmen seized
            # two drivers north of Baghdad"), an abduction
            attackers, victims = unnamed_attackers(doc, r.head, d.targets)
            if attackers:
                d.sources, d.targets = attackers, victims
        if not d.sources and d.targets and r.code.startswith(ARREST_CODE) and b.pattern.has_source and deed:
            # "Imran Khan was arrested on Tuesday", "the arrest of opposition leader X in Dakar":
            # the unnamed authorities of the place, or of the detainee's own country
            d.sources = unnamed_custodians(doc, r.head, d.targets)
        if not d.targets and r.code[:3] in HELD_CODES and subjectless_passive_gerund(r.head):
            # "spent three years in jail after being sentenced": the one convicted is the
            # subject of the clause the gerund hangs on
            host = r.head.head.head
            d.targets = actors_of(doc, verb_subjects(host))
            if r.code[:3] == CONVICTION_CODE and any(t.lemma_.lower() in PRISON_NOUNS for t in host.subtree
                                                      if t.i < r.head.i):
                # (and "served years in prison": convicted and jailed is 173, not 116)
                r = d.r = replace(r, code=ARREST_CODE, rules=[*r.rules, "jailed"], plover=None)
        if not d.sources and d.targets and r.code[:3] in HELD_CODES and b.pattern.has_source and not r.inner:
            # "Iran freed a Frenchman who had been sentenced for espionage": a prisoner's unnamed
            # jailers are the party the sentence says freed them
            d.sources = [e.source_ref for e in self._current if e.cameo.startswith(RELEASE_CODE)
                         and e.source_ref is not None and e.target_ref is not None
                         and same_actor(e.target_ref, d.targets)][:1]
        if not d.sources and d.targets and b.head.lemma_.lower() in CONSULTING_VERBS and b.passive and not b.agents \
                and not r.inner:
            # "Baghdad condemned the deal and said it had not been consulted": a consultation a
            # party says it was (not) given is owed by the parties it complains of in this
            # sentence or the one before
            d.sources = self._complained_of(d.targets, d.n)
        if not d.sources and d.targets and b.pattern.reverse and b.pattern.pos == "verb":
            # "Hungary blocked the package. The move drew criticism from Poland": what drew the
            # reaction is an act told before; its doer (and those who did it with him)
            d.sources = reaction_cause_doers(r.head, d.src_tokens, d.n, self._earlier, self.lex, d.targets)
        if not d.sources and b.pattern.pos == "noun" and r.code[:2] in COERCIVE_ROOTS and not r.inner \
                and self._earlier and (vowed := unanswered_vow(b.head)) is not None:
            # "US and British jets struck Houthi sites ... Saree vowed that the strikes would not go
            # unpunished": an act named with no party of its own is the one told before; its doers
            # are whom the vow threatens (the act itself is coded where it was told)
            vowers = _vowers(doc, vowed)
            doer = earlier_actor(vowed, d.n, self._earlier, lambda noun: event_roots(noun, self.lex),
                                 vowers, judged=b.head)
            d.sources = [a for a in co_doers(doer, self._earlier) if not any(same_side(a, v) for v in vowers)] \
                if doer is not None else []
            d.targets = []
        if d.sources and d.targets and r.code[:2] in ADDRESSED_SPEECH_ROOTS and b.pattern.pos == "verb" \
                and all(same_dyad(s, t) for s in d.sources for t in d.targets):
            # "X said Iran had failed to explain the traces and urged Tehran to ...": an appeal the
            # reported party would make to itself is the reporter's, the parse hung it on the report
            d.sources = self._reporters_of_conjunct(doc, r.head) or d.sources

    def _complained_of(self, consulted: list[ActorMention], n: int) -> list[ActorMention]:
        """The foreign parties the side of ``consulted`` criticises, rejects, urges or makes
        demands of in sentence ``n`` (so far), else in the sentence before."""
        home = {a.country for a in consulted if a.country}
        for told in (self._current, [ev for m, ev in self._earlier if m == n - 1]):
            found = {ev.target_ref.cameo: ev.target_ref for ev in told if ev.cameo[:2] in COMPLAINT_ROOTS
                     and ev.source_ref is not None and ev.source_ref.country in home
                     and ev.target_ref is not None and ev.target_ref.country not in home}
            if found:
                return list(found.values())
        return []

    def _note_use(self, d: _Draft) -> None:
        """An announced refusal (or continuation of talks) re-codes the reading; the coder's sets learn what the events
        use: the act's own agent tokens are arguments (the act a party reacts to is an act of its
        own: "Russia's detention of X angered Washington"), an aim or a threat's condition is no
        act of its own. Then each side of a clash is also the other's attacker."""
        b = d.r.binding
        refused = announced_refusal(d.r, self.lex) or continued_talks(d.r, self.lex)
        if refused:
            d.r = refused
        r, pairs, consumed = d.r, d.pairs, d.consumed
        if d.arguments is not None and pairs and not b.pattern.reverse:
            # (the act a party reacts to is an act of its own: "Russia's detention of X angered Washington")
            d.arguments.update(t.i for t in d.src_tokens)
        if consumed is not None and pairs and d.targets and d.purposes:
            consumed.update(v.i for v in d.purposes)  # an aim is not an act of its own
        if consumed is not None and pairs and r.code[:2] == THREAT_ROOT:
            # nor is a threat's condition ("if Y refuses to talk"): it is what is demanded
            consumed.update(t.i for c in condition_clauses(r) for t in c.subtree)
        if pairs and mutual_combat(r, d.target_tokens):
            # "clashed with Chinese troops", "fighting between the army and the RSF": each side used
            # force on the other, one directed event per side (seed convention 7); not a party the
            # clause does not name as a side ("clashed with rioters in a Cairo square": not Egypt)
            named = {(a.start, a.end) for a in actors_of(d.doc, d.target_tokens)}
            pairs += [(t, s) for s, t in pairs if t is not None and (t, s) not in pairs and (t.start, t.end) in named]

    def _built(self, d: _Draft, confidence: float) -> list[Event]:
        """The records of the reading's pairs, and of the acts the reading also tells: the
        collapse of talks, the act an ending presupposes, the threat in a vow that an act will not
        go unpunished, and the visit a host received."""
        article, doc, sent, n, r, b = d.article, d.doc, d.sent, d.n, d.r, d.r.binding
        pairs, targets = d.pairs, d.targets
        span_tokens = d.src_tokens + (d.target_tokens if b.pattern.verdict else [])
        events = [self._event(article, doc, sent, n, r, s, t, span_tokens, confidence) for s, t in pairs]
        collapse = collapsed(r, self.lex, self.codes)
        if collapse is not None:
            # "talks between X and Y collapsed": the talks happened, and so did their collapse
            broken = pairs
            if (d.mediated or r.code == MEDIATION_CODE) and len(targets) >= 2:
                # "UN-mediated talks between X and Y collapsed": the talks broke down between the
                # sides (164), not between the mediator and each side
                collapse = collapsed(replace(r, code=TALKS_CODE), self.lex, self.codes) or collapse
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
                                                                and c.i not in b.head.subtree}
                             # "would not let it go unpunished": the negation is the vow's wording
                             | {c.i for c in kids(vowed) if c.dep_ == "neg"})
            events += [self._event(article, doc, sent, n, threat, v, s, span_tokens, confidence)
                       for v in _vowers(doc, vowed) for s in d.sources if not same_dyad(v, s)]
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


    @staticmethod
    def _reporters_of_conjunct(doc: Doc, verb: Token) -> list[ActorMention]:
        """The subject of the reporting verb above a reported clause a finite conjunct was hung
        in ("said that Iran had failed to explain X and urged Tehran"), if it was."""
        host = misattached_conjunct(verb)
        if host is None or host.dep_ != "ccomp" or host.head.pos_ != "VERB":
            return []
        return subject_actors(doc, verb_subjects(host.head))


    def _event(self, article, doc, sent, n, r: Reading, source, target, src_tokens, weight: float = 1.0) -> Event:
        r = refine(r, source, target, src_tokens)
        code = self.codes[r.code]
        if target is not None and target.role == "capital" and r.code[:2] in ("18", "19", "20"):
            # "fired shells at Seoul": a capital under attack is a place, so the bare country is
            # the target, not the government that sits there
            target = replace(target, cameo=target.country, sector=None)
        start, end = clause_span(doc, r, src_tokens, sent)
        tstart, tend = trigger_span(doc, r)
        clause = background_clause(r.head)
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
            background=clause.i if clause is not None else None,
            trigger_tokens=sorted(r.consumed),
            source_ref=source,
            target_ref=target,
        )
        return ev
