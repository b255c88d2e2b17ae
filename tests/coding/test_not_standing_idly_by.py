"""An announced refusal to stand or sit idly by is a threat (13x), as an announced response is:
aimed at whoever its condition names, at the doer of the deed the condition says goes on, or
else at the last party to act on the speaker's side; it demands no withdrawal of the one warned.
Not a past standing-by, nor one with no party to answer. Sentences written for this test; none is
taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-02-12"


@pytest.mark.parametrize("text,expected", [
    ("Al-Shabaab fighters attacked army posts in Somalia on Sunday, and Nairobi said it would not sit idly by "
     "if the raids went on.", ("KENGOV", "SOMREB")),
    ("Armenian forces shelled Azerbaijani villages on Friday. Baku said it would not sit idly by.", ("AZEGOV", "ARMMIL")),
    ("Egypt said it would not stand idly by if Ethiopia cut the flow of the Nile.", ("EGY", "ETH")),
])
def test_not_standing_idly_by_is_a_threat(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert any((s, t) == expected and c[:2] == "13" for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "Saudi Arabia warned Iran that it would not stand idly by.",
    "The police stood idly by as the crowd looted shops in the capital.",
    "Norway said it would not sit idly by while the refugees suffered.",
])
def test_no_demand_and_no_unanswerable_threat(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c[:2] == "10" for _, _, c in got), got
    if "Iran" not in text:
        assert not any(c[:2] == "13" for _, _, c in got), got
