"""A building or post a state organ's word names as its own ("a government building", "an army
barracks", "a police station") stands for that organ when force falls on it, or armed men storm
it, at home too: the organ of the state its place is in (or the attackers' own). A site of the
attackers' own side names no target, nor does a site no organ's word names.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2022-03-14"


@pytest.mark.parametrize("text,record", [
    ("Separatist militants stormed a government building in Quetta on Sunday and set it ablaze.",
     ("PAKREB", "PAKGOV", "190")),
    ("Rebels shelled an army barracks near Goma on Tuesday.", ("CODREB", "CODMIL", "194")),
])
def test_organ_site_is_the_organ(code, text, record):
    got = triples(code(text, pub_date=DATE))
    assert record in got, got


@pytest.mark.parametrize("text,source", [
    # the soldiers' own barracks: no party of theirs is attacked
    ("Soldiers retook an army barracks near Goma on Tuesday after a mutiny.", "CODMIL"),
    # a warehouse is no organ's
    ("Rebels shelled a warehouse near Goma on Tuesday.", "CODREB"),
])
def test_no_organ_target(code, text, source):
    got = triples(code(text, pub_date=DATE))
    assert not any(s == source and t is not None and t[3:] in ("GOV", "MIL", "COP") for s, t, _ in got), got
