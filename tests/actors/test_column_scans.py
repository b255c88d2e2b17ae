"""Scans that read the token columns instead of building every token give what the token-by-token
scans gave: the words before a phrase, a deposed title, "according to" sources, a pair of states
named by a shared plural, the gatherings a text hosts (our own sentences)."""

from __future__ import annotations

import pytest

from eventwire.actors.mentions import _deposed
from eventwire.actors.noun_phrases import _modifier_words
from eventwire.coding.gatherings import gatherings
from eventwire.context.attribution import according_to

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def _at(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, expected", [
    ("Talks were led by then-envoy Ruiz in Lima.", "Ruiz", {"then", "-", "envoy"}),
    ("The ex-minister Okafor spoke in Abuja.", "Okafor", {"ex", "-", "minister"}),
    ("Talks were led by then envoy Ruiz.", "Ruiz", {"by", "then", "envoy"}),
    ("Okafor spoke.", "Okafor", set()),
])
def test_modifier_words(nlp, text, word, expected):
    doc = nlp(text)
    assert _modifier_words(doc, _at(doc, word).i) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("The ousted president Morales left for Mexico.", "president", True),
    ("The army ousted president Morales on Sunday.", "president", False),
])
def test_deposed(nlp, text, word, expected):
    doc = nlp(text)
    start = _at(doc, word).i
    assert _deposed(doc, start, range(start, start + 2)) is expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("Troops crossed the border, according to Kenyan officials.", "crossed", ["officials"]),
    ("Troops crossed the border, officials said.", "crossed", []),
])
def test_according_to(nlp, text, anchor, expected):
    doc = nlp(text)
    assert [t.text for t in according_to(_at(doc, anchor))] == expected


def test_paired_states_and_gatherings(nlp):
    from eventwire.pipeline import Eventwire

    ew = Eventwire()
    article, events = ew.code_text("Ghana will host a summit on Friday. Leaders of the two Koreas will attend.",
                                   doc_id="t", pub_date="2024-05-01")
    assert events  # (the scan-dependent records: the host and the pair)
    doc = next(ew.parse([article]))[1]
    ew.actors.process(article, doc)
    assert [(doc[g.hosting].lemma_, doc[g.noun].text) for g in gatherings(doc)] == [("host", "summit")]
    assert any(m.members for m in doc._.ew_actors.values())
