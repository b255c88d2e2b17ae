"""A pronoun that is its sentence's main subject carries on the main subject of the sentence before
it, not the subject of a clause subordinate to that one (``actors/pronouns.py``)."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow

ROWS = [
    # (text, pronoun, code)
    ("The African Union suspended Sudan in 2019 after the junta crushed the sit-in. It also froze "
     "the aid of its members.", "It", "IGOAFRAFU"),
    ("Kenya recalled its envoy from Mogadishu when Somalia auctioned oil blocks. It later restored ties.",
     "It", "KEN"),
    ("Argentina's president Mauricio Macri met farmers after Chile's president Sebastian Pinera cut "
     "tariffs. He then flew to Brasilia.", "He", "ARGGOV"),
    # not a main subject: an object pronoun stays with the nearest subject before
    ("The African Union suspended Sudan in 2019 after the junta crushed the sit-in. Washington "
     "urged it to talk.", "it", "SDNGOV"),
]


@pytest.mark.parametrize("text,pronoun,code", ROWS)
def test_main_subject_pronoun_carries_on_the_main_subject_before(ew, text, pronoun, code):
    assert mentions(ew, text, "2019-07-01")[pronoun].cameo == code
