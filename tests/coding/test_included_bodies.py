"""A body an acting body names as among its own ("Nato aircraft, including Dutch jets, struck X")
acts too: one event for the body and one for the body it includes. Only a doer's: not the
members of an object ("train a force, including militias"), nor the places a country's
things are named by, nor a non-actor list. Sentences written for these tests; none is taken from
an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Nato aircraft, including Dutch jets, struck Serbian positions in 1999.",
     {("IGOWSTNAT", "SRB", "195"), ("NLDMIL", "SRB", "195")}),
])
def test_included_body_acts_too(code, text, expected):
    got = set(triples(code(text)))
    assert expected <= got, got


@pytest.mark.parametrize("text,wrong", [
    # places a country's cities are named by are no second target
    ("Russian forces shelled Ukrainian cities, including Kyiv and Odesa.", ("RUSMIL", "UKRGOV", "194")),
    # "including" in a list of things names no actor
    ("Nato aircraft, including two tankers, struck Serbian positions in 1999.", ("SRB", "SRB", "195")),
    # the members of a thing done to or made take no part in the act: only a doer's count
    ("The United States said it would train a new border force in Syria, including Kurdish militias.",
     ("USA", "SYRREB", "0332")),
])
def test_no_extra_party_otherwise(code, text, wrong):
    assert wrong not in triples(code(text))
