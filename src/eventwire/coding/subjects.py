"""The subjects of a verb and the sources of a nominal act, as tokens.

Subjects are found the way English grammar distributes them: a passive's agent is the source;
infinitives, conjoined verbs and participles inherit the subject of the verb they hang on, except
after object-control verbs ("asked Zarif to arrange" - Zarif arranges); a relative pronoun stands
for the noun it modifies; a subject's companions ("X, along with Y") act with it; a document speaks
for its author ("a report by X accused ..."). A nominal event's source is its possessor, national
adjective or compound ("Israel's strikes", "Israeli strikes", "US sanctions"), a by-phrase, or the
subject of the verb it is the object of; the infinitive of a purpose noun is the noun's owner's act
("Italy's plan to send aid"), or, for an ownerless plan, the act of whoever announces or
undertakes it ("unveiled plans to send troops").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors import actor_for
from eventwire.actors.noun_phrases import RELATIONAL_NOUNS
from eventwire.nlp import doc_actors, kids, misattached_conjunct

from .argument_actors import ALLEGIANCE
from .syntax import hyphen_agent, is_passive, pobjs, preps_of, resolve_relative
from .wrapped_acts import OBJECT_CONTROL, PURPOSE_NOUNS, misattached_purpose

SUBJECT_DEPS = ("nsubj", "csubj")
GERUND_TIME_PREPS = frozenset({"after", "before", "upon", "on", "while", "when", "since", "following", "by"})


def verb_subjects(tok: Token, depth: int = 0, authored: bool = True) -> list[Token]:
    """The subjects of a verb. A document as the subject speaks for its author only when the verb
    is the document's own act (the predicate itself, a conjunct or an infinitive of it); an act a
    clause merely hangs on ("the statement comes a day before X heads to Beijing, seeking ...")
    is no act of the document's author."""
    if depth > 6:
        return []
    if is_passive(tok):
        agents = [p for a in preps_of(tok, frozenset({"by"})) for p in pobjs(a)]
        if agents:
            return agents
    subjects = [a for c in kids(tok) if c.dep_ in SUBJECT_DEPS for a in (_authored if authored else _self)(resolve_relative(c))]
    if subjects:
        return subjects + _companions([tok, *subjects])
    head = tok.head
    if head == tok:
        return []
    purpose = misattached_purpose(tok) if tok.dep_ in ("xcomp", "advcl") else None
    if purpose is not None:
        return purpose_owner(purpose, depth)
    if tok.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
        controllers = [c for c in kids(head) if c.dep_ in ("dobj", "obj")]
        if head.lemma_ in OBJECT_CONTROL and controllers:
            return controllers
        if tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)):
            raised = [c for c in kids(head) if c.dep_ == "nsubjpass"]
            if raised and not any(c.dep_ == "agent" for c in kids(head)):
                return raised  # "Japan is expected to sign": Japan signs
            return verb_subjects(head, depth + 1, authored)
        if tok.dep_ == "ccomp" and tok.i < head.i and tok.tag_ in ("VBN", "VBD") and head.pos_ == "VERB" \
                and not any(c.dep_.startswith("nsubj") for c in kids(tok)):
            # "Billed as the highlight of her trip, the minister urged ...": a participial phrase
            # the parser reads as a subjectless clause before the verb describes the verb's subject
            return verb_subjects(head, depth + 1, False)
        return []
    if tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        host = misattached_conjunct(tok) or head
        patients = [resolve_relative(c) for c in kids(host) if c.dep_ == "nsubjpass"]
        if patients and _active_conjunct(tok):
            # "X was alarmed by the reports and urged Y": an active conjunct shares the passive's
            # subject, not its agent
            return patients + _companions([host, *patients])
        return verb_subjects(host, depth + 1, authored)
    if tok.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        return verb_subjects(head, depth + 1, False)  # "Gondor is about to resume", "X is ready to talk"
    if tok.dep_ in ("advcl",) and tok.tag_ in ("VBG", "VBN", "VB"):
        return verb_subjects(_adjunct_host(tok), depth + 1, False)
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in GERUND_TIME_PREPS:
        host = head.head
        if host.pos_ == "NOUN" and host.dep_ == "pobj" and host.head.head.pos_ in ("VERB", "AUX"):
            # "In a televised address after meeting X, Y said": the phrase hangs on the noun of the
            # clause's adverbial, whose act is the subject's
            host = host.head.head
        if host.pos_ in ("VERB", "AUX"):
            # "After meeting X, Y left": Y met X ("sanctioned Y for failing to ..." is Y's failure: no "for")
            return verb_subjects(host, depth + 1, False)
    if tok.dep_ in ("advcl", "dep", "conj") and head.lower_ in ALLEGIANCE and head.dep_ == "ROOT":
        # "Militants linked to X killed ...", misread with "linked" as the main verb
        return [c for c in kids(head) if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON") and tok.tag_ != "VBN":
        # "troops firing on protesters"; a past participle ("a cleric accused of") is passive
        return purpose_owner(head, depth)
    return []


# what a party says as it acts ("..., accusing X of", "..., warning that"), not an outcome of the
# act it orders ("ordered troops to open fire, killing 12": the troops killed)
VOICED_PARTICIPLES = frozenset({"accuse", "warn", "say", "call", "cite", "describe", "blame", "charge", "claim",
                                "argue", "insist", "vow", "threaten", "condemn", "denounce", "complain", "label",
                                "brand", "dub"})


def _adjunct_host(participle: Token) -> Token:
    """The verb a participle's subject comes from. "Baku ordered the envoy to leave, accusing
    him of meddling": a voiced participle set off by a comma after the infinitive an
    object-control verb governs tells what the governing verb's subject did, not the party told
    to act (the parser hangs it on the nearest verb)."""
    head = participle.head
    governor = head.head
    start = participle.left_edge.i
    if participle.lemma_.lower() in VOICED_PARTICIPLES and head.dep_ == "xcomp" and governor.lemma_ in OBJECT_CONTROL \
            and start > 0 and participle.doc[start - 1].lower_ == "," \
            and any(c.dep_ in ("dobj", "obj") for c in kids(governor)):
        return governor
    return head


# verbs whose passive keeps an object ("was summoned and handed a protest note")
SECOND_OBJECT_VERBS = frozenset({"hand", "give", "send", "show", "offer", "grant", "tell", "ask", "award", "deny",
                                 "promise", "issue", "serve", "pay", "lend", "owe", "assign", "refuse", "read"})


def _active_conjunct(tok: Token) -> bool:
    """Whether a conjunct after a passive is in the active voice: a finite verb with a direct object
    ("was angered by X and urged Y to"); an "-ed" form with none may share the passive's auxiliary
    ("was detained by police and questioned"), whatever its tag says, and a tagged present tense
    with none may be a noun misread ("was convicted, charges he rejected")."""
    return tok.tag_ in ("VBD", "VBZ") and tok.lemma_.lower() not in SECOND_OBJECT_VERBS \
        and any(c.dep_ in ("dobj", "obj") for c in kids(tok))


COMPANION_ADVERBS = frozenset({"along", "together"})


def _companions(hosts: list[Token]) -> list[Token]:
    """ "Chad, along with Niger and Mali, condemned ...", "Chad together with Niger ...": the
    parties a subject or its verb is accompanied by act with it."""
    with_ = frozenset({"with"})
    found = [p for h in hosts for a in kids(h) if a.lower_ in COMPANION_ADVERBS
             for w in preps_of(a, with_) for p in pobjs(w)]
    # the parser may hang the adverb on "with" instead
    return found + [p for h in hosts for w in preps_of(h, with_) if any(c.lower_ in COMPANION_ADVERBS for c in kids(w))
                    for p in pobjs(w)]


# "announced plans to lift the embargo", "launched a bid to ...": a purpose noun no actor owns is
# the plan of whoever announces or undertakes it ("criticised plans to ..." names no owner)
UNDERTAKING_VERBS = frozenset({"announce", "unveil", "make", "take", "launch", "step", "intensify", "redouble",
                               "pursue", "lead", "spearhead", "begin", "start", "adopt", "approve", "outline",
                               "present", "submit", "reveal", "confirm", "finalize", "finalise", "mount", "renew",
                               "continue"})


# "issued a statement condemning X", "published a declaration demanding Y": what a document no
# actor owns says is said by whoever issues it
DOCUMENT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "letter", "resolution",
                            "petition", "manifesto", "memorandum", "message", "appeal", "ultimatum", "motion"})
