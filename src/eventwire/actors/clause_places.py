"""Where an unnamed party acts, and so whose it is: the places its clause names ("police fired on
protesters in Nairobi"), a town it strikes ("rebels shelled Aleppo"), a state body it is paired with
("the government and the rebels"), the party a court judges, the wire dateline, and the country
the article's places name most (``_setting``).

``ClausePlaces`` is the part of ``CoreferenceResolver`` (coref.py) that looks these up; it reads
the resolver's knowledge base, the article's actor mentions by head token (``_items``), those
resolved so far (``_resolved``) and the context hints of groups spread over several countries."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import VIEW_KEY, kids

from .antecedents import _is_subject
from .groups import ContextHint
from .kb import KnowledgeBase
from .mentions import VENUE_NOUNS
from .noun_phrases import PLACE_PARTS
from .phrase_places import LOCATIVE_PREPS, TRAVELLING_BODIES
from .pieces import city_country

LATER_STATE_SECTORS = frozenset({"REB", "INS", "COP", "JUD", "CRM", "OPP", "RAD"})  # see _sole_state_later
STRUCK_PREPS = {"on", "against"}  # "strikes on Odesa", "the attack against Kharkiv"
# parts of a place named by its possessor: "in Kenya's capital", "in Syria's north"
OWNED_PLACE_PARTS = PLACE_PARTS | {"capital"}
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# a state's own office holders and politicians, whom its courts judge
STATE_PERSON_SECTORS = STATE_BODY_SECTORS | frozenset({"ELI", "OPP", "PTY"})
ARMED_GROUP_SECTORS = frozenset({"REB", "INS"})
# verbs whose place is where parties meet to agree, not where they are from
NEGOTIATING_VERBS = frozenset({"negotiate", "sign", "talk", "confer", "parley", "initial"})


class ClausePlaces:
    """Finds the country of an unnamed party from where it acts (a part of ``CoreferenceResolver``)."""

    kb: KnowledgeBase
    _items: dict[int, ActorMention]
    _resolved: dict[int, ActorMention]
    _hints: dict[int, ContextHint]

    def _sole_state_later(self, tok: Token, base: ActorMention) -> str | None:
        """ "Rebels attacked a Nigerian army base", "Judge X ordered the arrest of three Peruvian
        officials": an unnamed rebel, policeman or judge with nothing before it to place it, acting
        on people or a place of the one state its sentence names, is of that state. Not troops
        (often a foreign army's), nor a named person with an office ("President X met the Zambian
        foreign minister"), which the knowledge base places."""
        if base.sector not in LATER_STATE_SECTORS or not _is_subject(tok):
            return None
        if any(i != tok.i and not m.country and (m.id or "").startswith("org:")
               for i, m in self._items.items() if tok.sent.start <= i < tok.sent.end):
            return None  # a stateless group named beside it ("militants linked to Islamic State")
        found = {m.country for i, m in self._items.items() if tok.sent.start <= i < tok.sent.end and i != tok.i
                 and m.country and not m.members and not (m.sector == "MED" and (m.id or "").startswith("org:"))}
        if len(found) != 1:
            return None
        # (the party its own clause acts on is of that state: a body or people, not merely a
        # place it is in, nor the media reporting the act)
        clause = tok.head
        later = next((i for i, m in self._items.items() if tok.i < i < tok.sent.end and m.country and m.sector
                      and clause.left_edge.i <= i <= clause.right_edge.i
                      and not (tok.doc[i].dep_ in ("nsubj", "nsubjpass") and tok.doc[i].head.i != clause.i)), None)
        return found.pop() if later is not None else None

    def _dateline_country(self, doc: Doc) -> str | None:
        """The country of the wire dateline's place ("KYIV (Reuters) -", "JEDDAH, Saudi Arabia
        (AP) -"): the story's own place, which the parse view keeps out of the text."""
        view = doc.user_data.get(VIEW_KEY)
        place = getattr(view, "dateline", None)
        if not place:
            return None
        parts = [p.strip() for p in place.split(",") if p.strip()]
        by_name = self.kb.country_by_name
        if len(parts) > 1 and parts[-1] in by_name:
            return by_name[parts[-1]]  # "JEDDAH, Saudi Arabia"
        name = parts[0].title()
        return by_name.get(name) or city_country(name)

    def _coordinated_state(self, tok: Token, sectors: frozenset = STATE_BODY_SECTORS) -> str | None:
        """The country of a state body coordinated with ``tok`` ("the government and rebels")."""
        partners = [tok.head] if tok.dep_ == "conj" else []
        partners += [c for c in kids(tok) if c.dep_ == "conj"]
        for p in partners:
            found = self._items.get(p.i)
            if (found is None or not found.country) and p.pos_ == "ADJ":
                found = self._named_after(p)
            if found is not None and found.country and found.sector in sectors:
                return found.country
        return None

    def _named_after(self, adj: Token) -> ActorMention | None:
        """ "the army and the paramilitary Rapid Support Forces": the parser may make the
        adjective the conjunct and hang the name after it elsewhere; the name that follows the
        adjective is the party."""
        doc, j = adj.doc, adj.i + 1
        while j < len(doc) and doc[j].tag_ in ("NNP", "NNPS"):
            j += 1
        return self._items.get(j - 1) if j > adj.i + 1 else None

    def _judged_party(self, tok: Token) -> str | None:
        """The country of the state actor a court's clause acts on: the subject of its passive
        ("X was suspended by the court") or the object of its verb ("the court jailed X")."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        for c in kids(verb):
            if c.i == tok.i or c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                continue
            found = self._resolved.get(c.i) or self._items.get(c.i)
            if found is not None and found.country and not found.members and found.sector in STATE_PERSON_SECTORS:
                return found.country
        return None

    def _coordinated_group(self, tok: Token) -> str | None:
        """The country of a national armed group coordinated with ``tok`` ("the army and the RSF")."""
        return self._coordinated_state(tok, ARMED_GROUP_SECTORS)

    def _clause_place(self, tok: Token) -> str | None:
        """The country of a place where the mention's clause happens: "troops fired on protesters
        in Nairobi", "the military seized power in Bangkok"."""
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        # the verb, its infinitive or adverbial clause, and its object ("seized power in Bangkok")
        clauses = [verb, *(c for c in kids(verb) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB")]
        if _gathering(clauses):
            # "the government and the rebels began negotiations in Havana", "signed a truce in
            # Doha": where parties negotiate is a venue, not their country
            return None
        victim = not _is_subject(tok)
        if victim and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
            # "shelled Kharkiv, killing three civilians": the victims were where the main clause struck
            clauses.append(verb.head)
        heads = clauses + [o for v in clauses for o in kids(v) if o.dep_ == "dobj" and o.i != tok.i]
        if victim:
            # (a place struck outright: "shelled Kharkiv")
            for o in heads[len(clauses):]:
                found = self._items.get(o.i)
                if found is not None and found.country and not found.sector and not found.members \
                        and (found.id or "").startswith("place:") and _word_of(o, found):
                    return found.country
        # "opened fire on protesters in Rangoon": the object of the verb's preposition
        heads += [o for v in clauses for p in kids(v) if (p.dep_ == "prep" and p.lower_ not in LOCATIVE_PREPS
                                                          or p.dep_ == "agent")
                  for o in kids(p) if o.dep_ == "pobj" and o.i != tok.i]
        # "were killed in air strikes in Gaza": the place of the event the clause happened in
        heads += [o for v in clauses for p in kids(v) if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS
                  for o in kids(p) if o.dep_ in ("pobj", "pcomp") and o.i != tok.i]  # "killed in shelling in Ukraine"
        # "strikes on Odesa killed six people": what the clause's subject struck is where it happened
        struck = {o.i for v in clauses for o in kids(v) if o.dep_ == "nsubj" and o.i != tok.i and o.pos_ == "NOUN"}
        heads += [tok.doc[i] for i in sorted(struck)]
        for h in heads:
            for prep in kids(h):
                if prep.dep_ != "prep" or not (prep.lower_ in LOCATIVE_PREPS
                                               or prep.lower_ == "of" and h.lemma_.lower() in PLACE_PARTS
                                               or (h.i in struck or h.dep_ == "dobj") and prep.lower_ in STRUCK_PREPS):
                    continue  # "in Minsk", "the streets of Minsk"
                # ("in the north of the Sinai": the place a part is of)
                objs = [o for o in kids(prep) if o.dep_ == "pobj"]
                if h.i in struck and prep.lower_ in STRUCK_PREPS:
                    # "a strike on an apartment building in the city of Dnipro": where what was struck is
                    # ("a block of flats in Dnipro": through the "of" phrase too)
                    things = [o for o in objs if self._items.get(o.i) is None]
                    things += [w for o in things for p in kids(o) if p.dep_ == "prep" and p.lower_ == "of"
                               for w in kids(p) if w.dep_ == "pobj"]
                    objs += [w for o in things for p in kids(o)
                             if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS for w in kids(p) if w.dep_ == "pobj"]
                elif h.dep_ == "dobj" and prep.lower_ in STRUCK_PREPS:
                    # "launched attacks on police stations in Port-au-Prince": where the target
                    # of the clause's object is (not the target itself: "attacks on Israel")
                    objs = [w for o in objs if not self._is_place(o) for p in kids(o)
                            if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS for w in kids(p) if w.dep_ == "pobj"]
                objs += [w for o in objs if o.lemma_.lower() in PLACE_PARTS for p in kids(o)
                         if p.dep_ == "prep" and p.lower_ == "of" for w in kids(p) if w.dep_ == "pobj"]
                # "at a market in Maiduguri": the named place the spot is in
                objs += [w for o in objs if self._items.get(o.i) is None for p in kids(o)
                         if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS for w in kids(p) if w.dep_ == "pobj"]
                for obj in objs:
                    found = self._items.get(obj.i)
                    if found is not None and found.sector == "CVL" and obj.pos_ == "PROPN":
                        found = replace(found, sector=None)  # "in Zamfara": the region as a place
                    if found is None or found.members or found.sector \
                            or not (found.id or "place:").startswith(("place:", "country:")):
                        continue  # a place, not a body of that country ("in Israeli tank shelling")
                    if not _word_of(obj, found) and not _owned_part(obj, found):
                        continue  # "in Israeli air strikes": a national modifier, not a place
                    country = self.kb.countries.get(found.country or "")
                    if country is not None and obj.text in country.adjectives:
                        continue  # "killed in Russian shelling" read with "Russian" as the place
                    if found.country:
                        return found.country
                    hint = self._hints.get(obj.i)  # "in Kashmir": a region shared by two countries
                    if hint is not None and hint.fallback:
                        return hint.fallback
        acted_on = tok.head.pos_ == "VERB" or tok.head.pos_ == "ADP" and tok.head.head.pos_ == "VERB"
        return self._own_place(tok) if victim and acted_on and tok.lower_ not in TRAVELLING_BODIES else None

    def _is_place(self, tok: Token) -> bool:
        found = self._items.get(tok.i)
        return found is not None and not found.sector and (found.id or "").startswith(("place:", "country:"))

    def _struck_town(self, tok: Token) -> str | None:
        """ "Rebels shelled Aleppo", "insurgents overran Kunduz": unnamed rebels who strike or
        take a town named outright fight in its country (not so troops, often a foreign army's)."""
        if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
            return None
        for o in kids(tok.head):
            found = self._items.get(o.i) if o.dep_ == "dobj" else None
            if found is not None and found.country and not found.sector and not found.members \
                    and (found.id or "").startswith("place:") and _word_of(o, found):
                return found.country
        return None

    def _own_place(self, tok: Token) -> str | None:
        """The place a victim's own phrase puts it in: "fired on crowds waiting for food near an
        aid site in Rafah"."""
        for w in tok.subtree:
            if w.i <= tok.i or w.dep_ != "pobj" or w.head.lower_ not in LOCATIVE_PREPS:
                continue
            found = self._items.get(w.i)
            if found is not None and found.country and not found.sector and not found.members \
                    and (found.id or "").startswith(("place:", "country:")) and _word_of(w, found):
                return found.country
        return None


def _owned_part(tok: Token, found: ActorMention) -> bool:
    """The token is a part of the place the mention names as its possessor ("in Kenya's capital",
    "in Syria's north")."""
    return tok.lemma_.lower() in OWNED_PLACE_PARTS and any(w.dep_ == "poss" and _word_of(w, found) for w in kids(tok))


def _word_of(tok: Token, found: ActorMention) -> bool:
    """The token is a word of the mention's name, not a modifier beside it ("in Israeli air
    strikes"); a hyphenated name counts by its parts ("Prince" of "Port-au-Prince")."""
    return tok.text in re.split(r"[\s-]+", found.text)


def _setting(doc: Doc, items: dict[int, ActorMention], candidates: tuple[str, ...] | None,
             least: int = 1, within: tuple[int, int] | None = None, dateline: str | None = None) -> str | None:
    """The candidate country (any, for None) where the article's events take place: the one its
    places name most ("in Afrin", "near Raqqa", "inside Syria"), at least ``least`` times, when
    one leads. A people spread over several states ("Kurdish militias") or unnamed rebels belong
    there rather than to a country they fight or talk to."""
    counts: dict[str, int] = dict.fromkeys(candidates or (), 0)
    if dateline and (candidates is None or dateline in counts):
        counts[dateline] = counts.get(dateline, 0) + 1  # the dateline's place is one of its places
    for i, m in items.items():
        if not m.country or (candidates is not None and m.country not in counts) or m.members:
            continue
        if within is not None and not within[0] <= i < within[1]:
            continue
        tok = doc[i]
        is_place = (m.id or "").startswith("place:")
        # (a region a people lives in counts as a place too: "in Darfur", "in Tigray")
        located = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS | {"into", "from"} \
            and (m.id or "").startswith(("place:", "country:")) \
            and (m.sector is None or m.sector == "CVL" and tok.pos_ == "PROPN")
        if is_place or located:
            counts[m.country] = counts.get(m.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _gathering(clauses: list[Token]) -> bool:
    """Whether a clause holds or makes talks or an accord ("held talks", "signed a ceasefire")."""
    return any(v.lemma_.lower() in NEGOTIATING_VERBS or any(
        o.dep_ == "dobj" and o.lemma_.lower() in VENUE_NOUNS for o in kids(v)) for v in clauses)
