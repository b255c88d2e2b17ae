"""An exact, faster stand-in for the model's rule lemmatizer (issue 6: skip work not needed).

The stock English lemmatizer visits every token in Python and caches only the lemmas its rules
work out: a base form (a singular noun, an infinitive: most words of news) or a proper noun is
worked out again at each occurrence, its morphology read into a dict every time. A token's lemma
is a function of its form, part of speech and morphology alone (the stock component's own cache
key), so this component reads those three for the whole document from its attribute array, asks
the stock lemmatizer once per distinct triple, and writes the lemmas back in one array. A token
that already has a lemma (the attribute ruler's) keeps it, as with the stock component.

The result is the stock component's, token for token: ``tests/nlp/test_lemmas.py`` compares
both on real text.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "eventwire_lemmas"
Key = tuple[int, int, int]  # the token's form, part of speech and morphology (string ids)


class Lemmas:
    """Pipeline component: a stock rule :class:`Lemmatizer`, asked once per distinct token."""

    def __init__(self) -> None:
        self.stock: Lemmatizer | None = None
        self.overwrite = False
        self._found: dict[Key, int] = {}

    def wrap(self, lemmatizer: Lemmatizer) -> Lemmas:
        self.stock = lemmatizer
        self.overwrite = lemmatizer.overwrite
        self._found.clear()
        return self

    @property
    def lookups(self):
        """The stock lemmatizer's tables (the parse repairs read its verb forms)."""
        return self.stock.lookups if self.stock is not None else None

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or self.stock is None:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings, found = doc.vocab.strings, self._found
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = found.get(key)
            if value is None:
                value = strings.add(self.stock.lemmatize(doc[i])[0])
                if pos:  # (an untagged token is asked each time: the stock component warns each time)
                    found[key] = value
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory(FACTORY, assigns=["token.lemma"], requires=["token.pos"])
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    return Lemmas()


def install(nlp: Language, name: str = "lemmatizer") -> Language:
    """Replace the stock rule lemmatizer ``name`` of ``nlp`` by :class:`Lemmas` (same name, same
    place, the same tables); a pipeline without one, or with another mode, is returned unchanged."""
    if name not in nlp.pipe_names:
        return nlp
    stock = nlp.get_pipe(name)
    if not isinstance(stock, Lemmatizer) or stock.mode != "rule":
        return nlp
    fast = nlp.replace_pipe(name, FACTORY)
    fast.wrap(stock)
    return nlp
