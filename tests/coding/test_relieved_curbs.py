"""Lifting, easing, relaxing or loosening halts an act only when the act is a curb (sanctions, a
blockade, restrictions): easing deliveries of aid or loosening cooperation furthers it, and is no
cut in aid (162x). Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Sudan's army and the RSF agreed to ease aid deliveries.",
    "Ethiopia and the TPLF agreed to ease food deliveries to Tigray.",
    "The two rival governments agreed to ease aid shipments to the north.",
])
def test_eased_aid_is_no_aid_cut(code, text):
    got = triples(code(text))
    assert not any(c.startswith("162") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    ("The EU lifted sanctions on Belarus.", ("IGOEUREEC", "BLR", "085")),
    ("Israel eased its blockade of Gaza.", ("ISR", "PSE", "0872")),
    ("Egypt relaxed restrictions on travel to Gaza.", ("EGY", "PSE", "081")),
])
def test_relieved_curbs_still_halt(code, text, expected):
    assert expected in triples(code(text))