ISSUING_VERBS = frozenset({"issue", "publish", "release", "adopt", "sign", "send", "circulate", "deliver", "read",
                           "submit", "present", "pass", "draft", "write", "distribute", "post", "put"})


def purpose_owner(noun: Token, depth: int) -> list[Token]:
    verb = noun.head
    lemma = noun.lemma_.lower()
    if (noun.dep_ in ("dobj", "obj") and (lemma in PURPOSE_NOUNS and verb.lemma_.lower() in UNDERTAKING_VERBS
                                          or lemma in DOCUMENT_NOUNS and verb.lemma_.lower() in ISSUING_VERBS)
            and actor_for(noun.doc, noun) is None and not any(c.dep_ == "poss" for c in kids(noun))):
        return verb_subjects(verb, depth + 1)
    # "his bid to withdraw": a pronoun possessor's mention is the pronoun, not the noun's phrase
    # (but "its allies fighting X" are the allies, not their partner)
    if noun.lemma_.lower() in RELATIONAL_NOUNS:
        return [noun]
    return [noun, *(c for c in kids(noun) if c.dep_ == "poss" and c.pos_ == "PRON")]


AGENT_PREPS = frozenset({"by", "from"})
# what a document says, its author says: "a report by Amnesty accused ...", "a communique put out by
# the ministry criticised ...", "a report released in the Kenyan capital charged ..." (a paper
# released in a capital with no author named is the state's, as a capital stands for its government)
AUTHORED_NOUNS = frozenset({"report", "study", "statement", "declaration", "communique", "communiqué", "letter",
                            "document", "dossier", "white_paper", "paper", "memo", "memorandum", "bulletin",
                            "editorial", "commentary", "survey", "review", "audit"})
