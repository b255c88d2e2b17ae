""""The monarchy" is the state's governing body (GOV), as "the regime" is: rebels who have battled
the monarchy fight the government of the country the article is about. Sentences
written for this test; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


def coded(events):
    return {(e.source.cameo if e.source else None, e.target.cameo if e.target else None, e.cameo)
            for e in events if e.cameo}


@pytest.mark.parametrize("text,expected", [
    ("King Mswati of Eswatini dissolved parliament on Monday. Since 2021 rebel fighters have battled the monarchy.",
     ("SWZREB", "SWZGOV", "190")),
    ("Protesters in Bangkok demanded reform of Thailand's monarchy.", ("THAOPP", "THAGOV", "104")),
])
def test_the_monarchy_is_the_government(code, text, expected):
    assert expected in coded(code(text, pub_date=DATE))


def test_a_monarchy_named_as_a_form_of_state_is_no_party(code):
    # what a country is, no act on its government
    got = coded(code("Bhutan became a constitutional monarchy in 2008.", pub_date=DATE))
    assert not any(t == "BTNGOV" for _, t, _ in got), got
