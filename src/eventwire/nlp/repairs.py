"""Repairs of parses the small English model gets wrong in ways that hide an event.

"Egypt and Qatar are mediating between ...": the model sometimes hangs the subject on the
auxiliary ("are") instead of the verb; the repair moves it to the verb the auxiliary serves.

"called on Finance Minister Ana Reyes to step down": the model may leave "on" without an
object and make the name the verb's direct object ("called Reyes", a phone call); the repair
makes the phrase right after an empty preposition its object.

"Egypt, which has close ties with the army, called on both sides ...": after a relative clause
the model may read the main verb as a participle modifying the subject ("Egypt" the root,
"called" its acl); the repair makes the verb the root and the noun its subject.

"Israeli air strikes killed 30 Palestinians, officials said": the model may read the verb as a
reduced passive ("strikes [that were] killed") although it has an object; the repair makes it the
verb of the noun before it.

"killed in Israeli shelling": the model often reads the nationality as the object of "in" and
"shelling" as a verb of its own (``in -> Israeli``, ``killed -> shelling`` advcl), so the attack
noun loses its preposition and its attacker. The repair re-attaches the -ing noun as the object
and the word before it as its modifier, as the parse of "killed in Israeli strikes" has them.

The parties of a headline-like clause (a headline's comma, a verb read as its object's modifier, a
name read as an adverb or split into subjects): party_repairs.py.

"Chinese vessels rammed and boarded Philippine boats": the model may read the second verb as a
participle modifying the shared object, and the object as the first verb's conjunct; the repair
makes the participle the verb's conjunct and the noun its object.
"Pakistan said it would retaliate and condemned India", "Russia denied it had attacked the convoy
and blamed Ukraine": the model hangs a past-tense verb with no subject of its own on the reported
clause's verb; a past form cannot share that clause's "would" or "to", nor (for a verb of
reproach or speech) its "had": it is the reporting subject's second act.

Amounts written short ("$1bn", "euros 1bn", "£300m"): amount_repairs.py.

A charge and the denial said of it ("..., a charge X denied"): denial_repairs.py.

Names and appositions (an acronym read as a verb, "Liu He", "persona non grata", a name read as an
apposition of its club tie or of the adjective before it): name_repairs.py.

"Nasrallah, whom Israel says it killed in a bombing raid": the model may read "whom" as the subject of
the reported verb ("killed"), or hang it loose on the reporting verb; the repair makes it the
object of the reported verb, which has a subject of its own.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from .amount_repairs import short_amounts
from .denial_repairs import (
    CHARGE_NOUNS,
    DENIAL_VERBS,
    REJECTED_ACT_NOUNS,
    _act_summary_read_as_name_apposition,
    _clause_read_as_what_its_apposition_denies,
    _denial_read_as_plural_noun,
    _plural_charge_read_as_verb,
)
from .name_repairs import (
    ACRONYM_DESCRIPTION_MISREADS,
    CLUB_TIES,
    _acronym_read_as_verb,
    _apposition_after_a_defined_acronym,
    _apposition_hung_across_a_verb,
    _first_agent_read_as_the_noun_s_conjunct,
    _latin_predicate_read_as_clause,
    _name_part_read_as_pronoun,
    _name_read_as_apposition_after_its_adjective,
    _name_read_as_apposition_of_its_club_tie,
)
from .party_repairs import (
    _headline_comma_subjects,
    _headline_verb_read_as_modifier,
    _name_read_as_adverb,
    _name_split_into_subjects,
)

# -ing forms that news uses as nouns for an attack or clash ("in Russian shelling", "in
# government bombing"); a verb reading of these after a preposition's object is a misparse
ATTACK_ING_NOUNS = frozenset({"shelling", "bombing", "firing", "shooting", "fighting", "bombardment",
                              "raiding", "gunfire", "mortaring", "rocketing", "strafing", "looting", "rioting"})
COMPONENT = "ew_parse_repairs"
PARAGRAPHS = "ew_paragraph_breaks"
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "dep", "conj", "pcomp"})
# prepositions that may also open a clause, after which a present-tense verb may well be one
CLAUSE_OPENERS = frozenset({"as", "after", "before", "since", "until", "till", "like", "than"})


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the parser may run a paragraph ending on a full stop
    into the next one ("... questioned the results.\n\nBrazil and Colombia, whose leaders ...,
    have urged ..."), which hides the second one's events. Runs before the parser, which keeps
    the boundaries it is given. Only the whitespace tokens become ``Token`` objects."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 < len(doc) and "\n\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.factory(COMPONENT)
def make_parse_repairs(nlp: Language, name: str):
    # the inflected forms of irregular verbs ("froze", "sent"), by the lemmatizer's exceptions
    verb_forms = dict(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"])
    return lambda doc: repair_parse(doc, verb_forms)


def repair_parse(doc: Doc, verb_forms: dict[str, list[str]]) -> Doc:
    """Apply every repair, in three rounds that each see the parse the previous one left: names
    ("Liu He"), then each sentence's root, then the tokens one by one in document order.

    This runs on every document, so no round visits every token: the tokens a repair may apply
    to are picked out of the doc's attribute arrays, and only they become ``Token`` objects."""
    _repair_names(doc)
    short_amounts(doc)
    _repair_sentence_roots(doc, verb_forms)
    for i in _token_repair_candidates(doc):
        _repair_token(doc[i])
    return doc


