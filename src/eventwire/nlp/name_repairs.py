"""Repairs of names and appositions the small English model misreads (part of the parse repairs
in repairs.py).

"ECOWAS froze Niger's assets": the model may read a sentence-initial acronym as a verb and the
verb after it as a modifier; the repair makes the acronym the subject of that verb.

"Vice Premier Liu He held talks": the model reads the capitalised "He" inside a name as the
pronoun; the repair makes it the name's last word.

"Peru declared the Mexican ambassador persona non grata": the model may read "persona" as the verb
of a clause with the envoy as its subject; the repair makes the envoy the object and the phrase
its predicate.

"the war between the army and the paramilitary Rapid Support Forces": the model may read the
adjective as the second conjunct and the name as an apposition hung elsewhere; the repair makes
the name the conjunct and the adjective its modifier.

"NATO ally Turkey", an apposition hung on the subject across the verb, one after a name with its
acronym in brackets, and a name joined by "and" to a hyphenated agent: each function says how the
model reads it and what the repair makes of it.
"""

from __future__ import annotations

from spacy.tokens import Token

# "NATO ally Turkey", "EU partner Norway": a word for a country's tie to a club, before its name
CLUB_TIES = frozenset({"ally", "member", "partner"})


def _first_agent_read_as_the_noun_s_conjunct(participle: Token) -> None:
    """ "if the UK and EU-backed Syrian forces get a role": the model may read "the UK" as
    the head and the forces as its conjunct ("the UK and [EU-backed Syrian forces]"); a name
    joined by "and" to a hyphenated agent right before its participle is a second agent of it,
    so the noun the participle modifies heads the phrase and the first name modifies it (as the
    model reads "attacked the UK and EU-backed forces")."""
    doc = participle.doc
    first, cc, agent, noun = doc[participle.i - 4], doc[participle.i - 3], doc[participle.i - 2], participle.head
    if cc.lower_ not in ("and", "&") or first.pos_ != "PROPN" or agent.pos_ != "PROPN" \
            or noun.dep_ != "conj" or noun.head.i != first.i or cc.head.i != first.i:
        return
    noun.head, noun.dep_ = first.head if first.head.i != first.i else noun, first.dep_
    first.head, first.dep_ = noun, "nmod"


def _name_read_as_apposition_of_its_club_tie(name: Token) -> None:
    """ "NATO ally Turkey condemned ...": the model may make "ally" the head and the name its
    apposition; with no comma between them the name is the head, the tie a modifier of it (as in
    "NATO member Norway"), so the clause's act is the country's, not the club's."""
    tie = name.head
    if tie.pos_ != "NOUN" or not any(c.dep_ == "compound" and c.i < tie.i for c in tie.children):
        return
    if tie.dep_ == "ROOT" or tie.head is tie:
        name.head, name.dep_ = name, "ROOT"
    else:
        name.head, name.dep_ = tie.head, tie.dep_
    for c in list(tie.children):
        if c.dep_ == "det" or c.i > name.i:
            c.head = name  # "the NATO ally Turkey", and what follows the name
    tie.head, tie.dep_ = name, "compound"


def _name_read_as_apposition_after_its_adjective(name: Token) -> None:
    """ "the war between the army and the paramilitary Rapid Support Forces": the model may read
    the adjective (or a noun used as one: "the separatist Ambazonia Defence Forces") as the second
    conjunct ("the army and the paramilitary") and hang the name on some noun before it as an
    apposition; with no comma between them the word modifies the name, which is the conjunct."""
    adj = name.doc[name.left_edge.i - 1]
    if adj.head.i >= adj.i or any(c.i != name.i and (c.i > adj.i or c.dep_ != "det") for c in adj.children) \
            or any(t.pos_ != "PROPN" for t in name.doc[name.left_edge.i:name.i]):
        return  # (an adjective between two names: "the brave Lagos loyal Abuja" is no such phrase)
    name.head, name.dep_ = adj.head, "conj"
    for c in list(adj.children):
        if c.i < adj.i:
            c.head = name  # ("the")
    adj.head, adj.dep_ = name, "amod" if adj.tag_ == "JJ" else "compound"


# the nouns an apposition may follow directly: the object of a verb or of a preposition
OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "attr", "dative"})


