"""A lexicon phrase of a modifier and a noun ("important step") still matches when the noun
has classifying modifiers of its own between them ("an important diplomatic step", "an
important trade agreement"). Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Germany described the Polish proposal as an important diplomatic step.", ("DEU", "POL", "051")),
    ("The Chilean president described the Argentine offer as the most important energy deal in years.",
     ("CHLGOV", "ARG", "051")),
])
def test_a_phrase_matches_across_classifying_modifiers(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # the phrase's modifier is absent: a plain description, no praise
    "Germany described the Polish proposal as a diplomatic step.",
    "Germany described the Polish proposal as an energy deal.",
])
def test_no_phrase_without_its_modifier(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "051" for _, _, c in got), got
