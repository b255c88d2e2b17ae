"""Whom a threat is aimed at: whoever must comply with its condition ("threatened to strike if Y
refuses"), the party a pronoun in the condition names ("... if it refuses"), or whom the
threatener's demands told just before were made of; never the threatener's own forces it protects.
And whether an act vows revenge ("did not rule out retaliation"), which is aimed at whoever last
acted on the threatener's side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from eventwire.model import ActorMention, Event
from eventwire.nlp import doc_actors, kids
from eventwire.ontology import is_symmetric

from .argument_actors import actors_of
from .conditions import condition_clauses
from .refine import STATE_SECTORS
from .roots import HOSTILE_ROOTS
from .sides import same_actor, same_side
from .subjects import verb_subjects

if TYPE_CHECKING:
    from .readings import Reading

PROTECTED_SECTORS = frozenset({"GOV", "MIL", "COP"})
# a condition that one's demands be met: "if its demands are not met", "unless they are satisfied"
MEETING_DEMAND_VERBS = frozenset({"meet", "satisfy", "fulfil", "fulfill", "grant", "heed", "accept"})
DEMAND_NOUNS = frozenset({"demand", "condition", "request", "ultimatum"})
DEMAND_ROOT = "10"
# what answers another's act in kind: "vowed revenge", "did not rule out retaliation"
# (and a response announced to it: "would respond firmly", "reserved the right to respond", "would
# take the necessary measures", "will not stand idly by")
RETALIATION_WORDS = frozenset({"retaliation", "revenge", "reprisal", "retribution", "countermeasure", "retaliate",
                               "avenge", "respond", "react", "reply", "right", "measure", "step", "idly", "idle"})


def threatened(doc: Doc, r: Reading, sources: list[ActorMention], targets: list[ActorMention], n: int,
               earlier: list[tuple[int, Event]], current: list[Event] | None) -> list[ActorMention]:
    """Whom the threat ``r`` (in sentence ``n``) is aimed at, given the ``targets`` found for it:
    whoever must comply with its condition, or whom the threatener's demands told just before were
    made of; never the threatener's own forces it protects. ``earlier`` are the events told before
    and ``current`` those coded so far in this sentence."""
    victims = [t for t in targets if not same_actor(t, sources)]
    if all(t.name is None for t in victims):
        # "threatened to strike if Y refuses": whoever must comply is the one threatened, also
        # when the act would hit the speaker's own side or unnamed people ("would kill the
        # captives unless Y ...")
        subjects = [s for c in condition_clauses(r) for s in verb_subjects(c)]
        complying = [a for a in actors_of(doc, subjects) if not same_actor(a, sources)]
        its = [s for c in condition_clauses(r) for s in kids(c) if s.dep_ == "nsubj" and s.lower_ == "it"]
        if not complying and its and actors_of(doc, its):
            # "Spain says Gibraltar is Spanish and has threatened to act if it refuses": no one
            # threatens itself to comply, so the pronoun is the party named before it, not the speaker
            complying = _named_before(doc, r, sources, its[0].i)
        targets = complying or _asked(r, sources, n, [*earlier, *((n, e) for e in current or [])]) or victims
    # "warned that any attack on his troops would be met with force": a state's own forces are
    # what the threat protects, not whom it threatens
    home = {s.country for s in sources if s.country and (s.sector in STATE_SECTORS or not s.sector)}
    return [t for t in targets if not (t.country in home and t.sector in PROTECTED_SECTORS)]


# the acts a threat's condition may say go on ("if the attacks continue", "should the shelling
# resume"): threats, shows of force, sanctions, coercion and force
CONTINUED_DEED_ROOTS = frozenset({"13", "15", "16"}) | HOSTILE_ROOTS
CONTINUED_BACK = 5  # sentences


def continued_deed_doers(r: Reading, sources: list[ActorMention], n: int, told: list[tuple[int, Event]],
                         roots_of) -> list[ActorMention]:
    """ "Houthi fighters fired mortars at the town ... the coalition will not stand idly by if the
    attacks continue": a threat held on an act named by a noun with no party of its own going on
    is aimed at the doer of the latest such act told (in sentence ``n``, the threat's, or up to
    five before), when not on the threatener's side; ``roots_of(noun)`` gives the CAMEO roots the
    lexicon reads in an event noun."""
    doc = r.head.doc
    nouns = [s for c in condition_clauses(r) for s in verb_subjects(c)
             if s.pos_ == "NOUN" and not actors_of(doc, [s]) and not any(k.dep_ == "poss" for k in kids(s))]
    roots = {root for noun in nouns for root in roots_of(noun)} & CONTINUED_DEED_ROOTS
    if not roots:
        return []
    for m, ev in reversed(told):
        if n - m > CONTINUED_BACK:
            break
        if ev.cameo[:2] in roots and ev.source_ref is not None \
                and not any(same_side(s, ev.source_ref) for s in sources):
            return [ev.source_ref]
    return []


WARNING_VERB = "warn"


def warned_party(r: Reading, sources: list[ActorMention], current: list[Event]) -> list[ActorMention]:
    """ "summoned the US envoy, warning that the sale would harm ties", "said the move mirrored an
    EU ban and warned that further steps could follow": a warning that names no party is given
    to the party the rest of its sentence deals with: the one the warner's own act told there
    was aimed at, or else the doers of another party's act told there (both sides of a joint one).
    ``current`` holds the events coded so far in the warning's sentence."""
    if r.head.lemma_.lower() != WARNING_VERB:
        return []
    for ev in reversed(current):
        if ev.source_ref is None or ev.target_ref is None:
            continue
        ours = any(same_side(s, ev.source_ref) for s in sources)
        if ours and not any(same_side(s, ev.target_ref) for s in sources):
            return [ev.target_ref]
        if not ours:
            doers = [ev.source_ref, ev.target_ref] if is_symmetric(ev.cameo) else [ev.source_ref]
            return [a for a in doers if not any(same_side(s, a) for s in sources)]
    return []


