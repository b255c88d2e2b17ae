"""Reactions to an act the article told earlier: "Britain condemned the seizure", "Macron
condemned the offensive", "Kigali denied the accusations", "Kagame rejected the warning".

A reaction whose object is a definite event noun with no owner in its own sentence ("the
seizure", "the offensive", "the move") is aimed at whoever did that act: the source of the latest
earlier event of the same kind (the noun's own CAMEO root), or, for a noun that names any act
("the move", "the decision"), of the latest earlier event in the sentences just before.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import ActorMention, Event
from eventwire.nlp import doc_actors, kids

# roots of acts that answer another party's act: praise and approval, demands, criticism,
# rejection, threats, protest
ANSWERING_ROOTS = frozenset({"05", "10", "11", "12", "13", "14"})
REACTION_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# nouns that name whatever act was just told
ANY_ACT_NOUNS = frozenset({"move", "decision", "step", "action", "act", "announcement", "measure", "plan",
                           "initiative", "policy"})
SENTENCES_BACK = 5


def earlier_actor(verb: Token, n: int, earlier: list[tuple[int, Event]], roots_of,
                  reactors: list[ActorMention] = ()) -> ActorMention | None:
    """The party whose earlier act a reaction at ``verb`` (in sentence ``n``) is about, when its
    object is a definite, ownerless event noun. ``earlier`` holds (sentence number, event) in text
    order; ``roots_of(token)`` gives the CAMEO roots the lexicon reads in an event noun;
    ``reactors`` are the reaction's sources."""
    noun = _reacted_to(verb, doc_actors(verb.doc))
    if noun is None:
        return None
    any_act = noun.lemma_.lower() in ANY_ACT_NOUNS
    roots = set() if any_act else set(roots_of(noun))
    if not any_act and not roots:
        return None
    # a noun that names a speech act answers one ("rejected the warning", "denied the
    # accusations"); other reactions are to deeds, never to another reaction
    spoken = roots & ANSWERING_ROOTS
    for m, prior in reversed(earlier):
        if n - m > (1 if any_act else SENTENCES_BACK):
            break
        if m == n or prior.source_ref is None or prior.cameo[:2] in ANSWERING_ROOTS - spoken:
            continue
        if any_act or prior.cameo[:2] in roots:
            return prior.source_ref
    # "Niger's rulers ordered the French ambassador to leave ... France rejected the demand": an
    # answer (to a speech act) that names an act of another kind aimed at the one who answers
    home = {a.country for a in reactors if a.country} if spoken else set()
    for m, prior in reversed(earlier):
        if n - m > SENTENCES_BACK:
            break
        if m != n and prior.source_ref is not None and prior.target_ref is not None \
                and prior.target_ref.country in home and prior.source_ref.country not in home:
            return prior.source_ref
    return None


def _reacted_to(verb: Token, actors) -> Token | None:
    """The definite, ownerless event noun a reaction is about ("condemned the seizure")."""
    for noun in (c for c in kids(verb) if c.dep_ in REACTION_OBJECT_DEPS and c.pos_ == "NOUN"):
        own = kids(noun)
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in own):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in actors for c in own):
            return None  # "the Turkish offensive" names its owner
        return noun
    return None
