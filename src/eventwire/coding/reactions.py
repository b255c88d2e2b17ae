"""Reactions to an act the article told earlier: "Britain condemned the seizure", "Macron
condemned the offensive", "Kigali denied the accusations", "Kagame rejected the warning".

A reaction whose object is a definite event noun with no owner in its own sentence ("the
seizure", "the offensive", "the move") is aimed at whoever did that act: the source of the latest
earlier event of the same kind (the noun's own CAMEO root), or, for a noun that names any act
("the move", "the decision"), of the latest earlier event in the sentences just before. One that
names what a body adopted or announced ("welcomed the resolution", "rejected the results") is
aimed at the body the sentences before say produced it; a report or claim no verb produced, at
whoever the sentence before says reported it ("The UN office said ... Baku rejected the report").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.model import ActorMention, Event
from eventwire.nlp import doc_actors, kids
from eventwire.ontology import is_symmetric

from .argument_actors import actors_of
from .event_roots import named_roots, telling_verb
from .roots import JUDGING_ROOTS
from .subjects import verb_subjects

# roots of acts that answer another party's act: praise and approval, demands, criticism,
# rejection, threats, protest
ANSWERING_ROOTS = frozenset({"05", "10", "11", "12", "13", "14"})
REACTION_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# nouns that name whatever act was just told
ANY_ACT_NOUNS = frozenset({"move", "decision", "step", "action", "act", "announcement", "measure", "plan",
                           "initiative", "policy"})
SENTENCES_BACK = 5
# acts that are words only, which no "move" or "measure" names: statements, appeals
SAYING_ROOTS = frozenset({"01", "02"})
REJECTING_ROOT = "12"
# nouns of acts two parties do together, which a reaction answers in both
SHARED_ACT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "truce", "ceasefire", "cease-fire",
                              "armistice", "talk", "talks", "negotiation", "negotiations", "meeting", "summit",
                              "declaration", "swap", "exchange", "rapprochement", "reconciliation"})
# a state's own bodies: one of them does not react to another's act as to a foreign party's
STATE_SIDE = frozenset({None, "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
YIELDED_TO = frozenset({"demand", "ultimatum", "call", "pressure"})  # what one bows, yields or gives in to
NAMED_ACT_SENTENCES_BACK = 10  # an act the reaction's noun names in its own word
# deeds (tests and shows of force, assaults, fighting, mass violence) a reaction may answer from
# further back than the latest acts, when one party alone did such a deed
DEED_ROOTS = frozenset({"15", "18", "19", "20"})
WORDS = re.compile(r"[a-z]+")
# the past forms a regular ending misses: "struck targets in Yemen ... condemned the strikes"
IRREGULAR_PASTS = {"strike": ("struck",), "shoot": ("shot",), "fight": ("fought",), "seize": ("seized",),
                   "bomb": ("bombed",), "shell": ("shelled",), "expel": ("expelled",), "occupy": ("occupied",),
                   "withdraw": ("withdrew", "withdrawn")}
# what a noun after these gives is the reason for an act, not the act ("suspended X over the coup")
CAUSE_PREPS = frozenset({"over", "for", "after", "following", "amid", "because"})
TOPIC_PREPS = frozenset({"about", "over", "at", "on"})  # "concern about the results", "anger over the move"
FEELING_CAUSE_PREP = "by"  # "was 'perplexed' by the decision": what a feeling adjective answers
# what a body adopts or announces: "the resolution" (of a council), "the package" (of the EU),
# "the results" (of an electoral commission)
# (and "the plan", "the proposal" a party announced or unveiled; "the warrant", "the indictment",
# "the sentence" a court issued or handed down; "the report" a mission published)
OUTCOME_NOUNS = frozenset({"resolution", "package", "result", "ruling", "verdict", "bill", "budget", "declaration",
                           "communique", "communiqué", "plan", "proposal", "warrant", "indictment", "sentence",
                           "report"})
# how a body produces one: "adopted a resolution", "voted to pass it", "announced the results"
PRODUCING_VERBS = frozenset({"adopt", "pass", "approve", "announce", "impose", "agree", "unveil", "issue", "publish",
                             "declare", "endorse", "vote", "deliver", "hand", "release"})


def earlier_actor(verb: Token, n: int, earlier: list[tuple[int, Event]], roots_of,
                  reactors: list[ActorMention] = (), judged: Token | None = None,
                  bare: bool = False) -> ActorMention | None:
    """The party whose earlier act a reaction at ``verb`` (in sentence ``n``) is about, when its
    object is a definite, ownerless event noun. ``earlier`` holds (sentence number, event) in text
    order; ``roots_of(token)`` gives the CAMEO roots the lexicon reads in an event noun;
    ``reactors`` are the reaction's sources. A verdict's thing ``judged`` stands for the object
    ("said the tariffs were unfair": the tariffs imposed before). A ``bare`` reaction, which names
    nothing it answers ("said it was deeply shocked"), answers the act just told, as "the move" does."""
    actors = doc_actors(verb.doc)
    noun = _reacted_to(verb, actors) if judged is None else _unowned(judged, actors, definite=True)
    if noun is None and not bare:
        # "The board passed a resolution ... The resolution passed with 19 votes. Russia voted
        # against it": a pronoun for an outcome told before is aimed at the body that produced it
        outcome = _outcome_antecedent(verb)
        return _producer(outcome, n) if outcome is not None else None
    producer = _producer(noun, n) if noun is not None and noun.lemma_.lower() in OUTCOME_NOUNS else None
    if producer is not None:
        return producer
    any_act = noun is None or noun.lemma_.lower() in ANY_ACT_NOUNS
    roots = set() if any_act else set(roots_of(noun))
    if not any_act and not roots:
        # "The UN rights office said troops had killed 300 people ... Addis Ababa rejected the
        # report": a report or claim no producing verb names is the word of who reported it
        return _reporter(noun, n, reactors) if noun.lemma_.lower() in REPORTS else None
    kinds = frozenset() if any_act else named_roots(noun)
    # a noun that names a speech act answers one ("rejected the warning", "denied the
    # accusations"); other reactions are to deeds, never to another reaction
    spoken = roots & ANSWERING_ROOTS
    # nor, when the noun names the act in its own word, to the reacting state's own act: "Iran
    # seized a tanker ... U.S. authorities had seized it in 2023 ... The State Department
    # condemned the seizure" is Iran's
    own = {a.country for a in reactors if a.country and a.sector in STATE_SIDE}

    def ours(actor: ActorMention | None) -> bool:
        return actor is not None and actor.country in own and actor.sector in STATE_SIDE

    def others(prior: Event) -> bool:
        return prior.source_ref is not None and not ours(prior.source_ref)
    if not any_act:
        # "Iran launched drones at Israel in its first direct attack ... Biden condemned the
        # attack": the act told in the noun's own word, however far back, over the latest act
        # of its kind ("Jordan shot down Iranian drones" in between)
        # (of the kind the noun names, when the table of act nouns says: "appealed to both sides to
        # respect the agreement" tells an appeal, not the agreement)
        forms, shared = act_word_forms(noun), noun.lemma_.lower() in SHARED_ACT_NOUNS
        for m, prior in reversed(earlier):
            if n - m > NAMED_ACT_SENTENCES_BACK:
                break
            if m == n or prior.cameo[:2] in ANSWERING_ROOTS - spoken or kinds and prior.cameo[:2] not in kinds \
                    or not forms & set(WORDS.findall(prior.evidence.lower())) or not _tells_act(noun.doc, m, forms):
                continue
            if shared and is_symmetric(prior.cameo) and (ours(prior.source_ref) or ours(prior.target_ref)):
                # "Jakarta and the rebels reached an agreement ... the president welcomed the
                # agreement": a party's word on an agreement it signed answers no other party (one
                # it was promised is the promiser's: "Moscow agreed to close its bases in Georgia")
                return None
            if others(prior):
                return prior.source_ref
    # (words and agreements the table of act nouns names are sought as far back as an act named
    # in its own word: "The Security Council demanded a ceasefire ... [six sentences] ... Hamas
    # welcomed the resolution"; deeds further back have a rule of their own below)
    reach = 1 if any_act else NAMED_ACT_SENTENCES_BACK if kinds and not kinds & DEED_ROOTS else SENTENCES_BACK
    for m, prior in reversed(earlier):
        if n - m > reach:
            break
        if any_act and m != n and prior.cameo[:2] in SAYING_ROOTS:
            continue  # "the measures" are no call or statement ("welcomed the sanctions and called on X ...")
        if any_act and m != n and prior.cameo[:2] == REJECTING_ROOT and prior.target_ref is not None \
                and others(prior) and not _acted_before(prior, earlier):
            # "Hungary blocked the EU package ... the move drew criticism from Poland": a veto or
            # block that answers no act told before is the deed the noun names
            return prior.source_ref
        if any_act and m != n and prior.cameo[:2] in JUDGING_ROOTS and prior.target_ref is not None \
                and not any(prior.target_ref.cameo == a.cameo for a in reactors):
            # "Kyiv welcomed the sanctions ... Moscow called the measures illegal": another
            # reaction just told answers the same act, so its target's
            return prior.target_ref
        if m == n or prior.source_ref is None or prior.cameo[:2] in ANSWERING_ROOTS - spoken:
            continue
        if any_act and not others(prior):
            # "It also issued a warrant for X, whom Israel says it killed ... Israel rejected the
            # decision": no state rejects its own act; the latest act of another party is meant
            continue
        if any_act or prior.cameo[:2] in roots:
            return prior.source_ref
    # "North Korea fired a missile ... [six sentences] ... Japan condemned the launch": a deed
    # further back, under another word, when it is the only party doing such deeds in reach
    deeds = roots & DEED_ROOTS
    doers = {prior.source_ref.cameo: prior.source_ref for m, prior in earlier
             if deeds and m != n and 0 <= n - m <= NAMED_ACT_SENTENCES_BACK and prior.source_ref is not None
             and prior.cameo[:2] in deeds}
    if len(doers) == 1:
        return next(iter(doers.values()))
    # "Niger's rulers ordered the French ambassador to leave ... France rejected the demand": an
    # answer (to a speech act) that names an act of another kind aimed at the one who answers
    home = {a.country for a in reactors if a.country} if spoken else set()
    for m, prior in reversed(earlier):
        if n - m > SENTENCES_BACK:
            break
        if m != n and prior.source_ref is not None and prior.target_ref is not None \
                and prior.target_ref.country in home and prior.source_ref.country not in home:
            return prior.source_ref
    if not any_act:
        # "X offered to send monitors, but Y rejected the offer": a speech act told in the noun's
        # own word that gave no event (no addressee named) is still its speaker's
        return _speaker_of_word(noun, reactors)
    return None


def _acted_before(prior: Event, earlier: list[tuple[int, Event]]) -> bool:
    """Whether an event told before ``prior`` has ``prior``'s target for its source."""
    target = prior.target_ref.cameo
    for _, ev in earlier:
        if ev is prior:
            return False
        if ev.source_ref is not None and ev.source_ref.cameo == target:
            return True
    return False


