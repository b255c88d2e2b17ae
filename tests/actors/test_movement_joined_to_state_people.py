"""Rebels, insurgents or an opposition joined by "and" to a state's people ("talks between Turkish
officers and rebel leaders") are a party of their own: they take neither the national adjective of
the noun they are joined to nor, for being named beside them, that state's country; the places of
their clause or the article give it. A conjunct of the same kind ("Syrian rebels and militiamen")
or of the state's own forces ("Ethiopian warplanes and tanks") still shares it. Sentences are our
own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, phrase, code", [
    ("Fighting flared in northern Syria on Thursday. Talks between Turkish officers and rebel leaders "
     "broke down on Friday.", "2019-10-12", "rebel leaders", "SYRREB"),
    ("Clashes spread across Ivory Coast on Monday. French officers and rebel leaders signed a truce "
     "in Bouake.", "2004-11-10", "rebel leaders", "CIVREB"),
    ("Shelling hit Homs and Hama overnight. Iranian advisers and rebel leaders met in a village on "
     "Sunday.", "2016-03-10", "rebel leaders", "SYRREB"),
    # negative rows: a conjunct of the same kind, and one of the state's own forces
    ("Syrian rebels and militiamen attacked the outskirts of Aleppo.", "2016-08-01", "militiamen", "SYRREB"),
    ("Ethiopian warplanes and tanks pounded positions across the border.", "2019-02-26", "tanks", "ETHMIL"),
])
def test_movement_joined_to_state_people_keeps_its_own_country(ew, text, pub_date, phrase, code):
    assert code_of(ew, text, pub_date, phrase) == code
