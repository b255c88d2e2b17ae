"""Talks a party says it will continue are its commitment to them (036, 039 for mediation),
asserted, as talks it says it will not abandon are; talks resumed on a date stay the meeting,
hypothetical, talks continued in the past stay talks, and "will not continue" is a refusal.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from tests.coding import countries_code_factuality

pytestmark = pytest.mark.slow

DATE = "2021-06-17"


@pytest.mark.parametrize("text,expected", [
    ("Norway will continue its mediation between the Sri Lankan government and the Tamil Tigers, its foreign "
     "minister said.", ("NOR", "LKA", "039", "asserted")),
    ("The Peruvian foreign ministry said Lima would continue negotiations with Ecuador on the border.",
     ("PER", "ECU", "036", "asserted")),
    # not a commitment: planned, done, refused
    ("Iran and the EU will resume talks in Geneva next week.", ("IRN", None, "046", "hypothetical")),
    ("Vietnam continued talks with Cambodia on Tuesday.", ("VNM", "KHM", "046", "asserted")),
    ("Ankara said it would not continue talks with Athens.", ("TUR", "GRC", "125", "hypothetical")),
])
def test_continued_talks(code, text, expected):
    got = countries_code_factuality(code(text, pub_date=DATE))
    src, tgt, cameo, fact = expected
    assert any(s == src and (tgt is None or t == tgt) and c == cameo and f == fact for s, t, c, f in got), got
