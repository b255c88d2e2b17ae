"""A reaction an act draws ("drew criticism from X", "was met with condemnation from X",
"prompted protests from X") is the reacting party's (11x/14x as the pattern says) towards the
doer of the act: the main clause's subject when the parser hangs the participle inside a relative
clause, the owner of the act noun, or, for a definite noun with no owner ("the move"), the doer of
the act told before. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    # a participle after a relative clause
    ("China on Friday blocked a U.N. statement that urged the junta to free political prisoners and allow aid "
     "convoys to reach the north, drawing criticism from France.", ("FRA", "CHN", "111")),
    ("Turkey detained a Greek reporter who had covered protests in Istanbul that turned violent, drawing "
     "condemnation from Athens.", ("GRCGOV", "TUR", "111")),
    # a passive "was met with"
    ("The Indian ban on rice exports was met with criticism from Bangladesh.", ("BGD", "IND", "111")),
    ("Serbia's decision to close the border crossing was met with condemnation from Kosovo.", ("XKX", "SRB", "111")),
    # a definite noun naming the act told before
    ("Austria vetoed Romania's entry into the passport-free zone on Thursday. The move drew sharp criticism "
     "from Bucharest.", ("ROUGOV", "AUT", "111")),
    ("Ethiopian troops shelled Eritrean border posts on Monday. The shelling drew condemnation from Asmara.",
     ("ERIGOV", "ETHMIL", "111")),
])
def test_drawn_reaction_is_aimed_at_the_doer(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,wrong", [
    # not the body whose text was blocked, not the body whose package was vetoed
    ("China on Friday blocked a U.N. statement that urged the junta to free political prisoners and allow aid "
     "convoys to reach the north, drawing criticism from France.", ("FRA", "IGOUNO", "111")),
    ("Hungary vetoed the EU aid package on Tuesday. The decision drew criticism from Poland.",
     ("POL", "IGOEUREEC", "111")),
    # a meeting is no reaction
    ("The Chinese envoy was met with the Japanese minister in Tokyo.", ("JPNGOV", "CHN", "111")),
])
def test_drawn_reaction_not_aimed_elsewhere(code, text, wrong):
    got = triples(code(text, pub_date=DATE))
    assert wrong not in got, got
