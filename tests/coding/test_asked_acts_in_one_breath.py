"""Acts asked of a party in one breath are one appeal (convention 17): when the first act asked
is one no pattern knows, the next act asked gives the appeal its code ("asked Morocco to waive
the rule and cooperate with the investigation" is an appeal for judicial cooperation, 0213, not a
bare 020). A known first act keeps its own code, and a verb joined to the asking verb itself, or
a frame of the speaker's own the parser joins to the asked act, is no act asked. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-03-14"


@pytest.mark.parametrize("text,expected", [
    ("Spain asked Morocco to waive the rule and cooperate with the investigation.", ("ESP", "MAR", "0213")),
    ("Sweden urged Iran to drop its stance and free the detained diplomat.", ("SWE", "IRN", "0253")),
])
def test_unknown_first_act_leaves_the_code_to_the_next(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Spain asked Morocco to lift the ban and cooperate with the investigation.", ("ESP", "MAR", "0251")),
    ("Spain asked Morocco to waive the rule and said it was ready to help.", ("ESP", "MAR", "020")),
    # the parser hangs the speaker's own proposal on the asked act: no act asked
    ("Peru urged Ecuador to publish the tallies and proposed a new vote.", ("PER", "ECU", "020")),
])
def test_known_first_act_and_the_asking_verbs_conjunct(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
