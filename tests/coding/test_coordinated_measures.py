"""Sanctions and coercive measures told one after another in a sentence are separate measures,
one record each, even when their CAMEO root is the same ("expelled its diplomats and cut aid":
161 and 162); coordinated force between one pair stays one record per root (one assault told in
steps).
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2019-03-12"


@pytest.mark.parametrize("text,source,target,codes", [
    ("Canada expelled four Venezuelan diplomats and cut all aid to Caracas on Monday.",
     "CAN", "VEN", {"161", "162"}),
    ("Lithuania imposed sanctions on Minsk and expelled two Belarusian diplomats.",
     "LTU", "BLR", {"163", "161"}),
])
def test_each_coordinated_measure_is_its_own_record(code, text, source, target, codes):
    got = triples(code(text, pub_date=DATE))
    found = {c[:3] for s, t, c in got if s and s.startswith(source) and t and t.startswith(target)}
    assert codes <= found, got


@pytest.mark.parametrize("text,root", [
    ("Rebel fighters attacked the garrison town of Bor and captured it on Sunday.", "19"),
])
def test_coordinated_force_stays_one_record(code, text, root):
    got = triples(code(text, pub_date=DATE))
    assert sum(1 for _, _, c in got if c.startswith(root)) <= 1, got
