"""Find the source of a matched predicate: the tokens of its arguments (``argument_actors`` turns
them into actor mentions).

Subjects are found the way English grammar distributes them: a passive's agent is the source;
infinitives, conjoined verbs and participles inherit the subject of the verb they hang on, except
after object-control verbs ("asked Zarif to arrange" - Zarif arranges); a relative pronoun stands
for the noun it modifies; a nominal event's source is its possessor, national adjective or
compound ("Israel's strikes", "Israeli strikes", "US sanctions"), a by-phrase, or the subject of
the verb it is the object of; the infinitive of a purpose noun is the noun's owner's act ("Italy's
plan to send aid"), or, for an ownerless plan, the act of whoever announces or undertakes it
("unveiled plans to send troops"). A target that is a thing, not an actor, stands for its owner: its
possessor, the agent or origin of a participle on it ("threats coming from X"), or the subject of
a relative clause it is the object of ("the aid X gives").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors import actor_for
from eventwire.actors.mentions import RELATIONAL_NOUNS
from eventwire.model import ActorMention
from eventwire.nlp import doc_actors, kids, misattached_conjunct

from .argument_actors import ALLEGIANCE, actors_of, is_country_place
from .matcher import (
    FUTURE_AUX,
    OBJECT_CONTROL,
    PURPOSE_NOUNS,
    Binding,
    hyphen_agent,
    is_passive,
    misattached_purpose,
    objects,
    pobjs,
    preps_of,
    resolve_relative,
)

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
        return verb_subjects(misattached_conjunct(tok) or head, depth + 1, authored)
    if tok.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        return verb_subjects(head, depth + 1, False)  # "Arnor is about to restore", "X is ready to talk"
    if tok.dep_ in ("advcl",) and tok.tag_ in ("VBG", "VBN", "VB"):
        return verb_subjects(head, depth + 1, False)
    if (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in GERUND_TIME_PREPS
            and head.head.pos_ in ("VERB", "AUX")):
        # "After meeting X, Y left": Y met X ("sanctioned Y for failing to ..." is Y's failure: no "for")
        return verb_subjects(head.head, depth + 1, False)
    if tok.dep_ in ("advcl", "dep", "conj") and head.lower_ in ALLEGIANCE and head.dep_ == "ROOT":
        # "Militants linked to X killed ...", misread with "linked" as the main verb
        return [c for c in kids(head) if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON") and tok.tag_ != "VBN":
        # "troops firing on protesters"; a past participle ("a cleric accused of") is passive
        return purpose_owner(head, depth)
    return []


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
# what a document says, its author says: "a report by Amnesty accused ...", "a statement issued by
# the ministry condemned ...", "a report released in the Kenyan capital charged ..." (a paper
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
    ("a statement issued by the opposition demanded ...")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ not in ("prep", "agent") or prep.lower_ not in AGENT_PREPS | {"in"}:
        return False
    host = prep.head
    if host.dep_ == "acl" and host.tag_ == "VBN":
        host = host.head
    return host.pos_ == "NOUN" and host.lemma_.lower() in AUTHORED_NOUNS and host.dep_ in SUBJECT_DEPS


# accidents and disasters named as agents ("killed by the crash"); not "fire" ("killed by Indian fire")
MISHAP_NOUNS = frozenset({"crash", "accident", "collision", "derailment", "earthquake", "quake", "flood", "flooding",
                          "storm", "hurricane", "typhoon", "cyclone", "landslide", "mudslide", "avalanche", "tsunami",
                          "drought", "epidemic", "outbreak", "disease", "heatwave", "stampede", "blaze", "wildfire"})


def noun_sources(tok: Token, subjective_of: bool = False, target_preps: frozenset[str] = frozenset()) -> list[Token]:
    """The tokens that may name a nominal event's agent, best first. ``subjective_of``: the noun's
    "of" phrase names the agent ("the resignation of the minister", "the visit of the president
    to Canberra"), for an event whose target is not itself an "of" phrase. A preposition that
    introduces the target is not the agent's ("withdrawal from Gaza")."""
    by = [p for a in preps_of(tok, AGENT_PREPS - target_preps) for p in pobjs(a)]
    if not by and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        # "a wave of airstrikes by Russian jets": the parser hangs "by" on the quantity noun
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


# "during a visit to X, Y said", "said in a phone call with X", "is in talks with X": a meeting or
# cooperation noun in an adverbial phrase is the clause subject's own act. Not for attacks or
# accusations ("died in an attack on X", "after accusations by X"): their agent is someone else.
PARTICIPANT_PREPS = frozenset({"in", "during", "at", "on", "after", "following", "before", "ahead", "for", "by"})
PARTICIPANT_ROOTS = ("03", "04", "05", "06")
REASON_PREPS = frozenset({"over"})
ADVERBIAL_PLACE_PREPS = frozenset({"in", "on", "at"})


# "twelve soldiers were killed in fighting with rebels", "died in clashes with Thai troops": the
# side whose people fell fought the party named after "with" (and was fought by it)
FIGHT_ROOT = "19"
FIGHT_NOUNS = frozenset({"fighting", "fight", "clash", "clashes", "battle", "battles", "skirmish", "skirmishes",
                         "firefight", "firefights", "hostilities", "combat"})
CASUALTY_VERBS = frozenset({"kill", "die", "wound", "injure"})
CASUALTY_PREPS = frozenset({"in", "during", "amid"})


def casualty_side(tok: Token) -> list[Token]:
    """The subject of the casualty clause a fight noun is the adverbial of: "Armenian soldiers"
    in "Armenian soldiers were killed in fighting with Azerbaijani troops"."""
    prep = tok.head
    if tok.dep_ != "pobj" or tok.lower_ not in FIGHT_NOUNS or prep.lower_ not in CASUALTY_PREPS \
            or prep.head.pos_ != "VERB" or prep.head.lemma_.lower() not in CASUALTY_VERBS:
        return []
    return [resolve_relative(c) for c in kids(prep.head) if c.dep_ in ("nsubj", "nsubjpass")]


# "struck X in retaliation for the killing of three soldiers": the act retaliated for
RETALIATION_NOUNS = frozenset({"retaliation", "revenge", "reprisal", "reprisals"})


def retaliated_against(noun: Token) -> list[Token]:
    """The party an act retaliates against, for the agentless act it retaliates for: "the
    country's radar sites" in "Iran hit the country's radar sites in reprisal for the deaths of
    two of its border guards" (whoever retaliation is aimed at did the killing)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return []
    answer = prep.head
    if answer.lemma_.lower() not in RETALIATION_NOUNS or answer.dep_ != "pobj" or answer.head.lower_ != "in":
        return []
    verb = answer.head.head
    if verb.pos_ != "VERB":
        return []
    # (and the whole a part is of: "wrecked half of the rebels' supply depots")
    hit = objects(verb, is_passive(verb))
    return hit + [x for o in hit for p in preps_of(o, frozenset({"of"})) for x in pobjs(p)]


# "would respond to any attack on X", "will punish any further incursion": a response announced to
# an act that has not happened threatens whoever would do it; the act itself is no event
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "punish", "avenge"})
RESPONSE_PREPS = frozenset({"to", "against"})
OPEN_DETS = frozenset({"any"})  # "any attack": no act in particular
FURTHER_MODS = frozenset({"further", "future", "fresh"})  # "further incursions": one still to come
# what makes the response announced: a future auxiliary on it, or a vow or warning it completes
VOWING_VERBS = frozenset({"vow", "pledge", "promise", "threaten", "warn", "swear"})


def announced_responder(noun: Token) -> Token | None:
    """The verb of a response announced to a hypothetical act ``noun``: "respond" in "said it would
    respond firmly to any Israeli strike", "vowed to retaliate against further aggression",
    "will punish any attack on its troops"; None when ``noun`` is no such act."""
    if noun.dep_ == "pobj" and noun.head.lower_ in RESPONSE_PREPS:
        verb = noun.head.head
    elif noun.dep_ in ("dobj", "obj"):
        verb = noun.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESPONSE_VERBS:
        return None
    if not any((c.dep_ == "det" and c.lower_ in OPEN_DETS) or (c.dep_ == "amod" and c.lower_ in FURTHER_MODS)
               for c in kids(noun)):
        return None
    announced = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(verb)) \
        or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOWING_VERBS)
    return verb if announced else None


# "said the strikes would not go unpunished": the speaker threatens whoever struck
UNANSWERED_WORDS = frozenset({"unpunished", "unanswered", "unavenged"})
GOING_VERBS = frozenset({"go", "remain"})


def unanswered_vow(noun: Token) -> Token | None:
    """The reporting verb of a vow that the act ``noun`` "will not go unpunished|unanswered"
    ("vowed that the strikes would not go unpunished"): the act happened, and its doer is
    threatened by the speaker; None when ``noun`` is not the subject of such a clause."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in GOING_VERBS or verb.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "neg" for c in kids(verb)) or not any(c.dep_ in ("acomp", "oprd") and c.lower_ in UNANSWERED_WORDS for c in kids(verb)):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(verb)):
        return None
    return verb.head if verb.head.pos_ == "VERB" else None


def clause_participants(tok: Token) -> list[Token]:
    """The subject of the clause a nominal event is an adverbial of, if it is one."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in REASON_PREPS and tok.pos_ == "NOUN":
        # "was suspended over a phone call with X", "sacked the minister over his meeting with X":
        # a meeting given as the reason is that of whom the clause acts on, not of its agent
        host = _participant_host(tok)
        return [c for c in kids(host) if c.dep_ in ("nsubjpass", "dobj")] if host is not None else []
    if tok.dep_ != "pobj" or prep.lower_ not in PARTICIPANT_PREPS:
        return []
    if prep.lower_ == "ahead":
        prep = prep.head
    if prep.dep_ == "agent" and prep.head.pos_ == "VERB":
        # "the president's decision followed a phone call with X": whose decision it was
        return [c for s in kids(prep.head) if s.dep_ == "nsubjpass" for c in kids(s) if c.dep_ == "poss"]
    host = _participant_host(tok)
    return verb_subjects(host) if host is not None else []


def _participant_host(tok: Token) -> Token | None:
    """The verb of the clause a nominal event is an adverbial of (see ``clause_participants``)."""
    prep = tok.head
    if prep.lower_ == "ahead":  # "ahead of talks with X": "of" hangs on "ahead"
        prep = prep.head
    host = prep.head
    if prep.dep_ == "agent" and host.pos_ == "VERB":
        return None  # a passive's "by" phrase: the owner of its subject (``clause_participants``)
    for _ in range(3):
        # "met on the island in talks with X": the parser hangs the phrase on the place the
        # clause names, whose own phrase hangs on the verb (or on an idiom: "met face to face")
        if host.dep_ != "pobj" or host.head.dep_ != "prep" \
                or not (host.head.lower_ in ADVERBIAL_PLACE_PREPS or host.lower_ in (
                    w.lower_ for w in (host.head.head, *host.head.head.children) if w.i < host.head.i)):
            break
        prep, host = host.head, host.head.head
    if prep.dep_ != "prep" or host.pos_ not in ("VERB", "AUX"):
        return None
    return adverbial_host(host)


def participle_participants(b: Binding) -> list[Token]:
    """ "In a speech delivered in Lagos, X said", "at talks held in Doha, X agreed": a meeting or
    visit told by a participle on a noun in an adverbial phrase is the clause subject's, as the
    noun's own event would be."""
    return clause_participants(b.head.head) if participle_host(b) is not None else []


def participle_host(b: Binding) -> Token | None:
    """The clause verb whose subject takes part in a meeting or visit told by a participle on a
    noun of its adverbial phrase (see ``participle_participants``): that clause dates the act."""
    tok = b.head
    if (b.pattern.cameo or "")[:2] not in PARTICIPANT_ROOTS or tok.dep_ != "acl" or tok.tag_ != "VBN" \
            or tok.head.pos_ != "NOUN" or b.agents or tok.head.dep_ != "pobj" \
            or tok.head.head.lower_ not in PARTICIPANT_PREPS:
        return None
    return _participant_host(tok.head)


def adverbial_host(verb: Token) -> Token:
    """The clause a call or meeting phrase belongs to: "urged Putin to withdraw troops during a
    phone call" is a call in which Macron urged, not one in which Putin would withdraw (the
    parser hangs the phrase on the infinitive)."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("dobj", "dative") for c in verb.head.children):
        verb = verb.head
    return verb


# "was killed in an attack by rebels", "died during Israeli shelling": the event noun names the agent
AGENT_EVENT_PREPS = frozenset({"in", "during", "amid"})


def nominal_agents(tok: Token, event_nouns: frozenset[str]) -> list[Token]:
    """The agent of a passive act that names no "by" agent but the event it happened in ("a
    soldier was wounded in a bomb attack by X", "civilians were killed in Israeli air strikes"):
    the source of that event noun."""
    for prep in preps_of(tok, AGENT_EVENT_PREPS):
        for noun in pobjs(prep):
            if is_event_noun(noun, event_nouns):
                return noun_sources(noun)
    return []


def is_event_noun(tok: Token, event_nouns: frozenset[str]) -> bool:
    """A noun (or a gerund the tagger left a verb: "in Israeli tank shelling") naming an event."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.lemma_.lower() in event_nouns
    return tok.tag_ == "VBG" and tok.lower_ in event_nouns


# a participle after an act noun that names what it is aimed at: "a strike targeting a Hezbollah
# commander", "attacks aimed at Ukrainian energy facilities"
TARGETING_VERBS = frozenset({"target"})
AIMING_VERBS = frozenset({"aim", "direct"})
AIMING_PREPS = frozenset({"at", "against"})
TARGETED_SPOT_PREPS = frozenset({"at", "in", "near"})


def targeted(noun: Token) -> list[Token]:
    """What an act noun's participle says it was aimed at ("a strike targeting X", "an attack
    aimed at X"); after unnamed people, the spot the participle names them at ("an attack
    targeting shoppers at a market in Mogadishu": the market, whose own place names the country)."""
    out = []
    for c in kids(noun):
        if c.dep_ != "acl" or c.pos_ != "VERB":
            continue
        lemma = c.lemma_.lower()
        if lemma in TARGETING_VERBS:
            out += [o for o in kids(c) if o.dep_ in ("dobj", "obj")]
            out += [o for p in kids(c) if p.dep_ == "prep" and p.lower_ in TARGETED_SPOT_PREPS for o in kids(p)
                    if o.dep_ == "pobj"]
        elif lemma in AIMING_VERBS:
            out += [o for p in kids(c) if p.dep_ == "prep" and p.lower_ in AIMING_PREPS for o in kids(p)
                    if o.dep_ == "pobj"]
    return out


def source_tokens(b: Binding, event_nouns: frozenset[str] = frozenset()) -> list[Token]:
    tok = b.head
    if b.pattern.pos == "noun":
        # a nominal's source is in its own phrase; light verbs ("launched strikes") are frames
        clause = b.pattern.clause
        subjective_of = "of" not in clause.target_preps and clause.target != "obj"
        found = noun_sources(tok, subjective_of, clause.target_preps)
        if (b.pattern.cameo or "")[:2] in PARTICIPANT_ROOTS:
            found += clause_participants(tok)
        elif (b.pattern.cameo or "")[:2] == FIGHT_ROOT:
            found += casualty_side(tok)
        return found
    if b.pattern.pos == "adj":
        head = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
        # a participle read as a passive ("Canada was disappointed that ..."): its subject feels it
        return verb_subjects(head) or [resolve_relative(c) for c in kids(head) if c.dep_ == "nsubjpass"]
    if b.passive:
        if any(a.lemma_.lower() in MISHAP_NOUNS for a in b.agents):
            return []  # "killed by the MH17 crash", "by a landslide": a mishap is nobody's act
        return b.agents or (objects(tok, True) if b.pattern.sent else []) or nominal_agents(tok, event_nouns) \
            or launch_origin(b) or custodian(b) or expelling_state(tok) or participle_participants(b)
    subjects = verb_subjects(tok)
    if subjects and all(t.lemma_.lower() in MISHAP_NOUNS for t in subjects):
        return []  # "the Malaysia Airlines crash killed 298 people"
    return subjects


EXPULSION_VERBS = frozenset({"expel", "deport", "banish", "evict"})


def expelling_state(verb: Token) -> list[Token]:
    """ "French troops were expelled from Niger": with no agent named, a state expels from its
    own soil."""
    if verb.lemma_.lower() not in EXPULSION_VERBS:
        return []
    actors = doc_actors(verb.doc)
    return [p for a in preps_of(verb, frozenset({"from"})) for p in pobjs(a)
            if is_country_place(actors.get(p.i)) or getattr(actors.get(p.i), "role", None) == "capital"]


# "was arrested in Uganda", "jailed in Kampala", "investigated in China", "freed from Kenyan
# custody": an arrest, conviction, investigation or release whose passive names no agent is the act
# of the authorities of the country that holds the person (a release only by the owner of the
# custody: "freed in Damascus" may be by kidnappers)
CUSTODY_CODES = ("173", "116", "0841", "09")
CUSTODY_NOUNS = frozenset({"custody", "detention", "prison", "jail", "captivity", "arrest"})
CUSTODY_PREPS = frozenset({"in", "at", "from", "into"})
PLACE_PREPS = frozenset({"in", "at"})


def custodian(b: Binding) -> list[Token]:
    code = b.pattern.cameo or ""
    if not code.startswith(CUSTODY_CODES):
        return []
    found = []
    for prep in preps_of(b.head, CUSTODY_PREPS):
        for noun in pobjs(prep):
            if noun.lemma_.lower() in CUSTODY_NOUNS:
                found += [c for c in kids(noun) if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i]
                if not code.startswith("08"):  # "in custody in Uganda"
                    found += [p for a in preps_of(noun, PLACE_PREPS) for p in pobjs(a)]
            elif prep.lower_ in PLACE_PREPS and not code.startswith("08"):
                found.append(noun)
    doc = b.head.doc
    found = [t for t in found if is_country_place(actor_for(doc, t))]
    if not found and not code.startswith("08") and any(c.lower_ == "there" and c.dep_ == "advmod" for c in kids(b.head)):
        found = _place_before(b.head)  # "pressed Turkey to hand him over since he was detained there"
    return found


def _place_before(tok: Token) -> list[Token]:
    """The last country named as a place before ``tok`` in its sentence, the referent of "there"."""
    doc = tok.doc
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        if doc[i].ent_type_ == "GPE" and is_country_place(doc_actors(doc).get(i)):  # not "the Somali"
            return [doc[i]]
    return []


# "rockets were fired from Gaza at Israel", "shelled from Syrian territory": an attack whose passive
# names no agent comes from where it was launched (not for abductions: "kidnapped from a village")
ORIGIN_ROOTS = ("19", "20")


def launch_origin(b: Binding) -> list[Token]:
    if (b.pattern.cameo or "")[:2] not in ORIGIN_ROOTS:
        return []
    return [p for a in preps_of(b.head, frozenset({"from"})) for p in pobjs(a)]


# "supplied by X", "coming from X", "imported from X"
PARTICIPLE_ORIGIN_PREPS = frozenset({"by", "from"})
GOODS_MAKING_VERBS = frozenset({"make", "produce", "manufacture", "build", "assemble", "grow", "mine", "refine"})
TARGET_OWNER_PREPS = frozenset({"of", "between", "with", "against", "on", "to", "from", "by", "toward", "towards",
                                "for", "into", "over", "in", "at"})


def owner_actors(doc: Doc, tokens: list[Token], exclude: list[ActorMention] | None = None,
                 depth: int = 2, venues: bool = True, topics: bool = True) -> list[ActorMention]:
    """Actors a non-actor target belongs to: "certify the agreement between Iran and the world
    powers", "praised his counterpart's victory", "welcomed their resumption of ties with X".
    Owners that are the event's own sources are passed over; with ``venues=False`` so are
    cities after "in"/"at" ("talks in Brussels" are held there, not with Belgium); with
    ``topics=False`` so is what a meeting is about ("a meeting on Palestinian reform")."""
    exclude = exclude or []

    def fresh(found: list[ActorMention]) -> list[ActorMention]:
        return [a for a in found if not any(_same(a, e) for e in exclude)]

    frontier = list(tokens)
    for tok in frontier:
        found = fresh(actors_of(doc, [c for c in kids(tok) if c.dep_ == "poss"]))
        if found:
            return found
    for tok in frontier:
        # "the UK's pounds 3bn rebate": a possessor the parser hung on a modifier of the noun
        inner = [g for c in kids(tok) if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
                 for g in kids(c) if g.dep_ == "poss"]
        found = fresh(actors_of(doc, inner + _makers(tok) + _summarised_act_subjects(tok)))
        if found:
            return found
    for _ in range(depth):
        nxt = []
        for tok in frontier:
            for prep in preps_of(tok, TARGET_OWNER_PREPS):
                if not topics and prep.lower_ in TOPIC_PREPS:
                    continue  # "a meeting on Palestinian reform" is about them, not with them
                found = fresh(actors_of(doc, pobjs(prep)))
                if not venues and prep.lower_ in LOCATIVE_PREPS:
                    found = [a for a in found if not _is_place(a)]
                if found:
                    return found
                nxt += pobjs(prep)
        # "cut tariffs on wine imported from X": the maker of a thing one phrase further in
        found = fresh(actors_of(doc, [m for tok in nxt for m in _makers(tok)]))
        if found:
            return found
        frontier = nxt
    return []


def _makers(tok: Token) -> list[Token]:
    """Who a thing comes from: "comments made by X", "threats coming from X" (a participle's
    agent or origin), "the aid X gives to Y" (the subject of a relative clause the thing is the
    object of)."""
    found = [p for c in kids(tok) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
             for a in preps_of(c, PARTICIPLE_ORIGIN_PREPS) for p in pobjs(a)]
    # "tariffs on electric vehicles made in China": goods are the country's they are made in
    found += [p for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in GOODS_MAKING_VERBS
              for a in preps_of(c, frozenset({"in"})) for p in pobjs(a)]
    # "bases housing American troops": a place is its occupants'
    found += [o for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in HOUSING_VERBS
              for o in kids(c) if o.dep_ == "dobj"]
    return found + [s for c in kids(tok) if c.dep_ == "relcl" and tok in objects(c, is_passive(c))
                    and (not is_passive(c) or c.lemma_.lower() in MAKING_VERBS)
                    for s in verb_subjects(c)]


def _summarised_act_subjects(tok: Token) -> list[Token]:
    """ "Ethiopia accused Sudan of backing rebels, a charge Khartoum denied": a noun set after a
    clause to name its act ("a charge", "a move") is the act of that clause's subject."""
    if tok.dep_ not in ("npadvmod", "appos") or tok.head.pos_ != "VERB" or tok.i < tok.head.i:
        return []
    return verb_subjects(tok.head)


HOUSING_VERBS = frozenset({"house", "host", "station", "hold", "shelter"})
# "the plan, which was proposed by X" comes from X; "the move, which was criticised by X" does not
MAKING_VERBS = frozenset({"make", "issue", "propose", "announce", "take", "adopt", "impose", "offer", "give",
                          "provide", "launch", "draft", "submit", "introduce", "sign", "pass", "put", "present",
                          "unveil", "order", "send", "deliver", "write", "prepare", "draw"})


# "talks in Brussels", "a summit at Sharm el-Sheikh": a city after these is where a meeting is, not
# who it is with (a country stays an owner: "elections in Iran")
LOCATIVE_PREPS = frozenset({"in", "at"})
TOPIC_PREPS = frozenset({"on", "about", "over", "concerning", "regarding"})


def _is_place(a: ActorMention) -> bool:
    return a.role == "capital" or (a.id or "").startswith("place:")


def _same(a: ActorMention, b: ActorMention) -> bool:
    return a.cameo == b.cameo or (a.country is not None and a.country == b.country and (not a.sector or not b.sector))


