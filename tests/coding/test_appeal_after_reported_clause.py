"""An appeal or reproach coordinated after a reported clause, with no subject of its own, is the
reporting subject's second act when it cannot share the clause's verb group: after a passive
under a modal ("would be heard by ... and urged X") or a progressive ("were blocking ... and
called on X"), and after a plain past for an appeal or reproach. A material act or a demand
after a reported deed stays inside what is reported. Sentences written for these tests; none is
taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Ghana said the dispute would be settled by arbitration and urged Togo to reopen its embassy.",
     ("GHA", "TGO", "02")),
    ("Chile said that smugglers were stopping trucks from crossing and called on Bolivia to close the border.",
     ("CHL", "BOL", "02")),
    ("Norway said the fishing fleet ignored the quota and condemned Iceland.", ("NOR", "ISL", "11")),
])
def test_appeal_after_a_reported_clause_is_the_reporter_s(code, text, expected):
    got = {(s, t, c[:2]) for s, t, c in triples(code(text))}
    assert expected in got, got


@pytest.mark.parametrize("text,doer", [
    # a second deed or a demand shares the reported subject
    ("Ghana said Togolese troops had crossed the border and shelled the village.", "TGOMIL"),
    ("Ghana said Togolese troops crossed the border and shelled the village.", "TGOMIL"),
    ("Peruvian police said the rebels were holding hostages and demanded a ransom.", "PERREB"),
])
def test_a_reported_deed_s_second_act_stays_inside(code, text, doer):
    got = triples(code(text))
    assert got and all(s == doer for s, _, _ in got), got
