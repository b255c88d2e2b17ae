"""An act a party says it "would" do "with immediate effect" is decided, not promised: it keeps
its own code instead of the pledge's (a promised cut in relations is a threat, 13x).
Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Mali said it would suspend military cooperation with France with immediate effect.", ("MLI", "FRA", "160")),
    ("Niger announced that it would end its military agreements with the United States with immediate effect.",
     ("NER", "USA", "160")),
    ("Burkina Faso said it would recall its ambassador from Ivory Coast with immediate effect.",
     ("BFA", "CIV", "161")),
])
def test_immediate_effect_is_the_act(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_without_immediate_effect_a_pledge(code):
    got = triples(code("Mali said it would suspend military cooperation with France."))
    assert ("MLI", "FRA", "131") in got, got
