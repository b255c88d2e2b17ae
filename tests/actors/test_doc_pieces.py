"""The dictionary pieces of a document are read off its ``SpanGroup`` once: the stages that walk
them many times get the same spans the group gives, and pieces found again are read again.
Sentences written for this test; none is taken from an evaluation set."""

from spacy.tokens import Span

from eventwire.actors.pieces import PIECES_KEY, doc_pieces


def _spans(spans):
    return [(s.start, s.end, s.label_) for s in spans]


def test_the_pieces_are_the_groups_spans_built_once(ew):
    doc = next(ew.nlp.pipe(["Uruguayan police and Bolivia's army met officials of the African Union in Lima."]))
    if PIECES_KEY not in doc.spans:
        ew.actors.pieces(doc)
    pieces = doc_pieces(doc)
    assert _spans(pieces) == _spans(doc.spans[PIECES_KEY])
    assert len(pieces) >= 4
    assert doc_pieces(doc) is pieces  # (built once)


def test_pieces_set_again_are_read_again(ew):
    doc = next(ew.nlp.pipe(["Ghana recalled its ambassador from Togo."]))
    if PIECES_KEY not in doc.spans:
        ew.actors.pieces(doc)
    first = doc_pieces(doc)
    doc.spans[PIECES_KEY] = [Span(doc, 0, 1, label=first[0].label_)]
    assert _spans(doc_pieces(doc)) == [(0, 1, first[0].label_)]


def test_a_document_without_pieces_has_none(ew):
    doc = ew.nlp.make_doc("Nothing happened.")
    assert doc_pieces(doc) == ()
