"""A meeting told in a clause on the day of a trip ("travels to Kenya on Friday, where she will
meet X") is a meeting of its own: the day is no topic of the trip, so the clause hung on it is not
used up with the trip. A topic phrase of talks stays their content ("held talks on the crisis").
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    ("The Kenyan president travels to Ethiopia on Thursday, where he is expected to meet Prime Minister Abiy Ahmed.",
     ("KENGOV", "ETHGOV", "040")),
    ("Macron will visit Algeria on Monday, where he plans to meet President Abdelmadjid Tebboune.",
     ("FRAGOV", "DZAGOV", "040")),
    ("Lula flies to Angola on Tuesday, where he will hold talks with President Joao Lourenco.",
     ("BRAGOV", "AGOGOV", "046")),
])
def test_a_meeting_on_the_day_of_a_trip_is_coded(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


def test_a_topic_of_talks_is_still_their_content(code):
    got = triples(code("Ramaphosa held talks on Friday with President Felix Tshisekedi on the attacks on "
                       "peacekeepers in eastern Congo.", pub_date=DATE))
    assert ("ZAFGOV", "CODGOV", "046") in got, got
    assert not any(c[:2] in ("18", "19") for _, _, c in got), got
