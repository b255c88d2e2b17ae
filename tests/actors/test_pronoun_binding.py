"""An object pronoun is never one of its own clause's compound subject: "Russia and China voted
against it" is against neither of them (binding, as for a single subject). Sentences written for
these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,wrong", [
    ("The draft was put to a vote on Friday. Russia and China voted against it.", ("RUS", "CHN", "129")),
    ("The plan was tabled on Monday. Egypt and Jordan condemned it.", ("EGY", "JOR", "111")),
    ("A new deal was announced. Kenya and Uganda welcomed it on Tuesday.", ("KEN", "UGA", "051")),
])
def test_an_object_pronoun_is_not_a_conjunct_of_the_subject(code, text, wrong):
    assert wrong not in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    ("Israel struck a convoy near Rafah. Egypt and Jordan condemned it.", ("EGY", "ISR", "111")),
    ("Israel struck a convoy near Rafah. Egypt and Jordan condemned it.", ("JOR", "ISR", "111")),
])
def test_an_object_pronoun_still_reaches_the_party_named_before(code, text, expected):
    assert expected in triples(code(text))
