"""An act a speech act asks for, offers or threatens is content, also when a light verb carries it
("urged the AU to send troops": nobody sent any) and also when the speaker is no actor the coder
can name ("the opposition"): it is not coded as an act that happened. Sentences written for this
test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,not_expected", [
    ("The opposition urged the African Union to send troops to Uganda.", ("IGOAFRAFU", "UGA", "154")),
    ("Exiled dissidents asked the United Nations to send peacekeepers to Burundi.", ("IGOUNO", "BDI", "154")),
])
def test_an_act_asked_for_by_an_unnamed_speaker_is_not_done(code, text, not_expected):
    got = triples(code(text, pub_date=DATE))
    assert not_expected not in got, got


@pytest.mark.parametrize("text,expected", [
    # the same acts told as done, or asked by a named party, stay
    ("The African Union sent troops to Uganda.", ("IGOAFRAFU", "UGA", "154")),
    ("Uganda's opposition urged the African Union to send troops to Uganda.", ("UGAOPP", "IGOAFRAFU", "020")),
    ("Kenya held talks with Somalia in Nairobi.", ("KEN", "SOM", "046")),
])
def test_acts_told_as_done_or_asked_by_a_named_party_stay(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