def co_doers(doer: ActorMention, earlier: list[tuple[int, Event]]) -> list[ActorMention]:
    """``doer`` and the parties that did its act with it: "U.S. and British warplanes struck ...
    Iran condemned the strikes" is aimed at both, as one act (the same words, the same code)
    coded once per doer."""
    acts = [ev for _, ev in earlier if ev.source_ref is doer]
    found = [doer]
    for _, ev in earlier:
        if ev.source_ref is not None and all(ev.source_ref is not f for f in found) \
                and any(ev.evidence_span == a.evidence_span and ev.cameo == a.cameo and ev.source_ref.cameo != doer.cameo
                        for a in acts):
            found.append(ev.source_ref)
    return found


def shared_act_partner(verb: Token, found: ActorMention, earlier: list[tuple[int, Event]],
                       roots_of, judged: Token | None = None) -> ActorMention | None:
    """ "A and B signed a truce ... the UN welcomed the agreement": when the act a reaction at
    ``verb`` was found to answer (the latest of ``found``'s) is a shared one of the kind its noun
    names (talks, an agreement: symmetric codes), its other party, whom the reaction answers too."""
    actors = doc_actors(verb.doc)
    noun = _reacted_to(verb, actors) if judged is None else _unowned(judged, actors, definite=True)
    act = next((ev for _, ev in reversed(earlier) if ev.source_ref is found), None)
    if noun is None or act is None or act.target_ref is None or not is_symmetric(act.cameo):
        return None
    if noun.lemma_.lower() not in SHARED_ACT_NOUNS:
        return None  # ("rejected the offer" after a call to both sides answers the offer's maker alone)
    return act.target_ref if act.cameo[:2] in set(roots_of(noun)) else None


