"""Events that only a parse repair (:mod:`eventwire.nlp.repairs`) lets the coder see: an attack
campaign whose kind the model read as a verb stealing it ("began a fresh bombing and shelling
operation against X"). Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Ethiopian forces began a fresh bombing and shelling operation against Tigrayan rebels.",
     ("ETHMIL", "ETHREB", "190")),
])
def test_a_bombing_and_shelling_campaign_has_its_target(code, text, expected):
    assert expected in triples(code(text))

