"""A state organ's sympathy for a tragedy in a place of its own country ("the chancellor voiced
grief over the train crash in Bavaria") is an empathetic comment (018) aimed at the people there,
coded by their country, as sympathy for a tragedy abroad is aimed at the country it struck. A
country does not sympathise with itself, and a place of its own country is still no party to its
other acts. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2016-07-20"


@pytest.mark.parametrize("text,expected", [
    ("Chancellor Angela Merkel voiced grief over the train crash in Bavaria.", ("DEUGOV", "DEU", "018")),
    ("President Francois Hollande expressed sorrow for the victims of the stabbings in Paris.", ("FRAGOV", "FRA", "018")),
    ("Kenya's president mourned the dead of the bus bombing in Nairobi.", ("KENGOV", "KEN", "018")),
])
def test_sympathy_for_a_tragedy_at_home_is_aimed_at_its_people(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # abroad, as before: the country the tragedy struck
    ("Chancellor Angela Merkel voiced grief over the train crash in Portugal.", ("DEUGOV", "PRT", "018")),
])
def test_sympathy_for_a_tragedy_abroad_keeps_the_place(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # a bare country and its own place: one code, no dyad
    "Germany voiced grief over the train crash in Bavaria.",
    # not sympathy: a state's other acts in its own places have no party there
    "Chancellor Angela Merkel criticised the train crash in Bavaria.",
    "President Francois Hollande praised the rescue work in Paris.",
])
def test_no_event_with_ones_own_place_otherwise(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(t and t in ("DEU", "FRA") for _, t, _ in got), got