# what a party reports or claims, and the verbs it tells them with ("said", "found that ...")
REPORTS = frozenset({"report", "finding", "claim", "statement", "assertion", "account", "conclusion"})
REPORTING_VERBS = frozenset({"say", "report", "find", "conclude", "claim", "state", "assert", "allege", "document",
                             "publish", "release", "issue"})


def _reporter(noun: Token, n: int, reactors) -> ActorMention | None:
    """The subject of the reporting verb that heads the sentence before sentence ``n`` ("The
    UN office said in May that ..."), when it is not the reacting party."""
    sents = noun.doc.user_data.get("ew_sents")
    if sents is None or len(sents) and sents[-1].end != len(noun.doc):
        sents = noun.doc.user_data["ew_sents"] = list(noun.doc.sents)
    if not 0 < n <= len(sents):
        return None
    root = sents[n - 1].root
    if root.lemma_.lower() not in REPORTING_VERBS:
        return None
    found = [a for a in actors_of(noun.doc, verb_subjects(root))
             if a.cameo and not any(a.cameo == r.cameo or a.country and a.country == r.country for r in reactors)]
    return found[0] if found else None


def _speaker_of_word(noun: Token, reactors) -> ActorMention | None:
    """The subject of the verb told in the noun's own word just before it (this sentence or the
    one before), when that is not the reacting party."""
    forms = act_word_forms(noun)
    if not forms:
        return None
    start = noun.sent.start
    start = noun.doc[start - 1].sent.start if start > 0 else start
    for tok in reversed(noun.doc[start:noun.i]):
        if tok.pos_ == "VERB" and tok.lower_ in forms:
            found = [a for a in actors_of(noun.doc, verb_subjects(tok))
                     if not any(a.cameo == r.cameo for r in reactors)]
            return found[0] if found else None
    return None


