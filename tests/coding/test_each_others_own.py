"""A noun owned by "each other" ("summoned each other's envoys") names the other party's own body,
not a third party: each party of the pair acts on the other (one event each way, with the body's
sector), where before only one direction survived. Sentences written for these tests; none is
taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Armenia and Azerbaijan have summoned each other's ambassadors several times.",
     {("ARM", "AZEGOV", "114"), ("AZE", "ARMGOV", "114")}),
    ("Vietnamese and Malaysian fishing boats collided near the reef in June, and the two countries have "
     "since summoned each other's envoys.", {("VNM", "MYSGOV", "114"), ("MYS", "VNMGOV", "114")}),
])
def test_each_others_body_is_the_other_party(code, text, expected):
    got = set(triples(code(text)))
    assert expected <= got, got


@pytest.mark.parametrize("text,wrong", [
    # a third party's body stays the target of each
    ("Armenia and Azerbaijan summoned Russia's ambassador on Monday.", ("ARM", "AZEGOV", "114")),
    # "each other" elsewhere in the sentence: what it does not own is a third party's
    ("Armenia and Azerbaijan, which blame each other for the shelling, summoned Russia's ambassador.",
     ("ARM", "AZEGOV", "114")),
])
def test_no_pair_for_what_each_other_does_not_own(code, text, wrong):
    assert wrong not in triples(code(text))
