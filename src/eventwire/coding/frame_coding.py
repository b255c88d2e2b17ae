"""The code a frame gives the act it wraps: its row of frame_codes.tsv for that act, unless the
wrapped clause says more. An announced act already done is the act; so is a court's decision to
act and a pledge with immediate effect; a standing aim at another's ouster is a demand for it; what
is asked of a thing someone owns is a policy; a commitment to act by force is a threat of force;
asking a party not to use force is asking it to de-escalate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.nlp import doc_actors, kids

from .argument_actors import actors_of
from .lexicon import Lexicon, Pattern
from .matcher import Binding
from .refine import VISIT_CODE
from .roots import HARM_ROOTS, THREAT_ROOT
from .syntax import pobjs, preps_of

if TYPE_CHECKING:
    from .readings import Reading

OUSTER_NOUNS = frozenset({"removal", "ouster", "impeachment", "overthrow", "toppling"})
POLICY_ACTION = "policy"  # frame_codes.tsv: the row for an act asked of a thing, not an actor
# a court's decision to act is a ruling that does it, not an intent ("the court decided to free X")
COURT_DECISION_FRAME = "intent.decide"
COURT_NOUNS = frozenset({"court", "tribunal", "judge", "judges", "bench", "magistrate", "magistrates"})
# frames that state what the speaker commits to; done "by force", it is a threat of force (a wish,
# "wants to X by force", is left out: measured, its subject is too often misparsed)
FORCE_FRAMES = frozenset({"intent", "pledge", "threaten"})
FORCE_THREAT_CODE = "138"
ASKING_FRAMES = frozenset({"appeal", "demand"})
DE_ESCALATION_ACT = "087"  # frame_codes.tsv: the act asked for when force is asked to stop


def wrapped_frame_code(lex: Lexicon, p: Pattern, fb: Binding, x: Token, r: Reading | None,
                       visit: bool) -> str | None:
    """The code of the frame pattern ``p`` (bound as ``fb``) over the act ``r`` its clause ``x``
    tells (None: no act a pattern knows; ``visit``: an invitation to a place): the frame's row of
    frame_codes.tsv for the act, unless the clause says more."""
    code = lex.frame_code(p.frame, VISIT_CODE if visit else (r.code if r else None))
    if p.frame == "announce" and r is not None and _done(x):
        code = r.code  # "announced that it had lifted the curfew": the act done, no intent
    if p.id == COURT_DECISION_FRAME and r is not None and _court_decided(fb.head):
        code = r.code  # "the high court decided to let X stand": a court's decision is its ruling
    if p.frame == "pledge" and r is not None and (_with_immediate_effect(x) or _with_immediate_effect(fb.head)):
        code = r.code  # "announced it would leave the bloc with immediate effect": a decision, done
    if p.frame in ("intent", "aim") and r is not None and r.head.lemma_.lower() in OUSTER_NOUNS:
        # "is still set on Lukashenko's ouster": a standing aim at another's removal is
        # a demand for it (convention 4), not an intent to step down
        code = lex.frame_code("demand", r.code) or code
    if code is None and r is None and _owned_thing(fb.targets):
        # "want the agency's budget to be frozen": what is asked of a thing someone owns is
        # a policy of the owner's
        code = lex.frame_codes.get(p.frame, {}).get(POLICY_ACTION)
    if p.frame in FORCE_FRAMES and (code is None or code[:2] != THREAT_ROOT) and _by_force(x):
        # "vowed to bring T back under its control by force": whatever the act,
        # committing to it by force is a threat of force against T
        code = FORCE_THREAT_CODE
    if p.frame in FORCE_FRAMES and r is not None and r.code[:2] in HARM_ROOTS and _uses_force(x):
        # "warned it would use force against T": force named with no kind is a threat of force,
        # not of the conventional attack (1384) another 19x act commits to
        code = FORCE_THREAT_CODE
    if p.frame in ASKING_FRAMES and r is not None and r.code[:2] in HARM_ROOTS \
            and any(c.dep_ == "neg" for c in kids(x)):
        # "urged India not to attack Pakistan": asking a party not to use force is
        # asking it to de-escalate (0256, 1056), as asking it to refrain from force is
        code = lex.frame_code(p.frame, DE_ESCALATION_ACT)
    return code


def _done(verb: Token) -> bool:
    """Whether a clause's verb tells a past or completed act ("had expelled", "has called off",
    "withdrew"), not a future one."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids(verb))


def _court_decided(verb: Token) -> bool:
    """Whether the subject of a past "decided" is a court or judge ("the Supreme Court decided to
    ...", "a judge decided to ..."), not a government announcing an intent."""
    return verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in COURT_NOUNS for c in kids(verb))


def _with_immediate_effect(verb: Token) -> bool:
    """"would leave the bloc with immediate effect": an act announced as taking effect now is
    decided, not promised (a pledge of a reduction in relations is otherwise a threat, 13x)."""
    for c in kids(verb):
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                o.lemma_.lower() == "effect" and any(a.lower_ == "immediate" for a in kids(o)) for o in pobjs(c)):
            return True
    return False


def _owned_thing(tokens: list[Token]) -> bool:
    """Whether the tokens name a thing, not an actor, that an actor's name modifies ("the EU
    budget", "Iran's programme")."""
    if not tokens:
        return False
    doc = tokens[0].doc
    # the mention of "the EU budget" is keyed on "budget" but names only the EU
    mentions = doc_actors(doc)
    things = [t for t in tokens if t.pos_ == "NOUN" and (t.i not in mentions or t.text not in mentions[t.i].text.split())]
    return len(things) == len(tokens) and bool(actors_of(doc, tokens))


def _uses_force(x: Token) -> bool:
    """ "to use force against X"; not "to use air force jets", "to use a task force"."""
    return x.lemma_.lower() == "use" and any(
        o.dep_ == "dobj" and o.lemma_.lower() == "force" and not any(c.dep_ in ("compound", "det") for c in kids(o))
        for o in kids(x))


def _by_force(x: Token) -> bool:
    """ "to retake the region by force", "by military force"; not "by a task force"."""
    return any(o.lemma_.lower() == "force" and not any(c.dep_ == "compound" for c in kids(o))
               for p in preps_of(x, frozenset({"by"})) for o in pobjs(p))
