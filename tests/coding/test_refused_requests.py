"""Refusing the very act another party asked for, told a few sentences before, is aimed at the
asker ("X urged Y to free the minister ... Y said it would not free him"): the refused act
matches the request's act in the codebook (an appeal to release, 0253, refused: 1243). A
refusal of another act, or one no request was told for, keeps no target. Sentences written for
this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    ("The African Union urged the Malian junta to free the detained minister. "
     "The junta said it would not free him.", ("MLIGOV", "IGOAFRAFU", "1243")),
    ("The African Union urged the Malian junta to free the detained minister. "
     "The junta refused to free him.", ("MLIGOV", "IGOAFRAFU", "1243")),
    ("Norway urged Ethiopia to accept a ceasefire. Ethiopia's army said it would not cease fire.",
     ("ETHMIL", "NOR", "1246")),
])
def test_a_refused_request_is_aimed_at_the_asker(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # another act than the one asked for
    ("Brazil called on Venezuela to release the opposition leader. Caracas refused to provide aid.",
     ("VENGOV", None, "122")),
    # no request told
    ("Caracas refused to provide aid.", ("VENGOV", None, "122")),
])
def test_other_refusals_keep_no_target(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
