"""An object pronoun in a relative clause is never the noun that clause modifies: its subject, the
relative pronoun, stands for that noun and for the group noun whose "of" phrase holds it
("hundreds of students who hurled rocks at them" hurled them at someone else), as an object
pronoun is never its own clause's subject. Sentences written for these tests; none is taken from
an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Zambian police fired tear gas at students who hurled rocks at them in Lusaka.", ("ZMBEDU", "ZMBCOP", "145")),
    # the clause on the "of" phrase of a group noun: the group
    ("Zambian police fired tear gas at hundreds of students who hurled rocks at them in Lusaka.",
     ("ZMBEDU", "ZMBCOP", "145")),
    ("Nepalese troops shot dead three Maoist rebels who had ambushed them near the border.",
     ("NPLREB", "NPLMIL", "190")),
    ("The UN praised Ghana, which sent troops to help it in Liberia.", ("GHA", "IGOUNO", "074")),
])
def test_an_object_pronoun_of_a_relative_clause_is_someone_else(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # a possessive may still be the modified noun's or the main subject's
    ("Kenya accused Somali militiamen who attacked its border post of killing two of its soldiers.",
     ("SOMREB", "KEN", "190")),
    ("Zambian police fired tear gas at students who hurled rocks at them in Lusaka.", ("ZMBCOP", "ZMBEDU", "175")),
])
def test_what_stays(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
