"""Expelling another state's diplomats, or ordering them out, reduces diplomatic relations (161:
the CAMEO manual codes the expulsion or withdrawal of diplomats there, not as the deportation of
individuals, 174). Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Ghana expelled Togo's high commissioner and two other diplomats on Friday.", ("GHA", "TGO", "161")),
    ("Nigeria ordered the Ghanaian high commissioner to leave the country.", ("NGA", "GHA", "161")),
    ("Poland ordered four Russian diplomats to leave the country within five days.", ("POL", "RUSGOV", "161")),
    ("Algeria expelled twelve French embassy staff.", ("DZA", "FRAGOV", "161")),
    ("Peru expelled the Bolivian charge d'affaires.", ("PER", "BOLGOV", "161")),
    ("Niger ordered the French ambassador to leave the country.", ("NER", "FRAGOV", "161")),
])
def test_expelled_diplomats_reduce_relations(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
    assert not any(c in ("174", "166") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    ("Thailand deported 40 Cambodian workers.", ("THA", "KHMLAB", "174")),
    ("Italy expelled two Tunisian migrants.", ("ITA", "TUNREF", "174")),
])
def test_other_people_expelled_stay_deportations(code, text, expected):
    assert expected in triples(code(text))
