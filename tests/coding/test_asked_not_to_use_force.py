"""Asking or demanding that a party not use force is asking it to de-escalate (0256, 1056), as
asking it to refrain from force is: "urged Ethiopia not to attack Eritrea" is no appeal for
military cooperation (0212). Asking for force, or asking not to do an act that is no use of force,
keeps the frame's own row. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-03-14"


@pytest.mark.parametrize("text,expected", [
    ("Germany urged Russia not to attack Moldova.", ("DEU", "RUS", "0256")),
    ("The UN urged Sudan and Chad not to resume fighting.", ("IGOUNO", "SDN", "0256")),
    ("Brazil demanded that Argentina not invade the islands.", ("BRA", "ARG", "1056")),
    ("Turkey warned Greece not to fire on its fishing boats.", ("TUR", "GRC", "1056")),
])
def test_asking_not_to_use_force_is_asking_to_de_escalate(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Germany urged Russia to attack the militants.", ("DEU", "RUS", "0212")),
    ("Chile asked Peru not to expel its diplomats.", ("CHL", "PER", "022")),
])
def test_other_asked_acts_keep_their_row(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
