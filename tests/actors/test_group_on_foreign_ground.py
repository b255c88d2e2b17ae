"""A people's armed group the phrase puts "on X soil" or "on X territory" ("Hutu rebels on
Congolese soil", also when the parser hangs the ground on the verb the group is the object of)
is there as a foreigner: of the states the group may belong to, X is not its own, and the others
decide. A plain place ("in Congo") still does. Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, phrase, code", [
    ("Ugandan President Yoweri Museveni, who vowed to pursue Hutu rebels on Congolese soil, "
     "said his troops had not entered Congo.", "2004-12-05", "Hutu rebels", "RWAREB"),
    ("Iranian President Mahmoud Ahmadinejad, who threatened to strike Kurdish guerrillas on Iraqi soil, "
     "denied that his troops were in Iraq.", "2007-12-05", "Kurdish guerrillas", "IRNREB"),
    # negative rows: a plain place in the clause
    ("Kurdish militants ambushed a patrol in northern Iraq.", "2007-12-05", "Kurdish militants", "IRQREB"),
    ("Hutu rebels attacked a village in Congo.", "2004-12-05", "Hutu rebels", "CODREB"),
])
def test_group_on_foreign_ground(ew, text, pub_date, phrase, code):
    assert code_of(ew, text, pub_date, phrase) == code
