"""A bare "the government" names again the government the article named as one ("Colombia's
government ... a truce declared by the government"), however many sentences back, before the
state of the last subject (another state's minister told in between). Sentences written for
these tests; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

PEACE = ("Colombia's government and FARC rebels agreed on Monday to end their war. "
         "The deal was signed in Havana after four years of talks. "
         "Cuba and Norway mediated the negotiations. "
         "Rebel commanders said their fighters would hand over their weapons within six months. "
         "The war has killed more than 200,000 people since 1964. "
         "Ecuador's president praised the accord. "
         "Venezuela's foreign minister said on Tuesday that Venezuelan troops had not crossed the border. ")


def sources(code, text):
    return {e.source.cameo for e in code(text, pub_date="2016-08-30") if e.source and e.cameo == "0871"}


def test_the_government_is_the_government_named_before(code):
    assert sources(code, PEACE + "A truce declared by the government in May collapsed in July.") == {"COLGOV"}


def test_a_government_named_since_is_the_one_meant(code):
    text = PEACE + "Venezuela's government closed the frontier. A truce declared by the government in May collapsed in July."
    assert sources(code, text) == {"VENGOV"}
