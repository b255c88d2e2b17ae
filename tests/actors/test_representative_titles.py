"""A special or permanent representative is an office like an envoy's: "the OSCE's special
representative" acts for the OSCE, "Brazil's permanent representative" for Brazil's government
(``actors/data/sectors.jsonl``), and a pronoun after it finds him."""

import pytest

from .test_mentions import mention_with, mentions

pytestmark = pytest.mark.slow

ROWS = [
    # (text, word of the mention, code)
    ("The OSCE's special representative for the Caucasus flew to Yerevan on Monday.", "representative", "IGOEUROSC"),
    ("The African Union's special representatives arrived in Juba.", "representatives", "IGOAFRAFU"),
    ("Brazil's permanent representative at the United Nations abstained.", "representative", "BRAGOV"),
    ("Mexico's special representative for the border talks met Guatemalan officials.", "representative",
     "MEXGOV"),
]


@pytest.mark.parametrize("text,word,code", ROWS)
def test_special_or_permanent_representative_acts_for_the_body_named(ew, text, word, code):
    assert mention_with(ew, text, word, "2018-05-02").cameo == code


def test_pronoun_after_a_representative_is_that_representative(ew):
    found = mentions(ew, "The Arab League's special representative reached Tripoli, but militia leaders "
                         "would not receive him.", "2018-05-02")
    assert found["him"].cameo == "IGOARBALG"


def test_house_of_representatives_and_a_companys_representative_are_not_envoys(ew):
    found = mentions(ew, "Chile's House of Representatives voted on Monday.", "2018-05-02")
    assert mention_with(ew, "Chile's House of Representatives voted on Monday.", "House", "2018-05-02").cameo \
        == "CHLLEG", found
    company = mentions(ew, "A representative of the mining firm declined to comment.", "2018-05-02")
    assert all(m.sector != "GOV" for m in company.values())
