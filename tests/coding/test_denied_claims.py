"""A denial that names a claim coded as an event of its own ("denied charges that it was arming the
rebels") is that event, marked ``denied`` (convention 11), not also a 016 beside it; a denial whose
claim is no event ("denied the charge", "denied any role in the attack") stays a 016. Sentences
written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,claim", [
    ("Algeria denied Moroccan charges that it was arming the rebels.", ("DZA", "DZAREB", "072")),
    ("Hanoi denied reports that Vietnamese troops had fired on Chinese soldiers.", ("VNMMIL", "CHNMIL", "193")),
])
def test_a_denied_claim_coded_is_the_denial(code, text, claim):
    events = code(text, pub_date=DATE)
    got = triples(events)
    assert claim in got, got
    assert not any(c == "016" for _, _, c in got), got
    assert all(e.factuality == "denied" for e in events), [(e.cameo, e.factuality) for e in events]


@pytest.mark.parametrize("text,expected", [
    # no claim named, or none a pattern codes: the denial is the event
    ("Ecuador's foreign minister denied the Peruvian charge.", ("ECUGOV", "PER", "016")),
    ("Kenya denied any role in the Kampala attack.", ("KEN", "UGA", "016")),
])
def test_a_denial_with_no_coded_claim_stays(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
