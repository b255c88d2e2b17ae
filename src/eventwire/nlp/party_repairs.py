"""Repairs that give a headline-like clause its parties, which the small English model reads as
loose modifiers (part of the parse repairs in repairs.py).

"Russia jailed opposition politician Alexei Navalny", "Pakistan scrambled fighter jets": in a
headline-like clause the model may read the past-tense verb as a modifier of its object, which
becomes the root, with the agent the verb's subject or the object's modifier; the repair makes the
verb the clause's head, the agent its subject and the noun its object. "Uganda detained opposition
leader Kizza Besigye": a name read as a loose noun modifier of the verb is its object.

"Sudan army, RSF agree to talks", "US, China agree to resume talks": a headline's comma stands
for "and"; the model reads the first party as a loose modifier of the verb. The repair makes it
the subject, with the second party its conjunct.

"The Islamist militant group al-Shabab claimed ...": the model may read each part of a hyphenated
name after a descriptive noun as one more subject; the repair makes the name the noun's apposition.
"""

from __future__ import annotations

from spacy.tokens import Token

LOOSE_DEPS = frozenset({"dep", "npadvmod", "nmod"})
NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _headline_verb_read_as_modifier(noun: Token) -> None:
    """ "Russia jailed opposition politician Alexei Navalny", "Iran jailed journalist X", "Kenyan
    police tear-gassed protesters": a clause headed by a noun whose past-tense modifier has the
    agent as its subject, or follows it right at the clause's start, is the verb's clause."""
    # (the modifier may hang on the title before the name: "jailed opposition politician X")
    hosts = [noun, *(c for c in noun.lefts if c.dep_ == "compound")]
    host, verb = next(((h, c) for h in hosts for c in h.lefts if c.dep_ in ("amod", "acl") and c.tag_ in ("VBD", "VBN")),
                      (None, None))
    if verb is None or any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in verb.children):
        return
    agent = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if agent is None:
        # ("Iran jailed ...": the agent read as the object's modifier, opening the clause)
        agent = next((c for c in host.lefts if c.dep_ in ("nmod", "compound", "npadvmod")
                      and c.right_edge.i + 1 == verb.left_edge.i), None)
        if agent is None:
            return
        # ("The Kenyan police ...": the words before it modify it, though read as the object's)
        opening = [c for c in noun.lefts if c.i < agent.left_edge.i]
        if agent.ent_type_ in NOT_PARTIES \
                or any(c.dep_ not in ("det", "amod") or c.i != c.right_edge.i for c in opening) \
                or agent.left_edge.i - len(opening) != noun.left_edge.i \
                or not (agent.pos_ == "PROPN" or any(c.dep_ == "amod" for c in [*agent.children, *opening])):
            return
        for c in opening:
            c.head = agent
    verb.head, verb.dep_ = (verb, "ROOT") if noun.dep_ == "ROOT" else (noun.head, noun.dep_)
    verb.pos_, verb.tag_ = "VERB", "VBD"
    agent.head, agent.dep_ = verb, "nsubj"
    for c in list(noun.rights):
        if c.dep_ == "punct" and c.i == c.sent.end - 1:
            c.head = verb  # the full stop ends the verb's clause
    noun.head, noun.dep_ = verb, "dobj"


def _name_read_as_adverb(verb: Token) -> None:
    """ "Uganda detained opposition leader Kizza Besigye", "police detained journalist Ahmet Sik
    on Friday": a name right after a transitive verb, or after its one-word object, read as a
    loose noun modifier of the verb (npadvmod), is the object (the word before it its title)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.lefts):
        return
    name = next((c for c in verb.rights if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                 and c.ent_type_ not in NOT_PARTIES), None)
    if name is None:
        return
    objs = [c for c in verb.rights if c.dep_ == "dobj"]
    if not objs and name.left_edge.i == verb.i + 1:
        name.dep_ = "dobj"
    elif len(objs) == 1 and objs[0].i == objs[0].right_edge.i and objs[0].i + 1 == name.left_edge.i \
            and objs[0].pos_ == "NOUN":
        title = objs[0]
        name.dep_ = "dobj"
        title.head, title.dep_ = name, "compound"


def _name_split_into_subjects(verb: Token) -> None:
    """ "The Islamist militant group al-Shabab claimed ...": the model may read each part
    of a hyphenated name after a descriptive noun as one more subject of the verb; the name is
    in apposition to the noun (its last part the head, the others compounds of it)."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].pos_ != "NOUN":
        return
    noun, parts = subjects[0], subjects[1:]
    start = noun.right_edge.i + 1
    for p in parts:
        # each part a run of name words right after the last, up to the verb's other words
        if p.pos_ != "PROPN" or p.left_edge.i != start \
                or not all(w.pos_ == "PROPN" or w.tag_ == "HYPH" for w in p.subtree):
            return
        start = p.right_edge.i + 1
    # (a first part the model already hung on the noun: "group al" + "- Shabab")
    begun = [c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i == noun.right_edge.i]
    head = parts[-1]
    head.head, head.dep_ = noun, "appos"
    for p in begun + parts[:-1]:
        p.head, p.dep_ = head, "compound"


def _headline_comma_subjects(verb: Token) -> None:
    """ "X, Y agree to ...": a named party, a comma and the verb's subject are two subjects."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBP", "VB", "VBD"):
        return
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    for first in verb.lefts:
        comma = first.doc[first.right_edge.i + 1] if first.right_edge.i + 1 < len(first.doc) else None
        if first.dep_ not in LOOSE_DEPS or comma is None or comma.text != "," or comma.i + 1 != subj.left_edge.i:
            continue
        named = first.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in first.children)
        if named and first.ent_type_ not in NOT_PARTIES:
            first.dep_ = "nsubj"
            subj.head, subj.dep_ = first, "conj"
            comma.head = first
        return
