"""A document named as the speaker ("a report by X accused ...", "a statement issued by X
condemned ...", "a paper released in the capital alleged ...") speaks for its author; it speaks only
through its own acts (not through a clause hung on "the statement comes a day before ..."), and
an author's document addressed to no one codes nothing. Sentences written for these tests; none is
taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("A report by Amnesty International accused the Nigerian army of killing civilians.",
     ("NGOHRI", "NGAMIL", "112")),
    ("A statement issued by the Iranian foreign ministry condemned the Israeli strikes on Gaza.",
     ("IRNGOV", "ISR", "111")),
    ("A statement from the Egyptian foreign ministry condemned Israel.", ("EGYGOV", "ISR", "111")),
    ("A report released on Monday in the Kenyan capital alleged that Uganda had armed the rebels.",
     ("KEN", "UGA", "112")),
])
def test_a_document_speaks_for_its_author(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_a_document_conjoined_act_is_its_authors_too(code):
    got = triples(code("A statement from the Egyptian foreign ministry condemned Israel and called on "
                       "Washington to intervene."))
    assert ("EGYGOV", "ISR", "111") in got, got
    assert ("EGYGOV", "USAGOV", "0212") in got, got


@pytest.mark.parametrize("text", [
    "The report by the Egyptian foreign ministry came hours before the summit in Riyadh, hoping to "
    "strengthen ties with Saudi Arabia.",
    "The statement by the Japanese government arrived days ahead of the talks, aiming to improve "
    "relations with South Korea.",
    "The report by the Turkish foreign ministry arrived shortly before the ceremony, seeking to restore "
    "ties with Armenia.",
])
def test_a_clause_hung_on_a_document_is_not_its_authors_act(code, text):
    got = triples(code(text))
    assert not got, got


@pytest.mark.parametrize("text", [
    "A declaration signed by the Venezuelan opposition demanded free elections.",
    "A communique released by the Sudanese rebels demanded a democratic transition.",
    "A statement from the Belarusian opposition called for a peaceful transfer of power.",
])
def test_a_document_addressed_to_no_one_codes_nothing(code, text):
    assert not triples(code(text))
