"""A frame whose wrapped act is in its own phrase ("called for a general strike") has its
complement: it does not share the object of the verb coordinated after it, so "called for a
strike and urged the police not to ..." asks no strike of the police, and the appeal to the
police stays its own event. A verb with no complement still shares the next verb's object
("condemned and rejected the sanctions"). Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2005-04-20"


@pytest.mark.parametrize("text,source,target", [
    ("The Georgian opposition called for a general strike and urged the police not to use force against the crowds.",
     "GEOOPP", "GEOCOP"),
    ("Kyrgyz opposition leaders called for a nationwide boycott and urged the army to stay in its barracks.",
     "KGZOPP", "KGZMIL"),
])
def test_the_appeal_after_a_frame_keeps_its_evidence(code, text, source, target):
    events = code(text, pub_date=DATE)
    asked = [e for e in events if e.cameo.startswith("02") and e.target and e.target.cameo == target]
    assert asked and all("urged" in e.evidence for e in asked), [(e.cameo, e.evidence) for e in events]


def test_a_verb_without_complement_still_shares_the_object(code):
    got = triples(code("Nepal condemned and rejected the Indian sanctions.", pub_date=DATE))
    assert ("NPL", "IND", "111") in got, got
