"""The case a plain "if" puts is no event: nobody plans or announces it ("if Y sends troops to
protect Z, nobody can stop X", "X would gain nothing if Y expelled its envoy"), whatever the main
clause says of it. The terms an "only if" sets stay a demand, a threat keeps its own code, and the
main clause's own act is still coded. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,case", [
    ("If Uganda sends soldiers to protect the rebels, then nobody can stop Rwanda, the Rwandan defence minister said.",
     ("UGA", "UGAREB", "074")),
    ("Chile would gain nothing if Peru expelled its ambassador, the Chilean minister said.", ("PER", None, "161")),
    ("Mali said it would meet Niger if Niger recalled its ambassador.", ("NER", None, "161")),
])
def test_the_case_an_if_clause_puts_is_no_event(code, text, case):
    got = triples(code(text, pub_date=DATE))
    assert case not in got, got


@pytest.mark.parametrize("text,expected", [
    # the main clause's act is still coded
    ("Mali said it would meet Niger if Niger recalled its ambassador.", ("MLI", "NER", "040")),
    # a threat keeps its code and its condition's party as target
    ("Chad threatened to attack Sudan if it refuses to withdraw.", ("TCD", "SDN", "1384")),
    # terms an "only if" sets are a demand on whoever must meet them
    ("Chad will start talks with Sudan only if Khartoum releases the prisoners.", ("TCD", "SDNGOV", "1053")),
    # an act that is no condition is untouched
    ("Peru expelled Chile's ambassador on Monday.", ("PER", "CHLGOV", "161")),
])
def test_what_an_if_clause_leaves(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
