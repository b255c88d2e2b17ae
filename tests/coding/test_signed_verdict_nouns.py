"""A frame verb's direct object is the thing it acts on, not a verdict on it: "signed an important
agreement" is a signing (057), never the signers praising each other (051), although "important
agreement" is also a verdict phrase. A verdict stays a verdict where it is a predicate ("called the
accord a historic achievement"). Sentences written for this test; none is taken from an evaluation
set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,pair", [
    ("Kenya and Tanzania signed an important agreement on cross-border trade on Tuesday.", {"KEN", "TZA"}),
    ("Peru and Bolivia signed a landmark accord on water rights in La Paz.", {"PER", "BOL"}),
])
def test_a_signed_verdict_noun_is_a_signing(code, text, pair):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "051" for _, _, c in got), got
    assert any(c == "057" and {s, t} == pair for s, t, c in got), got


def test_a_verdict_in_a_predicate_stays_praise(code):
    got = triples(code("Ruto called the accord between Kenya and Tanzania a historic achievement.", pub_date=DATE))
    assert ("KENGOV", "TZA", "051") in got, got
