""""Both" standing alone as an object ("accused both of abuses", "urged both to resume talks") is
the pair told before, as "both" standing alone as a subject is: the act is aimed at each party.
"Both of them" names its parties itself. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow

DATE = "2022-05-03"


@pytest.mark.parametrize("text,source,a,b,root", [
    ("Peru and Ecuador clashed on their border on Sunday. Brazil accused both of breaking the truce.",
     "BRA", "PER", "ECU", "11"),
    ("Kenya and Somalia held talks in Nairobi on Monday. The AU envoy, who has mediated between the two "
     "countries since March, urged both to resume the talks.", "IGOAFRAFU", "KEN", "SOM", "02"),
])
def test_both_as_an_object_is_the_pair(code, text, source, a, b, root):
    got = triples(code(text, pub_date=DATE))
    targets = {t for s, t, c in got if s == source and c.startswith(root)}
    assert targets == {a, b}, got


def test_both_of_them_is_no_second_pair(code):
    got = triples(code("Peru and Ecuador clashed on their border on Sunday. Chile criticised both of them.",
                       pub_date=DATE))
    assert {t for s, t, c in got if s == "CHL"} <= {"PER", "ECU"}, got


def test_both_with_no_pair_told_has_no_target(code):
    got = triples(code("Brazil accused both of breaking the truce.", pub_date=DATE))
    assert not any(s == "BRA" and t for s, t, c in got), got


def test_both_as_an_object_is_the_pair_its_sentence_named(code):
    got = triples(code("The Kenyan president met the Ugandan president in Arusha on Monday. Somali troops fought beside "
                       "Ethiopian forces, and Human Rights Watch has accused both of abuses.", pub_date=DATE))
    assert {t[:3] for s, t, c in got if s == "NGOHRI" and t} == {"SOM", "ETH"}, got
