"""A response announced to an act that has not happened ("would respond to any X attack",
"will retaliate against further X strikes", "will punish any X shelling") is a threat (138 when
the act is force) from the responder to whoever would do the act; the act itself is no event.
A response to an act that happened is no threat. Sentences written for this test; none is taken
from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The Iranian foreign minister said Tehran would respond firmly to any further American attack.",
     ("IRNGOV", "USA", "138")),
    ("The Pentagon said Washington will respond to any Iranian attack on US troops in Iraq.", ("USAGOV", "IRN", "138")),
    ("Seoul said it would respond to any North Korean missile strike.", ("KORGOV", "PRK", "138")),
    ("Ankara will punish any Syrian shelling of its border towns, Erdogan said.", ("TURGOV", "SYR", "138")),
    ("Iran vowed to retaliate against any Israeli attack on its nuclear sites.", ("IRN", "ISR", "138")),
    # the speaker's own group, named by a possessive pronoun
    ("Houthi leader Abdul Malik al-Houthi said his fighters would retaliate against any American strike on Yemen.",
     ("YEMREB", "USA", "138")),
])
def test_response_announced_to_hypothetical_act_is_threat(code, text, expected):
    events = code(text, pub_date=DATE)
    got = triples(events)
    assert expected in got, got
    # the hypothetical act is no event, and the threat itself was made
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in got), got
    assert {e.factuality for e in events if (e.source.cameo, e.target and e.target.cameo, e.cameo) == expected} \
        == {"asserted"}


@pytest.mark.parametrize("text,act", [
    ("Turkey responded to the Syrian shelling on Tuesday.", ("SYR", "194")),
    ("Russia said it would respond to the Ukrainian drone attack on its airfield.", ("UKR", "19")),
])
def test_response_to_act_done_keeps_act(code, text, act):
    got = triples(code(text, pub_date=DATE))
    assert any(s == act[0] and c.startswith(act[1]) for s, _, c in got), got
    assert not any(c.startswith("13") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    ("Pakistan's army vowed that the Indian air strikes would not go unpunished.", ("PAKMIL", "IND", "138")),
    ("The Houthis said the American attacks on Sanaa will not go unanswered.", ("YEMREB", "USA", "138")),
    ("Ukraine said Russia's shelling of Kharkiv would not remain unpunished.", ("UKR", "RUS", "138")),
])
def test_act_that_will_not_go_unpunished_is_threat(code, text, expected):
    events = code(text, pub_date=DATE)
    got = triples(events)
    assert expected in got, got
    # the vow was made: not negated by the "not" it contains
    assert {e.factuality for e in events if (e.source.cameo, e.target and e.target.cameo, e.cameo) == expected} \
        == {"asserted"}


def test_act_that_went_unpunished_is_no_threat(code):
    got = triples(code("Critics said the Russian air strikes on Odesa went unpunished.", pub_date=DATE))
    assert not any(c.startswith("13") for _, _, c in got), got
