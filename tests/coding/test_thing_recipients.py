"""A thing a sanction or ban falls on stands for the party a participle or adjective after it says
it is sent to or serves ("a ban on fuel bound for X", "duties on fertiliser essential to X's
farmers"), as one it says the thing comes from already does ("wine imported from X"). A place
that is no party, or the source's own people, names no target.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2019-05-01"


@pytest.mark.parametrize("text,aimed", [
    ("Norway imposed a ban on fuel bound for Myanmar.", ("NOR", "MMR", "1722")),
    ("Norway banned exports of drones destined for Myanmar.", ("NOR", "MMR", "163")),
    ("Brazil imposed new duties on fertiliser essential to Argentine farmers.", ("BRA", "ARGAGR", "163")),
])
def test_what_a_thing_is_sent_to_or_serves_is_the_target(code, text, aimed):
    assert aimed in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,kept", [
    ("Norway imposed a ban on arms shipped to the region.", ("NOR", None, "1722")),
    ("Norway imposed tariffs on salmon sold to Norwegian retailers.", ("NOR", None, "163")),
])
def test_a_place_or_the_source_s_own_people_names_no_target(code, text, kept):
    assert kept in triples(code(text, pub_date=DATE))
