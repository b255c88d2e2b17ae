"""The conditions a predicate is said on: its "if" and "unless" clauses ("threatened to strike if Y
refuses", "warned it would act unless Y withdrew"), which make a threat of an announced act, name
whoever must comply and are no acts of their own; the parties an offer or refusal is held on
("once Y pays", "until Y withdraws"); and the terms a condition sets ("only if", "unless", "as long
as", "not ... until"), a demand from whoever sets them on whoever must meet them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.nlp import kids

from .argument_actors import actors_of
from .lexicon import Lexicon
from .subjects import verb_subjects
from .syntax import is_passive, pobjs, preps_of

if TYPE_CHECKING:
    from .readings import Reading

CONDITION_MARKS = frozenset({"if", "unless"})
# the arguments a "no" makes a clause's act not happen through ("no truce", "no money")
NEGATABLE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def is_condition(clause: Token) -> bool:
    """Whether ``clause`` is an adverbial clause opened by "if" or "unless"."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in kids(clause))


def condition_clauses(r: Reading) -> list[Token]:
    """The "if"/"unless" clauses of a predicate or of the act a frame wraps ("threatened to
    strike if Y refuses", "warned it would act unless Y withdrew")."""
    hosts = [r.head, *[w for b in r.inner for w in b.wrapped]]
    # "threatened to close the strait if Y ...": a threat pattern's own "to X" carries the condition
    hosts += [c for c in kids(r.head) if c.dep_ == "xcomp" and c.i in r.consumed]
    return [c for h in hosts for c in kids(h) if is_condition(c)]


# what an offer or refusal may be held on: "ready to resume supplies once Y pays", "will not
# withdraw until Y frees the hostages", "offered to lift the ban if Y ..."
HOLDING_MARKS = CONDITION_MARKS | {"once", "until", "till"}


def holding_parties(r: Reading) -> list[Token]:
    """The subjects of the active clauses the act ``r`` (or the act its frame wraps) is held on:
    the parties whose own act would make the offer good or end the refusal (not what a passive
    clause tells done to someone: "until civilians are evacuated")."""
    hosts = [r.head, *r.binding.wrapped, *[w for b in r.inner for w in b.wrapped]]
    held = [c for h in hosts for c in kids(h) if c.dep_ == "advcl" and not is_passive(c)
            and any(m.dep_ == "mark" and m.lower_ in HOLDING_MARKS for m in kids(c))]
    return [s for c in held for s in verb_subjects(c)]


def condition_setter(doc: Doc, clause: Token) -> tuple[Token, list[Token]] | None:
    """For a condition that sets terms ("only if Y ...", "unless Y ...", "as long as Y ...", "will not ...
    until Y ..."; a plain "if" may only state a case), the verb whose subject sets it and that subject: the offer's maker
    ("X offered ..., as long as"), or the speaker when the clause it hangs on has no actor
    subject ("X said the talks could start only if ...")."""
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
        return None
    marks = {c.lower_ for c in kids(clause) if c.dep_ == "mark"}
    verb = clause.head
    only_if = "if" in marks and any(c.dep_ == "advmod" and c.lower_ == "only" for c in kids(clause))
    # "will not end the strike unless the government meets ...": what has to happen for the
    # speaker to act otherwise is a term set, like "only if"
    unless = "unless" in marks
    as_long_as = "as" in marks and verb.lower_ == "long" and verb.dep_ == "advmod"
    # "there can be no truce until Y withdraws", "will not resume aid until Y ...": what must
    # happen before the refused act is a term set, like "only if" ("fought until Y fled" is time)
    not_until = "until" in marks and said_not_to_happen(verb)
    if as_long_as:
        verb = verb.head  # "as long as", "so long as": the clause hangs on "long"
    elif not (only_if or unless or not_until):
        return None
    for _ in range(3):
        subjects = verb_subjects(verb) if verb.pos_ in ("VERB", "AUX") else []
        if actors_of(doc, subjects):
            return verb, subjects
        if verb.dep_ not in ("ccomp", "xcomp", "conj"):
            break
        verb = verb.head
    return None


def said_not_to_happen(verb: Token) -> bool:
    """Whether a clause is said not to happen: a negated verb ("will not return") or one whose
    subject or object is "no" ("there can be no truce", "no money will be paid")."""
    return any(c.dep_ == "neg" or c.dep_ in NEGATABLE_ARGUMENTS
               and any(d.dep_ == "det" and d.lower_ == "no" for d in kids(c)) for c in kids(verb))


def terms_set(r: Reading, lex: Lexicon, clause: Token, verb: Token, setter: list[Token]) -> Reading | None:
    """ "offered to resume aid as long as Y ends its dispute with Z": the condition is a
    demand (10x) from the party that sets it to the party that must meet it (the clause's
    subject), made when the offer or statement was."""
    code = lex.frame_code("demand", r.code)
    if code is None:
        return None
    # "only if it is attacked" is no term set for anyone; "only if the demands are met by Y" is
    addressees = [o for a in preps_of(clause, frozenset({"by"})) for o in pobjs(a)] if is_passive(clause) \
        else [c for c in kids(clause) if c.dep_ == "nsubj"]
    if not addressees:
        return None
    return replace(r, code=code, rules=["condition", *r.rules], targets=addressees, fallback=[], setter=setter,
                   plover=None, closed=True, context_anchor=verb, no_target=False)
