"""A pronoun passes over a party named only inside an aside, a relative clause it is not in
("X, who had flown in for the burial of Y, landed in Z, where W received him" is X, not Y), while
a party named in the pronoun's own clause or outside any aside stays its antecedent. Sentences
written for these tests; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,pub_date,expected", [
    ("Kenya's president Mwai Kibaki, who had gone to Kampala for the burial of Milton Obote, flew on to "
     "Kigali, where President Paul Kagame welcomed him at the airport.", "2005-10-24", ("RWAGOV", "KENGOV", "043")),
    ("Senegal's president Abdoulaye Wade, who had attended the funeral of Gnassingbe Eyadema, flew on to "
     "Bamako, where President Amadou Toumani Toure welcomed him at the airport.", "2005-02-15", ("MLIGOV", "SENGOV", "043")),
])
def test_an_aside_is_no_antecedent(code, text, pub_date, expected):
    assert expected in triples(code(text, pub_date=pub_date))


@pytest.mark.parametrize("text,pub_date,expected", [
    # no aside: the nearest party named before the pronoun
    ("Kenya's president Mwai Kibaki met Uganda's president Yoweri Museveni in Arusha, and Tanzania's "
     "president Benjamin Mkapa thanked him for the visit.", "2005-03-03", ("TZAGOV", "UGAGOV", "051")),
])
def test_a_party_outside_any_aside_stays_the_antecedent(code, text, pub_date, expected):
    assert expected in triples(code(text, pub_date=pub_date))
