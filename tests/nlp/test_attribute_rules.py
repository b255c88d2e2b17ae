"""The fast attribute rules give the stock ``attribute_ruler``'s annotations, token for token."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from eventwire.nlp.attribute_rules import AttributeRules, install
from tests.conftest import SHARED

pytestmark = pytest.mark.slow
ATTRS = [TAG, POS, MORPH, LEMMA, DEP]
TEXTS = [
    "Iran accused Israel of attacking its ships on Tuesday, officials said.",
    # the model's multi-token and word-specific rules: "gon na", "let 's", "ai n't", "y' all",
    # "nothin'", "got ta", "c'm on", expletive "there is", auxiliaries, spaces
    "Y'all gonna get it, let's go! He ain't done nothin' and c'mon, there's gotta be a way.",
    "There were   protests.\n\nThe ministers who had been meeting were not told what was planned.",
    "Which proposal did they reject? That one, and those are the ones we'd back.",
    "",
]


def _texts() -> list[str]:
    seed = SHARED / "corpus" / "seed" / "iran_us_talks.txt"
    return TEXTS + ([seed.read_text(encoding="utf-8")] if seed.exists() else [])


def test_attribute_rules_replace_the_stock_ruler_in_place(pipelines):
    stock, fast = pipelines
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), AttributeRules)


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:30] or "empty")
def test_attribute_rules_match_the_stock_ruler(pipelines, text):
    stock, fast = pipelines
    a, b = stock(text), fast(text)
    assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
    assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [(t.pos_, str(t.morph), t.lemma_) for t in b]
    for attr in ("TAG", "POS", "MORPH", "LEMMA", "DEP"):
        assert a.has_annotation(attr) == b.has_annotation(attr)


def test_install_leaves_a_pipeline_without_a_ruler_alone():
    import spacy

    nlp = spacy.blank("en")
    assert install(nlp) is nlp and nlp.pipe_names == []
