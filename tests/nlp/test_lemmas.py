"""The cached lemmas are the stock lemmatizer's, token for token, on first sight of a word and
from the cache; a lemma set before the component (the attribute ruler's) is kept."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import LEMMA

from eventwire.nlp.lemmas import Lemmas, install

pytestmark = pytest.mark.slow
TEXTS = [
    "Ministers of both governments were meeting again on Friday; the talks had stalled twice.",
    # base forms, plurals, comparatives, irregular verbs, proper nouns, contractions, numbers
    "The better-armed militias fought harder than ever, and Oslo's envoys went home sooner.",
    "She's been saying they'd seen worse: 3,000 troops, two brigades and 40 aircraft.",
    "Protests.\n\nThe   ruling parties' leaders wouldn't resign, NATO said.",
    "",
]


def test_lemmas_replace_the_stock_lemmatizer_in_place(pipelines):
    stock, fast = pipelines
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("lemmatizer"), Lemmas)


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t[:30] or "empty")
def test_lemmas_match_the_stock_lemmatizer_twice(pipelines, text):
    stock, fast = pipelines
    for _ in range(2):  # the second time from the cache
        a, b = stock(text), fast(text)
        assert np.array_equal(a.to_array([LEMMA]), b.to_array([LEMMA]))
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


def test_a_lemma_already_set_is_kept(pipelines):
    _, fast = pipelines
    with fast.select_pipes(disable=["lemmatizer"]):
        doc = fast("Envoys were recalled.")
    doc[0].lemma_ = "kept"
    fast.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["kept", "be", "recall", "."]


def test_install_leaves_a_pipeline_without_a_lemmatizer_alone():
    import spacy

    nlp = spacy.blank("en")
    assert install(nlp) is nlp and nlp.pipe_names == []
