"""Restoring, reinstating or reconvening a parliament is a change of institutions (0834), so the
terms an offer sets on it ("only if the king restored parliament") are a demand for such a change
(1044) on the party that must restore it. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-11-20"


@pytest.mark.parametrize("text,expected", [
    ("Britain said it would resume arms supplies only if the king of Bhutan restored parliament.",
     ("GBR", "BTNGOV", "1044")),
    ("Japan said it would resume its aid only if the Thai junta reinstated the dissolved national assembly.",
     ("JPN", "THAGOV", "1044")),
    ("The Bhutanese king reconvened parliament on Monday.", ("BTNGOV", None, "0834")),
])
def test_restoring_parliament_is_an_institutional_change(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Workers restored the parliament building after the fire.",
    "The king dissolved parliament on Monday.",
])
def test_no_institutional_change(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "0834" for _, _, c in got), got
