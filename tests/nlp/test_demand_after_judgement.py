"""A demand coordinated with a reported judgement of a thing ("said the arrests were illegal and
demanded ...") or with a denial ("denied that its troops had crossed ... and demanded ...") is
the reporting subject's second act, as reproach already is: the small model hangs it on the
reported clause, whose subject is a thing. After a reported perfect it stays the reported
subject's ("said gunmen had stormed the bank and demanded money"). Sentences written for these
tests; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

ROWS = [
    # (text, the demand's source and target)
    ("Serbia said the arrests were illegal and demanded that Kosovo release the officers.", ("SRB", "XKX")),
    ("Chile said the fishing ban was unjust and demanded that Peru reopen the waters.", ("CHL", "PER")),
    ("Kenya denied that its troops had crossed the border and demanded that Somalia withdraw the complaint.",
     ("KEN", "SOM")),
]


@pytest.mark.parametrize("text, dyad", ROWS)
def test_the_demand_is_the_reporting_subject_s(code, text, dyad):
    demands = {(e.source.cameo, e.target.cameo) for e in code(text, pub_date="2011-03-02")
               if e.cameo.startswith("10") and e.source and e.target}
    assert demands == {dyad}, demands


def test_after_a_reported_perfect_the_demand_stays_with_the_reported_subject(code):
    events = code("Police said gunmen had stormed the bank in Lagos and demanded money from the staff.",
                  pub_date="2011-03-02")
    assert not any(e.cameo.startswith("10") and e.source and e.source.sector == "COP" for e in events)
