"""The conditions a predicate is said on: its "if" and "unless" clauses ("threatened to strike if Y
refuses", "warned it would act unless Y withdrew"), which make a threat of an announced act, name
whoever must comply and are no acts of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.nlp import kids

if TYPE_CHECKING:
    from .readings import Reading

CONDITION_MARKS = frozenset({"if", "unless"})


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
