"""Arguments of force and coercion told in headline style ("Russia jailed opposition politician
X"), in nominal form with no named agent ("the killing of a journalist in Kandahar"), in agentless
passives ("X was arrested on Tuesday"), with coordinated verbs ("beat and detained X") and as the
act another party reacts to ("Russia's detention of X angered Washington"). Sentences written for
these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Russia jailed opposition politician Alexei Navalny for 19 years.", "2023-08-05", ("RUS", "RUSOPP", "173")),
    ("Uganda detained opposition leader Kizza Besigye.", "2016-05-12", ("UGA", "UGAOPP", "173")),
    ("Belarus jailed opposition activist Maria Kolesnikova for 11 years.", "2021-09-07", ("BLR", "BLROPP", "173")),
    ("The Kenyan police tear-gassed protesters.", "2024-06-25", ("KENCOP", "KENOPP", "2041")),
    ("Turkish police detained journalist Ahmet Sik on Friday.", "2011-03-04", ("TURCOP", "TURMED", "173")),
])
def test_headline_verbs_read_as_modifiers_keep_their_objects(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got
