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


# a response announced with no act named ("would respond firmly", "reserved the right to
# respond", "warned of countermeasures", "vowed to take all necessary measures") answers the act
# just told: a threat aimed at whoever last acted on the speaker's side, made when it was said
@pytest.mark.parametrize("text,expected", [
    ("Azerbaijani artillery shelled Armenian villages on Sunday. Armenia's defence ministry said Yerevan "
     "would respond decisively.", ("ARMGOV", "AZEMIL", "130")),
    ("Washington doubled its duties on Brazilian coffee. The Brazilian trade minister said his government "
     "will respond proportionately.", ("BRAGOV", "USAGOV", "130")),
    ("Ethiopia seized two Kenyan trucks at the border. Nairobi reserved the right to respond.",
     ("KENGOV", "ETH", "130")),
    ("Algeria expelled twelve French diplomats on Monday. Paris said it would retaliate.", ("FRAGOV", "DZA", "13")),
    ("Japan restricted exports of chip materials to South Korea. Seoul warned of countermeasures.",
     ("KORGOV", "JPN", "130")),
    ("Canada imposed duties on Chinese steel. Beijing vowed to take all necessary measures to defend its firms.",
     ("CHNGOV", "CAN", "130")),
])
def test_response_announced_after_act_threatens_its_doer(code, text, expected):
    events = code(text, pub_date=DATE)
    found = [e for e in events if (e.source.cameo, e.target and e.target.cameo) == expected[:2]
             and e.cameo.startswith(expected[2])]
    assert found, triples(events)
    assert {e.factuality for e in found} == {"asserted"}


@pytest.mark.parametrize("text", [
    # a reply to questions or a letter, measures against an outbreak, a response with no act before
    "The minister said he would respond to questions from reporters on Friday.",
    "Iran said it would respond to the letter from the agency next week.",
    "The government took the necessary measures to contain the outbreak.",
    "Seoul warned of countermeasures.",
])
def test_response_with_no_act_answered_is_no_threat(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith("13") for _, _, c in got), got
