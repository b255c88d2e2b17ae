"""A description after a name and its bracketed acronym ("the Kurdistan Workers' Party (PKK), a
group that has fought ...") says what that name did, not what the first name of the sentence
did. Sentences written for this probe; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-06-10"


@pytest.mark.parametrize("text,expected,not_expected", [
    ("Ankara blames the YPG, an offshoot of the Kurdistan Workers' Party (PKK), a group that has waged war on "
     "the Turkish state since 1984.", ("TURREB", "TURGOV", "190"), ("SYRREB", "TURGOV", "190")),
    ("Ankara says the YPG is an offshoot of the Kurdistan Workers' Party (PKK), a group that has fought the "
     "Turkish state since 1984.", ("TURREB", "TURGOV", "190"), ("SYRREB", "TURGOV", "190")),
    ("Turkey considers the YPG a branch of the Kurdistan Workers' party (PKK), an outlawed group that "
     "has fought the Turkish state for decades.", ("TURREB", "TURGOV", "190"), ("SYRREB", "TURGOV", "190")),
])
def test_a_relative_clause_on_a_description_after_an_acronym_is_that_party_s_act(code, text, expected,
                                                                                   not_expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got and not_expected not in got, got
