"""A group noun with no country of its own, "loyal to" a named party ("gunmen loyal to the deposed
president"), is that party's followers: it takes the party's country, not the state of the troops
it fights or of a place near it, and never the party's office. Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, phrase, code", [
    ("Kenyan peacekeepers exchanged fire with gunmen loyal to Aristide on Tuesday.",
     "2004-09-15", "gunmen", "HTI"),
    ("French soldiers were ambushed by militiamen loyal to Laurent Gbagbo last week.",
     "2011-04-20", "militiamen", "CIVREB"),
    ("Nigerian soldiers disarmed gunmen loyal to Charles Taylor outside the town.",
     "2004-09-15", "gunmen", "LBR"),
    # negative rows: a country of the phrase's own, and a group with no loyalty named
    ("Chilean gunmen loyal to Aristide fled the slum.", "2004-09-15", "gunmen", "CHL"),
    ("Brazilian troops clashed with gunmen in Port-au-Prince.", "2004-09-15", "gunmen", "HTI"),
])
def test_followers_take_their_leaders_country(ew, text, pub_date, phrase, code):
    assert code_of(ew, text, pub_date, phrase) == code
