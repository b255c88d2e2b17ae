"""The parser's view of oddly cased text: shouted paragraphs and names typed in odd case."""

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
