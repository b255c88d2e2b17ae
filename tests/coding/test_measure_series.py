"""A step in a series of economic measures (aid cut or withheld, 162x; sanctions, tariffs and
embargoes, 163) that names no party of its own is aimed where the latest measure told was
("A suspended its loan to X ... B froze its payments"), also when that was a cut in relations or
membership ("the bloc suspended X ... B froze its payments", 161); a party answering a measure
that hit it aims at whoever took it. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    ("Norway halted its payments to Malawi on Monday, and Denmark suspended $50 million in development aid.",
     ("DNK", "MWI", "1621")),
    ("The IMF froze a loan to Zambia last week. Auditors found gaps in the accounts. Sweden froze its payments "
     "on Tuesday.", ("SWE", "ZMB", "1621")),
    ("Japan raised its tariffs on Vietnamese shrimp in March. Hanoi answered by imposing duties.", ("VNMGOV", "JPN", "163")),
])
def test_a_measure_with_no_party_follows_the_series(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The government froze its payments on Tuesday.",
    "Norway criticised Malawi on Monday. Denmark suspended its payments.",
])
def test_no_party_without_a_measure_told(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith(("162", "163")) for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    ("The West African bloc ECOWAS suspended Guinea on Sunday over the coup. Troops patrolled the capital "
     "overnight. Germany froze its development payments on Monday.", ("DEU", "GIN", "162")),
])
def test_a_measure_follows_a_suspension(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert any(s == expected[0] and t == expected[1] and c.startswith(expected[2]) for s, t, c in got), got


@pytest.mark.parametrize("text", [
    # a cut in relations aimed at no one gives none
    "Mali recalled its ambassador for consultations on Monday. Sweden froze its payments on Tuesday.",
])
def test_no_party_after_a_cut_with_none(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c.startswith(("162", "163")) and t is not None for _, t, c in got), got
