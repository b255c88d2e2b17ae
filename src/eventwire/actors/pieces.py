"""Find the pieces actor mentions are built from: a spaCy component over the knowledge base.

Pieces are dictionary matches (countries, national adjectives, capitals and seats of power,
organisations, people, sector words and titles, regional descriptions) and named entities the
dictionary does not know. They are written to ``doc.spans["ew_pieces"]``, each span's label
encoding its :class:`Piece` (``kind|key|sector``; see :func:`piece_of`); :mod:`.mentions` groups
them into mentions. (Labels rather than span extensions: spaCy keys span extension values by
character offsets, so a dictionary match and an entity over the same words would share one.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ENT_TYPE, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN as PROPN_ID
from spacy.tokens import Doc, Span, Token

from eventwire.nlp import doc_ents, token_columns

from .kb import KnowledgeBase, SectorTerm, _description_key, ascii_fold, default_kb

PIECES_KEY = "ew_pieces"
PIECE_SPANS_KEY = "ew_piece_spans"


def doc_pieces(doc: Doc) -> tuple[Span, ...]:
    """The document's pieces, built once per document: walking the ``SpanGroup`` builds a new
    ``Span`` for every piece on each pass, and the actor and coding stages walk it many times.
    (Kept with the group it was read from, so that pieces found again are read again.)"""
    group = doc.spans.get(PIECES_KEY)
    if group is None:
        return ()
    cached = doc.user_data.get(PIECE_SPANS_KEY)
    if cached is None or cached[0] is not group:
        cached = doc.user_data[PIECE_SPANS_KEY] = (group, tuple(group))
    return cached[1]
PAIR = "pair"  # the kind of a piece naming two states at once ("the two Koreas"): key "PRK,KOR"


@dataclass(frozen=True)
class Piece:
    kind: str  # country adjective capital seat org person surname sector description group region city entity pair
    key: str  # iso3, org id, person id, surname key, sector text, description key, or entity label
    sector: str | None = None

    @property
    def label(self) -> str:
        return f"{self.kind}|{self.key}|{self.sector or ''}"


def piece_of(span: Span) -> Piece:
    return piece_of_label(span.label_)


@lru_cache(maxsize=8192)
def piece_of_label(label: str) -> Piece:
    kind, key, sector = label.split("|", 2)
    return Piece(kind, key, sector or None)


def _variants(name: str) -> set[str]:
    """Spellings to match for a name: as written, with straight apostrophes, without accents
    ("Erdoğan" is often printed "Erdogan")."""
    straight = name.replace("’", "'").replace("‘", "'")
    return {f for f in (name, straight, _strip_accents(straight)) if f.strip()}


# the generic last word of a party's name, which some papers print in lower case ("the
# Kurdistan Workers' party", "the Justice and Development party")
LOWER_CASED_GENERICS = ("Party",)


def _org_variants(name: str) -> set[str]:
    """The spellings of an organisation's name: those of :func:`_variants`, and with a generic
    last word in lower case when the rest keeps its capitals."""
    forms = _variants(name)
    return forms | {f[:-len(g)] + g.lower() for f in forms for g in LOWER_CASED_GENERICS
                    if f.endswith(" " + g) and any(ch.isupper() for ch in f[:-len(g)])}


def _strip_accents(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class ActorPieceFinder:
    """Dictionary matching for actor pieces; case-sensitive for names, case-insensitive for words."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.custom_keys = frozenset(c.iso3 for c in kb.countries.values() if not c.match_case)
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.words = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenizer = nlp.tokenizer

        def add(matcher: PhraseMatcher, text: str, piece: Piece) -> None:
            matcher.add(piece.label, [tokenizer(text)])

        for c in kb.countries.values():
            for name in {c.name, *c.names}:
                if not c.match_case:  # a user's dictionary: "ARNOR" matches "Arnor"
                    add(self.words, name.lower(), Piece("country", c.iso3))
                    continue
                for form in _variants(name):
                    add(self.names, form, Piece("country", c.iso3))
                    if len(form) > 3 and not form.isupper():
                        add(self.names, form.upper(), Piece("country", c.iso3))
            for adj in {*c.adjectives, *c.demonyms}:
                for form in _variants(adj):
                    add(self.names, form, Piece("adjective", c.iso3))
            for cap in c.capitals:
                for form in _variants(cap):
                    add(self.names, form, Piece("capital", c.iso3, "GOV"))
            for seat in c.seats:
                text = re.sub(r"^the\s+", "", seat["text"], flags=re.I)
                add(self.words, text, Piece("seat", c.iso3, seat.get("sector") or "GOV"))
            for d in c.descriptions:
                key = _description_key(d)
                add(self.words, key, Piece("description", key))
        # country names and adjectives of several words, for a first word written alone
        self.elidable = {(kind, name): c.iso3 for c in kb.countries.values()
                         for kind, names in (("country", [c.name, *c.names]), ("adjective", c.adjectives))
                         for name in names if " " in name}
        # the last word of names two states share ("Korea": North and South Korea)
        sharing: dict[str, set[str]] = {}
        for c in kb.countries.values():
            for name in [c.name, *c.names]:
                if " and " not in name:  # ("Serbia and Montenegro" shares no name with Montenegro)
                    sharing.setdefault(name.split()[-1], set()).add(c.iso3)
        self.pairs = {word: sorted(isos) for word, isos in sharing.items() if len(isos) == 2}
        self.lowered_pairs = frozenset(word.lower() for word in self.pairs)
        for group in kb.groups.values():
            for kind, names in (("group", group.names), ("region", group.regions)):
                for name in names:
                    for form in _variants(name):
                        add(self.names, form, Piece(kind, group.id))
                        if len(form) > 3 and not form.isupper():
                            add(self.names, form.upper(), Piece(kind, group.id))
        for org in kb.organisations.values():
            for name in {org.name, *org.names}:
                for form in _org_variants(name):
                    matcher = self.names if any(ch.isupper() for ch in form) else self.words
                    add(matcher, form, Piece("org", org.id))
        for person in kb.people.values():
            for name in {person.name, *person.variants}:
                if not person.match_case:  # custom dictionaries: "ARNOR" matches "Arnor"
                    add(self.words, name.lower(), Piece("person", person.id))
                    continue
                for form in _variants(name):
                    add(self.names, form, Piece("person", person.id))
        for key, ids in kb.surnames.items():
            for pid in ids:
                person = kb.people[pid]
                for full in [person.name, *person.variants]:
                    for surname in person.surnames(full):
                        if ascii_fold(surname) == key and surname[:1].isupper() and len(surname) > 1:
                            for form in _variants(surname):
                                add(self.names, form, Piece("surname", key))
        for term in kb.sectors.values():
            add(self.words, term.text, Piece("sector", term.text, term.sector))
            titled = term.text.title()
            if [t.lower_ for t in tokenizer(titled)] != [t.lower_ for t in tokenizer(term.text)]:
                # an abbreviation splits apart in lower case only: "Gen." and "Sen." are one token
                add(self.words, titled, Piece("sector", term.text, term.sector))

    def _elided_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "North and South Korea", "North and South Korean", "Greek and Turkish Cypriots": the
        first of two conjoined names that share their last word, written once ("North" is North
        Korea; "Greek" names the Greek Cypriots, a people the knowledge base lists, not Greece)."""
        found = []
        for span in spans:
            kind, key = span.label_.split("|", 2)[:2]
            if kind not in ("country", "adjective", "group") or len(span) < 2 or span.start < 2 \
                    or doc[span.start - 1].lower_ not in ("and", "or", "&") or not doc[span.start - 2].is_title:
                continue
            name = f"{doc[span.start - 2].text} {doc[span.start + 1:span.end].text}"
            if kind == "group":
                if name in self.kb.groups[key].names:
                    found.append(Span(doc, span.start - 2, span.start - 1, label=span.label_))
                continue
            iso3 = self.elidable.get((kind, name))
            if iso3 is not None and iso3 != key:
                found.append(Span(doc, span.start - 2, span.start - 1, label=Piece(kind, iso3).label))
        return found

    def _paired_states(self, doc: Doc) -> list[Span]:
        """ "the two Koreas", "both Sudans": the plural of a name two states share is the pair."""
        # (only a word that may be such a plural is built as a token: its lower-case form names
        # the pair, or is not ASCII, where lower-casing may change a word's length)
        lowers = token_columns(doc)[1]
        return [Span(doc, tok.i, tok.i + 1, label=Piece(PAIR, ",".join(self.pairs[tok.text[:-1]])).label)
                for tok in (doc[i] for i, lower in enumerate(lowers)
                            if lower[:-1] in self.lowered_pairs or not lower.isascii())
                if tok.text.endswith("s") and tok.text[:-1] in self.pairs and tok.pos_ == "PROPN"]

    def _mixed_case_abbreviations(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An organisation's abbreviation that the article prints in mixed case, as some papers
        do, and defines in brackets after the name ("the Free Aceh Movement (Gam) ... Gam's
        leaders", "Ltte"): each use of that word is the organisation, when in capitals it is one of
        the organisation's known names (so "Ecuador (Reuters)" defines nothing)."""
        defined: dict[str, str] = {}
        definitions: set[int] = set()  # the bracketed word itself stays part of the name it defines
        for span in spans:
            end = span.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_title \
                    and span.label_.startswith("org|"):
                short = doc[end + 1].text
                organisation = self.kb.organisations[piece_of_label(span.label_).key]
                if short.upper() in organisation.names:
                    defined[short] = span.label_
                    definitions.add(end + 1)
        return [Span(doc, tok.i, tok.i + 1, label=defined[tok.text]) for tok in doc
                if tok.text in defined and tok.i not in definitions] if defined else []

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.names, self.words):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                if end - start == 1 and label.startswith("sector|") \
                        and _not_this_sense(doc[start], self.kb.sectors[piece_of_label(label).key]):
                    continue
                spans.append(Span(doc, start, end, label=label))
        # named entities the dictionary does not know: unknown people and organisations, and
        # cities, which news use for their country ("rebels shelled Aleppo")
        for ent in doc_ents(doc):
            if ent.label_ in ("FAC", "WORK_OF_ART", "LOC", "PRODUCT") and _placed(ent) and (iso3 := city_country(ent.text)):
                # "in Quetta" tagged as a work of art, "in Mandalay" as a building
                spans.append(Span(doc, ent.start, ent.end, label=Piece("city", iso3).label))
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                start = ent.start + (1 if ent[0].lower_ in ("the",) else 0)
                if start >= ent.end:
                    continue
                # (the small model tags some cities as peoples: "areas of Aleppo" is NORP)
                iso3 = city_country(doc[start:ent.end].text) if ent.label_ == "GPE" or (
                    ent.label_ == "NORP" and ent.root.pos_ == "PROPN" and ent.root.dep_ not in ("compound", "amod")) \
                    or _placed(doc[start:ent.end]) else None
                piece = Piece("city", iso3) if iso3 else Piece("entity", ent.label_)
                spans.append(Span(doc, start, ent.end, label=piece.label))
        spans += _untagged_cities(doc)
        # (an elided name comes first: it beats the word's own reading as an adjective)
        spans = self._elided_places(doc, spans) + spans
        spans += self._paired_states(doc)
        spans += self._mixed_case_abbreviations(doc, spans)
        spans = _prefer_dictionary(spans, self.custom_keys)
        doc.spans[PIECES_KEY] = spans
        return doc


DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})


def _not_this_sense(tok: Token, term: SectorTerm) -> bool:
    """Whether a one-word sector term is used in a sense that names no body: an adjective for a
    noun-only word ("Russia's firm support"), a definite-only word without its own "the"
    ("recognise a Palestinian state"), or a word a preposition right after gives another sense
    ("union with Greece")."""
    if term.noun_only and tok.pos_ == "ADJ":
        return True
    # (the word's own phrase, which the parser often hangs on the verb: "sought union with Greece")
    if term.not_with_preps and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in term.not_with_preps:
        return True
    # (nor as a modifier: "EU member state Hungary" is the country, "state media" the media)
    return term.definite_only and not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                                          for c in tok.children)


def _is_custom(span: Span, custom_keys: frozenset[str]) -> bool:
    # a user's country names, not the built-in capital or adjective of that country: a dictionary
    # that lists "Pyongyang" as North Korea means the country, not its government
    kind, key = span.label_.split("|")[:2]
    return "|custom:" in span.label_ or (kind == "country" and key in custom_keys)


MIN_CITY_POPULATION = 100_000  # smaller places are too often also names of people or things


# "in Mykolaiv", "near Goma": after these a proper noun the tagger took for a person, a work or
# nothing at all is the city of that name
CITY_PREPS = frozenset({"in", "near", "outside", "around", "across", "into", "towards", "toward"})
# a noun a city's name is set beside: "the second city Aleppo", "the port city Hodeidah"
TOWN_NOUNS = frozenset({"city", "town", "capital", "port", "village"})
MIN_UNTAGGED_CITY = 5  # letters: short names are too often other words ("Gao", "Goma"-like surnames)


