"""Senses the lexicon lacked on unseen text, each with phrasings the CAMEO codebook supports and
rows it must not fire on. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-01"


# An assurance given to a party ("assured T that ...") is a pledge to it: 030, whatever it promises.
@pytest.mark.parametrize("text,expected", [
    ("The Kenyan president assured Ethiopia that the border would stay open.", ("KENGOV", "ETH", "030")),
    ("Mexico reassured Washington on Tuesday that its migration policy was unchanged.", ("MEX", "USAGOV", "030")),
    ("Canada was assured by Denmark that the vote would be fair.", ("DNK", "CAN", "030")),
])
def test_an_assurance_to_a_party_is_a_pledge(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,expected", [
    ("Egypt assured Sudan of its full support.", {("EGY", "SDN", "032")}),  # the support keeps its sub-code
    ("The deal assured Iran a role in the talks.", set()),  # a thing assures nothing
    ("The minister assured reporters that the talks would go ahead.", set()),  # no party assured
])
def test_what_an_assurance_is_not(code, text, expected):
    got = {t for t in triples(code(text, pub_date=DATE)) if t[2] and t[2].startswith("03")}
    assert got == expected, got
