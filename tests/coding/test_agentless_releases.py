"""A release told in the passive with no agent ("were freed", "was handed over to X") is made by
whoever the released were held by or in, as the participle on them says ("held by rebels",
"detained in Iran"); a broker of the deal mediates between the captors and the released. Sentences
written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Three Thai farm workers held by Hamas were freed on Thursday.", ("PSEREB", "THALAB", "0841")),
    ("Two Dutch engineers detained by Houthi rebels were handed over to Omani officials on Sunday.",
     ("YEMREB", "NLD", "0841")),
    ("A German nurse held in Iran was released on Monday.", ("IRN", "DEUHLH", "0841")),
    ("Two Swiss aid workers held by Malian rebels were freed on Sunday in a deal brokered by Algeria.",
     ("DZA", "MLIREB", "045")),
])
def test_agentless_release_is_by_the_holder(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # no holder named: no release invented
    "Two German nurses were released on Monday.",
])
def test_agentless_release_without_holder_codes_no_release(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "0841" and s is not None for s, _, c in got), got
