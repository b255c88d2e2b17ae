"""Calling another party's act a massacre, an atrocity, a slaughter, a bloodbath or carnage is
criticism of its doer (111), as calling it a crime or a genocide is: "Ukraine called the shelling
a massacre" after Russia shelled a town. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2021-11-09"


@pytest.mark.parametrize("text,expected", [
    ("Ethiopian jets bombed a market in Mekelle on Monday. The Tigrayan authorities called the air strike "
     "\"a massacre\".", ("ETHMIL", "111")),
    ("Ethiopian jets bombed a market in Mekelle on Monday. The Tigrayan authorities described the air strike "
     "as an atrocity.", ("ETHMIL", "111")),
    ("Ethiopian jets bombed a market in Mekelle on Monday. The Tigrayan authorities called the air strike a "
     "bloodbath.", ("ETHMIL", "111")),
])
def test_calling_an_act_a_mass_killing_criticises_its_doer(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert any(c == expected[1] and t is not None and t[:3] == expected[0][:3] for _, t, c in got), got


@pytest.mark.parametrize("text", [
    "Kenya's president called the massacre in the village a tragedy.",
    "Kenya's president urged rangers to halt the slaughter of elephants.",
])
def test_a_mass_killing_word_not_said_of_an_act_is_no_criticism(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "111" and t is not None for _, t, c in got), got
