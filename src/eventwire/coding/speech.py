"""Speech acts: what a reading of an accusation, demand, warning, claim or refusal says.

Predicates and token sets the coder asks about a speech act before it codes it: the content an
accusation, criticism or demand uses up (``speech_content``), who made a speech act a noun names and whom
its own words address, whether a reading refuses or denies what it is about, whether a warning
names only a state of affairs or a harm the speaker would do, what a claim of responsibility
names, and a request for anonymity ("asked not to be named"), which is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Event
from eventwire.nlp import hyphen_description, kids, misattached_conjunct

from .conditions import condition_clauses
from .matcher import FUTURE_AUX, Binding, dated
from .own_acts import OWN_PRONOUNS
from .readings import DENIAL_CODE, Reading
from .refine import FORCE_WORDS, PLAIN_THREAT_CODE
from .syntax import pobjs, preps_of
from .wrapped_acts import content_clauses

CLAIMED_PREPS = frozenset({"for", "in"})
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
OFFER_ROOT = "03"
# speech-act nouns whose answer says they were made, and the CAMEO root of making them
SPEECH_ACT_NOUNS = {"offer": OFFER_ROOT, "proposal": OFFER_ROOT, "invitation": OFFER_ROOT, "overture": OFFER_ROOT,
                    "demand": "10", "request": "02", "call": "02", "appeal": "02", "plea": "02",
                    "accusation": "11", "allegation": "11", "complaint": "11", "warning": "13", "threat": "13",
                    "ultimatum": "13"}
REFUSAL_ROOT = "12"
REJECT_FRAME = "reject"


def refused_by_no_one(fb: Binding, x: Token) -> bool:
    """ "Washington's accusations against Beijing were rejected": a speech act refused by no one
    named was still made, and is coded on its own (not as what the refusal is about)."""
    return fb.pattern.frame == REJECT_FRAME and fb.passive and not fb.agents \
        and x.lemma_.lower() in SPEECH_ACT_NOUNS and bool(speech_act_owners(x))


def own_addressees(act: Reading) -> list[Token]:
    """Whom a speech-act noun's own words address: the subject of the clause it wraps ("demands
    that Syria withdraw"), or its own target phrase ("accusations against Beijing"); not the
    target of an act it asks for ("a request to hand over X" is not put to X). A
    pronoun there is mostly the refuser ("rejected the accusation that it shelled the plant")."""
    if act.inner:
        return [c for x in act.inner[0].wrapped if x.pos_ in ("VERB", "AUX")
                for c in kids(x) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    return [] if act.incomplete else act.targets


def refuses(r: Reading) -> bool:
    """Whether a reading refuses or denies what it is about: the refuser is whom it was put to."""
    return r.code[:2] == REFUSAL_ROOT or r.code == DENIAL_CODE


def speech_act_owners(noun: Token) -> list[Token]:
    """Who made a speech act a noun names: its possessor, national or compound modifier
    ("Iran's offer", "Turkish demands", "a US request") or "by"/"from" phrase ("demands by Ankara")."""
    return [c for c in kids(noun) if c.i < noun.i and c.dep_ in ("poss", "compound", "amod", "nmod")] \
        + [o for a in preps_of(noun, frozenset({"by", "from"})) for o in pobjs(a)]


CONTENT_ROOTS = {"11", "12", "13", "10", "02"}


def asks_anonymity(r: Reading) -> bool:
    """"asked not to be named", "declined to be identified", "refused to be quoted"."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and any(a.dep_ == "auxpass" for a in kids(c))
               for c in kids(r.head))


def warns_of_a_state(r: Reading) -> bool:
    """A warning whose content is a state of affairs, not what anyone would do: no condition,
    no harm named, no act a pattern knows inside ("warned that unemployment is rising")."""
    if r.code != PLAIN_THREAT_CODE or r.head.lemma_.lower() not in WARNING_WORDS or condition_clauses(r) \
            or warns_of_harm(r):
        return False
    if r.default and r.rules[0] in PLAIN_WARNINGS:
        return True
    # the plain "warned" with its content in a that-clause or an of-phrase it did not read
    return len(r.rules) == 1 and any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in ("of", "about")
                                     for c in kids(r.head))


def warns_of_harm(r: Reading) -> bool:
    """Whether a warning names what the speaker would do ("warned of serious consequences",
    "warned that it would respond"), or force (refined to 138)."""
    words = {t.lemma_.lower() for t in r.head.subtree}
    if words & (HARM_WORDS | FORCE_WORDS):
        return True
    # "warned that it would act", "warned that troops would stop allowing marches": what the
    # speaker or the state's forces will do
    # ("a warning that it would act": a noun's clause)
    clauses = content_clauses(r.head) if r.head.pos_ == "NOUN" else [c for c in kids(r.head) if c.dep_ == "ccomp"]
    return any(any(a.lower_ in FUTURE_AUX for a in kids(c))
               and (any(s.dep_ == "nsubj" and (s.lower_ in OWN_PRONOUNS or s.lemma_.lower() in ENFORCERS)
                        for s in kids(c)) or made_to_suffer(c)) for c in clauses)


def made_to_suffer(clause: Token) -> bool:
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


def claimed_nouns(r: Reading) -> list[Token]:
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


def presupposed_fact(r: Reading, prep: Token) -> bool:
    return r.code[:2] == "11" and any(o.lemma_.lower() in PRESUPPOSED_NOUNS for o in pobjs(prep))


DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})


def denied_report(fb) -> bool:
    """Whether an accusation noun is what a party denies ("rejected allegations that ...")."""
    return fb.pattern.pos == "noun" and fb.head.dep_ in ("dobj", "nsubjpass") \
        and fb.head.head.lemma_.lower() in DENYING_VERBS


def denial_told_as_claim(doc, denial: Event, events: list[Event]) -> bool:
    """Whether a denial ("denied charges that it was arming the rebels") names a claim that is
    coded as an event of its own, done by the denier's side (the arming, ``denied``): convention
    11 codes the denied claim with its own code, so the denial is that event, not a 016 beside
    it. A denial whose claim is not coded as the denier's act ("denied the charge", "denied any
    role in the attack") stays a 016."""
    if denial.cameo != DENIAL_CODE or denial.anchor is None or denial.source is None:
        return False
    verb = doc[denial.anchor]
    clauses = [c for noun in kids(verb) if noun.dep_ in ("dobj", "obj") for c in content_clauses(noun)]
    told = {t.i for c in clauses for t in c.subtree}
    return any(e.anchor in told and e.source is not None and e.source.country == denial.source.country
               for e in events if e is not denial)


def speech_content(r: Reading) -> set[int]:
    """The content of an accusation, criticism or demand ("accused Iran *of attacking ships*") is
    not an event of its own: its tokens are used up by the speech act."""
    if r.code[:2] == "04":
        # (a time phrase is no topic, nor what a clause on it tells: "visits Cairo on Saturday,
        # where he will meet X")
        hosts = [r.head, *[w for b in r.inner for w in b.wrapped]]
        return {t.i for h in hosts for c in kids(h) if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                and not dated(c) for t in c.subtree}
    if r.code[:2] not in CONTENT_ROOTS:
        return set()
    out: set[int] = set()
    for host in [r.head, *[b.head for b in r.inner]]:
        for child in kids(host):
            if (child.dep_ == "prep" and child.lower_ in CONTENT_PREPS and not presupposed_fact(r, child)) \
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
