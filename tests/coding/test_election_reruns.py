"""A rerun, recount or repeat of a vote is an election, the content of an appeal, a demand or a
refusal: a call for one is an appeal for a change in leadership (0241, as CAMEO codes appeals for
elections), and rejecting such calls is 1231; calls for anything else keep the residual code.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Zambia's government rejected calls for a recount of the vote.", ("ZMBGOV", None, "1231")),
    ("Malawi's opposition called for a rerun of the election.", ("MWIOPP", None, "0241")),
    ("The European Union urged Gabon to hold a rerun of the presidential vote.", ("IGOEUREEC", "GAB", "0241")),
    # a call for something else is no election
    ("Zambia's government rejected calls for a review of the budget.", ("ZMBGOV", None, "120")),
])
def test_a_rerun_of_a_vote_is_an_election(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))