def vows_revenge(r: Reading) -> bool:
    """Whether ``r`` vows, threatens or holds out revenge: a verb's, or a frame's around a revenge
    noun ("vowed revenge"), not the noun alone ("would not support any Israeli reprisal")."""
    doc = r.head.doc
    return (r.binding.pattern.pos != "noun" or bool(r.inner)) \
        and any(doc[i].lemma_.lower() in RETALIATION_WORDS for i in r.consumed)


def _asked(r: Reading, sources: list[ActorMention], n: int, earlier: list[tuple[int, Event]]) -> list[ActorMention]:
    """ "demanded a prisoner release from Kabul, saying it would kill a hostage if the demands
    were not met": a threat on condition that one's demands are met threatens whoever they were
    made of (the source's own demands told in this sentence or the one before)."""
    if not any(v.lemma_.lower() in MEETING_DEMAND_VERBS and any(
            s.lemma_.lower() in DEMAND_NOUNS or s.lower_ in ("they", "these", "those")
            for s in kids(v) if s.dep_ in ("nsubj", "nsubjpass", "dobj"))
            for v in condition_clauses(r)):
        return []
    home = {s.country for s in sources if s.country} | {s.cameo for s in sources}
    found: list[ActorMention] = []
    for m, ev in reversed(earlier):
        if n - m > 1 or ev.cameo[:2] != DEMAND_ROOT or ev.source_ref is None or ev.target_ref is None:
            continue
        if (ev.source_ref.cameo in home or ev.source_ref.country in home) and not same_actor(ev.target_ref, sources) \
                and all(ev.target_ref is not f for f in found):
            found.append(ev.target_ref)
    return found


def _named_before(doc: Doc, r: Reading, sources: list[ActorMention], limit: int) -> list[ActorMention]:
    """The last party named in the act's sentence before token ``limit`` other than ``sources``."""
    actors = doc_actors(doc)
    sent = r.head.sent
    named = [a for i in range(sent.start, limit) if i in actors for a in [actors[i]]
             if a.cameo and not same_actor(a, sources)]
    return named[-1:]
