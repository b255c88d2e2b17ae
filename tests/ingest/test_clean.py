import pytest

from eventwire.ingest.clean import clean
from eventwire.ingest.normalize import parse_view
from eventwire.ingest.offsets import rewrite

BIO = "Jane Roe, based in Paris, is a senior correspondent with ten years of experience. E-Mail: [email protected]"


def test_clean_removes_trailing_author_bio_and_email_artifact():
    raw = "Iran met Iraq on Monday.\n\nThe talks went well.\n\n" + BIO + "\n"
    cleaned = clean(raw)
    assert cleaned.text == "Iran met Iraq on Monday.\n\nThe talks went well."
    assert cleaned.removed[0]["reason"] == "author_bio"
    assert "[email protected]" not in cleaned.text


def test_clean_keeps_a_long_body_paragraph_that_mentions_an_editor():
    body = "The deal was sealed on Friday. " * 40 + "The editor of the paper said it was a reporter's scoop."
    raw = "Lead paragraph.\n\n" + body
    assert clean(raw).text == raw


def test_clean_drops_click_here_lines_and_keeps_offsets():
    raw = "Turkey warned Syria.\nClick here to subscribe.\nAnkara said more."
    cleaned = clean(raw)
    assert "Click here" not in cleaned.text
    start = cleaned.text.index("Ankara")
    raw_start = cleaned.map.start(start)
    assert raw[raw_start:raw_start + 6] == "Ankara"


def test_clean_email_artifact_inside_text():
    cleaned = clean("Contact us at [email protected] for details. Iran said no.")
    assert "protected" not in cleaned.text


def test_rewrite_maps_replacements_back_to_their_source_range():
    text, omap = rewrite("a  quot;b quot; c", [(1, 8, ' "'), (9, 15, '"')])
    assert text == 'a "b" c'
    assert omap.span(2, 3) == (1, 8)  # the quote stands for ' quot;' (with its lost '&' space)


def test_parse_view_normalises_entities_quotes_whitespace_and_datelines():
    raw = 'BEIJING (Reuters) - China called Japan #39;s move a  quot;provocation quot;.\n  Next “line”.'
    view = parse_view(raw)
    assert view.text == 'China called Japan\'s move a "provocation". Next "line".'
    assert view.dateline == "BEIJING"
    i = view.text.index("Japan's")
    s, e = view.span(i, i + len("Japan's"))
    assert raw[s:e] == "Japan #39;s"
    j = view.text.index('"line"')
    s, e = view.span(j, j + 6)
    assert raw[s:e] == "“line”"


def test_parse_view_keeps_paragraph_breaks():
    view = parse_view("One.\n\n\n  Two.\nThree.")
    assert view.text == "One.\n\nTwo. Three."


def test_a_byline_on_its_own_line_is_cut_and_a_sentence_starting_with_by_is_not():
    from eventwire.ingest.clean import find_boilerplate

    text = "Students abducted\n\nBy Ahmed Ghobari and Nisreen Ahmed (DHA correspondent)\n\nDHAKA - Text."
    assert [r for _, _, r in find_boilerplate(text)] == ["byline"]
    assert find_boilerplate("Title\nBy Monday, Iran had freed the hostages.\nMore.") == []


def test_a_line_ending_in_a_bracket_without_a_full_stop_ends_its_sentence():
    from eventwire.ingest.normalize import parse_view

    view = parse_view("The talks were held in Geneva (Switzerland)\n\nIran and France met on Monday.")
    assert "(Switzerland).\n\n" in view.text


@pytest.mark.parametrize("text,joined,word,original", [
    ("Britain will co-operate with France; Lebanon re-established ties.", ("cooperate", "reestablished"),
     "reestablished", "re-established"),
    ("Washington urged both sides to de-escalate; the de-escalation held.", ("deescalate", "deescalation"),
     "deescalate", "de-escalate"),
])
def test_parse_view_joins_prefix_hyphens_and_maps_back(text, joined, word, original):
    """The "co-", "re-" and "de-" prefixes are joined for the parser; offsets map back to the text."""
    view = parse_view(text)
    assert all(w in view.text for w in joined)
    start = view.text.index(word)
    assert text[slice(*view.span(start, start + len(word)))] == original


