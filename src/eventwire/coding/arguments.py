"""The argument tokens of a matched predicate beyond its subjects (``subjects`` finds those;
``argument_actors`` turns tokens into actor mentions).

``source_tokens`` picks the source of a predicate: a nominal's own sources (with the participants
of the clause it is told in, or the side a casualty report names), a verb's subjects; for a passive
with no agent, the agent of the event it was done in, the place an attack was launched from, the
custodian of a held party, the state that expels, the participants of a participle's clause; no
one for a mishap. Besides: the parties of a retaliation, an announced response and a vow that an
act will not go unanswered, and what a strike targeted. (``owners`` finds the owners a target that
is a thing stands for.)
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors import actor_for
from eventwire.nlp import doc_actors, kids

from .argument_actors import is_country_place
from .matcher import FUTURE_AUX, Binding
from .subjects import noun_sources, verb_subjects
from .syntax import is_passive, objects, pobjs, preps_of, resolve_relative

# accidents and disasters named as agents ("killed by the crash"); not "fire" ("killed by Indian fire")
MISHAP_NOUNS = frozenset({"crash", "accident", "collision", "derailment", "earthquake", "quake", "flood", "flooding",
                          "storm", "hurricane", "typhoon", "cyclone", "landslide", "mudslide", "avalanche", "tsunami",
                          "drought", "epidemic", "outbreak", "disease", "heatwave", "stampede", "blaze", "wildfire"})


# "during a visit to X, Y said", "said in a phone call with X", "is in talks with X": a meeting or
# cooperation noun in an adverbial phrase is the clause subject's own act. Not for attacks or
# accusations ("died in an attack on X", "after accusations by X"): their agent is someone else.
PARTICIPANT_PREPS = frozenset({"in", "during", "at", "on", "after", "following", "before", "ahead", "for", "by"})
PARTICIPANT_ROOTS = ("03", "04", "05", "06")
REASON_PREPS = frozenset({"over"})
ADVERBIAL_PLACE_PREPS = frozenset({"in", "on", "at"})
EXPECTATION_WORDS = frozenset({"expect", "schedule", "slate", "due"})


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


# "shelled X to avenge the death of two border guards": the act retaliated for
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
LETTING_VERB = "let"  # "will not let the attack go unanswered"


def unanswered_vow(noun: Token) -> Token | None:
    """The verb whose subject vows that the act ``noun`` "will not go unpunished|unanswered"
    ("vowed that the strikes would not go unpunished": the reporting verb; "would not let the
    strikes go unpunished": "let"): the act happened, and its doer is threatened by that subject;
    None when ``noun`` is not the subject of such a clause."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in GOING_VERBS or verb.dep_ != "ccomp":
        return None
    if not any(c.dep_ in ("acomp", "oprd") and c.lower_ in UNANSWERED_WORDS for c in kids(verb)):
        return None
    # the negated future is on "go", or on the "let" that governs it
    vowing = verb.head if verb.head.lemma_.lower() == LETTING_VERB else verb
    if not any(c.dep_ == "neg" for c in kids(vowing)) \
            or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(vowing)):
        return None
    if vowing is not verb:
        return vowing
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
    if host is None:
        return []
    if host.lemma_.lower() in EXPECTATION_WORDS and is_passive(host) \
            and not any(c.dep_ == "agent" for c in kids(host)):
        # "the envoy is expected in Ankara for talks with X": the party expected is the one that
        # takes part, as in "is due in Ankara for talks" (a passive's subject is otherwise no agent)
        return [c for c in kids(host) if c.dep_ == "nsubjpass"]
    return verb_subjects(host)


def predicated_of(noun: Token) -> list[Token]:
    """ "the Ghanaian president was the chief guest at Nigeria's parade", "Greece is the strongest
    advocate of Cyprus's bid": a visit, support or cooperation noun a copula predicates of its
    subject is the subject's act."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return verb_subjects(noun.head)
    return []


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
    if host.dep_ == "acomp" and host.lemma_.lower() in EXPECTATION_WORDS:
        host = host.head  # "is due in Oslo for talks": the phrase hangs on the adjective
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
            if not b.pattern.verdict:
                found += predicated_of(tok)
        elif (b.pattern.cameo or "")[:2] == FIGHT_ROOT:
            found += casualty_side(tok)
        return found
    if b.pattern.pos == "adj":
        head = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
        # a participle read as a passive ("Canada was disappointed that ...", "was 'perplexed' by the
        # decision"): its subject feels it, not what a "by" phrase names
        return [resolve_relative(c) for c in kids(head) if c.dep_ == "nsubjpass"] or verb_subjects(head)
    if b.passive:
        if any(a.lemma_.lower() in MISHAP_NOUNS for a in b.agents):
            return []  # "killed by the MH17 crash", "by a landslide": a mishap is nobody's act
        return b.agents or (objects(tok, True) if b.pattern.sent else []) or nominal_agents(tok, event_nouns) \
            or launch_origin(b) or custodian(b) or expelling_state(tok) or participle_participants(b)
    subjects = verb_subjects(tok)
    if subjects and all(t.lemma_.lower() in MISHAP_NOUNS for t in subjects):
        return []  # "the Malaysia Airlines crash killed 298 people"
    if not subjects and b.pattern.reverse:
        # "the ban was met with criticism" (the matcher reads it as "met with"): its subject
        subjects = [resolve_relative(c) for c in kids(tok) if c.dep_ == "nsubjpass"]
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