def _repair_names(doc: Doc) -> None:
    for i in numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["He"]).tolist():
        _name_part_read_as_pronoun(doc[i])


def _repair_sentence_roots(doc: Doc, verb_forms: dict[str, list[str]]) -> None:
    # (the acronym repair may move a sentence's root: the others see the roots it leaves)
    for root in [sent.root for sent in doc.sents]:
        _acronym_read_as_verb(root, verb_forms)
    for root in [sent.root for sent in doc.sents]:
        _clause_read_as_what_its_apposition_denies(root)
        _plural_charge_read_as_verb(root)
        _verb_read_as_participle(root)
        _crowd_act_read_as_participle(root)
        _first_act_read_as_subject_modifier(root)
        _headline_comma_subjects(root)
        _participle_with_an_object(root)
        _name_read_as_adverb(root)
        _name_split_into_subjects(root)


def _repair_token(tok: Token) -> None:
    """The repairs opened by one token, on the parse the repairs of earlier tokens left."""
    doc = tok.doc
    n = len(doc)
    dep, pos, tag = tok.dep_, tok.pos_, tok.tag_  # (each read once; a repair below may change them)
    if dep == "amod" and tag == "VBN" and tok.i >= 4 and doc[tok.i - 1].text == "-":
        _first_agent_read_as_the_noun_s_conjunct(tok)
    if pos == "VERB" and tok.i + 2 < n:
        _coordinated_verb_read_as_modifier(tok)
    if dep == "conj" and tag in ("VBD", "VBN"):
        _second_act_read_as_reported(tok)
    if dep == "appos" and pos == "PROPN" and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].dep_ == "conj" \
            and doc[tok.left_edge.i - 1].tag_ in ("JJ", "NN") and doc[tok.left_edge.i - 1].is_lower:
        _name_read_as_apposition_after_its_adjective(tok)
        return
    if dep in ("appos", "relcl") and tag == "NNS" and tok.head.lemma_.lower() in CHARGE_NOUNS | REJECTED_ACT_NOUNS:
        _denial_read_as_plural_noun(tok)
    if dep == "appos":
        _act_summary_read_as_name_apposition(tok)
        _apposition_hung_across_a_verb(tok)
        if pos == "PROPN" and tok.head.i == tok.i - 1 and tok.head.lemma_.lower() in CLUB_TIES:
            _name_read_as_apposition_of_its_club_tie(tok)
    if tok.lower_ == "persona":
        _latin_predicate_read_as_clause(tok)
    if tok.lower_ in COLLECTIVE_NOUNS and pos == "NOUN":
        _member_phrase_hung_on_its_collective(tok)
    if tag == "VBG" and dep in ("nsubj", "csubj", "ROOT") and tok.lower_ in ATTACK_ING_NOUNS:
        _subject_attack_noun_read_as_gerund(tok)
    if tok.lower_ == "whom" and dep in ("nsubj", "dep"):
        _object_relative_read_as_subject(tok)
    if dep == "agent" and tok.head.tag_ in ("VBN", "VBD"):
        _reduced_passive_read_as_active(tok.head)
    if tok.lower_ == "to" and dep == "aux" and tok.head.i == tok.i + 1 and tok.head.tag_ in ("VBN", "VBD"):
        _participle_after_to_read_as_infinitive(tok)
        return
    if (dep == "appos" or dep in ACRONYM_DESCRIPTION_MISREADS and pos == "NOUN") \
            and _apposition_after_a_defined_acronym(tok):
        return
    if dep in ("ROOT", "ccomp") and pos in ("NOUN", "PROPN"):
        _headline_verb_read_as_modifier(tok)
    if dep in ("nsubj", "nsubjpass") and tok.head.dep_ in ("aux", "auxpass") and tok.head.head.i != tok.head.i:
        tok.head = tok.head.head  # the subject of the verb, not of its auxiliary
        return
    if dep == "prep" and tok.lower_ == "by" and tok.i > 0 and doc[tok.i - 1].lower_ in IDLE_WORDS:
        _clause_read_as_object_of_idly_by(tok)
        return
    if dep == "prep" and tok.lower_ == "as" and tok.head.lemma_ in VERDICT_VERBS and tok.i + 2 < n \
            and _verdict_object_read_as_as_object(tok):
        return
    if dep == "prep" and tok.lower_ == "on" and tok.n_lefts == 0 and tok.n_rights == 1 \
            and _onward_read_as_preposition(tok):
        return
    if dep == "prep" and tok.n_lefts == 0 and tok.n_rights == 0 and tok.i + 1 < n:
        obj = next((c for c in tok.head.rights if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1), None)
        if obj is not None:
            obj.head, obj.dep_ = tok, "pobj"  # "called on X": X is the object of "on"
        return
    if tag not in ("VBG", "VBZ") or tok.i == 0 or dep not in CLAUSE_DEPS:
        return
    attack = tag == "VBG" and tok.lower_ in ATTACK_ING_NOUNS
    if attack and dep in ("conj", "advcl") and _attack_modifier_read_as_coordinated_verb(tok):
        return
    if not (attack or _plural_read_as_verb(tok)):
        return
    before = doc[tok.i - 1]
    prep = before.head
    # ("in Syrian government shelling" hangs the verb on the preposition itself)
    if before.dep_ != "pobj" or prep.pos_ != "ADP" or tok.head.i not in (prep.head.i, prep.i):
        return
    if not attack and prep.lower_ in CLAUSE_OPENERS:
        return  # "as the army talks with elders" may be a clause
    # the preposition's object is the -ing noun (or the plural); the word before it modifies it
    tok.head, tok.dep_ = prep, "pobj"
    tok.pos_, tok.tag_, tok.lemma_ = ("NOUN", "NN", tok.lower_) if attack else ("NOUN", "NNS", tok.lemma_)
    before.head, before.dep_ = tok, ("amod" if before.pos_ in ("ADJ", "PROPN") and before.is_title else "compound")