def _placed(span: Span) -> bool:
    root = span.root
    return root.pos_ == "PROPN" and root.dep_ == "pobj" and root.head.lower_ in CITY_PREPS \
        and len(span.text) >= MIN_UNTAGGED_CITY


def _untagged_cities(doc: Doc) -> list[Span]:
    """Cities after a place preposition the tagger gave no entity at all ("in Odesa")."""
    found = []
    # proper nouns outside any entity, picked from the token arrays without making a Token each
    rows = doc.to_array([POS, ENT_TYPE])
    for i in ((rows[:, 0] == PROPN_ID) & (rows[:, 1] == 0)).nonzero()[0]:
        tok = doc[int(i)]
        named = tok.dep_ == "appos" and tok.head.lemma_.lower() in TOWN_NOUNS  # "Ukraine's port city Odesa"
        if not named and (tok.dep_ != "pobj" or tok.head.lower_ not in CITY_PREPS):
            continue
        start = tok.i
        while start > tok.head.i + 1 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
            start -= 1
        span = doc[start:tok.i + 1]
        if named or _placed(span):
            iso3 = city_country(span.text)
            if iso3:
                found.append(Span(doc, span.start, span.end, label=Piece("city", iso3).label))
    return found


def city_country(name: str) -> str | None:
    from eventwire.gazetteer import city

    found = city(name)
    return found.iso3 if found is not None and found.population >= MIN_CITY_POPULATION else None


