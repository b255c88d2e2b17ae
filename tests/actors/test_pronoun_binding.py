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


@pytest.mark.parametrize("text,expected", [
    # "told X it must ...": the subject of what one is told one must or should do is the party told
    ("Brussels has told Zagreb it must hand over the documents.", ("IGOEUREEC", "HRVGOV", "10")),
    ("Washington told Seoul that it must pay more for the troops.", ("USAGOV", "KORGOV", "10")),
    ("Germany told Serbia that it must withdraw its troops from Kosovo.", ("DEU", "SRB", "10")),
])
def test_what_a_party_is_told_it_must_do_is_its_own_duty(code, text, expected):
    got = triples(code(text))
    assert any(s == expected[0] and t == expected[1] and c.startswith(expected[2]) for s, t, c in got), got


@pytest.mark.parametrize("text,wrong", [
    # what the speaker says it will do stays the speaker's
    ("Germany told Serbia that it would withdraw its troops from Kosovo.", "SRB"),
])
def test_what_a_speaker_tells_it_will_do_stays_its_own(code, text, wrong):
    got = triples(code(text))
    assert got and not any(s == wrong for s, _, _ in got), got
