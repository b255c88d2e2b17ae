"""Mediation told in ordinary news phrasings the lexicon missed: serving as a "go-between" (the
tokenizer splits the hyphenated noun, so the pattern names its head with the compound),
offering one's services as a go-between, facilitating contacts between two parties, and
bringing two parties together or to the negotiating table (045 to each; offered, 039).
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from tests.coding import source_code_target

pytestmark = pytest.mark.slow

DATE = "2019-09-04"


@pytest.mark.parametrize("text,expected", [
    ("Algeria served as a go-between for Mali and the Tuareg rebels.", ("DZA", "045", "MLI")),
    ("Kuwait offered its services as a go-between to Qatar and Bahrain.", ("KWT", "039", "QAT")),
    ("Kuwait offered its services as a go-between to Qatar and Bahrain.", ("KWT", "039", "BHR")),
    ("Oman said it was ready to facilitate contacts between Iran and Saudi Arabia.", ("OMN", "039", "IRN")),
    ("Oman said it was ready to facilitate contacts between Iran and Saudi Arabia.", ("OMN", "039", "SAU")),
    ("South Africa tried to bring Sudan and South Sudan together.", ("ZAF", "045", "SSD")),
    ("Turkey brought Russia and Ukraine to the negotiating table in March.", ("TUR", "045", "UKR")),
])
def test_mediation_phrasings(code, text, expected):
    assert expected in source_code_target(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    # a contact held, not facilitated; a team brought together; a meeting convened with no pair
    "Iran and Saudi Arabia resumed contacts in Baghdad.",
    "The coach brought the players together before the final.",
    "Egypt asked the Arab League to convene an emergency meeting.",
])
def test_no_mediation_without_a_go_between(code, text):
    got = source_code_target(code(text, pub_date=DATE))
    assert not any(c in ("045", "039", "028") for _, c, _ in got), got


def test_two_sides_are_not_the_speakers_a_pronoun_stands_for(code):
    # the pair "the two sides" refers to is told before; the speakers ("they") are the mediators
    text = ("Colombia's government offered to free jailed rebels if the ELN released its hostages. "
            "Venezuela welcomed the offer, and Cuba and Norway said they were ready to facilitate "
            "contacts between the two sides.")
    got = source_code_target(code(text, pub_date=DATE))
    assert not any({s, t} == {"CUB", "NOR"} for s, _, t in got), got
