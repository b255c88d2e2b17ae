"""What must happen before a refused act ("there can be no ceasefire until Y withdraws", "will not
resume aid until Y frees ...") is a term set, as with "only if": a demand (10x) from whoever sets it
on whoever must meet it, and no act of its own. An "until" after an act that is not refused only
says how long it went on. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Georgia's president said there would be no peace deal until Russian forces pulled out of Abkhazia.",
     ("GEOGOV", "RUSMIL", "1056")),
    ("Kenya said it would not resume food aid until Somalia frees the kidnapped engineers.",
     ("KEN", "SOM", "1053")),
    ("Hungary will not lift its veto until Brussels unfreezes the withheld funds.", ("HUN", "IGOEUREEC", "1054")),
])
def test_a_negated_act_until_a_condition_sets_terms(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,not_expected", [
    # the condition is asked, not done
    ("Georgia's president said there would be no peace deal until Russian forces pulled out of Abkhazia.",
     ("RUSMIL", None, "0874")),
])
def test_the_condition_is_no_act_of_its_own(code, text, not_expected):
    got = triples(code(text, pub_date=DATE))
    assert not_expected not in got, got


@pytest.mark.parametrize("text,expected,not_expected", [
    # an act not refused: "until" tells how long it lasted, no terms are set
    ("The Sudanese army shelled the town until the rebels pulled out of it.",
     ("SDNREB", None, "0874"), ("SDNMIL", "SDNREB", "1056")),
])
def test_until_after_an_act_that_happened_sets_no_terms(code, text, expected, not_expected):
    got = triples(code(text, pub_date=DATE))
    assert not_expected not in got, got
    assert expected in got, got
