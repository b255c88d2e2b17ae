"""An appeal read from a reported "should" clause ("said X should ...") asks its subject to act. It
is none when the modal is a perfect (a judgement on the past), when the subject only suffers a
passive act no pattern codes, or when the subject is a group with the speaker's own country in it;
and a conjunct with a subject of its own is a second statement, not part of what is asked.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


def appeals(events, source, target):
    return {t for t in triples(events) if t[0] == source and t[1] == target and t[2].startswith("02")}


@pytest.mark.parametrize("text,source,target", [
    # a modal perfect asks nothing
    ("The Kenyan foreign minister said Somalia should have arrested the gunmen last year.", "KENGOV", "SOM"),
    # one a passive act no pattern codes is done to is no addressee
    ("Ghana's president said the smugglers should be judged in Accra.", "GHAGOV", "GHACRM"),
    # what both sides should do, said by one of them
    ("The Chilean foreign minister said Peru and Chile should resolve their border dispute through talks.",
     "CHLGOV", "PER"),
    ("Peru and Chile have argued over their maritime border for years. The Chilean foreign minister said on "
     "Monday that the two countries should resolve the dispute through talks.", "CHLGOV", "PER"),
])
def test_no_appeal_read_from_should(code, text, source, target):
    got = code(text, pub_date=DATE)
    assert not appeals(got, source, target), triples(got)


def test_a_conjunct_with_its_own_subject_is_not_asked_for(code):
    # "Nigeria has backed ..." is a second statement, not support the smugglers are asked to give
    got = triples(code("Ghana's president said the smugglers should face judges in Accra, and Nigeria has "
                       "backed a proposal to share evidence.", pub_date=DATE))
    assert ("GHAGOV", "GHACRM", "022") not in got, got


@pytest.mark.parametrize("text,expected", [
    # a real appeal to another party stays, also to several others
    ("Peru's foreign minister said Chile should withdraw its troops from the border.", ("PERGOV", "CHL", "0256")),
    ("Peru's foreign minister said Chile and Bolivia should withdraw their troops from the border.",
     ("PERGOV", "BOL", "0256")),
    ("The Kenyan foreign minister said Somalia should arrest the gunmen.", ("KENGOV", "SOM", "020")),
    # a passive act a pattern codes keeps its target
    ("Ghana's president said the smugglers should be prosecuted in Accra.", ("GHAGOV", "GHACRM", "022")),
    # a hope is still about a passive subject
    ("Kenya's president expressed hope that Somalia could be brought into the peace talks.", ("KENGOV", "SOM", "013")),
])
def test_appeals_and_hopes_that_stay(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
