"""A warning that names no party ("warned of firm countermeasures", "warning that such moves
would have consequences") is given to the party the rest of its sentence deals with: the one the
warner's own act there was aimed at, or else the doers of another party's act told there (each
side of a joint one). A warning of a state of affairs is still no event, and a warning alone in
its sentence gets no party. Sentences written for this test; none is taken from an evaluation
set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2023-09-05"


def warnings(events):
    return {(e.source.country, e.target and e.target.country, e.cameo[:2]) for e in events if e.cameo[:2] == "13"}


@pytest.mark.parametrize("text,expected", [
    ("The Polish foreign ministry summoned Belarus's charge d'affaires over the border incident, "
     "warning that such provocations would have serious consequences.", {("POL", "BLR", "13")}),
    ("Beijing said the sale was a reaction to the joint naval patrols by Japan and the Philippines, "
     "and warned of firm countermeasures.", {("CHN", "JPN", "13"), ("CHN", "PHL", "13")}),
])
def test_warning_goes_to_the_party_of_its_sentence(code, text, expected):
    got = warnings(code(text, pub_date=DATE))
    assert expected <= got, got


@pytest.mark.parametrize("text", [
    # a warning of weather is no threat
    "Kenya urged Somalia to reopen the border crossing at Mandera and warned of heavy rains in the region.",
    # nothing else in the sentence names a party
    "Turkey's defence ministry warned of serious consequences.",
])
def test_no_party_invented(code, text):
    got = warnings(code(text, pub_date=DATE))
    assert all(t is None for _, t, _ in got), got
