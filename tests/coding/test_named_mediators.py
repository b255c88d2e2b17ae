"""Mediators named only as a modifier of a settlement or of "mediation" (``coding/mediation.py``):
"signed a Cuba-brokered truce", "after weeks of Norwegian mediation", "The talks, mediated by X,
collapsed": the third party mediates (045) with each side of the settlement the sentence codes,
or of the talks told just before; it is never whom the sides' own act is aimed at. Sentences
written for these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


def mediated(events, mediator):
    return {t for s, t, c in triples(events) if s == mediator and c == "045"}


@pytest.mark.parametrize("text,mediator,sides", [
    ("Armenia and Azerbaijan signed a Swiss-brokered truce on Tuesday.", "CHE", {"ARM", "AZE"}),
    ("Armenia and Azerbaijan agreed to a Kazakh-mediated ceasefire late on Tuesday.", "KAZ", {"ARM", "AZE"}),
    ("Ethiopia and Eritrea reached a border deal under the mediation of the African Union.",
     "IGOAFRAFU", {"ETH", "ERI"}),
    ("Ethiopia and Eritrea sealed a border accord after weeks of Norwegian mediation.", "NOR", {"ETH", "ERI"}),
    ("Thanks to Kenyan mediation, Ethiopia and Eritrea agreed on Friday to a prisoner exchange.",
     "KEN", {"ETH", "ERI"}),
    ("Ethiopia and Eritrea signed a trade pact through Saudi mediation.", "SAU", {"ETH", "ERI"}),
])
def test_a_mediator_named_beside_the_settlement_mediates_with_each_side(code, text, mediator, sides):
    assert mediated(code(text), mediator) >= sides


@pytest.mark.parametrize("text,mediator", [
    ("Ethiopia and Eritrea agreed to resolve their dispute in talks mediated by Kenya.", "KEN"),
    ("Ethiopia and Eritrea agreed to settle their border dispute in Kenyan-led talks.", "KEN"),
])
def test_the_mediator_of_the_talks_is_not_the_target_of_the_sides_act(code, text, mediator):
    got = triples(code(text))
    assert mediated(code(text), mediator) >= {"ETH", "ERI"}, got
    assert not any(t == mediator for s, t, c in got if c != "045"), got


@pytest.mark.parametrize("text,mediator", [
    ("Armenia and Azerbaijan held talks in Geneva in March. The talks, mediated by Switzerland, collapsed on Monday.",
     "CHE"),
    ("Armenia and Azerbaijan held talks in Oslo in March. Negotiations brokered by Norway broke down on Monday.",
     "NOR"),
])
def test_mediated_talks_told_before_that_break_down(code, text, mediator):
    got = triples(code(text))
    assert mediated(code(text), mediator) >= {"ARM", "AZE"}, got
    assert frozenset({"ARM", "AZE"}) in {frozenset((s, t)) for s, t, c in got if c == "164"}, got


def test_mediators_speaking_of_talks_agreed_before_mediate_them(code):
    got = code("Armenia and Azerbaijan agreed on Monday to resume talks. "
               "Swiss mediators said the negotiations would open in Geneva next week.")
    assert mediated(got, "CHE") >= {"ARM", "AZE"}


@pytest.mark.parametrize("text", [
    "Israel agreed to Egyptian mediation in its talks with Hamas.",  # agreed to: not yet mediated
    "Israel thanked Qatar for its mediation on Monday.",
    "The US-led coalition struck targets in Syria on Monday.",  # a led coalition mediates nothing
    "Fighting between Armenia and Azerbaijan went on. Swiss mediators said they were worried.",
])
def test_no_mediation_is_coded_where_none_took_place(code, text):
    assert not any(c == "045" for _, _, c in triples(code(text)))
