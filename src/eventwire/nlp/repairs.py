"""Repairs of parses the small English model gets wrong in ways that hide an event.

"Egypt and Qatar are mediating between ...": the model sometimes hangs the subject on the
auxiliary ("are") instead of the verb; the repair moves it to the verb the auxiliary serves.

"called on Energy Minister Kiraitu Murungi to resign": the model may leave "on" without an
object and make the name the verb's direct object ("called Murungi", a phone call); the repair
makes the phrase right after an empty preposition its object.

"Egypt, which has close ties with the army, called on both sides ...": after a relative clause
the model may read the main verb as a participle modifying the subject ("Egypt" the root,
"called" its acl); the repair makes the verb the root and the noun its subject.

"Sudan army, RSF agree to talks", "US, China agree to resume talks": a headline's comma stands
for "and"; the model reads the first party as a loose modifier of the verb. The repair makes it
the subject, with the second party its conjunct.

"Israeli air strikes killed 30 Palestinians, officials said": the model may read the verb as a
reduced passive ("strikes [that were] killed") although it has an object; the repair makes it the
verb of the noun before it.

"killed in Israeli shelling": the model often reads the nationality as the object of "in" and
"shelling" as a verb of its own (``in -> Israeli``, ``killed -> shelling`` advcl), so the attack
noun loses its preposition and its attacker. The repair re-attaches the -ing noun as the object
and the word before it as its modifier, as the parse of "killed in Israeli strikes" has them.

"Russia jailed opposition politician Alexei Navalny", "Pakistan scrambled fighter jets": in a
headline-like clause the model may read the past-tense verb as a modifier of its object, which
becomes the root, with the agent the verb's subject or the object's modifier; the repair makes the
verb the clause's head, the agent its subject and the noun its object. "Uganda detained opposition
leader Kizza Besigye": a name read as a loose noun modifier of the verb is its object.

"Chinese vessels rammed and boarded Philippine boats": the model may read the second verb as a
participle modifying the shared object, and the object as the first verb's conjunct; the repair
makes the participle the verb's conjunct and the noun its object.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# -ing forms that news uses as nouns for an attack or clash ("in Russian shelling", "in
# government bombing"); a verb reading of these after a preposition's object is a misparse
ATTACK_ING_NOUNS = frozenset({"shelling", "bombing", "firing", "shooting", "fighting", "bombardment",
                              "raiding", "gunfire", "mortaring", "rocketing", "strafing", "looting", "rioting"})
COMPONENT = "ew_parse_repairs"
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "dep", "conj", "pcomp"})
# prepositions that may also open a clause, after which a present-tense verb may well be one
CLAUSE_OPENERS = frozenset({"as", "after", "before", "since", "until", "till", "like", "than"})


@Language.component(COMPONENT)
def repair_parse(doc: Doc) -> Doc:
    for root in [sent.root for sent in doc.sents]:
        _verb_read_as_participle(root)
        _headline_comma_subjects(root)
        _participle_with_an_object(root)
        _name_read_as_adverb(root)
    for tok in doc:
        if tok.pos_ == "VERB" and tok.i + 2 < len(doc):
            _coordinated_verb_read_as_modifier(tok)
        if tok.dep_ in ("ROOT", "ccomp") and tok.pos_ in ("NOUN", "PROPN"):
            _headline_verb_read_as_modifier(tok)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("aux", "auxpass") and tok.head.head.i != tok.head.i:
            tok.head = tok.head.head  # the subject of the verb, not of its auxiliary
            continue
        if tok.dep_ == "prep" and tok.n_lefts == 0 and tok.n_rights == 0 and tok.i + 1 < len(doc):
            obj = next((c for c in tok.head.rights if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1), None)
            if obj is not None:
                obj.head, obj.dep_ = tok, "pobj"  # "called on X": X is the object of "on"
            continue
        attack = tok.tag_ == "VBG" and tok.lower_ in ATTACK_ING_NOUNS
        if not (attack or _plural_read_as_verb(tok)) or tok.i == 0 or tok.dep_ not in CLAUSE_DEPS:
            continue
        before = doc[tok.i - 1]
        prep = before.head
        # ("in Syrian government shelling" hangs the verb on the preposition itself)
        if before.dep_ != "pobj" or prep.pos_ != "ADP" or tok.head.i not in (prep.head.i, prep.i):
            continue
        if not attack and prep.lower_ in CLAUSE_OPENERS:
            continue  # "as the army talks with elders" may be a clause
        # the preposition's object is the -ing noun (or the plural); the word before it modifies it
        tok.head, tok.dep_ = prep, "pobj"
        tok.pos_, tok.tag_, tok.lemma_ = ("NOUN", "NN", tok.lower_) if attack else ("NOUN", "NNS", tok.lemma_)
        before.head, before.dep_ = tok, ("amod" if before.pos_ in ("ADJ", "PROPN") and before.is_title else "compound")
    return doc


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
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for c in list(root.rights):
        if c.i > verb.i and c.dep_ == "punct":
            c.head = verb  # the full stop ends the verb's clause


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


LOOSE_DEPS = frozenset({"dep", "npadvmod", "nmod"})
NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


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
