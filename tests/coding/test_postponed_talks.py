"""Postponing or delaying talks disrupts planned negotiations (CAMEO 164, "halt negotiations"),
not diplomatic exchange (161, whose codebook note leaves negotiations to 164); postponing a
visit or a trip stays 161. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Ethiopia postponed its talks with Sudan on the disputed border.", ("ETH", "SDN", "164")),
    ("Chile delayed negotiations with Peru over the fishing zone.", ("CHL", "PER", "164")),
    # a visit or a trip is diplomatic exchange
    ("Ghana postponed a visit to Togo.", ("GHA", "TGO", "161")),
    ("Kenya cancelled a planned trip to Uganda.", ("KEN", "UGA", "161")),
])
def test_postponed_talks_halt_negotiations(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))
