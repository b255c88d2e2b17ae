"""The per-document caches give what they stand for: ``kids`` a token's children (the same
objects each time), ``per_token`` the wrapped function's value (also a false one, worked out once
per token), ``MentionGroup.kinds`` the pieces of the kinds asked for, also after a piece is added."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.noun_phrases import MentionGroup
from eventwire.nlp import kids, per_token

TEXT = ("Lithuanian border guards turned back forty migrants on Sunday, and the interior "
        "minister in Vilnius said Minsk had sent them. Poland offered to help.")


def test_kids_are_the_children_and_the_same_objects_again(nlp):
    doc = nlp(TEXT)
    first = [kids(t) for t in doc]
    assert [[c.i for c in k] for k in first] == [[c.i for c in t.children] for t in doc]
    again = [kids(t) for t in doc]
    assert all(a is b for a, b in zip(first, again, strict=True))


def test_kids_of_a_childless_token_is_empty(nlp):
    doc = nlp("Talks resumed.")
    assert kids(doc[2]) == ()
    assert kids(doc[2]) == ()


CALLS: list[int] = []


@per_token
def _is_plural_noun(tok) -> bool:
    CALLS.append(tok.i)
    return tok.tag_ in ("NNS", "NNPS")


def test_per_token_gives_the_value_once_per_token_also_a_false_one(nlp):
    doc = nlp(TEXT)
    CALLS.clear()
    values = [_is_plural_noun(t) for t in doc]
    assert values == [t.tag_ in ("NNS", "NNPS") for t in doc]
    assert any(values) and not all(values)
    assert [_is_plural_noun(t) for t in doc] == values  # from the cache
    assert sorted(CALLS) == [t.i for t in doc]  # each token worked out once


def test_mention_group_kinds_follow_pieces_added(nlp):
    doc = nlp(TEXT)
    group = MentionGroup(doc[2], [Span(doc, 0, 1, label="adjective|LTU|")])
    assert group.kinds("adjective") == [group.pieces[0]]
    assert group.kinds("city", "country") == []
    group.pieces.append(Span(doc, 15, 16, label="city|LTU|"))
    group.pieces.append(Span(doc, 17, 18, label="capital|BLR|"))
    assert group.kinds("city", "capital") == group.pieces[1:]
    assert group.kinds("adjective", "capital") == [group.pieces[0], group.pieces[2]]
    assert group.kinds("person") == []
