"""Two names coordinated before a hyphenated participle ("the UK and EU-backed forces") are both
its agents, also where the model reads the first name as the head of the phrase. Sentences
written for this probe; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-06-10"


@pytest.mark.parametrize("text,expected", [
    ("Ankara has said it will respond if the UK and EU-backed Syrian Kurdish forces battling in Syria win a "
     "seat at peace talks.", {("GBR", "SYRREB", "070"), ("IGOEUREEC", "SYRREB", "070")}),
    ("The minister warned that the country could close its borders if the UK and EU-backed Syrian Kurdish "
     "forces near Raqqa take part in the talks.", {("GBR", "SYRREB", "070"), ("IGOEUREEC", "SYRREB", "070")}),
])
def test_both_coordinated_agents_of_a_hyphenated_participle_act(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected <= got, got
