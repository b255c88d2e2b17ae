"""An organisation's abbreviation printed in mixed case, as some papers print them, and defined in
brackets after its name ("the Free Aceh Movement (Gam)") is that organisation wherever the article
uses it again, when in capitals it is one of the organisation's known names (pieces.py,
_mixed_case_abbreviations). A bracketed word that is no such abbreviation defines nothing."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow

ROWS = [
    # (text, mention, code or None for no mention)
    ("The Free Aceh Movement (Gam) met officials in Stockholm. Gam's commanders rejected the new offer.",
     "Gam's commanders", "IDNREB"),
    ("Bogota resumed contacts with the National Liberation Army (Eln) last year. Later the Eln freed two soldiers.",
     "Eln", "COLREB"),
    ("Colombo accused the Liberation Tigers of Tamil Eelam (Ltte) of recruiting children. Ltte officials denied it.",
     "Ltte officials", "LKAREB"),
    ("Ankara said the Kurdistan Workers' Party (Pkk) had moved fighters south. Officials blamed the Pkk for the blast.",
     "Pkk", "TURREB"),
    # negative row: a news agency in brackets after a dateline's place stays the agency
    ("BOGOTA, Colombia (Reuters) - Reuters reported that the talks had stalled.", "Reuters", "GBRMED"),
]
NOT_DEFINED = [
    # the capitals are none of the organisation's names: the word stays what it was
    ("The Free Aceh Movement (Fam) met officials in Stockholm. Fam said nothing.", "Fam"),
]


@pytest.mark.parametrize("text,name,code", ROWS)
def test_a_mixed_case_abbreviation_the_article_defines_is_its_organisation(ew, text, name, code):
    assert mentions(ew, text, "2005-06-01")[name].cameo == code


@pytest.mark.parametrize("text,name", NOT_DEFINED)
def test_a_bracketed_word_that_abbreviates_no_known_name_defines_nothing(ew, text, name):
    assert name not in mentions(ew, text, "2005-06-01")
