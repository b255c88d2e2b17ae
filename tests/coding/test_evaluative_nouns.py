"""Calling a thing a mockery, a whitewash or a smokescreen is criticism (111) of whoever owns it,
as calling it a farce or a sham is. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ('Kenya\'s foreign minister called Uganda\'s inquiry "a whitewash".', ("KENGOV", "UGA", "111")),
    ("The Ghanaian foreign minister described Togo's election as a mockery of democracy.", ("GHAGOV", "TGO", "111")),
])
def test_evaluative_nouns_criticise_the_owner(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


def test_a_named_thing_with_no_verb_of_calling_is_no_criticism(code):
    got = triples(code("Kenya's foreign minister said the inquiry was a first step.", pub_date=DATE))
    assert not {t for t in got if t[2] == "111"}, got
