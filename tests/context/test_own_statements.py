"""A wish, appeal or charge a party states in a participle on its own act ("released the
officers, saying they wanted ...", "recalled its ambassador, accusing X of ...") is that speech
act, not a report of it: no attribution. A party's word given in a clause of its own ("said they
wanted ...") or a spokesman's word for his government is a report. Sentences written for these
tests; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,code_", [
    ("Iran freed the British tanker on Friday, saying it wanted to improve relations with Britain.", "030"),
    ("Serbia recalled its ambassador from Montenegro, saying it wanted Podgorica to apologise.", "020"),
    ("North Korea fired two missiles, saying it would not negotiate with the United States.", "125"),
])
def test_a_statement_in_a_participle_on_the_sources_own_act_is_not_attributed(code, text, code_):
    ev = next(e for e in code(text, "2024-05-01") if e.cameo == code_)
    assert ev.attributed_to is None


@pytest.mark.parametrize("text,code_,speaker", [
    ("Iran said it wanted to improve relations with Britain.", "030", "IRN"),
    ("The Iranian foreign ministry said Tehran had refused to meet the US envoy.", "125", "IRNGOV"),
])
def test_a_statement_in_a_clause_of_its_own_is_attributed(code, text, code_, speaker):
    ev = next(e for e in code(text, "2024-05-01") if e.cameo == code_)
    assert ev.attributed_to is not None and ev.attributed_to.cameo == speaker


@pytest.mark.parametrize("text,code_", [
    # a leader or minister stating his own state's stance makes it by saying so
    ("Kenya remains committed to the regional peace force, President William Ruto said.", "03"),
    ("Egyptian troops are determined to secure the Rafah crossing, Defence Minister Mohamed Zaki said.", "03"),
    ('"We stand ready for talks with Eritrea without conditions," Ethiopian Prime Minister Abiy Ahmed said.', "03"),
])
def test_a_leader_stating_his_own_states_stance_is_not_attributed(code, text, code_):
    events = [e for e in code(text, "2024-05-01") if e.cameo.startswith(code_)]
    assert events and all(e.attributed_to is None for e in events)


@pytest.mark.parametrize("text,code_", [
    # a past act told in the past perfect, or a possible act: the speaker reports it
    ("Kenya had offered to send troops to Haiti, President William Ruto said.", "03"),
    ("Kenya might demand compensation from Somalia, President William Ruto said.", "10"),
    ("Kenya may ask the United Nations for help, President William Ruto said.", "02"),
])
def test_a_leader_reporting_an_act_keeps_his_word(code, text, code_):
    events = [e for e in code(text, "2024-05-01") if e.cameo.startswith(code_)]
    assert events and all(e.attributed_to is not None for e in events)
