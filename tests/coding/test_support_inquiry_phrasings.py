"""Support and inquiry told in ordinary news phrasings the lexicon missed: "the strongest advocate
of X's membership" (a support noun whose copula subject is the advocate) and "championed X's
bid" rally support for X (053); verifying a party's compliance (a withdrawal, a freeze) is an
inquiry (090). Sentences written for this test; none is taken from an evaluation set."""

import pytest

from tests.coding import source_code_target

pytestmark = pytest.mark.slow

DATE = "2018-11-20"


@pytest.mark.parametrize("text,expected", [
    ("Greece is the strongest advocate of Cyprus's membership of the EU.", ("GRC", "053", "CYP")),
    ("Poland has long championed Ukraine's bid to join NATO.", ("POL", "053", "UKR")),
    ("African Union monitors will verify the withdrawal of Rwandan troops.", ("IGOAFRAFU", "090", "RWAMIL")),
])
def test_support_and_inquiry_phrasings(code, text, expected):
    assert expected in source_code_target(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,codes", [
    # an advocate of a policy names no party; a claim checked is no party's compliance
    ("The minister is a leading advocate of free trade.", ("053",)),
    ("Reporters could not verify the claims.", ("090",)),
])
def test_no_act_beyond_its_sense(code, text, codes):
    got = source_code_target(code(text, pub_date=DATE))
    assert not any(c in codes for _, c, _ in got), got