def _tells_act(doc, m: int, forms: set[str]) -> bool:
    """Whether sentence ``m`` tells an act in one of the words ``forms``, not only as the cause of
    another act ("ECCAS suspended Gabon over last week's military coup" does not tell who staged
    the coup France later condemned)."""
    sents = doc.user_data.get("ew_sents")
    if sents is None or len(sents) and sents[-1].end != len(doc):
        sents = doc.user_data["ew_sents"] = list(doc.sents)
    return m < len(sents) and any(tok.lower_ in forms and not _cause(tok) for tok in sents[m])


def _cause(tok: Token) -> bool:
    """ "over the coup", "after the attack", "for the killing": a noun that gives the reason
    for the act its preposition hangs on."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in CAUSE_PREPS


def act_word_forms(noun: Token) -> set[str]:
    """The words that tell the act a noun names: "attack" -> attack(s|ed|ing), "killing" -> kill(s|ed|ing),
    "agreement" -> agreement(s) and agree(s|d|ing)."""
    lemma = noun.lemma_.lower()
    if verb := telling_verb(lemma):
        return _verb_forms(verb) | {lemma, lemma + "s"}
    return _verb_forms(lemma)


def _verb_forms(stem: str) -> set[str]:
    if stem.endswith("ing") and len(stem) > 5:
        stem = stem[:-3]
    if len(stem) < 3:
        return set()
    if len(stem) == 3:
        return {stem, stem + "s"}  # "the ban" told as "its arms ban" ("band", "banned" would mislead)
    return {stem, stem + "s", stem + "ed", stem + "ing", stem + "d", *IRREGULAR_PASTS.get(stem, ())}


def yielded_to(verb: Token) -> list[Token]:
    """ "refused to bow to calls to accept the rebel enclave", "gave in to the ultimatum": the demands
    a party yields to (or not) are the ones told before, also when the noun is a bare plural."""
    return [o for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "to"
            for o in kids(p) if o.dep_ == "pobj" and o.lemma_.lower() in YIELDED_TO]


def _reacted_to(verb: Token, actors) -> Token | None:
    """The definite, ownerless event noun a reaction is about ("condemned the seizure"), or what
    a stance of it is about ("expressed concern about the results")."""
    objs = [c for c in kids(verb) if c.dep_ in REACTION_OBJECT_DEPS and c.pos_ == "NOUN"]
    topics = [o for x in [verb, *objs] for p in kids(x) if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
              or p.lower_ == FEELING_CAUSE_PREP and x.i == verb.i and _feeling_cause(p)
              for o in kids(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    yielded = yielded_to(verb)
    for noun in objs + topics + yielded:
        if noun not in yielded and not _definite(noun):
            continue
        return _unowned(noun, actors)
    return None


def _feeling_cause(by: Token) -> bool:
    """Whether a "by" phrase gives what a feeling answers: on an adjective ("was 'perplexed' by
    the decision"), or on a participle the parser makes the copula's predicate and the phrase its
    agent ("was deeply disappointed by the expulsion"), not a passive's agent ("was condemned by X")."""
    feeling = by.head
    return by.dep_ == "prep" and feeling.pos_ == "ADJ" \
        or by.dep_ == "agent" and feeling.tag_ == "VBN" and feeling.dep_ == "acomp"


def _definite(noun: Token) -> bool:
    # (or right before it, hung on another word: 'called the arrest "unacceptable"' may make
    # "the" the adjective's)
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids(noun)) \
        or before is not None and before.dep_ == "det" and before.lower_ in DEFINITE


