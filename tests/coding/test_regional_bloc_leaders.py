"""A region's heads of state named together are its bloc: "Caribbean leaders" are CARICOM, as
"West African leaders" are ECOWAS; one "Caribbean leader" is not the bloc, and a Caribbean
state's description still names that state.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2005-03-10"


def test_caribbean_leaders_are_caricom(code):
    got = triples(code("Caribbean leaders urged Guyana and Suriname to settle their maritime dispute.", pub_date=DATE))
    assert any(s == "IGOCRBCAR" for s, _, _ in got), got


@pytest.mark.parametrize("text,source", [
    ("Jamaica, the Caribbean nation, called home its envoy to Venezuela last week.", "JAM"),
    ("Trinidad's prime minister, a Caribbean leader, criticised Venezuela on Monday.", "TTOGOV"),
])
def test_one_caribbean_state_or_leader_is_not_the_bloc(code, text, source):
    got = triples(code(text, pub_date=DATE))
    assert not any(s == "IGOCRBCAR" for s, _, _ in got), got
