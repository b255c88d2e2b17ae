"""The article's id and text a parsed doc carries are kept in ``doc.user_data`` and read there by
the hot paths (``doc_id``, ``article_text``); ``doc._.ew_doc_id`` and ``doc._.ew_text`` are views of
the same entries, and every actor mention carries the article's id."""

import pytest

from eventwire.ingest import make_article
from eventwire.nlp import article_text, doc_id, parse

TEXTS = [
    ("a-1", "Kenya\u2019s president met Somali leaders in Nairobi on Tuesday, his office said."),
    ("wire-77", "BRUSSELS, May 2 (Reuters) - The EU imposed new sanctions on Belarus."),
    ("x", "Protesters rallied outside the U.S. embassy in Baghdad, police said."),
]


@pytest.mark.parametrize("name, text", TEXTS)
def test_the_doc_s_id_and_text_are_the_article_s_both_ways(ew, name, text):
    article = make_article(name, text=text, origin=name, pub_date="2024-05-01")
    _, doc = next(parse([article], nlp=ew.nlp))
    assert doc_id(doc) == doc._.ew_doc_id == name
    assert doc._.ew_text == article.text
    assert article_text(doc, 0, len(article.text)) == article.text
    doc._.ew_doc_id = "renamed"
    assert doc_id(doc) == "renamed"
    mentions = ew.actors.process(article, doc)
    assert mentions and {m.doc_id for m in mentions} == {"renamed"}


def test_a_doc_parsed_without_an_article_has_no_id(nlp):
    doc = nlp("Chile recalled its ambassador from Israel.")
    assert doc_id(doc) == "" and doc._.ew_doc_id is None
    assert article_text(doc, 0, 5) == "Chile"
