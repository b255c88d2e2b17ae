"""Who acts on whom when parties are named together: a compound subject that acts on itself
("Israel and Hamas exchanged fire"), a fight both sides wage ("clashed with X"), acts done to each
other ("tit-for-tat expulsions", "each side accused the other"), agreements between the parties
named together, and parties named side by side (seed conventions 7 and 13)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.model import ActorMention
from eventwire.nlp import kids, sentence_text
from eventwire.ontology import is_symmetric

from .readings import Reading
from .syntax import pobjs, preps_of

FORCE_ROOT = "19"  # conventional military force: fighting between parties is mutual
RELEASE_CODE = "084"  # return or release persons (0841) or property
AGREEING_VERBS = frozenset({"agree", "consent"})
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "protocol", "memorandum", "settlement"})

RECIPROCAL_VERBS = {"exchange", "clash", "trade", "swap", "skirmish", "reconcile", "agree", "unite", "ally", "sever",
                    "break", "cut", "restore", "establish", "normalize", "normalise", "resume", "sign", "fight"}
EXCHANGE_VERBS = {"exchange", "swap", "trade"}
# "X and Y agreed to reopen talks": each side agreed, so one event per side (seed convention 13);
# "X and Y clashed", "fought a war": each side used force on the other (seed convention 7)
MUTUAL_VERBS = {"agree", "clash", "fight", "skirmish"}
# a pattern whose target follows one of these reads reciprocally with a compound subject and no
# target: "X and Y upgraded their ties" is "upgraded ties with each other"; "on|against T" is not
RECIPROCAL_PREPS = frozenset({"with", "between", "among", "amongst"})
# appeals, demands, disapproval, rejection, threats, protest: said to another party, never to a co-speaker
ADDRESSED_SPEECH_ROOTS = frozenset({"02", "10", "11", "12", "13", "14"})


def reciprocal(sent: Span, r: Reading) -> bool:
    """Whether a compound subject acts on itself: "Israel and Hamas exchanged fire", "the two
    sides clashed", "Kenya and Uganda reopened their border", "... fought each other"."""
    if r.head.lemma_.lower() in RECIPROCAL_VERBS:
        return True
    if r.missing_preps & RECIPROCAL_PREPS and r.code[:2] not in ADDRESSED_SPEECH_ROOTS:
        return True  # (not "Japan and Australia expressed concern": each voices it, to no one named)
    text = sentence_text(sent).lower()
    return any(w in text for w in (" each other", " one another", " together", " mutual", " jointly", " bilateral"))


# "tit-for-tat expulsions by A and B", "reciprocal sanctions": each party did it to the other ("retaliatory
# strikes by A and B" may be their joint strikes on a third)
TIT_FOR_TAT = ("tit-for-tat", "reciprocal")


# combat words whose "with T" or "between A and T" names the other side of a fight both sides wage
# ("clashed with", "fighting between", "a war with"); "fought against T" is one side's act
COMBAT_WORDS = frozenset({"clash", "fight", "fighting", "skirmish", "battle", "war", "hostility", "hostilities",
                          "firefight", "gunfight", "combat"})
ALLY_PREPS = frozenset({"against", "alongside"})


def mutual_combat(r: Reading, target_tokens: list[Token]) -> bool:
    """Whether a use of force names its target as the other party to a fight: the combat word's
    own "with" or "between" phrase, and no "against" or "alongside" that makes it one side's act
    or a fight beside an ally."""
    head = r.head
    if r.code[:2] != FORCE_ROOT or head.lemma_.lower() not in COMBAT_WORDS and head.lower_ not in COMBAT_WORDS:
        return False
    preps = [c for c in kids(head) if c.dep_ == "prep"]
    if any(p.lower_ in ALLY_PREPS for p in preps):
        return False
    for t in target_tokens:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        # ("fighting erupted between A and B": the parser may hang "between" on the clause's verb)
        if t.dep_ == "pobj" and (t.head.lower_ == "between" or t.head.lower_ == "with" and _of_combat(t.head, head)) \
                and not any(c.lower_ in ALLY_PREPS for c in kids(t)):  # ("fought with US forces against IS")
            return True
    return False


def _of_combat(with_: Token, head: Token) -> bool:
    """Whether a "with" phrase is the combat's own: on the combat word, or on the combat noun
    that word takes as its object ("fought a border war with X": a war both sides waged)."""
    host = with_.head
    return host.i == head.i or (host.dep_ == "dobj" and host.head.i == head.i and host.lemma_.lower() in COMBAT_WORDS)


