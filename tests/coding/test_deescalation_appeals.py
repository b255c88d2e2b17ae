"""'de-escalate' is one word for the parser (the parse view joins the "de-" prefix as it does "co-"
and "re-"), so an appeal, pledge or agreement to de-escalate gets its de-escalation sub-code
instead of a broken parse. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The US urged Ethiopia to de-escalate and avoid civilian casualties.", ("USA", "ETH", "0256")),
    ('Britain urged India to "de-escalate, show restraint and avoid civilian casualties".', ("GBR", "IND", "0256")),
    ("Turkey pledged to de-escalate tensions with Greece.", ("TUR", "GRC", "0356")),
    ("Pakistan said it was ready to de-escalate with India.", ("PAK", "IND", "0356")),
    ("Russia and Ukraine agreed to de-escalate.", ("RUS", "UKR", "0356")),
])
def test_de_escalation_sub_codes(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