def test_parse_view_titles_a_bare_surname_that_is_also_a_word():
    from eventwire.ingest.names import surname_edits

    text = ("Kurt Hollis met Ana Reed on Monday. Hollis imposed tariffs. But Reed also angered the union, "
            "and Kurt Hollis said. In May the talks ended. The Hollis administration said.")
    view = parse_view(text)
    assert "Mr Hollis imposed" in view.text and "But Mr Reed also" in view.text
    # a full name, a title, a month and a modifier of a noun get nothing
    assert "Kurt Mr" not in view.text and "Mr May" not in view.text and "Mr Hollis administration" not in view.text
    start = view.text.index("Mr Hollis imposed")
    assert text[slice(*view.span(start, start + len("Mr Hollis")))] == "Hollis"
    assert surname_edits("Hollis imposed tariffs.") == []  # no full name in the article: not a name


def test_a_sentence_initial_surname_that_is_a_word_is_still_the_subject(code):
    # the small model reads "Trump imposed sanctions" as the noun phrase "imposed sanctions"
    events = code("Donald Trump spoke on Monday. Trump imposed sanctions on Iran on Tuesday. "
                  "Trump also angered Iraqi politicians in December.", pub_date="2019-01-10")
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo) for e in events}
    assert ("USAGOV", "IRN", "163") in got and ("IRQ", "USAGOV", "110") in got


def test_a_dateline_after_a_headline_is_cut_too():
    text = "Iran rejects US call\n\nTEHRAN (Reuters) - Iran on Tuesday rejected the call."
    view = parse_view(text)
    assert "Reuters" not in view.text and "TEHRAN" not in view.text and view.dateline == "TEHRAN"
    assert "Iran on Tuesday rejected" in view.text
    # a first paragraph that is a sentence of its own is no headline: nothing after it is cut
    long_lead = "Iran rejected the call. " * 12 + "\n\nUS - Iran talks are off."
    assert "US - Iran talks" in parse_view(long_lead).text


def test_parse_view_undots_an_abbreviation_before_a_hyphenated_participle():
    text = "U.S.-led coalition air strikes killed dozens of soldiers. The U.S. said so."
    view = parse_view(text)
    assert view.text.startswith("US-led coalition") and "The U.S. said" in view.text
    assert text[slice(*view.span(0, len("US-led")))] == "U.S.-led"


@pytest.mark.parametrize("text,headline,lead,place", [
    ("Greece protests Turkish overflights ATHENS (Reuters) - Greece on Monday protested to Turkey.",
     "Greece protests Turkish overflights", "Greece on Monday", "ATHENS"),
    ("U.S. warns Syria over border BEIRUT, Lebanon (AP) - The United States warned Syria.",
     "U.S. warns Syria over border", "The United States", "BEIRUT, Lebanon"),
])
def test_a_dateline_glued_to_a_headline_ends_the_headline(text, headline, lead, place):
    from eventwire.pipeline import headline_end

    view = parse_view(text)
    assert view.text.startswith(f"{headline}. {lead}") and view.dateline == place
    assert headline_end(text) == len(headline)


@pytest.mark.parametrize("text", [
    "The talks ended. LONDON (Reuters) - Britain said.",  # a sentence before it: no headline
    "Iran and the IAEA met in VIENNA (Reuters) on Monday.",  # no dash after the agency
    "Talks end in LONDON - Britain and France met.",  # no agency in brackets
])
def test_capitals_in_a_lead_are_no_glued_dateline(text):
    assert parse_view(text).text == text and parse_view(text).dateline is None


@pytest.mark.parametrize("text, titled", [
    ("Lena Markov met Ivo Markovic. Markovic said no.", "Markovic said"),  # a surname the other's start
    ("Lena Markov met Ivo Markovic. Markov has left.", "Markov has"),
    ("Lena Markov arrived. Markovic said no.", None),  # a word shaped like a surname, not the article's
    ("Lena Markov arrived. Markovian views were aired.", None),  # the surname only begins a longer word
])
def test_a_bare_surname_is_titled_only_as_a_whole_word_of_the_article(text, titled):
    from eventwire.ingest.names import surname_edits

    at = text.index(titled) if titled else None
    assert surname_edits(text) == ([(at, at, "Mr ")] if titled else [])
