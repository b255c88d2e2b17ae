"""Actors that only the article's context resolves: "the regime", "the two sides", "Both",
a people spread over several states, house-style spellings of militant groups."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow


def _members(mention):
    return sorted(m.cameo for m in mention.members)


def test_definite_body_refers_to_the_body_of_that_name_named_before(ew):
    found = mentions(ew, "The Burmese regime expelled two aid workers. Thailand protested on Monday. "
                         "The regime later arrested a Thai reporter.", "2008-05-01")
    assert found["regime"].cameo == "MMRGOV"


def test_definite_body_with_no_earlier_namesake_takes_the_recent_country(ew):
    found = mentions(ew, "Rebels in Peru freed two hostages. The government welcomed the release.", "2001-05-01")
    assert found["government"].cameo == "PERGOV"


def test_two_sides_are_the_pair_named_together_not_a_later_third_party(ew):
    text = ("Canada and the European Union quarrelled over seal imports. Norway stayed out of the row. "
            "On Friday the two sides agreed to resume their talks.")
    found = mentions(ew, text, "2010-03-01")
    assert _members(found["sides"]) == ["CAN", "IGOEUREEC"]


def test_two_countries_without_a_named_pair_are_the_last_two_named(ew):
    found = mentions(ew, "Chile recalled its envoy. Peru did the same. The two countries later made up.",
                     "2010-03-01")
    assert _members(found["countries"]) == ["CHL", "PER"]


def test_both_on_its_own_is_the_pair_just_named(ew):
    found = mentions(ew, "Ties between Ecuador and Colombia have improved. Both released detained fishermen.",
                     "2010-03-01")
    assert _members(found["Both"]) == ["COL", "ECU"]


def test_both_as_a_determiner_is_not_a_pronoun(ew):
    found = mentions(ew, "Both ministers left Vienna early.", "2010-03-01")
    assert "Both" not in found


def test_people_of_several_states_belong_where_the_article_s_places_are(ew):
    text = ("Iraqi troops advanced near Kirkuk and shelled positions outside Kirkuk. Turkey said on Monday "
            "it was watching. Kurdish fighters later retook a village.")
    found = mentions(ew, text, "2017-10-20")
    assert found["Kurdish fighters"].cameo == "IRQREB"


def test_guardian_style_spelling_of_islamic_state(ew):
    found = mentions(ew, "Iraqi forces pushed Isis out of the old city.", "2017-07-01")
    assert found["Isis"].cameo.startswith("IMG")
    assert found["Isis"].country is None