def _token_repair_candidates(doc: Doc) -> list[int]:
    """The indices, in order, of the tokens whose part of speech, dependency, tag or form opens
    one of the repairs of :func:`_repair_token` (which still checks its conditions on the live
    token). Read from the attributes before that round, so the set must also hold every
    token an earlier token's repair can turn into a candidate: today only the participle that
    ``_coordinated_verb_read_as_modifier`` makes a verb ("rammed and boarded ...": amod VBD/VBN
    becomes a VERB conj). A new repair that rewrites a later token's attributes adds it here."""
    ids = doc.vocab.strings
    pos, dep, tag, lower = doc.to_array([POS, DEP, TAG, LOWER]).T

    def among(values: numpy.ndarray, *labels: str) -> numpy.ndarray:
        found = values == ids[labels[0]]
        for label in labels[1:]:
            found |= values == ids[label]
        return found

    past = among(tag, "VBD", "VBN")
    candidates = (
        among(pos, "VERB")  # a verb coordinated with a participle read as a modifier
        | among(dep, "amod") & past  # ... and that participle, once the repair makes it a verb
        | among(dep, "conj") & past  # a second act read as the reported clause's
        | among(dep, "appos", "nsubj", "nsubjpass", "prep")  # a noun naming the clause's act; a subject
        # hung on an auxiliary; "called on X" with "on" left empty
        | among(lower, "persona")  # "persona non grata"
        | among(lower, *COLLECTIVE_NOUNS)  # "a wave of airstrikes on X": "on X" hung on "wave"
        | among(lower, "whom") & among(dep, "nsubj", "dep")  # "X, whom Israel says it killed"
        | among(lower, "to") & among(dep, "aux")  # "grants asylum to ousted leader" read as an infinitive
        | among(dep, "agent")  # "after the truce agreed by X and Y": a reduced passive read as active
        | among(dep, "relcl") & among(tag, "NNS")  # "a charge the government rejects" read as a plural
        | among(dep, "ROOT", "ccomp") & among(pos, "NOUN", "PROPN")  # a headline verb read as a modifier
        | among(dep, "dep") & among(pos, "NOUN")  # a description after "(ACRONYM)," left loose
        | among(tag, "VBG", "VBZ") & among(dep, *CLAUSE_DEPS)  # an -ing noun or a plural read as a verb
        | among(tag, "VBG") & among(dep, "csubj", "ROOT")  # "Fighting between X and Y" read as a gerund
    )
    return numpy.flatnonzero(candidates).tolist()


