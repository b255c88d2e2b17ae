"""A "them" that a "between" or "among" phrase holds ("offered to mediate between them") stands for
several parties: the ones its antecedent was named together with, each getting the act. Sentences
written for these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Kenya called on Ethiopia and Somalia to exercise restraint and offered to mediate between them.",
     {("KEN", "ETH", "039"), ("KEN", "SOM", "039")}),
    ("The Vatican urged Peru and Ecuador to settle the dispute. It offered to mediate between them.",
     {("VAT", "PER", "039"), ("VAT", "ECU", "039")}),
])
def test_them_between_is_the_parties_named_together(code, text, expected):
    got = set(triples(code(text)))
    assert expected <= got, got


@pytest.mark.parametrize("text,wrong", [
    # a "them" that no "between" holds keeps its usual reading: the pair gets no aid from Egypt
    ("Kenya called on Ethiopia and Somalia to exercise restraint and urged Egypt to help them.",
     ("EGY", "SOM", "070")),
    # an antecedent named alone gives no pair: no second party is invented
    ("Kenya criticised Ethiopia on Monday and offered to mediate between them.", ("KEN", "KEN", "039")),
    ("Kenya criticised Ethiopia on Monday and offered to mediate between them.", ("KEN", None, "039")),
])
def test_them_is_no_pair_otherwise(code, text, wrong):
    assert wrong not in triples(code(text))
