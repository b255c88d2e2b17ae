"""Actors: find, resolve and link the political actors an article mentions.

The stage runs the dictionary piece finder (a spaCy component), groups pieces into mentions,
resolves each against the date-aware knowledge base, and links pronouns and descriptions by
coreference. Its output, ``doc._.ew_actors``, maps the head token of every actor mention to an
:class:`~eventwire.model.ActorMention`; the coder reads actors from there.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.model import ActorMention, Article
from eventwire.nlp import doc_actors, parse_text, sentence_text, token_span, tokens_at

from .coref import CoreferenceResolver
from .groups import ContextHint
from .kb import KnowledgeBase, ascii_fold, default_kb
from .mentions import VENUE_NOUNS, MentionResolver
from .noun_phrases import RELATIONAL_NOUNS, MentionGroup, group_pieces, np_head
from .pieces import PIECES_KEY, ActorPieceFinder

__all__ = ["ActorStage", "actor_for", "np_head"]


class ActorStage:
    """Record-level stage: ``process(article, doc)`` fills ``doc._.ew_actors``."""

    def __init__(self, nlp: Language, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or default_kb()
        self.pieces = ActorPieceFinder(nlp, self.kb)
        self.resolver = MentionResolver(self.kb)
        self.coref = CoreferenceResolver(self.kb)
        self.capitals = {ascii_fold(c) for country in self.kb.countries.values() for c in country.capitals}
        words = {w for term in self.kb.sectors for w in term.split()}
        self.is_title = lambda tok: tok.lower_ in words or tok.lemma_.lower() in words

    def process(self, article: Article, doc: Doc) -> list[ActorMention]:
        if PIECES_KEY not in doc.spans:
            self.pieces(doc)
        known: dict[str, str] = {}
        hints: dict[int, ContextHint] = {}
        by_head: dict[int, ActorMention] = {}
        for group in group_pieces(doc, self.is_title):
            mention = self.resolver.resolve(doc, group, article.pub_date, known, hints)
            if mention is not None and not self._names_venue(group, mention):
                by_head[group.head.i] = mention
        by_head.update(_described_names(doc, by_head))
        by_head.update(_acronyms(doc, by_head))
        by_head.update(_short_names(doc, by_head))
        doc._.ew_actors = actors = self.coref(doc, by_head, hints)
        doc._.ew_discarded = self._discarded(doc)
        return [actors[i] for i in sorted(actors)]

    def _names_venue(self, group: MentionGroup, mention: ActorMention) -> bool:
        """A city naming where a gathering or accord took place ("the Geneva talks", "a Brussels
        summit", "the Minsk agreement") is its venue, not a party to it."""
        head = group.head
        if head.lemma_.lower() not in VENUE_NOUNS or not (mention.id or "").startswith(("place:", "country:")):
            return False
        cities = [p for p in group.pieces if p.root.dep_ == "compound" and p.root.head.i == head.i
                  and ((mention.id or "").startswith("place:") or ascii_fold(p.text) in self.capitals)]
        return len(cities) == len(group.pieces)

    def _discarded(self, doc: Doc) -> set[int]:
        """Sentences (by start token) that a dictionary discard phrase removes from coding
        ("story" level: the whole document)."""
        if not self.kb.discards:
            return set()
        out: set[int] = set()
        sents = [(sent, sentence_text(sent).lower()) for sent in doc.sents]
        for phrase, level in self.kb.discards:
            for sent, text in sents:
                if phrase in text:
                    if level == "story":
                        return {s.start for s, _ in sents}
                    out.add(sent.start)
        return out


def _acronyms(doc: Doc, by_head: dict[int, ActorMention]) -> dict[int, ActorMention]:
    """Abbreviations the article defines: "the Free Syrian Army (FSA) ... clashed again
    with the FSA" makes later "FSA"s the same actor."""
    from dataclasses import replace

    text = parse_text(doc)
    defined: dict[str, ActorMention] = {}
    for i in tokens_at(doc, (m.start() for m in re.finditer(r"\(", text))):
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            short = doc[i + 1]
            if short.is_upper and 2 <= len(short.text) <= 6 and i > 0:
                owner = by_head.get(i - 1) or by_head.get(np_head(doc[i - 1]).i)
                if owner is not None and owner.cameo:
                    defined[short.text] = owner
    if not defined:
        return {}
    uses = re.finditer("|".join(rf"(?<!\w){re.escape(short)}(?!\w)" for short in defined), text)
    found: dict[int, ActorMention] = {}
    for i in tokens_at(doc, (m.start() for m in uses)):
        tok = doc[i]
        owner = defined.get(tok.text)
        if owner is not None and i not in by_head and not (i > 0 and doc[i - 1].text == "("):
            start, end = token_span(doc, tok, tok)
            found[i] = replace(owner, text=tok.text, start=start, end=end, resolved_by="coreference",
                               antecedent=(owner.start, owner.end), flags=[])
    return found


def _described_names(doc: Doc, by_head: dict[int, ActorMention]) -> dict[int, ActorMention]:
    """A name the dictionary does not know, described in apposition after it: "Germany freed
    X, a Russian hitman", "police arrested X, a Croatian war veteran" — the name is the party
    its description gives (the parser heads the phrase with the name, so the description's
    mention would not reach the verb). A relation to another party ("X, an ally of Y") is not."""
    from dataclasses import replace

    found: dict[int, ActorMention] = {}
    for i, mention in by_head.items():
        tok = doc[i]
        while tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
            tok = tok.head  # "X, a Croatian war veteran": the mention may hang on a modifier
        name = tok.head
        if tok.dep_ != "appos" or tok.pos_ != "NOUN" or name.pos_ != "PROPN" or name.i >= i \
                or name.i in by_head or not mention.cameo or tok.lemma_.lower() in RELATIONAL_NOUNS:
            continue
        first = min([c.i for c in name.children if c.dep_ == "compound" and c.i < name.i] + [name.i])
        start, end = token_span(doc, doc[first], name)
        found[name.i] = replace(mention, text=doc[first:name.i + 1].text, start=start, end=end, flags=[])
    return found


def _short_names(doc: Doc, by_head: dict[int, ActorMention]) -> dict[int, ActorMention]:
    """A body named in full and then by its head noun alone: "the European Commission ... the
    Commission said", "the National Assembly ... the Assembly voted" (the latest body so named
    before it)."""
    from dataclasses import replace

    heads: dict[str, list[tuple[int, ActorMention]]] = {}
    for i, mention in by_head.items():
        if not (mention.id or "").startswith("org:") or not mention.cameo:
            continue
        # (the name may own the phrase's head: "the European Commission's plan")
        for tok in (doc[i], *(c for c in doc[i].children if c.dep_ == "poss")):
            if tok.pos_ == "PROPN" and tok.text.istitle() \
                    and any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in tok.children):
                heads.setdefault(tok.text, []).append((tok.i, mention))
    found: dict[int, ActorMention] = {}
    if not heads:
        return found
    uses = re.finditer("|".join(rf"(?<=\b[Tt]he ){re.escape(word)}\b" for word in heads), parse_text(doc))
    for tok in (doc[i] for i in tokens_at(doc, (m.start() for m in uses))):
        named = heads.get(tok.text)
        if named is None or tok.i in by_head or tok.i == 0 or doc[tok.i - 1].lower_ != "the" \
                or any(c.dep_ == "compound" for c in tok.children):
            continue
        prior = [m for i, m in named if i < tok.i]
        if prior:
            owner = prior[-1]
            start, end = token_span(doc, tok, tok)
            found[tok.i] = replace(owner, text=tok.text, start=start, end=end, resolved_by="coreference",
                                   antecedent=(owner.start, owner.end), flags=[])
    return found


def actor_for(doc: Doc, token: Token) -> ActorMention | None:
    """The actor mention a token stands for (its noun phrase's head), if any."""
    actors = doc_actors(doc)
    found = actors.get(token.i)
    if found is None:
        found = actors.get(np_head(token).i)
    return found
