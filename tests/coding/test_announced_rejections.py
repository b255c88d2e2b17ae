"""An announced refusal to accept a deal or proposal with or from a party ("will not accept any
deal with X") is a rejection (120), hypothetical, as the conventions code an announced future
rejection; a past one ("did not accept") is no announcement. Sentences written for this test;
none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Kinshasa said it would not accept any deal with the M23 rebels.", ("CODGOV", "CODREB")),
    ("Israel will not accept any proposal from Hamas that leaves it in power, Netanyahu said.", ("ISR", "PSEREB")),
    ("Ukraine will not accept a deal with Russia that cedes territory.", ("UKR", "RUS")),
])
def test_announced_refusal_of_deal_is_hypothetical_rejection(code, text, expected):
    got = {(e.source.cameo, e.target and e.target.cameo, e.cameo, e.factuality) for e in code(text, pub_date=DATE)}
    assert (*expected, "120", "hypothetical") in got, got


def test_past_refusal_is_no_announcement(code):
    events = code("The government did not accept the proposal from the unions.", pub_date=DATE)
    assert not any(e.coder.rule.startswith("120.not-accept") for e in events), \
        [(e.cameo, e.coder.rule) for e in events]