def _unowned(noun: Token, actors, definite: bool = False) -> Token | None:
    """``noun`` when it names no owner of its own ("the Turkish offensive" does), and, with
    ``definite``, is definite ("the offensive", not "an offensive")."""
    if definite and (noun.pos_ != "NOUN" or not _definite(noun)):
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in actors for c in kids(noun)):
        return None
    return noun


def _outcome_antecedent(verb: Token) -> Token | None:
    """The outcome noun ("resolution", "bill") that an "it" the reaction's object (or its
    preposition's object: "voted against it") stands for: the last one named as a clause's subject
    or object in this sentence or the one before, with no other noun a pronoun could take between."""
    pronouns = [c for c in kids(verb) if c.dep_ in REACTION_OBJECT_DEPS and c.lower_ == "it"] + \
        [o for p in kids(verb) if p.dep_ == "prep" for o in kids(p) if o.dep_ == "pobj" and o.lower_ == "it"]
    if not pronouns:
        return None
    doc, start = verb.doc, verb.sent.start
    start = doc[start - 1].sent.start if start > 0 else start
    for tok in reversed(doc[start:pronouns[0].i]):
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return tok if tok.lemma_.lower() in OUTCOME_NOUNS else None
    return None


def _producer(noun: Token, n: int) -> ActorMention | None:
    """The party the sentences before sentence ``n`` say adopted or announced the outcome ``noun``
    names ("The Security Council adopted a resolution ... Israel rejected the resolution"), the
    latest one told."""
    # (named in its own word, as far back as an act so named: "Brussels unveiled plans for a
    # force ... [nine sentences on other matters] ... China also criticised the plan")
    sents = list(noun.doc.sents)[max(0, n - NAMED_ACT_SENTENCES_BACK):n]
    for tok in (t for s in reversed(sents) for t in reversed(s)):
        if tok.lemma_.lower() != noun.lemma_.lower() or tok.pos_ != "NOUN":
            continue
        # its verb: "adopted a resolution", "the results were announced by X", "voted on a
        # resolution", "a resolution passed by X"
        verbs = [tok.head] if tok.dep_ in ("dobj", "nsubjpass") else \
            [tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "on" else []
        verbs += [c for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBN"]
        makers = [a for v in verbs if v.lemma_.lower() in PRODUCING_VERBS for a in actors_of(noun.doc, verb_subjects(v))]
        if makers:
            return makers[0]
    return None
