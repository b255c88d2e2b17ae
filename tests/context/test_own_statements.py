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
