"""Coreference inside one article: pronouns, "the latter/former", descriptions, plural referents.

Later sentences name their actors indirectly ("he told the press", "the Iranian official", "the
West Asian nation", "the two leaders"). This resolver walks the article in order, keeping the
actors named so far, and points each indirect mention at the most salient compatible one. It is
rule-based and deliberately conservative: an unresolved mention is better than a wrong actor.

This module holds the walk (``CoreferenceResolver.__call__``), which tokens are references
(``_is_reference``) and the dispatch to each kind (``_resolve``); each kind is resolved by a part
of the resolver in a module of its own, all reading the per-article state the walk keeps:

- pronouns.py: "he", "they", "it", "we" in a quotation (``PronounReferences``);
- person_references.py: "the Turkish president", "his counterpart", "the commission's president",
  a titled person the knowledge base does not know (``PersonReferences``);
- descriptions.py: "the country", "the court", "the junta", unnamed police or rebels
  (``DefiniteDescriptions``);
- pairs.py: "the two leaders", "both countries", "the two sides" (``PluralReferences``);
- clause_places.py: where an unnamed party acts, and so whose it is (``ClausePlaces``);
- antecedents.py and reference_words.py: the actors named so far and the words references use.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import article_text, doc_id, kids, token_columns, token_span

from .antecedents import (
    MAX_SENTENCES_BACK,
    QUOTED_KEY,
    Entry,
    _clause_subject,
    _distinct,
    _is_subject,
    _point,
    _quoted,
    _sentence_index,
)
from .clause_places import ClausePlaces
from .descriptions import ORG_REFERENCE_SENTENCES, DefiniteDescriptions
from .groups import ContextHint
from .igo_offices import IGO_OFFICE_NOUNS
from .kb import KnowledgeBase
from .noun_phrases import MEMBERSHIP_NOUNS, RELATIONAL_NOUNS
from .pairs import PluralReferences
from .person_references import PersonReferences, _chaired_body
from .pronouns import PronounReferences, _relative_antecedent
from .reference_words import (
    FIRST_PERSON,
    GROUP_PRONOUNS,
    ORG_REFERENCES,
    PERSON_PRONOUNS,
    REFERENCE_FORMS,
    REFERENCE_LEMMAS,
    THING_PRONOUNS,
    _bloc_reference,
    _org_reference,
    _state_reference,
)

# an apposition with one of these heads describes its anchor through another party
DESCRIPTIVE_NOUNS = RELATIONAL_NOUNS | MEMBERSHIP_NOUNS


class CoreferenceResolver(PronounReferences, PersonReferences, DefiniteDescriptions, PluralReferences, ClausePlaces):
    """Resolves an article's indirect mentions, in order. Its parts (one module each, see the
    module docstring) share the per-article state ``__call__`` sets up: the mentions by head token
    (``_items``), those resolved so far (``_resolved``), the actors named so far (``_history``),
    the plurals resolved to their members (``_groups``), the entity of each clause's subject
    (``_subjects``), the context hints (``_hints``) and the dateline's country (``_dateline``)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._hints: dict[int, ContextHint] = {}
        self._items: dict[int, ActorMention] = {}
        self._resolved: dict[int, ActorMention] = {}

    @staticmethod
    def _quoted(doc: Doc) -> set[int]:
        # kept on the doc itself: an id() of a freed doc is reused by the next one
        found = doc.user_data.get(QUOTED_KEY)
        if found is None:
            found = doc.user_data[QUOTED_KEY] = _quoted(doc)
        return found

    def __call__(self, doc: Doc, by_head: dict[int, ActorMention],
                 hints: dict[int, ContextHint] | None = None) -> dict[int, ActorMention]:
        """Resolve pending mentions in ``by_head`` and add pronoun and plural mentions; ``hints``
        (by head token) restrict the countries a pending group mention may take."""
        sent_of = _sentence_index(doc)
        history: list[Entry] = []
        items = dict(by_head)
        self._hints, self._items, self._history = hints or {}, items, history
        self._subjects: dict[int, str] = {}
        self._dateline = self._dateline_country(doc)
        # (only a token with one of the words a reference is made of can be one: the others are
        # not built)
        for i, (lemma, lower) in enumerate(zip(*token_columns(doc)[:2], strict=True)):
            if (lower in REFERENCE_FORMS or lemma in REFERENCE_LEMMAS) and i not in items and self._is_reference(doc[i]):
                items[i] = ActorMention(doc_id=doc_id(doc), text="", start=0, end=0,
                                        resolved_by="coreference")
        # "the two Nato allies", "both EU members": two members named before, not the organisation
        # (which stays the reading when no pair is at hand)
        members_of = {i for i, m in items.items() if (m.id or "").startswith("org:") and not m.members
                      and self._plural_kind(doc[i]) == "state"}
        resolved: dict[int, ActorMention] = {}
        self._resolved = resolved
        # a text that names no state at all ("Sunnis have demanded ...", "Islamist leaders urged
        # ..."): its unnamed groups and bodies keep the codes they have without one
        stateless = not any(m.country for m in by_head.values())
        self._groups: list[Entry] = []  # plurals resolved to their members ("both countries")
        subject_entities: dict[int, str] = {}
        self._subjects = subject_entities
        for i in sorted(items):
            tok = doc[i]
            mention = items[i]
            sentence = sent_of.get(i, 0)
            found = self._resolve(doc, tok, mention, history, sentence, subject_entities) if i in members_of else None
            office = self._referred_office(doc, tok, mention, history, sentence) \
                if tok.lemma_.lower() in IGO_OFFICE_NOUNS else None
            if office is not None:
                resolved[i] = mention = office
            elif found is not None and found.members:
                resolved[i] = mention = found
            elif mention.cameo or mention.members:
                mention = self._definite_person(tok, mention, history, sentence) or mention
                mention = self._counterpart_office(tok, mention, resolved)
                resolved[i] = mention
            else:
                found = self._resolve(doc, tok, mention, history, sentence, subject_entities)
                if (found is None or found.cameo is None and not found.members) and stateless:
                    found = self._countryless(tok, mention)
                if found is not None and found.cameo is None and not found.members:
                    continue
                if found is None:
                    continue
                resolved[i] = found
                mention = found
            entry = Entry(mention, sentence, tok, _is_subject(tok))
            if entry.is_subject:
                subject_entities[tok.head.i] = entry.key
            if tok.dep_ == "appos" and tok.head.i in resolved and tok.lemma_.lower() in DESCRIPTIVE_NOUNS:
                continue  # "Norway, an EU partner, announced it ...": the description is Norway, not a new referent
            if not mention.members and not (mention.id or "").startswith("place:"):
                history.append(entry)
            elif mention.members:
                self._groups.append(entry)
        for i, mention in list(resolved.items()):
            if (mention.id or "").startswith("person:") and (office := _chaired_body(doc[i], resolved)) is not None:
                # "Mr X, who chairs the regional bloc, said": the body the clause names, once
                # resolved, is the capacity he acts in (as "X, the chairman of the AU" is)
                resolved[i] = replace(mention, cameo=office.cameo, country=office.country, sector=office.sector,
                                      id=office.id, name=office.name)
        return resolved

    # ------------------------------------------------------------------------------------------
    def _is_reference(self, tok: Token) -> bool:
        # (keep REFERENCE_FORMS and REFERENCE_LEMMAS in step: __call__ asks only tokens with one of them)
        if tok.lower_ == "whose" and tok.dep_ == "poss":
            return True
        if tok.pos_ not in ("PRON", "NOUN", "NUM", "ADJ", "PROPN"):
            return False
        low = tok.lower_
        if tok.pos_ == "PRON" and low in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            return True
        if tok.pos_ == "PRON" and low in FIRST_PERSON and tok.i in self._quoted(tok.doc):
            return True
        if low in ("latter", "former") and any(c.lower_ == "the" for c in kids(tok)):
            return True
        if tok.lemma_.lower() == "counterpart" and any(c.dep_ == "poss" for c in kids(tok)):
            return True
        return self._plural_kind(tok) is not None or _state_reference(tok) or _bloc_reference(tok) \
            or _org_reference(tok)

    def _resolve(self, doc, tok, mention, history, sentence, subject_entities) -> ActorMention | None:
        recent = [e for e in history if sentence - e.sentence <= MAX_SENTENCES_BACK]
        low = tok.lower_
        start, end = token_span(doc, tok, tok)
        base = replace(mention, text=mention.text or article_text(doc, start, end), start=mention.start or start,
                       end=mention.end or end, resolved_by="coreference")
        if (mention.id or "").startswith("person:local:"):
            # a person the knowledge base does not know, named again ("Garzon" after "Judge Baltasar Garzon")
            named = next((e for e in reversed(history) if e.mention.id == mention.id), None)
            if named is not None:
                return _point(base, named, doc, tok)
            # introduced by a title with no country ("opposition leader Freddy Superlano"): of
            # the country strong context gives; a later bare "Superlano" points back to this
            return self._titled_stranger(doc, tok, base, recent, sentence) if base.sector else None
        if low == "whose":
            # "Obama, whose address from Cairo ...": the noun the relative clause modifies
            ante = _relative_antecedent(tok)
            pick = next((e for e in reversed(history) if ante is not None and e.token.i == ante.i), None)
            return _point(base, pick, doc, tok) if pick else None
        plural = self._plural_kind(tok)
        if plural:
            return self._plural(doc, tok, base, recent, plural, history)
        if tok.lemma_.lower() == "counterpart" and any(c.dep_ == "poss" for c in kids(tok)):
            return self._counterpart(doc, tok, base, recent)
        if _state_reference(tok):
            return self._state(doc, tok, base, recent, sentence, subject_entities)
        if _bloc_reference(tok):
            # "the bloc", "the 27-nation bloc", "the alliance": the intergovernmental body named last
            pick = next((e for e in reversed(recent) if (e.mention.id or "").startswith("org:")
                         and (e.mention.cameo or "").startswith("IGO")), None)
            return _point(base, pick, doc, tok) if pick else None
        if _org_reference(tok):
            # "the agency" after "the IAEA", "the mission" after "MINUSMA": the organisation of a
            # kind the noun can name, named last (one whose name has the noun first)
            # (never the other party of its own clause: "Hamas fired rockets ... Hezbollah
            # praised the group" is Hamas)
            subj = None if _is_subject(tok) else _clause_subject(tok)
            other = subject_entities.get(subj.head.i) if subj is not None else None
            kinds = ORG_REFERENCES[tok.lemma_.lower()]
            near = [e for e in recent if sentence - e.sentence <= ORG_REFERENCE_SENTENCES]
            pick = self._named_by_head(doc, tok, recent) or next(
                (e for e in reversed(near) if self._org_type(e) in kinds and e.key != other
                 and not (subj is not None and e.token.i == subj.i)), None)
            if pick is not None:
                return _point(base, pick, doc, tok)
            if base.sector is None:
                return None
            # ("the rebels" with no group named before: unnamed rebels, as below)
        if low in ("latter", "former"):
            # the order in which they were *named*: a pronoun in between does not reorder them
            named = [e for e in recent if e.mention.resolved_by != "coreference"]
            people = [e for e in named if e.is_person]
            same_kind = people if len(_distinct(people)) >= 2 else [e for e in named if not e.is_person]
            distinct = _distinct(same_kind)
            if len(distinct) >= 2:
                pick = distinct[-1] if low == "latter" else distinct[-2]
                return _point(base, pick, doc, tok)
            return None
        if tok.pos_ == "PRON" and low in FIRST_PERSON:
            speaker = self._speaker(doc, tok, history, sentence)
            return _point(base, speaker, doc, tok) if speaker else None
        if tok.pos_ == "PRON":
            return self._pronoun(doc, tok, base, recent, sentence, subject_entities)
        return self._description(doc, tok, base, recent)