# nouns that count or group acts ("a wave of airstrikes", "a new round of talks"): a phrase after
# their "of" object tells of the acts, not of the grouping
COLLECTIVE_NOUNS = frozenset({"wave", "series", "spate", "string", "round", "barrage", "volley", "salvo",
                              "flurry", "rash"})


def _member_phrase_hung_on_its_collective(collective: Token) -> None:
    """ "protested against a wave of Turkish airstrikes on Kurdish militants": the model may hang
    the phrase that names the acts' target on the grouping noun ("wave ... on"), which leaves the
    acts ("airstrikes") without it. A preposition after the "of" object of a noun that counts or
    groups acts belongs to that object."""
    of = next((c for c in collective.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = next((c for c in of.rights if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    if member is None:
        return
    for prep in [c for c in collective.rights if c.dep_ == "prep" and c.i > member.i]:
        prep.head = member


IDLE_WORDS = frozenset({"idly", "idle"})


def _clause_read_as_object_of_idly_by(by: Token) -> None:
    """ "will not stand idly by if the attacks continue": the model may read "by" as a preposition
    whose object is the clause after it, which leaves the verb without its condition. "By" after
    "idly" is a particle; the clause is the verb's adverbial."""
    by.dep_, by.pos_, by.tag_ = "prt", "ADP", "RP"
    for clause in [c for c in by.children if c.dep_ == "pcomp"]:
        clause.head, clause.dep_ = by.head, "advcl"


def _onward_read_as_preposition(on: Token) -> bool:
    """ "is due to travel on to Iran", "flew on to Paris": the model may read "on" as a preposition
    whose only dependent is the phrase right after it, which leaves the verb without its
    destination. An "on" with no object of its own before another preposition is the verb's adverb
    ("onward"), and the phrase after it the verb's."""
    after = next(on.rights)
    if after.dep_ != "prep" or after.i != on.i + 1 or on.head.pos_ != "VERB":
        return False
    after.head = on.head
    on.dep_, on.pos_, on.tag_ = "advmod", "ADV", "RB"
    return True


def _reduced_passive_read_as_active(verb: Token) -> None:
    """ "after the truce agreed by the rebels and the government": the model may read a participle
    with no auxiliary as an active verb whose subject is the noun it modifies ("the truce agreed"),
    though its "by" phrase marks it passive; the act it names then has no object. A verb with an
    agent is passive: its subject is the passive subject (not when the verb has an object of its
    own, whose noun the "by" phrase belongs to: "permitted a march by pro-democracy groups")."""
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is not None:
        subject.dep_, verb.tag_ = "nsubjpass", "VBN"


def _participle_after_to_read_as_infinitive(to: Token) -> None:
    """ "Brazil grants asylum to ousted Ecuador leader": the model may read "to" before a past
    participle as an infinitive's marker, the participle as a verb and the noun after it as its
    object ("to oust the leader", an act of the subject's). A past participle has no infinitive:
    "to" is the preposition, the noun its object and the participle the noun's modifier. (A form
    that is also the base form, "to cut", "to put", may be an infinitive mis-tagged.)"""
    participle = to.head
    noun = next((c for c in participle.rights if c.dep_ == "dobj" and c.i > participle.i), None)
    if noun is None or participle.lower_ == participle.lemma_.lower() or participle.head.i == participle.i:
        return
    to.head, to.dep_, to.pos_, to.tag_ = participle.head, "prep", "ADP", "IN"
    noun.head, noun.dep_ = to, "pobj"
    participle.head, participle.dep_, participle.pos_ = noun, "amod", "ADJ"


def _object_relative_read_as_subject(whom: Token) -> None:
    """ "Deif, whom Israel says it killed": the model may read "whom" as the subject of the reported
    verb, or leave it loose on the reporting verb; "whom" is never a subject: it is the object of
    the reported verb that has a subject of its own."""
    head = whom.head
    if head.dep_ == "ccomp" and head.head.dep_ == "relcl":
        verb = head
    elif head.dep_ == "relcl":
        verb = next((c for c in head.rights if c.dep_ == "ccomp"), None)
    else:
        return
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.i != whom.i for c in verb.children):
        return
    whom.head, whom.dep_ = verb, "dobj"


def _plural_read_as_verb(tok: Token) -> bool:
    """ "withdrew from the Gaza ceasefire talks": the model may read a plural noun after a
    preposition's object as a present-tense verb of its own ("talks" VBZ); a finite verb with no
    subject and nothing after it is no verb."""
    return tok.tag_ == "VBZ" and tok.lower_.endswith("s") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "dobj", "ccomp", "xcomp")
                    for c in tok.children)


def _coordinated_verb_read_as_modifier(verb: Token) -> None:
    """ "rammed and boarded Philippine boats": a verb with no object of its own, followed by "and"
    and a past-tense form read as a modifier of the verb's noun conjunct, shares that noun as the
    object of the second verb."""
    doc = verb.doc
    cc, second = doc[verb.i + 1], doc[verb.i + 2]
    noun = second.head
    if cc.dep_ != "cc" or cc.head.i != verb.i or second.dep_ != "amod" or second.tag_ not in ("VBD", "VBN") \
            or noun.dep_ != "conj" or noun.head.i != verb.i or noun.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "dobj" for c in verb.children):
        return
    second.head, second.dep_, second.pos_, second.tag_ = verb, "conj", "VERB", "VBD"
    noun.head, noun.dep_ = second, "dobj"


