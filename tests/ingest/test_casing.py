"""The parser's view of oddly cased text: shouted paragraphs and names typed in odd case."""

import pytest

from eventwire.ingest.casing import truecase


def test_a_name_with_a_stray_capital_gets_its_dictionary_case():
    assert truecase("The US wants to help iSrael") == "The US wants to help Israel"


def test_a_lower_case_name_after_a_title_gets_its_dictionary_case():
    assert truecase("President obama met Putin.") == "President Obama met Putin."


def test_ordinary_words_and_brand_names_are_left_alone():
    text = "The president said the eBay chief would visit china shops in iPhone season."
    assert truecase(text) == text


def test_a_shouted_paragraph_is_lowered_except_names():
    out = truecase("IRAN'S FOREIGN MINISTER MET HIS IRAQI COUNTERPART IN BAGHDAD")
    assert out.startswith("Iran's foreign minister met his Iraqi counterpart in Baghdad")


def _shouting_by_every_letter(text):
    from eventwire.ingest.casing import MIN_LETTERS, MIN_UPPER_SHARE

    letters = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    return len(letters) >= MIN_LETTERS and sum(ch.isupper() for ch in letters) >= MIN_UPPER_SHARE * len(letters)


@pytest.mark.parametrize("text,shouting", [
    ("NATO ALLIES PLEDGE MORE AIR DEFENCE SYSTEMS FOR UKRAINE AFTER STRIKES", True),
    ("ÉTAT D'URGENCE: LE GOUVERNEMENT MALIEN DÉCLARE UN COUVRE-FEU À BAMAKO", True),
    ("UN ENVOY URGES CALM AFTER CLASHES IN TRIPOLI, SAYS TALKS WILL RESUME ON MONDAY (Reuters)", True),
    ("KHARTOUM, Sudan (AP) - The army said on Monday it had retaken the city from the RSF.", False),
    ("The U.S. and E.U. imposed sanctions on the IRGC and the GRU.", False),
    ("BRUSSELS (AFP) -- EU LEADERS AGREED ON A NEW SANCTIONS PACKAGE AGAINST RUSSIA, officials said", False),
    ("1234567890 ---- 2024-05-01 12:00 GMT ----", False),
    ("SHORT LINE", False),
    ("ΥΠΟΥΡΓΟΣ ΕΞΩΤΕΡΙΚΩΝ ΣΥΝΑΝΤΗΣΕ ΤΟΝ ΤΟΥΡΚΟ ΟΜΟΛΟΓΟ ΤΟΥ ΣΤΗΝ ΑΓΚΥΡΑ", True),
])
def test_shouting_is_told_as_by_counting_every_letter(text, shouting):
    from eventwire.ingest.casing import is_shouting

    assert _shouting_by_every_letter(text) is shouting  # (the table itself)
    assert is_shouting(text) is shouting
