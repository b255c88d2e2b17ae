"""A vow not to let an act go unanswered ("would not let the raids go unpunished") is a threat
(138 for force), asserted, by the subject of "let" at the act's doer, as "said the raids would
not go unpunished" is: the negation is the vow's wording. Not a past "did not let". Sentences
written for this test; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2023-11-20"


@pytest.mark.parametrize("text,expected", [
    ("Pakistan said it would not let the Indian raids go unpunished.", ("PAK", "IND")),
    ("Armenia will not let the Azerbaijani shelling go unanswered, its defence minister said.", ("ARM", "AZE")),
])
def test_let_vow_is_a_threat(code, text, expected):
    events = code(text, pub_date=DATE)
    got = {(e.source.cameo, e.target and e.target.cameo, e.cameo[:2], e.factuality) for e in events}
    assert (*expected, "13", "asserted") in got, got


@pytest.mark.parametrize("text", [
    "Pakistan did not let the Indian raids go unanswered.",
    "Armenia will not let the visitors go home early.",
])
def test_no_threat(code, text):
    got = {e.cameo for e in code(text, pub_date=DATE)}
    assert not any(c[:2] == "13" for c in got), got
