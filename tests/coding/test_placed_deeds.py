"""A reaction to a deed named by its place ("concern over the fighting in X") is aimed at the doer
of the latest such deed told before on a party in that country, not at the place; with no such
deed told, the place's country stays the target. "The violence" and "the bloodshed" name force as
an offensive or a shelling does. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Ethiopian troops launched an assault on Fano militias in Gondar on Sunday. "
     "Kenya voiced alarm over the mounting violence in Gondar.", ("KEN", "ETHMIL", "110")),
    ("Rwandan-backed M23 rebels shelled army positions near Goma. "
     "Angola expressed concern about escalating violence in Goma, its foreign ministry said.", ("AGO", "CODREB", "110")),
    # "the violence" alone names the deed told before
    ("Armenian troops opened fire on Azerbaijani positions in Lachin. Turkey condemned the violence.",
     ("TUR", "ARMMIL", "111")),
])
def test_reaction_to_a_placed_deed_is_aimed_at_its_doer(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # no deed told in that country: the place stays
    ("Ethiopian troops launched an assault on Fano militias in Gondar on Sunday. "
     "Kenya voiced alarm over the mounting violence in Somalia.", ("KEN", "SOM", "110")),
])
def test_reaction_to_a_deed_elsewhere_keeps_the_place(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
