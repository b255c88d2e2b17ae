"""A plural reference whose noun is classified by a name ("the two Horn of Africa states", "both Central
America neighbours") is the pair told before, although the parser hangs "the two" or "both" on the name rather
than on the noun. A name with no such determiner is no plural reference ("Balkan neighbours" in
general). Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow

DATE = "2021-09-20"


@pytest.mark.parametrize("text,a,b,root", [
    ("Djibouti and Somalia restored ties last year. The two Horn of Africa states clashed over the border in 2008.",
     "DJI", "SOM", "19"),
    ("Belize and Guatemala met in May. Both Central America neighbours blamed each other.", "BLZ", "GTM", "11"),
    ("Peru and Ecuador reopened their embassies on Monday. The two Andes neighbours fought a brief war in 1995.",
     "PER", "ECU", "19"),
])
def test_the_two_with_a_name_modifier_is_the_pair(code, text, a, b, root):
    got = triples(code(text, pub_date=DATE))
    assert any(s == a and t == b and c.startswith(root) for s, t, c in got), got
    assert any(s == b and t == a and c.startswith(root) for s, t, c in got), got


def test_a_name_modifier_without_the_two_is_no_pair(code):
    got = triples(code("Peru and Ecuador reopened their embassies on Monday. Andes neighbours fought "
                       "many wars in the nineteenth century.", pub_date=DATE))
    assert not any(c.startswith("19") for _, _, c in got), got
