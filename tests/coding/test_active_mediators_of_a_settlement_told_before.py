"""The subject of an active clause that brokers, mediates, coordinates or arranges a definite
settlement ("Oman, which arranged the swap, ...", "officials said X had coordinated the exchange")
mediated between the two sides of the settlement the article told just before (045 with each), as
the agent of a passive one does ("the accord, brokered by X"); a relative pronoun stands for the
noun its clause is on. Sentences written for these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-01"


@pytest.mark.parametrize("text,expected", [
    ("Moscow and Kyiv exchanged 90 prisoners of war on Sunday. The United Arab Emirates, which brokered the swap, "
     "said more exchanges would follow.", [("ARE", "RUSGOV", "045"), ("ARE", "UKRGOV", "045")]),
    ("Moscow and Kyiv exchanged 90 prisoners of war on Sunday. Officials said the United Arab Emirates had "
     "coordinated the exchange.", [("ARE", "RUSGOV", "045"), ("ARE", "UKRGOV", "045")]),
    ("Iran freed two French nationals on Friday in return for an Iranian engineer held in France. Oman, which "
     "arranged the swap, welcomed the release.", [("OMN", "IRN", "045"), ("OMN", "FRA", "045")]),
])
def test_the_subject_that_brokers_a_settlement_told_before_mediates_between_its_sides(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("text,wrong", [
    # what the clause coordinates is no settlement; a clause telling a standing role
    ("Israel and Hamas agreed a four-day truce on Wednesday. Egyptian officials, who coordinated the raids on "
     "smugglers, said aid convoys would enter Gaza.", ("EGY", "ISR", "045")),
    ("Israel and Hamas agreed a four-day truce on Wednesday. The Egyptian agency, which handles visas, said aid "
     "convoys would enter Gaza.", ("EGY", "ISR", "045")),
    # a new settlement, not the one told before
    ("Moscow and Kyiv exchanged 90 prisoners of war on Sunday. Qatar, which arranged a separate deal on "
     "children, said talks would go on.", ("QAT", "RUSGOV", "045")),
])
def test_no_mediation_of_what_is_no_settlement_told_before(code, text, wrong):
    got = triples(code(text, pub_date=DATE))
    assert wrong not in got, got