def tit_for_tat(r: Reading) -> bool:
    """Whether the modifiers of a nominal act (or of the act a frame wraps: "announced
    reciprocal expulsions") say its parties did it to each other."""
    for noun in [r.head, *[w for b in r.inner for w in b.wrapped]]:
        if noun.pos_ == "NOUN" and noun.left_edge.i < noun.i:
            words = noun.doc[noun.left_edge.i:noun.i].text.lower()
            if any(w in words for w in TIT_FOR_TAT):
                return True
    return False


def shared_act_wrapped(r: Reading) -> bool:
    """Whether a frame wraps a symmetric act (talks, cooperation, an agreement): rule ids start
    with their code, and the last rule is the wrapped act's."""
    code = r.rules[-1].split(".", 1)[0] if len(r.rules) > 1 else ""
    return code.isdigit() and is_symmetric(code) and not is_symmetric(r.code)


def intent_alone(r: Reading) -> bool:
    """ "Benin, Chad and Bangladesh offered to send personnel": an intent frame whose wrapped act
    no pattern knows (030 only for want of it) is each party's offer to a third, not to each other."""
    return len(r.rules) == 1 and r.rules[0].startswith("intent.")


def agreed_together(r: Reading) -> bool:
    """ "Armenia and Azerbaijan agreed to a ceasefire", "Tokyo and Seoul agreed to share
    intelligence": what parties named together agree to with no one else named, they agree
    to with each other."""
    return r.head.lemma_.lower() == "agree" or r.rules[0].startswith("agree.")


# what parties agree on that settles something between them ("agreed on a peace plan")
ACCORD_NOUNS = AGREEMENT_NOUNS | {"plan", "roadmap", "framework", "blueprint", "formula", "declaration", "term",
                                  "arrangement", "understanding", "package"}
AGREED_PREPS = frozenset({"to", "on", "upon"})


def agreed_on_accord(r: Reading) -> bool:
    """An agree frame with no act a pattern knows inside, wrapping a settlement noun: "agreed
    on a plan", "agreed to a deal" (not "agreed to send troops", which names its act)."""
    if not (r.default and r.code == "030" and r.head.lemma_.lower() in AGREEING_VERBS):
        return False
    # (what is agreed: the object, or the noun after "to", "on" or "upon"; not "on Monday")
    agreed = [c for c in kids(r.head) if c.dep_ == "dobj"] + [
        o for p in preps_of(r.head, AGREED_PREPS) for o in pobjs(p)]
    return any(w.pos_ == "NOUN" and (w.lemma_.lower() in ACCORD_NOUNS or w.lemma_.lower() == "map" and any(
        c.lower_ == "road" for c in kids(w))) for w in agreed)


# "each side accused the other", "each country blamed the other", "A and B each blamed the other",
# "Each has accused the other" ("the other" alone, or naming the side: not "each of the other states")
EACH_THE_OTHER = re.compile(r"\beach(?: (?:side|party|country|nation|state|rival|belligerent))?\b(?! of\b)[^.;]*"
                            r"\bthe other\b(?! (?!side|party|country|nation|state|rival|belligerent)[a-z]+s\b)")


def each_released(r: Reading, src_tokens: list[Token]) -> bool:
    """ "Russia and Ukraine each handed over 150 prisoners", "the two sides each freed 90
    soldiers": parties that each release captives, no one else named, release them to each other."""
    if not r.code.startswith(RELEASE_CODE):
        return False
    return any(c.lower_ == "each" and c.dep_ in ("appos", "det", "advmod", "nsubj")
               for t in src_tokens for c in kids(t)) \
        or any(c.lower_ == "each" and c.dep_ in ("advmod", "npadvmod", "dep") for c in kids(r.head))


def each_other(sent: Span) -> bool:
    """ "X and Y accused each other": each party did it to the other."""
    text = sentence_text(sent).lower()
    return " each other" in text or " one another" in text or EACH_THE_OTHER.search(text) is not None


def as_parties(actors: list[ActorMention]) -> list[ActorMention]:
    """Parties named side by side ("talks between Colombia and FARC rebels", "Sri Lanka and Tamil
    rebels signed a truce"): a bare country beside a rebel, opposition or other non-state body of
    its own stands for its government (else the pair would be one actor and no event)."""
    domestic = {a.country for a in actors if a.country and a.sector and a.sector != "GOV"}
    return [replace(a, cameo=a.country + "GOV", sector="GOV")
            if a.country in domestic and a.cameo == a.country and not a.members else a for a in actors]
