"""A party that names or labels another's act ("called the arrest unacceptable", "called the trial a
farce", "called the ban a trade war") criticises the party behind it (111): the doer of the latest
act of the kind the judged noun names, as a reaction to "the seizure" is aimed at the seizer. The
parser may hang the judged noun on its predicate ('called the arrest "unacceptable"' read with
"the arrest" as the adjective's adverbial) or read the predicate noun as the object's apposition
("branded the expulsions a hostile act", with no comma between); a trial is a court's act, remarks
another party's words, a trip a visit. A person named with an abusive label ("called X a lapdog of
Y") is criticised directly. A friend is praise, a call for talks an appeal, and a judgement of what
no party did (floods, a sports defeat) names no one. Sentences written for this test; none is
taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    # the judged noun hung on the predicate by the parser
    ('Ukrainian border guards detained a Hungarian priest on Saturday. Hungary\'s foreign minister, '
     'Peter Szijjarto, called the arrest "unacceptable" and accused Kyiv of persecuting ethnic Hungarians.',
     ("HUNGOV", "UKRCOP", "111")),
    # a trial is the court's act
    ("A Russian court convicted two Estonian border guards of espionage on Monday. "
     "Estonia's foreign minister called the trial a farce.", ("ESTGOV", "RUSJUD", "111")),
    # remarks are what the other party said
    ("Turkey's president urged Athens to demilitarise its islands in the Aegean. "
     "Greece's foreign ministry called the remarks provocative.", ("GRCGOV", "TURGOV", "111")),
    # a kind of war named for a measure
    ("Kosovo banned imports of Serbian goods on Monday. Serbia's president called the ban a trade war.",
     ("SRBGOV", "XKX", "111")),
    # the predicate noun read as the object's apposition
    ("Russia expelled two Polish diplomats on Monday. Warsaw branded the expulsions a hostile act.",
     ("POLGOV", "RUS", "111")),
    # an abusive label for a person
    ("Cuba's foreign minister called the Argentine president a lapdog of the United States.",
     ("CUBGOV", "ARGGOV", "111")),
])
def test_a_judgement_by_name_criticises_the_party_behind_the_act(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Erdogan called Putin a friend.",  # praise, not criticism
    "Moscow called Macron, a friend of Kyiv, on Monday.",  # a phone call; the apposition names him
    "The Kenyan president called for talks with Ethiopia.",  # an appeal
    "The Kenyan president called the meeting for Monday.",  # convening a meeting
    "The Kenyan president called it a day.",
    "The French prime minister called the floods a disaster.",  # no party's act
    "The Brazilian president called the World Cup defeat a disgrace.",
])
def test_no_criticism_of_anyone_without_a_judged_party(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not {t for t in got if t[2].startswith("11") and t[1] is not None}, got
