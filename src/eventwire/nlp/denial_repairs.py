"""Repairs of a charge and the denial said of it, which the small English model reads as the
sentence's main act (part of the parse repairs in repairs.py).

"Ethiopia accused Sudan of backing rebels, a charge Khartoum denied": the model may make the
denial the root and the accusation what it denies; the repair makes the accusation the root and
"a charge Khartoum denied" a phrase said of it. So for a ruling, demand or order rejected ("..., a
ruling Tokyo rejected", where the model may read "ruling" as a modifier of "Tokyo"), and for a
noun naming the act after a thing the clause ends on ("..., a demand the Philippines rejected"),
and for a present-tense denial read as a plural noun ("..., a charge the Nairobi government rejects").
"""

from __future__ import annotations

from spacy.tokens import Token

# report nouns an apposition names a clause by ("..., a charge X denied")
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion"})
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute"})


def _clause_read_as_what_its_apposition_denies(root: Token) -> None:
    """ "Ethiopia accused Sudan of backing rebels, a charge Khartoum denied": the model may make
    the denial the root, with the accusation its complement and "a charge" its fronted object;
    the accusation is the root, and the charge and its relative clause are said of it."""
    if root.lemma_.lower() not in DENIAL_VERBS:
        return
    charge = next((c for c in root.lefts if c.dep_ == "dobj"
                   and (c.lemma_.lower() in CHARGE_NOUNS or c.lower_ in REJECTED_ACT_NOUNS)), None)
    clause = next((c for c in root.lefts if c.dep_ == "ccomp"), None)
    misread = None
    if charge is None:
        # "..., a ruling Tokyo rejected": the noun naming the act read as a modifier of the
        # rejecting party ("a [ruling Tokyo]")
        subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
        misread = next((c for c in subject.lefts if c.dep_ in ("amod", "compound")
                        and (c.lemma_.lower() in ACT_SUMMARY_NOUNS or c.lower_ in REJECTED_ACT_NOUNS)
                        and c.i == subject.left_edge.i + 1 and c.doc[subject.left_edge.i].lower_ in ("a", "an")),
                       None) if subject is not None else None
        charge = misread
    if charge is None or clause is None or clause.right_edge.i + 2 != charge.left_edge.i - (misread is not None) \
            or root.doc[clause.right_edge.i + 1].text != ",":
        return
    clause.head, clause.dep_ = clause, "ROOT"
    for c in list(root.children):
        if c.dep_ == "punct" and (c.i < charge.i or c.i == c.sent.end - 1):
            c.head = clause  # the comma and the full stop are the clause's
    if misread is not None:
        article = root.doc[charge.i - 1]
        article.head, article.dep_ = charge, "det"
        charge.pos_, charge.tag_, charge.lemma_ = "NOUN", "NN", charge.lower_
    charge.head, charge.dep_ = clause, "npadvmod"
    root.head, root.dep_ = charge, "relcl"


# what a party rejects that names the act of the clause before it ("..., a ruling Tokyo rejected")
REJECTED_ACT_NOUNS = frozenset({"ruling", "verdict", "demand", "order", "call", "request", "proposal", "offer"})
# nouns that name the act of a clause they follow ("..., a move France condemned", "..., a proposal
# that Moldova rejected")
ACT_SUMMARY_NOUNS = CHARGE_NOUNS | {"move", "step", "decision", "act", "action", "proposal", "plan", "request",
                                   "offer"}


def _act_summary_read_as_name_apposition(noun: Token) -> None:
    """ "Israel bombed Lebanon, a move France condemned", "offered to send peacekeepers to Moldova,
    a proposal that Chisinau rejected": the model may read the noun that names the clause's act
    as an apposition of the name that ends the clause (so the place or party is what was
    rejected, or met opposition); a name is no act, so the noun is said of the clause's verb."""
    name = noun.head
    if noun.dep_ != "appos" or noun.lemma_.lower() not in ACT_SUMMARY_NOUNS | REJECTED_ACT_NOUNS \
            or not any(c.dep_ == "relcl" for c in noun.children):
        return
    # (a thing is no act either: "demanded that Manila withdraw its ship, a demand ..."; another
    # act noun may be what the apposition renames: "rejected the offer, a plan France backed")
    if name.pos_ != "PROPN" and (name.pos_ != "NOUN" or name.lemma_.lower() in ACT_SUMMARY_NOUNS | REJECTED_ACT_NOUNS):
        return
    verb = name
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    # the noun names the verb of its own word above the complement it follows ("demanded that
    # Manila withdraw its ship, a demand ...": the demand, not the withdrawal)
    verb = next((a for a in verb.ancestors if a.lemma_.lower() == noun.lemma_.lower() and a.pos_ == "VERB"), verb)
    for c in list(name.children):
        if c.dep_ == "punct" and c.i == noun.left_edge.i - 1:
            c.head = verb  # the comma closes the clause
    noun.head, noun.dep_ = verb, "npadvmod"


def _denial_read_as_plural_noun(word: Token) -> None:
    """ "..., a charge the Nairobi government rejects": the model may read the present-tense
    denial as a plural noun in apposition to the charge, with the denier its modifier; it is the
    relative clause's verb and the noun before it its subject."""
    lemma = word.lower_[:-3] + "y" if word.lower_.endswith("ies") else word.lower_[:-1]
    subject = next((c for c in word.lefts if c.dep_ in ("compound", "nmod") and c.i == word.i - 1), None)
    if lemma not in DENIAL_VERBS or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return
    word.dep_, word.pos_, word.tag_, word.lemma_ = "relcl", "VERB", "VBZ", lemma
    for c in list(word.lefts):
        if c.dep_ == "det":
            c.head = subject  # ("the")
    subject.head, subject.dep_ = word, "nsubj"


def _plural_charge_read_as_verb(root: Token) -> None:
    """ "Moscow accused Kyiv of shelling the plant, charges Ukraine denied": the model may read the
    plural report noun as the root verb, with the accusation and the denial its complements; the
    accusation is the root and "charges Ukraine denied" a phrase said of it."""
    lemma = root.lower_[:-1]
    if root.tag_ != "VBZ" or lemma not in CHARGE_NOUNS or root.i == 0 or root.doc[root.i - 1].text != ",":
        return
    clause = next((c for c in root.lefts if c.dep_ == "ccomp" and c.right_edge.i == root.i - 2), None)
    denial = next((c for c in root.rights if c.dep_ == "ccomp" and c.lemma_.lower() in DENIAL_VERBS
                   and any(s.dep_ == "nsubj" for s in c.lefts)), None)
    if clause is None or denial is None:
        return
    clause.head, clause.dep_ = clause, "ROOT"
    for c in list(root.children):
        if c.dep_ == "punct":
            c.head = clause
    root.head, root.dep_, root.pos_, root.tag_, root.lemma_ = clause, "npadvmod", "NOUN", "NNS", lemma
    denial.dep_ = "relcl"
