"""A threat or an intent to seize power is aimed at the government of the threatener's own state,
as the seizure itself is (conventions: a seizure of power by force, 192, on the government):
"Zambia's opposition leader threatened to seize power" is ZMBOPP 1382 ZMBGOV. A refusal to take
power is no act on the government. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2022-06-08"


@pytest.mark.parametrize("text,expected", [
    ("Zambia's opposition leader has threatened to seize power in four provinces.", ("ZMBOPP", "ZMBGOV", "1382")),
    ("Chadian rebel commanders threatened on Sunday to stage a coup.", ("TCDREB", "TCDGOV", "1382")),
])
def test_a_threat_to_seize_power_is_aimed_at_the_own_government(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Kenya's army chief refused to stage a coup.",
    "Zambia's opposition leader refused to seize power.",
])
def test_a_refusal_to_seize_power_is_no_act_on_the_government(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(t is not None and t.endswith("GOV") for _, t, _ in got), got
