""""Troops from the two countries", "diplomats from both sides", "envoys of the two governments":
people or forces whose "from" or "of" phrase is a plural reference are each party's own, one
member per party of the pair the plural refers to (with the noun's sector), so what they do is
coded for each. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow

DATE = "2023-03-10"


@pytest.mark.parametrize("text,a,b,code_", [
    ("Sudan and South Sudan agreed on Monday to reopen their border. Soldiers from the two countries "
     "clashed near Heglig in 2012.", "SDNMIL", "SSDMIL", "190"),
    ("Thailand and Cambodia signed a border accord in Bangkok. Diplomats from both sides will meet again "
     "in Phnom Penh next month.", "THAGOV", "KHMGOV", "040"),
    ("Guyana and Suriname held talks on the river boundary last week. Negotiations between envoys of the "
     "two governments collapsed on Friday.", "GUYGOV", "SURGOV", "164"),
])
def test_the_people_of_a_pair_act_for_each_party(code, text, a, b, code_):
    got = triples(code(text, pub_date=DATE))
    pair = {(s[:3], t[:3]) for s, t, c in got if t and c == code_}
    assert (a[:3], b[:3]) in pair or (b[:3], a[:3]) in pair, got
    assert any(s == a or t == a for s, t, c in got if c == code_), got


def test_the_people_of_an_unresolved_plural_are_no_pair(code):
    # no pair named before: the troops stay one party, and no clash between two states is coded
    got = triples(code("Soldiers from the two countries clashed near the border on Sunday.", pub_date=DATE))
    assert not any(c == "190" and t and s[:3] != t[:3] for s, t, c in got), got


def test_the_people_from_one_named_state_stay_its_own(code):
    got = triples(code("Sudan and South Sudan agreed on Monday to reopen their border. Soldiers from Sudan "
                       "fired on South Sudanese herders near Heglig.", pub_date=DATE))
    assert any(s == "SDNMIL" and c.startswith("19") for s, t, c in got), got
    assert not any(s == "SSDMIL" and c.startswith("19") for s, t, c in got), got
