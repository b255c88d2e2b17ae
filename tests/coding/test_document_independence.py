"""A document's records depend only on that document and its metadata, never on what the same
process coded before it: Dask hands documents to any worker in any order, and a re-run must give
the same records. Each stage keeps state for the article it is coding (the actor stage's names the
article has used, the coreference history, the coder's acts told before, the context stage's
running date); these texts lean on each kind, so a piece of it carried into the next document
changes that document's records."""

from __future__ import annotations

import itertools
import json

import pytest

# (doc id, text, publication date): wire-style texts of our own
TEXTS = [
    # introduces a person the knowledge base does not know, with his office and country, and a
    # running date ("on Tuesday", then "two days later")
    ("intro", "ACCRA (Reuters) - Ghanaian Interior Minister Kofi Mensah said on Tuesday that police "
              "had detained 40 demonstrators outside parliament. Two days later Mensah met opposition "
              "leaders in Accra. The minister also accused Togo of sheltering the organisers.", "2024-03-08"),
    # names that person by his surname alone, and opens with references ("the minister", "the two
    # sides", "two days later") that only an earlier document could fill in
    ("surname", "Mensah accused Burkina Faso of arming the rebels. The minister condemned the raid on "
                "Wednesday. Two days later, the two sides met. The opposition condemned the arrests.", "2024-04-12"),
    # a reaction to an act and a pronoun with no one named for it in its own sentence
    ("reaction", "Nigeria closed its border with Benin on Monday. Benin condemned the closure. "
                 "He said the move was unacceptable.", "2024-05-02"),
    # a dateline and a title with no name
    ("dateline", "LOME, Togo (AP) - The foreign minister rejected the accusation on Friday. Protesters "
                 "rallied outside the Ghanaian embassy the next day.", "2024-03-10"),
]


def _records(ew, doc_id: str, text: str, pub_date: str) -> list[str]:
    _, events = ew.code_text(text, doc_id=doc_id, pub_date=pub_date)
    return [json.dumps(e.as_dict(), sort_keys=True) for e in events]


@pytest.fixture(scope="module")
def alone(ew) -> dict[str, list[str]]:
    """Each text's records, coded before the others in this module."""
    return {doc_id: _records(ew, doc_id, text, date) for doc_id, text, date in TEXTS}


def test_document_independence_texts_give_events(alone):
    # (the texts must exercise the stages: each gives records)
    assert all(alone[doc_id] for doc_id, _, _ in TEXTS)


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(TEXTS))))[1::5])
def test_document_independence_records_do_not_depend_on_the_documents_coded_before(ew, alone, order):
    for k in order:
        doc_id, text, date = TEXTS[k]
        assert _records(ew, doc_id, text, date) == alone[doc_id], f"{doc_id} after {[TEXTS[j][0] for j in order]}"


def test_document_independence_batch_and_one_by_one_agree(ew, alone):
    from eventwire.ingest import make_article

    articles = [make_article(doc_id, text=text, origin=doc_id, pub_date=date) for doc_id, text, date in reversed(TEXTS)]
    for article, events in ew.code_articles(articles):
        assert [json.dumps(e.as_dict(), sort_keys=True) for e in events] == alone[article.doc_id], article.doc_id
