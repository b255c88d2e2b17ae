"""People a harm participle only counts ("fired at marchers, killing at least five people") are the
outcome of the act it hangs on, one act with it: when that act is coded by the same source on a
party, the killing or wounding is no second record. Victims a party
names ("killing three Kenyan aid workers") keep a record of their own. Sentences written for this
test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"
HARM_ROOTS = ("18", "19", "20")


@pytest.mark.parametrize("text,act", [
    ("Riot police in Nairobi fired water cannon and live bullets at marchers, killing at least five people.",
     ("KENCOP", "KENOPP", "175")),
    ("Bolivian soldiers broke up a rally of striking miners in La Paz, injuring dozens.", ("BOLMIL", "BOLLAB", "175")),
    ("Malaysian police stormed a Philippine fishing boat off Sabah, wounding 11 crew members.",
     ("MYSCOP", "PHL", "145")),
])
def test_counted_casualties_are_the_act_they_follow(code, text, act):
    got = triples(code(text, pub_date=DATE))
    assert act in got, got
    assert [t for t in got if t != act and t[2][:2] in HARM_ROOTS] == [], got


@pytest.mark.parametrize("text,harm", [
    ("Ethiopian troops clashed with Eritrean soldiers near the border, killing three Kenyan aid workers.",
     ("ETHMIL", "KEN", "190")),
    ("Ugandan police beat opposition supporters in Kampala, killing a Rwandan journalist.", ("UGACOP", "RWAMED", "190")),
])
def test_victims_a_party_names_keep_their_record(code, text, harm):
    assert harm in triples(code(text, pub_date=DATE))
