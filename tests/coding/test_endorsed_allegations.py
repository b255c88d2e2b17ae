"""Backing another party's allegation ("backed his allegations that X", "endorsed accusations that
X", "echoed claims that X") is an accusation of the party X names (112, or the 112x sub-code of
the alleged act), and the endorsement of the allegation's owner when it has one (051); the
alleged act is content, not an event. Sentences written for these tests; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Spain backed allegations that the former Moroccan government funded the rebels.", ("ESP", "MARELI", "112")),
    ("France endorsed accusations that Russia had interfered in the vote.", ("FRA", "RUS", "112")),
    ("Poland echoed claims that Belarus was pushing migrants across the border.", ("POL", "BLR", "1123")),
])
def test_backing_an_allegation_accuses_its_subject(code, text, expected):
    assert expected in triples(code(text))


def test_backing_an_owned_allegation_also_endorses_its_owner(code):
    got = triples(code("Lithuania backed Kyiv's allegations that Belarus had trained the saboteurs."))
    assert ("LTU", "BLR", "112") in got, got
    assert ("LTU", "UKRGOV", "051") in got, got


def test_the_alleged_act_is_not_coded(code):
    got = triples(code("Spain backed allegations that the former Moroccan government funded the rebels."))
    assert not any(c.startswith("07") for _, _, c in got), got
