"""A visit told with no visit verb: a state's official who is, or stays, in a place of another
state visits that state (042), "when he was in X", "during his stay in X". Troops, people at home,
"in power", "in hospital" or "in talks" are no visit. Sentences written for this test; none is taken
from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-01"


@pytest.mark.parametrize("text,expected", [
    ("German Chancellor Olaf Scholz said on Friday that when he was in Nairobi last month he raised "
     "the debt issue with Kenyan officials.", ("DEUGOV", "KEN", "042")),
    ("During his stay in Hanoi, Indian Prime Minister Narendra Modi signed a trade accord.",
     ("INDGOV", "VNM", "042")),
    ("French President Emmanuel Macron was in Lagos on Tuesday for talks on security.", ("FRAGOV", "NGA", "042")),
    ("Brazilian President Lula da Silva will be in Beijing next week.", ("BRAGOV", "CHN", "042")),
])
def test_an_official_in_another_states_place_visits_it(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Russian troops were in Damascus on Monday.",
    "German Chancellor Olaf Scholz was in Berlin on Friday.",
    "Turkish President Recep Tayyip Erdogan was in power in 2010.",
    "The Iranian foreign minister was in hospital in Tehran.",
    "Russian forces stayed in Syria.",
    "Japanese Prime Minister Fumio Kishida was in talks with China.",
    "Chilean President Gabriel Boric said Canada was eager to invest in Peru.",
])
def test_being_in_a_place_is_no_visit_otherwise(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "042" for _, _, c in got), got
