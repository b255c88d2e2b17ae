"""A clause telling when a party spoke or acted ("after", "before", "until", "when") is no part of
what it reports: the act in it is not told on that party's word."""

import pytest


@pytest.mark.parametrize("text,source,cameo", [
    ("Morocco recalled its ambassador from Algiers after Algeria expelled two Moroccan diplomats.", "DZA", "161"),
    ("Germany warned of consequences after Russia expelled four German diplomats.", "RUS", "161"),
    ("Kenya said nothing until Uganda closed the border with Kenya.", "UGA", "191"),
    ("Egypt warned Israel after it struck Gaza.", "ISR", "190"),
    # "when", which the parser attaches as an adverb, not a marker
    ("When Chile expelled the Peruvian ambassador last year, the Peruvian foreign minister told reporters "
     "that Lima would respond.", "CHL", "161"),
    ("When Algeria closed its border with Morocco, Rabat said it regretted the decision.", "DZA", "191"),
])
def test_an_act_in_a_circumstance_clause_is_not_told_on_the_main_clause_s_word(code, text, source, cameo):
    got = code(text, "2024-05-02")
    events = [e for e in got if e.source.cameo.startswith(source) and e.cameo == cameo]
    assert events, [(e.source.cameo, e.cameo) for e in got]
    assert all(e.attributed_to is None for e in events), [e.attributed_to for e in events]


def test_a_reported_clause_stays_told_on_the_speaker_s_word(code):
    events = [e for e in code("Algeria said Morocco had expelled two Algerian diplomats.", "2024-05-02")
              if e.source.cameo.startswith("MAR")]
    assert events and all(e.attributed_to is not None and e.attributed_to.cameo == "DZA" for e in events)


def test_a_when_clause_inside_the_report_stays_on_the_speaker_s_word(code):
    events = [e for e in code("Peru said that when Chile expelled its ambassador, Lima protested.", "2024-05-02")
              if e.source.cameo.startswith("CHL")]
    assert events and all(e.attributed_to is not None and e.attributed_to.cameo == "PER" for e in events)
