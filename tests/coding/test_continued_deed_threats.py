"""A threat held on an act going on, named by a noun with no party of its own ("would strike if
the shelling continued"), is aimed at the doer of the latest such act told, in its own sentence
or up to five before; not at the threatener's own side, and not for a condition on an act of
another kind. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-02-12"


@pytest.mark.parametrize("text,expected", [
    ("Syrian troops shelled a Kurdish town on Sunday. Turkey said it would strike if the shelling continued.",
     ("TUR", "SYRMIL")),
    ("Russian troops shelled Ukrainian villages on Sunday, and Poland said it would impose sanctions "
     "if the shelling went on.", ("POL", "RUSMIL")),
])
def test_threat_on_a_continued_deed_is_aimed_at_its_doer(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert any((s, t) == expected and c[:2] == "13" for s, t, c in got), got


@pytest.mark.parametrize("text,wrong", [
    # the condition names its party: that party is threatened
    ("Syrian troops shelled a Kurdish town on Sunday. Turkey said it would strike if Iraq refused to close the border.",
     "SYRMIL"),
    # a condition on talks names no deed
    ("Syrian troops shelled a Kurdish town on Sunday. Turkey said it would strike if the talks failed.", "SYRMIL"),
    # the threatener's own side did the deed
    ("Turkish troops shelled a Kurdish town on Sunday. Ankara said it would strike again if the attacks continued.",
     "TURMIL"),
])
def test_no_doer_of_another_deed_or_own_side(code, text, wrong):
    got = triples(code(text, pub_date=DATE))
    assert not any(t == wrong and c[:2] == "13" for _, t, c in got), got
