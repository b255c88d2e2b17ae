"""Whether a reported clause tells the speaker's own act: a frame that needs it ("said it would
...", "his country will ...", "the Portuguese president said Portugal will ...") reads the clause's
subject against the speaker's; rebels and the state they challenge are one country but two
sides. And whether an admission names the admitter's own act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.nlp import kids

from .argument_actors import actors_of, first_actor, subject_actors
from .arguments import source_tokens
from .owners import owner_actors
from .refine import STATE_SECTORS
from .sides import same_side
from .subjects import verb_subjects
from .syntax import halted_act

if TYPE_CHECKING:
    from .readings import Reading

OWN_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
OWN_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})
# the speaker's own state or its organs, named with a possessive ("his country", "our troops")
OWN_BODIES = frozenset({"country", "government", "nation", "state", "administration", "side", "force", "forces",
                        "troops", "army", "military", "party", "movement", "group", "organisation", "organization"})
# parties that challenge their own state: of its country, but not its side
CHALLENGER_SECTORS = frozenset({"REB", "INS", "OPP", "RAD"})


def opponents(a, b) -> bool:
    """Rebels, insurgents or the opposition and the state they challenge: one country, two
    sides ("Congolese rebels declared that President Tshisekedi must ..." is a demand on him, not a
    commitment of the rebels' own side)."""
    return (a.sector in CHALLENGER_SECTORS and b.sector in STATE_SECTORS) \
        or (b.sector in CHALLENGER_SECTORS and a.sector in STATE_SECTORS)


def own_act(doc: Doc, speaker_verb: Token, x: Token) -> bool:
    """Whether the clause ``x`` reports the speaker's own act: its subject is a personal
    pronoun ("Chile said it would allow") or an actor of the speaker's own country ("Portugal
    will support ..., the Portuguese president said")."""
    subjects = [c for c in kids(x) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ == "neg" for c in kids(x)):
        return False  # "said it would not accept": an announced refusal, coded as such
    if subjects[0].pos_ == "PRON":
        return subjects[0].lower_ in OWN_PRONOUNS
    if subjects[0].lemma_.lower() in OWN_BODIES and any(
            c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in kids(subjects[0])):
        return True  # "said his country would strengthen ties", "said our forces will withdraw"
    speakers = actors_of(doc, verb_subjects(speaker_verb))
    actors = actors_of(doc, subjects[:1])
    return bool(speakers and actors) and all(
        a.country and any(a.country == s.country and not opponents(a, s) for s in speakers) for a in actors)


def includes_own_side(doc: Doc, speaker_verb: Token, addressees: list[Token]) -> bool:
    """Whether a group the speaker addresses has the speaker's own country among several
    parties ("the two countries should settle the row", "Peru and Chile should talk", said by a
    Chilean): what both sides should do is no appeal to the other one."""
    actors = actors_of(doc, addressees)
    speakers = actors_of(doc, verb_subjects(speaker_verb))
    return len({a.country for a in actors}) > 1 and any(
        a.country and a.country == s.country and not opponents(a, s) for a in actors for s in speakers)


def unowned_halt(doc: Doc, x: Token) -> bool:
    """Whether the clause ``x`` halts or lifts an act whose doer it names only by an own
    possessive or not at all: its subject is the act ("the strikes will cease", "its
    offensive will be halted")."""
    act = halted_act(x) or next((c for c in kids(x) if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    if act is None or any(c.dep_ == "neg" for c in kids(x)):
        return False
    owners = [c for c in kids(act) if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < act.i
              and c.lower_ not in OWN_POSSESSIVES]
    return not actors_of(doc, owners)



def own_side(doc: Doc, speaker_verb: Token, x: Token) -> bool:
    """Whether the clause ``x`` has as subject "we" or a named actor of the speaker's own
    country ("German troops must remain ..., the chancellor said"); "they" may be anyone."""
    subjects = [c for c in kids(x) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ in ("they", "he", "she", "it"):
        return False
    return own_act(doc, speaker_verb, x)



def admits_own(doc: Doc, event_nouns: frozenset[str], verb: Token, act: Reading) -> bool:
    """Whether the act an admission names is the admitter's own: done by it ("admitted
    killing civilians", "admitted that it shelled ..."), by its own ("its forces", "its air
    strike", the same state's organs) or, named by a noun with no agent, aimed at another
    party ("acknowledged the air strike on Afghan territory"). Not another party's act
    ("acknowledged that Russian forces captured the town") nor one suffered ("acknowledged the
    attack on its base")."""
    admitters = subject_actors(doc, verb_subjects(verb))
    agents = source_tokens(act.binding, event_nouns)
    if any(t.lower_ in OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in kids(t))
           for t in agents):
        return True
    noun = act.binding.pattern.pos == "noun"
    doers = first_actor(doc, agents, act.head) if noun else subject_actors(doc, agents)
    if doers:
        return all(any(same_side(d, a) for a in admitters) for d in doers)
    if not noun or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for t in act.targets for c in kids(t)):
        return False
    victims = actors_of(doc, act.targets) or owner_actors(doc, act.targets)
    return bool(victims) and not any(same_side(v, a) for v in victims for a in admitters)
