""" "In a televised address after meeting X, Y said": a gerund the parser hangs on the noun of
the clause's adverbial phrase is the clause subject's act, as "After meeting X, Y said" is.
Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Sudan's army chief Abdel Fattah al-Burhan spoke on Monday. In a televised speech after meeting a "
     "delegation from the African Union in Port Sudan, Burhan said elections would be held next year.",
     ("SDNGOV", "IGOAFRAFU", "040")),
    ("In a speech after visiting Kenya, Ethiopia's prime minister praised the army.", ("ETHGOV", "KEN", "042")),
])
def test_a_gerund_on_the_adverbial_noun_is_the_subject_s_act(code, text, expected):
    assert expected in triples(code(text, pub_date="2024-05-01"))


@pytest.mark.parametrize("text", [
    # a noun with no clause of its own around it has no subject to lend
    "The talks after meeting the Chinese ambassador were tense.",
])
def test_no_subject_no_act(code, text):
    assert not any(c.startswith("04") for _, _, c in triples(code(text, pub_date="2024-05-01")))
