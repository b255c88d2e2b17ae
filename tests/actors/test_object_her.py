"""An object "her" is never its own clause's subject ("X met her" is not X meeting X), while a
possessive "her" may be ("she praised her army"). Sentences written for these tests; none is taken
from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Liberia's president Ellen Johnson Sirleaf flew into Accra on Friday. Ghana's president John Kufuor "
     "met her on Saturday.", ("GHAGOV", "LBRGOV", "040")),
    ("Liberia's president Ellen Johnson Sirleaf flew into Accra on Friday. Ghana's president John Kufuor "
     "received her at the airport.", ("GHAGOV", "LBRGOV", "043")),
    ("Liberia's president Ellen Johnson Sirleaf landed in Accra on Friday. Ghana's president John Kufuor "
     "praised her on Saturday.", ("GHAGOV", "LBRGOV", "051")),
])
def test_an_object_her_is_a_party_named_before(code, text, expected):
    assert expected in triples(code(text, pub_date="2008-03-20"))


@pytest.mark.parametrize("text,expected", [
    ("Liberia's president Ellen Johnson Sirleaf met Ghana's president John Kufuor on Friday. "
     "She praised her country's army.", ("LBRGOV", "LBRMIL", "051")),
])
def test_a_possessive_her_may_be_the_subject_s_own(code, text, expected):
    assert expected in triples(code(text, pub_date="2008-03-20"))
