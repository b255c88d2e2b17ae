""""All sides" in a crisis inside one state are that state (one actor, its bare code), not two
other states the story also names (where an ousted leader fled, who gave him asylum): the state
named most, when the story names its government and its own opposition or rebels and no other
state's forces (pairs._state_in_crisis_of). Sentences written for these tests; none is taken from an
evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


def targets_of(got, source):
    return {t for s, t, _ in got if s == source}


@pytest.mark.parametrize("text,source,expected", [
    ("Opposition supporters occupied the parliament in Tbilisi and demanded the prime minister's resignation. "
     "Georgian police used water cannon. The prime minister left for Armenia, and Turkey offered him a flight. "
     "The European Union called on all sides to avoid bloodshed.", "IGOEUREEC", {"GEO"}),
    ("Rebels seized two towns in northern Mali as the government in Bamako declared a state of emergency. "
     "Malian officials said the rebels had been armed from Libya. Algeria closed its border. "
     "The United Nations urged all parties to protect civilians.", "IGOUNO", {"MLI"}),
])
def test_all_sides_of_a_crisis_inside_one_state_are_that_state(code, text, source, expected):
    got = triples(code(text))
    assert targets_of(got, source) == expected, got


@pytest.mark.parametrize("text,source,expected", [
    # a war between states: the two states stay the sides
    ("Ethiopia accused Eritrea of massing troops on the border. Eritrea denied the claim. "
     "The African Union urged all parties to show restraint.", "IGOAFRAFU", {"ETH", "ERI"}),
    # another state's forces in the story: not a crisis inside one state
    ("Palestinian Authority police arrested Hamas members in Ramallah after Israeli soldiers raided Jenin. "
     "Hamas accused the Palestinian government of collaborating with Israel. Egypt urged all sides to calm tensions.",
     "EGY", {"PSEREB", "PSEGOV"}),
])
def test_all_sides_between_states_stay_the_states(code, text, source, expected):
    got = triples(code(text))
    assert targets_of(got, source) == expected, got
