"""Barring a state's people from travelling is a sanction (163) when an international body or
another state does it ("the EU banned Belarusian officials from travelling to member states"), as
an imposed travel ban is; a government barring its own people stays an administrative sanction
(172).
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2021-06-15"


@pytest.mark.parametrize("text,source,target_country", [
    ("The European Union banned Belarusian officials from travelling to its member states.", "IGOEUREEC", "BLR"),
    ("The African Union barred Guinean junta members from travelling abroad.", "IGOAFRAFU", "GIN"),
])
def test_a_foreign_travel_bar_is_a_sanction(code, text, source, target_country):
    got = triples(code(text, pub_date=DATE))
    assert any(s == source and t and t.startswith(target_country) and c == "163" for s, t, c in got), got


def test_a_government_barring_its_own_people_stays_administrative(code):
    got = triples(code("The Belarusian government barred opposition leaders from travelling abroad.", pub_date=DATE))
    assert any(c == "172" for _, _, c in got), got
    assert not any(c == "163" for _, _, c in got), got
