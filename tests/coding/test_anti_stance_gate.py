"""What an "anti-" modifier says a protest is against is looked for only in a document that has
such a word: the search walks every dictionary piece for each argument token, so a document
without one is answered at once, with what the search would have found (nothing). Sentences
written for this test; none is taken from an evaluation set."""

import pytest

from eventwire.coding.argument_actors import _says_anti, opposed_actors

from . import triples

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Thousands of students staged anti-Japanese protests in Seoul on Friday.", ("KOREDU", "JPN", "141")),
    ("Students staged anti - Italian protests in Tunis.", ("TUNEDU", "ITA", "141")),
])
def test_an_anti_modifier_still_names_the_target(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,says_anti", [
    ("Thousands of students staged anti-Japanese protests in Seoul on Friday.", True),
    ("Students staged anti - Italian protests in Tunis.", True),
    # no such word: the document is answered without walking its pieces
    ("Thousands of students staged protests in Seoul against Japan on Friday.", False),
    ("Farmers in Lyon blocked roads to protest against Spanish imports.", False),
])
def test_the_gate_is_the_documents_anti_words(ew, text, says_anti):
    article, doc = next(iter(ew.parse([_article(text)])))
    ew.actors.process(article, doc)
    assert _says_anti(doc) is says_anti
    if not says_anti:
        assert opposed_actors(doc, list(doc)) == []


def _article(text):
    from eventwire.ingest import make_article

    return make_article("t", text=text, origin="t", pub_date=DATE)
