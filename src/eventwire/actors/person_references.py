"""People and offices named again: "the Turkish president" (the person of that country and title
named before), "his counterpart", "his Ugandan counterpart", "the commission's president" (the
office of the body referred back to), "Mr X, who chairs the bloc", and a person the knowledge base
does not know, introduced by a title alone ("opposition leader X": of the country the clause or
the article gives).

``PersonReferences`` is the part of ``CoreferenceResolver`` (coref.py) that resolves them."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import article_text, kids, token_span

from .antecedents import MAX_SENTENCES_BACK, Entry, _definite, _point, _with_country, _with_sector
from .clause_places import STATE_BODY_SECTORS, _setting
from .descriptions import ORG_REFERENCE_SENTENCES
from .igo_offices import is_office_clause, office_bodies
from .kb import KnowledgeBase
from .person_names import HONORIFICS, _titles_compatible
from .reference_words import BLOC_NOUNS, ORG_REFERENCES


class PersonReferences:
    """Resolves people and offices named again (a part of ``CoreferenceResolver``)."""

    kb: KnowledgeBase
    _items: dict[int, ActorMention]
    _dateline: str | None

    def _is_person_like(self, entry: Entry) -> bool:
        """A person, named or by title ("Egypt's president"), rather than a state or body."""
        if entry.is_person:
            return True
        term = self.kb.sectors.get((entry.mention.role or "").lower())
        return term is not None and term.kind == "title"

    def _definite_person(self, tok: Token, mention: ActorMention, history: list[Entry],
                         sentence: int) -> ActorMention | None:
        """ "the Turkish president", "the Iranian official": a country and a title with no name
        refer back to the person of that country the article named (when it named one)."""
        if not (mention.id or "").startswith("country:") or not mention.role or not _definite(tok):
            return None
        if mention.sector not in (None, "GOV", "MIL", "LEG", "JUD"):
            return None
        for entry in reversed(history):
            m = entry.mention
            if sentence - entry.sentence > MAX_SENTENCES_BACK:
                break
            if entry.is_person and m.country == mention.country and _titles_compatible(mention.role, m.role or ""):
                return replace(mention, name=m.name, id=m.id, cameo=m.cameo, sector=m.sector,
                               resolved_by="coreference", antecedent=(m.start, m.end))
        return None

    def _referred_office(self, doc: Doc, tok: Token, mention: ActorMention, history: list[Entry],
                         sentence: int) -> ActorMention | None:
        """An office whose possessor refers back to an intergovernmental body ("the commission's
        president, X", "the bloc's chairman", "the head of the commission"): that body's office, the capacity its holder acts in,
        not the state of his own career nor the country named last."""
        # (the possessor, or the body of its "of" phrase: "the president of the commission, X")
        bodies = [b for b in office_bodies(tok) if b.tag_ == "NN"]
        poss = next((b for b in bodies if b.dep_ == "poss"), None) or next((b for b in bodies if b.dep_ == "pobj"), None)
        if poss is None or mention.members or (mention.id or "").startswith("org:") \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids(poss)):
            return None
        lemma = poss.lemma_.lower()
        if lemma not in BLOC_NOUNS and "IGO" not in ORG_REFERENCES.get(lemma, ()):
            return None
        recent = [e for e in history if sentence - e.sentence <= ORG_REFERENCE_SENTENCES]
        pick = self._named_by_head(doc, poss, recent) or next(
            (e for e in reversed(recent) if not e.is_person and (e.mention.id or "").startswith("org:")
             and (e.mention.cameo or "").startswith("IGO") and not e.mention.members), None)
        if pick is None or not (pick.mention.cameo or "").startswith("IGO"):
            return None
        start, end = token_span(doc, tok, tok)
        org = pick.mention
        return replace(mention, text=mention.text or article_text(doc, start, end), start=mention.start or start,
                       end=mention.end or end, name=org.name, id=org.id, cameo=org.cameo, country=org.country,
                       sector=None, resolved_by="coreference", antecedent=(org.start, org.end))

    @staticmethod
    def _counterpart_office(tok: Token, mention: ActorMention, resolved: dict[int, ActorMention]) -> ActorMention:
        """ "his Ugandan counterpart": a counterpart holds the possessor's kind of office in the
        named country (a minister's counterpart is government, a general's military)."""
        if tok.lemma_.lower() != "counterpart" or mention.sector or not mention.country or mention.members:
            return mention
        poss = next((c for c in kids(tok) if c.dep_ == "poss"), None)
        owner = resolved.get(poss.i) if poss is not None else None
        sector = (owner.sector if owner is not None and owner.sector else None) or "GOV"
        return _with_sector(mention, sector)

    def _counterpart(self, doc, tok, base: ActorMention, recent: list[Entry]) -> ActorMention | None:
        """ "his counterpart": the most recent person on the other side (another country) from
        the possessor."""
        owner = next(c for c in kids(tok) if c.dep_ == "poss")
        owner_entry = next((e for e in reversed(recent) if e.token.i == owner.i), None)
        if owner_entry is None:
            owner_entry = next((e for e in reversed(recent) if e.is_person), None)
        if owner_entry is None or not owner_entry.mention.country:
            return None
        for entry in reversed(recent):
            if entry.is_person and entry.mention.country and entry.mention.country != owner_entry.mention.country:
                return _point(base, entry, doc, tok)
        return None

    def _titled_stranger(self, doc, tok, base: ActorMention, recent: list[Entry], sentence: int) -> ActorMention | None:
        """A person the KB does not know, introduced by a title alone: the place the clause names,
        the state or state body that acts on them in the same clause ("Venezuelan authorities
        arrested opposition leader X", "Iran jailed journalist X"), else the country the article's
        places are in; never merely the country named last ("a Russian strike on Dnipro killed 12, regional governor X said")."""
        place = self._clause_place(tok)
        if place:
            return _with_country(base, place)
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
        for entry in reversed(recent):
            m = entry.mention
            if verb is not None and entry.sentence == sentence and entry.is_subject and entry.token.head.i == verb.i \
                    and m.country and _state_or_body(m):
                return _with_country(base, m.country)
        setting = _setting(doc, self._items, None, least=2, dateline=self._dateline)
        if setting:
            return _with_country(base, setting)
        later = self._sole_state_later(tok, base)
        return _with_country(base, later) if later else None


def _chaired_body(tok: Token, resolved: dict[int, ActorMention]) -> ActorMention | None:
    """The international organisation a "who chairs/heads/leads" clause after a person's name
    names, when no title or country of his own precedes the name ("Mr X, who chairs the bloc";
    not "Ghana's president, who chairs the bloc", which keeps the state office first)."""
    clause = next((c for c in kids(tok) if c.i > tok.i and is_office_clause(c, ("who",))), None)
    if clause is None or any(c.i < tok.i and c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ != "PERSON"
                             and c.lower_.rstrip(".") not in HONORIFICS for c in kids(tok)):
        return None
    # (the body itself, not a thing it owns: "who leads the EU's policy")
    body = next((resolved.get(o.i) for o in kids(clause) if o.dep_ == "dobj"
                 and not any(c.dep_ == "poss" for c in kids(o))), None)
    return body if body is not None and (body.cameo or "").startswith("IGO") and not body.members else None


def _state_or_body(mention: ActorMention) -> bool:
    """A state ("Iran jailed journalist X") or one of its bodies ("Venezuelan police arrested X")."""
    return mention.sector in STATE_BODY_SECTORS or (
        mention.sector is None and not mention.members and (mention.id or "").startswith("country:"))
