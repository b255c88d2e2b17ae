"""A hyphenated participle describing a noun ("Iranian-backed militias") names a standing tie the
writer knows: undated, and not on the word of the speaker whose clause holds it. Sentences
written for this probe; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,source", [
    ("Israel's defence minister warned that Iranian-backed militias in Syria would be targeted.", "IRN"),
    ("Riyadh said on Monday that Iranian-backed Houthi rebels had fired a missile at Jeddah.", "IRN"),
    ("The Turkish president said Russian-backed separatists must leave the border zone.", "RUS"),
    # the backing inside what a demand asks for is still told
    ("Kyiv demanded that Russian-backed separatists withdraw from the town.", "RUS"),
])
def test_a_hyphenated_backing_is_undated_background(code, text, source):
    events = code(text, pub_date="2024-06-10")
    backing = [e for e in events if e.cameo[:2] == "07" and e.source and e.source.cameo == source]
    assert backing, [(e.source and e.source.cameo, e.cameo) for e in events]
    assert all(e.date.value is None and e.attributed_to is None for e in backing), \
        [(e.date, e.attributed_to) for e in backing]
