"""Reports a party denies, or calls false: the acts they tell are coded, as denied."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,code_root", [
    ("Reports that Egypt had closed the Rafah crossing were false, Cairo said.", "14"),
    ("Claims that Russia had shelled the plant are baseless, the Kremlin said.", "19"),
    ("The Kremlin rejected allegations that Russia had attacked Ukrainian navy ships.", "19"),
])
def test_a_report_judged_false_or_rejected_tells_a_denied_act(code, text, code_root):
    events = [e for e in code(text, "2024-05-01") if e.cameo.startswith(code_root)]
    assert events and all(e.factuality == "denied" for e in events), [(e.cameo, e.factuality) for e in events]


def test_a_confirmed_report_tells_an_asserted_act(code):
    events = code("Reports that Egypt had closed the crossing were confirmed by officials.", "2024-05-01")
    assert events and all(e.factuality == "asserted" for e in events)
