"""The passive of a verb with two objects keeps its direct object ("was refused entry", "was
granted asylum"): the passive's subject is the party the act is aimed at, the by-phrase (which the
parser may hang on the kept object) the party that acts. Sentences written for this test; none is
taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-01"


@pytest.mark.parametrize("text,expected", [
    ("The Dutch journalist was refused entry by Nigeria on Tuesday.", ("NGA", "NLDMED", "1245")),
    ("Red Cross inspectors were denied entry to the prison by Ethiopian guards.", ("ETH", "NGOIRC", "1245")),
    ("The Belgian reporter was denied a visa by Rwanda.", ("RWA", "BELMED", "172")),
    ("Ghana was offered a loan by the World Bank last week.", ("IGOUNODEVWBK", "GHA", "0331")),
])
def test_a_passive_keeps_its_direct_object(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "The Chilean minister was refused by Peru.",  # nothing refused is named: no access denied
    "The request for entry was refused by Nigeria.",  # the request is the subject, no one kept out
])
def test_what_a_kept_object_is_not(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c in ("1245", "172") for _, _, c in got), got