RELEASING_VERBS = ISSUING_VERBS | frozenset({"commission", "prepare", "compile", "produce", "unveil", "make"})


def _authored(tok: Token) -> list[Token]:
    """A verb's subject, or the author of a document named as the subject when the document is
    no actor itself (its by/from phrase, or the agent or capital of the participle that issued it)."""
    if tok.lemma_.lower() not in AUTHORED_NOUNS or tok.pos_ != "NOUN" or actor_for(tok.doc, tok) is not None:
        return [tok]
    actors = doc_actors(tok.doc)
    by = [p for a in preps_of(tok, AGENT_PREPS) for p in pobjs(a) if actors.get(p.i) is not None]
    if by:
        return by
    for acl in kids(tok):
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in RELEASING_VERBS:
            continue
        by = [p for a in preps_of(acl, frozenset({"by"})) for p in pobjs(a) if actors.get(p.i) is not None]
        seats = [p for a in preps_of(acl, frozenset({"in"})) for p in pobjs(a)
                 if (m := actors.get(p.i)) is not None and (m.role == "capital" or p.lemma_.lower() == "capital")]
        if by or seats:
            return by or seats
    return [tok]


def _self(tok: Token) -> list[Token]:
    return [tok]


def document_author(tok: Token) -> bool:
    """Whether an actor token is named only as the author of a document that is the speaker
    ("a communique released by the rebels demanded ...")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ not in ("prep", "agent") or prep.lower_ not in AGENT_PREPS | {"in"}:
        return False
    host = prep.head
    if host.dep_ == "acl" and host.tag_ == "VBN":
        host = host.head
    return host.pos_ == "NOUN" and host.lemma_.lower() in AUTHORED_NOUNS and host.dep_ in SUBJECT_DEPS


def noun_sources(tok: Token, subjective_of: bool = False, target_preps: frozenset[str] = frozenset()) -> list[Token]:
    """The tokens that may name a nominal event's agent, best first. ``subjective_of``: the noun's
    "of" phrase names the agent ("the resignation of the minister", "the visit of the president
    to Canberra"), for an event whose target is not itself an "of" phrase. A preposition that
    introduces the target is not the agent's ("withdrawal from Gaza")."""
    by = [p for a in preps_of(tok, AGENT_PREPS - target_preps) for p in pobjs(a)]
    if not by and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        # "a string of raids by Turkish drones": the parser hangs "by" on the quantity noun
        by = [p for a in preps_of(tok.head.head, frozenset({"by"})) for p in pobjs(a)]
    if not by:
        # "the arrest of a journalist by police": the parser often hangs "by" on the of-object
        by = [p for o in preps_of(tok, frozenset({"of"})) for x in pobjs(o)
              for a in preps_of(x, frozenset({"by"})) for p in pobjs(a)]
    if by:
        return by
    own = [c for c in kids(tok) if c.dep_ == "poss"]
    if own:
        return own
    # the parser sometimes reads "Trump held talks" as a participle modifying "talks"
    held = [s for c in kids(tok) if c.dep_ in ("amod", "acl") and c.pos_ == "VERB" and c.i < tok.i
            for s in kids(c) if s.dep_ == "nsubj"]
    # "Israeli strikes", "US sanctions": the noun's own modifiers form the actor mention at its head,
    # or a phrase of their own when the parse splits them off ("a Taliban roadside bomb", a gerund
    # the tagger made a verb: "Israeli tank shelling")
    # ("a Norway-brokered deal" is not Norway's deal, but a "US-led attack" is the leader's)
    mods = [c for c in kids(tok) if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
            and (hyphen_agent(c) is None or c.lower_ == "led")]
    # "The UN offer to mediate": a headline-like phrase the parser reads as a clause, with the
    # noun's owner its subject (a noun has no subject of its own)
    misread = [c for c in kids(tok) if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ == "PROPN"]
    of = [p for a in preps_of(tok, frozenset({"of"})) for p in pobjs(a)] if subjective_of else []
    return [tok, *held, *mods, *misread, *of]