def _apposition_hung_across_a_verb(appos: Token) -> None:
    """ "Niger threatened to quit the bloc, the Economic Community of West African States": the
    model may hang the apposition on the clause's subject, across the verb; an apposition
    follows the noun it renames, so it is said of the object that ends right before its comma."""
    comma_i = appos.left_edge.i - 1
    if comma_i < 2 or appos.head.i >= comma_i or appos.doc[comma_i].text != ",":
        return
    noun = appos.doc[comma_i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in OBJECT_DEPS or noun.i == appos.head.i:
        return
    # (only across a verb: the apposition's head is the subject of a verb that governs the noun
    # outside the subject's own phrase; "objections to a seat for the northern militias, the SDF,"
    # is the parser's reading to keep)
    subject = appos.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.pos_ not in ("VERB", "AUX") \
            or not subject.head.is_ancestor(noun) or subject.is_ancestor(noun):
        return
    appos.head = noun


ACRONYM_DESCRIPTION_MISREADS = frozenset({"ccomp", "dep"})


def _apposition_after_a_defined_acronym(appos: Token) -> bool:
    """ "Hamas, a Palestinian offshoot of the Muslim Brotherhood (MB), a movement outlawed in
    Egypt that ...": the model may hang a second apposition on the first name; one that follows a name
    with its acronym in brackets describes that name, the one the acronym was just defined for
    (hung on the acronym, the name's own apposition, so that the description stands for it).
    The model may also read it as a clause of the verb or leave it loose ("regards X as the wing
    of the Muslim Brotherhood (MB), a terror group that ...")."""
    doc = appos.doc
    comma_i = appos.left_edge.i - 1
    if comma_i < 4 or doc[comma_i].text != "," or doc[comma_i - 1].text != ")" \
            or doc[comma_i - 3].text != "(":
        return False
    acronym = doc[comma_i - 2]
    named = acronym.head
    if not (acronym.is_upper and acronym.pos_ == "PROPN" and acronym.dep_ == "appos") \
            or named.pos_ not in ("NOUN", "PROPN") or not appos.head.i < named.i < acronym.i:
        return False
    appos.head, appos.dep_ = acronym, "appos"
    return True


def _acronym_read_as_verb(root: Token, verb_forms: dict[str, list[str]]) -> None:
    """ "ECOWAS froze Niger's assets", "ECOWAS imposed sanctions on Niger", "IGAD condemned the
    fighting": a sentence-initial acronym read as the verb (or as an auxiliary), with the verb
    after it read as a modifier, is that verb's subject."""
    first = root.sent[0]
    if not (first.is_upper and first.is_alpha and len(first) >= 3) or first.i + 1 >= root.sent.end:
        return
    verb = first.doc[first.i + 1]
    past = verb.tag_ in ("VBD", "VBN") or verb.lower_.endswith("ed") or verb.lower_ in verb_forms
    if not past or verb.pos_ in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    if first.dep_ == "aux" and first.head.i == verb.i:
        first.dep_ = "nsubj"
    elif first.dep_ in ("ROOT", "ccomp") and any(c.i > verb.i and c.dep_ not in ("punct", "cc") for c in first.children):
        # ("ECOWAS froze Niger's assets, diplomats said": the clause reported)
        verb.head, verb.dep_ = (verb, "ROOT") if first.dep_ == "ROOT" else (first.head, first.dep_)
        for c in list(first.children):
            if c.i != verb.i:
                c.head = verb
        first.head, first.dep_ = verb, "nsubj"
    else:
        return
    first.pos_, first.tag_, first.lemma_ = "PROPN", "NNP", first.text
    verb.pos_, verb.tag_ = "VERB", "VBD"
    if verb.lower_ in verb_forms:
        verb.lemma_ = verb_forms[verb.lower_][0]  # ("froze" read as an adjective keeps its form)


# the parts of a name's attachment that make it an argument of the clause
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss"})


def _name_part_read_as_pronoun(he: Token) -> None:
    """ "Chinese Vice Premier Liu He held talks", "talks with Liu He": a capitalised "He" right
    after a capitalised name word is the name's last word (the model reads the pronoun, and
    may end a sentence at the name before it)."""
    if he.i == 0 or he.pos_ != "PRON":
        return
    name = he.doc[he.i - 1]
    if name.pos_ != "PROPN" or not (name.is_title and name.is_alpha) or name.head.i == he.i and name.dep_ != "compound":
        return
    if any(t.pos_ in ("VERB", "AUX") and t.is_title and t.i != t.sent.start for t in [*name.sent, *he.sent]):
        return  # a headline in title case ("Biden Tells Netanyahu He Opposes Offensive"): a pronoun
    he.pos_, he.tag_, he.lemma_ = "PROPN", "NNP", he.text
    if name.head.i == he.i:
        return
    if name.dep_ in ARGUMENT_DEPS or name.head.pos_ == "ADP":
        # ("talks with Liu He": the name's own attachment is the phrase's)
        he.head, he.dep_ = name.head, ("pobj" if name.head.pos_ == "ADP" else name.dep_)
    name.head, name.dep_ = he, "compound"


def _latin_predicate_read_as_clause(persona: Token) -> None:
    """ "declared the Mexican ambassador persona non grata", "was declared persona non grata by
    Peru": the model may read "persona" as a verb with the envoy as its subject, or as the
    predicate with "grata" its object; "grata" heads the predicate, the envoy is the object."""
    doc = persona.doc
    if persona.i + 2 >= len(doc) or doc[persona.i + 1].lower_ != "non" or doc[persona.i + 2].lower_ != "grata" \
            or persona.dep_ not in ("ccomp", "xcomp", "oprd") or persona.head.pos_ not in ("VERB", "AUX"):
        return
    verb, non, grata = persona.head, doc[persona.i + 1], doc[persona.i + 2]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    grata.head, grata.dep_, grata.pos_, grata.tag_, grata.lemma_ = verb, "oprd", "NOUN", "NN", "grata"
    for c in list(persona.children):
        if c.i in (non.i, grata.i):
            continue
        c.head = verb
        if c.dep_ == "nsubj":
            c.dep_ = "dobj"  # the envoy declared so
        elif passive and c.lower_ == "by":
            c.dep_ = "agent"
    persona.head, persona.dep_, persona.pos_, persona.tag_, persona.lemma_ = grata, "compound", "NOUN", "NN", "persona"
    non.head, non.dep_ = grata, "compound"