def _prefer_dictionary(spans: list[Span], custom_keys: frozenset[str] = frozenset()) -> list[Span]:
    """Dictionary matches first, longest first; named entities fill the gaps. A person entity
    beats a bare surname inside it ("Jeb Bush" is not George W. Bush), and is resolved by name."""
    entities = [s for s in spans if s.label_.startswith("entity|")]
    people = [e for e in entities if e.label_ == "entity|PERSON|"]
    # a person's name beats a bare surname, an organisation or a people inside it ("Abdel Fatah
    # al-Sisi" is not Fatah; "Jeb Bush" is not George W. Bush; "Karen Bass" is not the Karen)
    dictionary = [s for s in spans if not s.label_.startswith("entity|")
                  and not (s.label_.startswith(("surname|", "org|", "group|", "region|")) and any(
                      p.start <= s.start and s.end <= p.end and p.end - p.start > s.end - s.start for p in people))
                  and not (s.label_.startswith("country|") and any(
                      p.start < s.start and s.end == p.end for p in people))  # "Michael Jordan", "Kevin Chad"
                  and not _opens_a_name(s, people)]
    taken: set[int] = set()
    kept = []
    for group in (dictionary, entities):
        # longest first; a user's custom entry beats the built-in dictionary on the same words, and
        # a bare surname loses to a country, capital or organisation ("Moscow", "Jordan")
        for span in sorted(group, key=lambda s: (-(s.end - s.start), not _is_custom(s, custom_keys),
                                                 s.label_.startswith("surname|"), s.start)):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _opens_a_name(span: Span, people: list[Span]) -> bool:
    """ "Santiago Bausili", "Chad Wolf": a capital or country that is the first name of a person
    the tagger reads as one, followed by the rest of the name, is no place."""
    if not span.label_.startswith(("country|", "capital|")) or span.end >= len(span.doc):
        return False
    return span.doc[span.end].is_title and any(p.start == span.start and p.end > span.end for p in people)


@Language.factory("eventwire_actor_pieces", assigns=["doc.spans"], requires=["doc.ents"])
def make_actor_pieces(nlp: Language, name: str) -> ActorPieceFinder:
    return ActorPieceFinder(nlp, default_kb())


__all__ = ["PIECES_KEY", "ActorPieceFinder", "Piece", "doc_pieces", "piece_of"]
