"""A definite settlement noun a participle says a third party brokered ("the accord, brokered by
X, ...") is the settlement the article told just before: X mediated between its two sides (045
with each), as for talks ("The talks, mediated by X, resumed"). An indefinite one is a new
settlement with no sides told. Sentences written for these tests; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2018-07-12"


@pytest.mark.parametrize("text,expected", [
    ("Sudan and the rebels signed a ceasefire on Tuesday. The accord, brokered by Chad in the town of Abeche, "
     "takes effect next week.", [("TCD", "SDNGOV", "045"), ("TCD", "SDNREB", "045")]),
    ("Ethiopia and Eritrea signed a peace agreement on Monday. Eritrea said the deal, mediated by the United Arab "
     "Emirates, would open the border.", [("ARE", "ETH", "045"), ("ARE", "ERI", "045")]),
])
def test_the_broker_of_a_settlement_told_before_mediates_between_its_sides(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("text,wrong", [
    # a new settlement, not the one told before
    ("Ethiopia and Eritrea signed a peace agreement on Monday. Eritrea said a second agreement brokered by the "
     "United Arab Emirates would follow.", ("ARE", "ETH", "045")),
    # a participle of no mediation
    ("Ghana and Togo signed a trade pact on Monday. The accord, welcomed by the European Union, cuts tariffs.",
     ("IGOEUREEC", "GHA", "045")),
])
def test_no_mediation_of_another_settlement(code, text, wrong):
    got = triples(code(text, pub_date=DATE))
    assert wrong not in got, got
