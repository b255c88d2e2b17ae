"""Force with no object that the clause tells in another country ("soldiers fought in Sudan") is
used on that country; at home a place names no one, an object keeps its own party, and a clause on
a noun has its party in the noun. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


def coded(events):
    return {(e.source.cameo if e.source else None, e.target.cameo if e.target else None, e.cameo[:2])
            for e in events if e.cameo}


@pytest.mark.parametrize("text,expected", [
    ("Ethiopian soldiers fought in Somalia in 2007.", ("ETHMIL", "SOM", "19")),
    ("Ugandan soldiers fought in Sudan in 2003.", ("UGAMIL", "SDN", "19")),
    ("Turkish troops have fought in northern Iraq since 2019.", ("TURMIL", "IRQ", "19")),
])
def test_force_abroad_is_used_on_the_country_it_is_told_in(code, text, expected):
    assert expected in coded(code(text, pub_date=DATE))


def test_force_at_home_takes_no_place_as_target(code):
    got = coded(code("Kurdish rebels fought in Turkey for decades.", pub_date=DATE))
    assert not any(c == "19" and t == "TUR" for _, t, c in got), got


@pytest.mark.parametrize("text,place", [
    # an object keeps its party
    ("Rwandan troops fought Hutu militias in Congo last year.", "COD"),
    # a clause on a noun: the noun is a party of the fight
    ("The rebels Kenya is battling in Somalia crossed the border on Friday.", "SOM"),
    ("Sudan accused the Eritrean-backed militias fighting in Ethiopia of looting.", "ETH"),
])
def test_no_place_target_for_an_object_or_a_clause_on_a_noun(code, text, place):
    got = coded(code(text, pub_date=DATE))
    assert not any(c == "19" and t == place for _, t, c in got), got
