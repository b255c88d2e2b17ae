"""A city named before an attack noun ("a Kabul car bombing", "the Nairobi blasts") says where the
attack happened, not who carried it out: with no attacker named, the attackers are unnamed and
coded by that place's country, as for "a car bombing in Kabul". The city may still be what the
attack hit ("the Istanbul attacks were claimed by ..."), and a group named before the noun is
still its attacker.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-05-12"


@pytest.mark.parametrize("text,aimed,capital", [
    ("A Kabul car bombing killed nine people on Friday.", ("AFG", "AFGCVL", "1832"), "AFGGOV"),
    ("The Nairobi blasts killed 14 shoppers and wounded dozens.", ("KEN", "KENCVL", "190"), "KENGOV"),
])
def test_a_city_before_an_attack_is_its_place(code, text, aimed, capital):
    got = triples(code(text, pub_date=DATE))
    assert aimed in got, got
    assert not any(s == capital for s, _, _ in got), got


def test_a_city_named_attack_with_no_one_hit_is_no_one_s_act(code):
    got = triples(code("Two shopkeepers were hurt on Sunday as a Mogadishu bomb blast shook the market.",
                       pub_date=DATE))
    assert not any(s is not None and s.startswith("SOM") for s, _, _ in got), got


@pytest.mark.parametrize("text,kept", [
    ("The Istanbul attacks were claimed by Islamic State.", ("IMGMOSISI", "TUR", "190")),
    ("An Al-Shabaab bomb attack wounded two Kenyan soldiers.", ("SOMREB", "KENMIL", "190")),
])
def test_the_city_hit_and_a_named_attacker_keep_their_roles(code, text, kept):
    assert kept in triples(code(text, pub_date=DATE))
