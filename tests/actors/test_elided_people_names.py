"""The first of two conjoined names of a people that share their last word, written once ("Greek
and Turkish Cypriots"), is that people, not the state its first word is the adjective of: both
communities are Cyprus. Other conjoined adjectives keep their own states. Sentences written for
these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,source,code_", [
    ("The UN envoy urged Greek and Turkish Cypriot leaders to resume talks.", "IGOUNO", "026"),
    ("The EU commissioner met Greek and Turkish Cypriots in Nicosia on Monday.", "IGOEUREEC", "040"),
])
def test_the_elided_first_name_is_the_people(code, text, source, code_):
    got = triples(code(text, pub_date="2004-03-10"))
    targets = {t for s, t, c in got if s == source and c == code_}
    assert targets and all(t.startswith("CYP") for t in targets), got


@pytest.mark.parametrize("text,expected", [
    # adjectives of two states with no shared name of a people stay two states
    ("The EU urged Greek and Turkish leaders to settle their dispute.", ("IGOEUREEC", "GRCGOV", "027")),
    ("The EU urged Greek and Turkish leaders to settle their dispute.", ("IGOEUREEC", "TURGOV", "027")),
    # two states that share a name's last word stay two states
    ("China urged North and South Korea to resume talks.", ("CHN", "PRK", "026")),
    ("China urged North and South Korea to resume talks.", ("CHN", "KOR", "026")),
])
def test_other_conjoined_names_keep_their_states(code, text, expected):
    got = triples(code(text, pub_date="2004-03-10"))
    assert expected in got, got
