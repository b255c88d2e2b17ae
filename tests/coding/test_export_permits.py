"""Export permits withdrawn and aid programmes suspended: suspending the permits for exports to
a country is a sanction (163; 1622 for arms sales), an aid programme cut is an aid cut (162), not
a programme curbed under pressure (0832).
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    ("Norway has suspended permits for the export of radar equipment to Egypt.", ("NOR", "EGY", "163")),
    ("Britain revoked licences for arms sales to Israel.", ("GBR", "ISR", "1622")),
    ("Sweden froze its payments to Mali, and Denmark suspended two aid programmes.", ("DNK", "MLI", "162")),
])
def test_permits_withdrawn(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Iran agreed to suspend its nuclear programme.", "0342"),
    ("The United States suspended some aid programmes.", "162"),
])
def test_programme_codes(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert any(c == expected for _, _, c in got), got


def test_a_permit_for_a_domestic_project_is_no_sanction(code):
    got = triples(code("The city suspended permits for the new stadium.", pub_date=DATE))
    assert not any(c.startswith("16") for _, _, c in got), got
