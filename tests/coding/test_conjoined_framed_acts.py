"""Acts coordinated in the clause a frame wraps ("agreed to withdraw its police and hold talks with
X", "refused to meet or talk to X") are wrapped by the frame too: the same agreement, appeal or
refusal (convention 17), never an act of their own; and when the first act names no party, the
next one gives the frame its act. A verb joined to the frame verb itself is the speaker's own next
act. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-09-21"


@pytest.mark.parametrize("text,framed,not_done", [
    ("Ghana agreed to withdraw its police and hold talks with Togo.", ("GHA", "TGO", "036"), ("GHA", "TGO", "046")),
    ("Peru urged Chile to free the fishermen and impose sanctions on Bolivia.", ("PER", "CHL", "0253"),
     ("CHL", "BOL", "163")),
    ("Ghana and Togo agreed to reopen their border and restore diplomatic ties.", ("GHA", "TGO", "0351"),
     ("GHA", "TGO", "050")),
])
def test_a_coordinated_act_is_the_frames_not_an_act_done(code, text, framed, not_done):
    got = triples(code(text, pub_date=DATE))
    assert framed in got, got
    assert not_done not in got, got


def test_a_coordinated_act_that_is_a_frame_of_its_own_is_content_too(code):
    # "impose sanctions" is a light verb's frame; the threat wraps it all the same
    got = triples(code("Ghana threatened to cut aid or impose sanctions on Togo.", pub_date=DATE))
    assert ("GHA", "TGO", "163") not in got, got


@pytest.mark.parametrize("text,expected", [
    ("Ghana refused to meet or talk to the Togolese president.", ("GHA", "TGOGOV", "125")),
    ("Ghana wants to meet and negotiate with the Togolese opposition.", ("GHA", "TGOOPP", "036")),
])
def test_the_act_that_names_the_party_gives_the_frame_its_act(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


def test_a_threat_takes_the_party_of_the_coordinated_act(code):
    got = triples(code("Ghana threatened to strike or invade Togo.", pub_date=DATE))
    assert any(s == "GHA" and t == "TGO" and c[:2] == "13" for s, t, c in got), got


@pytest.mark.parametrize("text,expected", [
    # a verb joined to the frame verb is an act done
    ("Ghana agreed to the AU plan and shelled the Togolese town of Kpalime the next day.", ("GHA", "TGO", "194")),
    ("Ghana refused to pull its police out of Togo and shelled a Togolese village on Friday.", ("GHA", "TGO", "194")),
    # and so is a tensed verb the parser joins to the act asked
    ("Ghana urged Togo to count the ballots again and proposed a new vote.", ("GHA", "TGO", "030")),
])
def test_a_verb_joined_to_the_frame_verb_is_an_act_of_its_own(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