def _verb_read_as_participle(root: Token) -> None:
    """A noun root whose only verb is a past participle after a comma-closed relative clause or
    apposition: the participle is the main verb ("Egypt, which ..., called on X")."""
    if root.pos_ not in ("PROPN", "NOUN"):
        return
    verbs = [c for c in root.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    if len(verbs) != 1:
        return
    verb = verbs[0]
    before = root.doc[verb.i - 1]
    between = [c for c in root.rights if c.i < verb.i and c.dep_ in ("relcl", "appos")]
    if before.text != "," or not between or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    _participle_as_main_verb(root, verb)


def _participle_as_main_verb(root: Token, verb: Token) -> None:
    """Make ``verb``, read as a participle of the noun ``root``, the sentence's main verb with
    ``root`` as its subject."""
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for c in list(root.rights):
        if c.i > verb.i and c.dep_ == "punct":
            c.head = verb  # the full stop ends the verb's clause


# verbs of a crowd acting that take no object: "students protested outside the embassy" has no
# reduced-passive reading ("students [who were] protested"), as "soldiers killed in an ambush" has
CROWD_ACT_VERBS = frozenset({"protest", "demonstrate", "rally", "riot", "march", "clash", "mutiny"})


def _crowd_act_read_as_participle(root: Token) -> None:
    """ "Several hundred students protested outside the embassy", "Hundreds of farmers rallied in
    the capital": the model may read the only verb of the sentence as a participle modifying
    the crowd ("students" the root, "protested" its acl). A past form of a verb of crowd action
    right after its noun phrase, with no subject, agent or object of its own, is the main verb
    and the noun its subject."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    verb = next((c for c in root.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                 and c.lemma_.lower() in CROWD_ACT_VERBS), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "dobj") for c in verb.children):
        return
    # the words between are the crowd's own phrase ("of students"), closed by no comma
    if any(t.text == "," or not root.is_ancestor(t) for t in root.doc[root.i + 1:verb.i]):
        return
    _participle_as_main_verb(root, verb)


def _first_act_read_as_subject_modifier(root: Token) -> None:
    """ "Russia's minister, X, offered talks, but Azerbaijan's president, Y, rejected them": the
    model may read the first act as a participle modifying its subject and hang both subjects on
    the second verb (or the second subject on the first as a conjunct). The first act, a past
    form right after a comma and closed by "but"/"and" before the second subject, is the root;
    the second verb is its conjunct with the second subject."""
    if root.pos_ not in ("VERB", "AUX") or root.tag_ not in ("VBD", "VBZ", "VBP"):
        return
    doc = root.doc
    first = next((c for c in root.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if first is None:
        return
    act = next((c for c in first.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), None)
    if act is None or doc[act.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in act.children):
        return
    i = act.right_edge.i + 1
    if i < root.i and doc[i].text == ",":
        i += 1
    if i >= root.i or doc[i].dep_ != "cc" or doc[i].lower_ not in ("but", "and"):
        return
    cc = doc[i]
    second = next((t for t in doc[i + 1:root.i] if t.dep_ in ("nsubj", "conj") and t.head.i in (root.i, first.i)
                   and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == i + 1), None)
    if second is None:
        return
    act.head, act.dep_, act.tag_ = act, "ROOT", "VBD"
    for t in doc[first.left_edge.i:root.i]:
        if t.head.i == root.i and t.i < act.i:
            t.head = act  # (a fronted date or the first subject's comma)
    first.head, first.dep_ = act, "nsubj"
    cc.head = act
    if doc[cc.i - 1].text == ",":
        doc[cc.i - 1].head = act
    second.head, second.dep_ = root, "nsubj"
    root.head, root.dep_ = act, "conj"


# verbs whose passive participle keeps an object ("refugees granted asylum"): no main-verb misreading
DOUBLE_OBJECT_VERBS = frozenset({"grant", "give", "award", "offer", "deny", "send", "show", "tell", "promise",
                                 "allow", "hand", "lend", "pay", "owe", "assign", "issue"})


def _participle_with_an_object(root: Token) -> None:
    """ "Israeli air strikes killed 30 Palestinians, officials said": a past participle right after
    a noun that has a direct object of its own is no reduced passive ("strikes [that were]
    killed") but the main verb of the noun, which is its subject."""
    subject = root if root.pos_ in ("NOUN", "PROPN") else next(
        (c for c in root.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return
    verb = next((c for c in subject.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
    if verb is None or verb.i != subject.i + 1 or verb.lemma_.lower() in DOUBLE_OBJECT_VERBS \
            or not any(c.dep_ == "dobj" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return
    if subject is root:
        verb.head, verb.dep_ = verb, "ROOT"
        for c in list(root.rights):
            if c.i > verb.i and c.dep_ == "punct":
                c.head = verb  # the full stop ends the verb's clause
    elif root.i > verb.i:
        verb.head, verb.dep_ = root, "ccomp"  # "..., officials said": what they said
    else:
        return
    verb.tag_ = "VBD"
    subject.head, subject.dep_ = verb, "nsubj"


# verbs of reproach and speech: a past form of one after a reported perfect ("denied it had
# attacked the convoy and blamed Ukraine") is the reporting subject's act, not the clause's
REPROACH_VERBS = frozenset({"accuse", "blame", "criticise", "criticize", "condemn", "denounce", "say", "urge",
                            "warn", "vow", "insist", "charge", "slam", "fault", "reject", "dismiss"})
# a demand is the reporting subject's reply after a denial or a reported judgement of a thing ("said
# the strikes were illegal and demanded a withdrawal"), not after a reported perfect ("said gunmen had
# stormed the bank and demanded money" is the gunmen's)
REPLY_VERBS = REPROACH_VERBS | {"demand"}
# appeals and reproaches: one after a reported progressive or plain past ("said armed groups were
# blocking the roads and called on X") is the reporting subject's; a demand or a warning is often the
# reported doer's own ("said gunmen were holding hostages and demanded a ransom", "said rebels entered
# the town and warned residents to leave")
APPEAL_VERBS = frozenset({"urge", "call", "appeal", "accuse", "condemn"})
MODALS = frozenset({"to", "will", "would", "shall", "can", "could", "may", "might", "must", "should"})


def _second_act_read_as_reported(verb: Token) -> None:
    """ "Pakistan said it would retaliate and condemned India": a past-tense verb with no subject
    or auxiliary of its own, coordinated with a reported verb under "would" or "to", is
    coordinated with the reporting verb (a past form cannot share the modal); under "had" only a
    verb of reproach or speech is ("denied it had attacked the convoy and blamed Ukraine"): "had
    entered Ukraine and shelled the town" may well share it. After a denial, reproach is the
    denier's reply whatever the tense; and a verb with the reporting verb's own auxiliaries is
    its second act ("has denied that it supplied drones and has accused Ukraine"). So is reproach
    after a reported judgement of a thing ("said the raid was illegal and blamed Kyiv"), and an
    appeal or reproach after a passive under a modal ("would be handled by the courts and urged
    X"), a progressive ("were blocking the roads and called on X") or a plain past ("said X
    shelled the town and urged Y")."""
    clause = verb.head
    # (what a report noun says: "denied reports that its troops had crossed ... and accused X")
    main = clause.head.head if clause.dep_ == "acl" and clause.head.dep_ == "dobj" else clause.head
    if clause.dep_ not in ("ccomp", "xcomp", "acl") or main.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return
    own, reported, reporting = ([c.lemma_ for c in v.children if c.dep_ == "aux"] for v in (verb, clause, main))
    if own:
        if own != reporting or own == reported:
            return
    else:
        lemma = verb.lemma_.lower()
        # ("said the request would be handled by the courts and urged X": an appeal or reproach
        # shares no modal passive either)
        passive = clause.tag_ == "VBN" and lemma in REPROACH_VERBS | APPEAL_VERBS \
            and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children)
        modal = (clause.tag_ == "VB" or passive) and any(a in MODALS for a in reported)
        progressive = clause.tag_ == "VBG" and "be" in reported and lemma in APPEAL_VERBS
        plain_past = clause.tag_ == "VBD" and not reported and lemma in APPEAL_VERBS
        reproach = lemma in REPROACH_VERBS
        perfect = reproach and clause.tag_ == "VBN" and "have" in reported
        # ("denied that its troops crossed the border and accused Kyrgyzstan": a denial's reply)
        reply = lemma in REPLY_VERBS
        retort = reply and main.lemma_.lower() in DENIAL_VERBS
        # ("said the expulsions were unacceptable and accused X": a thing judged accuses no one)
        verdict = reply and clause.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_ for c in clause.children)
        if verb.tag_ != "VBD" or main.tag_ != "VBD" \
                or not (modal or perfect or retort or verdict or progressive or plain_past):
            return
    link = verb.doc[verb.i - 1]  # (hung on the clause or on its last word: "from leaving and called")
    if link.dep_ in ("cc", "punct") and link.head.i in range(clause.left_edge.i, clause.right_edge.i + 1):
        link.head = main  # the "and" joins the two acts
    verb.head = main


# nouns an attack noun may name the kind of ("a bombing and shelling offensive", "campaign")
CAMPAIGN_NOUNS = frozenset({"offensive", "campaign", "operation", "assault", "attack", "attacks", "blitz",
                            "barrage", "raid", "raids", "strike", "strikes", "spree", "onslaught"})


def _attack_modifier_read_as_coordinated_verb(ing: Token) -> bool:
    """ "began a fresh bombing and shelling operation against X", "stepped up its bombing and
    shelling campaign": the model may read the second attack noun as a verb coordinated with (or
    an adverbial clause of) the main verb, taking the campaign noun as its object, so the main verb's object is "bombing" and
    the offensive (with its target) is no one's act. Both attack nouns modify the campaign noun,
    which is the main verb's object (as in the parse of "a shelling and rocket offensive")."""
    doc = ing.doc
    verb, cc, first = ing.head, doc[ing.i - 1], doc[ing.i - 2] if ing.i >= 2 else None
    campaign = doc[ing.i + 1] if ing.i + 1 < len(doc) else None
    if first is None or campaign is None or cc.dep_ != "cc" or campaign.dep_ != "dobj" \
            or campaign.head.i != ing.i or campaign.lower_ not in CAMPAIGN_NOUNS \
            or first.dep_ != "dobj" or first.head.i != verb.i or first.pos_ != "NOUN" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in ing.children):
        return False
    campaign.head, campaign.dep_ = verb, "dobj"
    for c in [*first.lefts, *ing.rights]:
        if c.i != campaign.i:
            c.head = campaign  # "a new ...", "... against X" are the campaign's
    first.head, first.dep_ = campaign, "compound"
    cc.head = first
    ing.head, ing.dep_, ing.pos_, ing.tag_, ing.lemma_ = first, "conj", "NOUN", "NN", ing.lower_
    return True


def _subject_attack_noun_read_as_gerund(ing: Token) -> None:
    """ "Fighting between the army and the RSF killed dozens", "Fighting between Israel and Hamas
    continued": at the start of a sentence the model reads the attack noun as a gerund (a clausal
    subject, or a headline's root) although nothing makes it a verb; with a "between" phrase of its
    own and no subject, object or auxiliary it is the noun "fighting between X and Y", as the parse
    of "Heavy fighting between ..." has it. ("Shooting civilians is a war crime" keeps its verb.)"""
    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in ing.rights) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp") for c in ing.children):
        return
    ing.pos_, ing.tag_, ing.lemma_ = "NOUN", "NN", ing.lower_
    if ing.dep_ == "csubj":
        ing.dep_ = "nsubj"


# verbs of a verdict the object comes after when the verdict is short ("condemned as illegal the
# sanctions imposed by X")
VERDICT_VERBS = frozenset({"condemn", "denounce", "reject", "dismiss", "decry", "criticise", "criticize"})


QUOTE_TAGS = frozenset({"``", "''"})


def _verdict_object_read_as_as_object(as_: Token) -> bool:
    """ "Kenya rejected as baseless accusations by Somalia", "Beijing denounced as provocative the
    joint drills held by Japan": with the verdict put before a long object, the model reads the
    object as the object of "as" (or of the adjective), so the verb has none and the party behind
    the object is no one's target. The noun is the verb's object (as in "rejected the
    accusations as baseless"); the adjective right after "as" stays its modifier, or, before a
    determiner, the object of "as"."""
    verb, doc = as_.head, as_.doc
    if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    # (the verdict may be quoted: 'rejected as "baseless" claims by X')
    k = as_.i + 1
    while k < len(doc) - 1 and doc[k].tag_ in QUOTE_TAGS:
        k += 1
    first = doc[k]
    if first.pos_ != "ADJ" or first.left_edge.i != first.i:
        return False
    after = first.i + 1
    while after < len(doc) - 1 and doc[after].tag_ in QUOTE_TAGS:
        after += 1
    if first.head.i == as_.i:
        # ("as provocative the joint drills": the noun hangs on the adjective)
        noun = next((c for c in first.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) \
            or next((c for c in as_.rights if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.i > first.i), None)
        if noun is None or noun.left_edge.i not in (first.i + 1, after):
            return False
        noun.head, noun.dep_ = verb, "dobj"
        first.dep_ = "pobj"
        return True
    noun = first.head
    if noun.head.i != as_.i or noun.dep_ != "pobj" or noun.pos_ != "NOUN" or first.dep_ != "amod" \
            or noun.left_edge.i not in (first.i, as_.i + 1) or first.right_edge.i != first.i:
        return False
    noun.head, noun.dep_ = verb, "dobj"
    as_.head, as_.dep_ = first, "advmod"  # "as baseless": the verdict on the noun
    return True
