"""Which documents are skipped as not English."""

import pytest

from eventwire.ingest.language import non_english_reason

ENGLISH = ("The foreign ministers of the two countries met in Vienna on Monday and said that talks "
           "with the rebels, which were suspended by the government in March, would resume. The "
           "spokesman said the delegation had been invited by the mediators from the regional body.")
DUTCH = ("De minister-president heeft maandag in Den Haag de Duitse bondskanselier ontvangen. Beide "
         "leiders riepen op tot een onmiddellijk staakt-het-vuren en kondigden nieuwe sancties aan.")
GERMAN = ("Der Bundeskanzler hat am Montag in Berlin den französischen Präsidenten getroffen. Die beiden "
          "Politiker forderten einen sofortigen Waffenstillstand, was die Regierung in Moskau kritisierte.")


def test_english_passes():
    assert non_english_reason(ENGLISH) is None


def test_a_short_english_report_full_of_names_is_not_pidgin():
    # the classifier gives this one sentence Nigerian Pidgin at p=0.92
    assert non_english_reason("Boko Haram fighters killed 30 villagers in Borno state, Nigeria.") is None


@pytest.mark.parametrize("text,lang", [(DUTCH, "nl"), (GERMAN, "de")])
def test_other_languages_are_named(text, lang):
    reason = non_english_reason(text)
    assert reason is not None and f"'{lang}'" in reason


def test_english_words_quoted_in_another_language_do_not_make_it_english():
    text = GERMAN + ' Er sagte: "The talks have failed."'
    assert non_english_reason(text) is not None


@pytest.mark.parametrize("letters", [0, 1, 38, 39, 40, 41, 200])
def test_a_text_with_too_few_letters_to_tell_is_let_through(letters):
    # Arabic letters, which the classifier would call not English if there were enough of them
    text = "  ".join(["\u0627\u0644\u0633\u0644\u0627\u0645"] * (letters // 6) + ["\u0628" * (letters % 6)])
    assert sum(ch.isalpha() for ch in text) == letters
    assert (non_english_reason(text) is None) is (letters < 40)
