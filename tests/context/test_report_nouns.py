"""Attribution through a report noun: "X's announcement that ..." reports the clause on X's word."""

import pytest


@pytest.mark.parametrize("text,cameo,speaker", [
    ("Washington confirmed Moscow's announcement that Russian troops had withdrawn from Kherson.",
     "0874", "RUSGOV"),
    ("Britain welcomed Iran's statement that Iranian forces had freed two British sailors.", "0841", "IRN"),
    ("The White House confirmed the Turkish foreign minister's announcement that Joe Biden has received "
     "an invitation to visit Turkey.", "036", "TURGOV"),
])
def test_the_owner_of_a_report_noun_is_the_speaker(code, text, cameo, speaker):
    events = [e for e in code(text, "2024-05-02") if e.cameo == cameo]
    assert events, [(e.cameo, e.source.cameo) for e in code(text, "2024-05-02")]
    assert events[0].attributed_to is not None and events[0].attributed_to.cameo == speaker


def test_a_statement_that_is_the_act_itself_keeps_according_to(code):
    # the refusal is the statement's own act: it is told on the word of "according to", not its own
    text = ("According to Ghana, the Togolese president's statement that he would not meet the Ghanaian "
            "president angered Accra.")
    events = [e for e in code(text, "2024-05-02") if e.cameo.startswith("12")]
    assert events and all(e.attributed_to is not None and e.attributed_to.cameo == "GHA" for e in events)
