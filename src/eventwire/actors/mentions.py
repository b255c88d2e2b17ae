"""Resolve each mention group against the knowledge base (the pieces are grouped by their
noun-phrase head in :mod:`.noun_phrases`).

A mention is the set of pieces that modify one noun-phrase head: "Egyptian Foreign Ministry
spokesman Ahmed Hafez" is one mention (adjective EGY + body GOV + title + person) headed by
"Hafez". A person is coded by the office held on the reference date; a title in the text that
contradicts the knowledge base raises ``title_mismatch``; a near-miss spelling of a known name is
resolved by fuzzy matching and raises ``name_variant``. Pronouns and descriptions are left to
:mod:`.coref`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from eventwire.model import ActorMention, Flag
from eventwire.nlp import article_text, doc_id, kids, token_columns, token_span

from .groups import (
    ContextHint,
    names_a_stance,
    preceded_by_ethnic,
    resolve_group,
    stateless_sector,
    with_country,
)
from .kb import (
    KnowledgeBase,
    Person,
    SectorTerm,
    ascii_fold,
)
from .noun_phrases import (
    FORMER,
    QUANTITY_NOUNS,
    THEN,
    MentionGroup,
    _main_sector,
    _modifier_words,
    _title_like,
)
from .organisation_mentions import OrganisationMentions, unlisted_body
from .person_mentions import UNLISTED, PersonMentions, _critic_of, _opposition_of
from .person_names import PersonNames
from .phrase_places import (
    PhrasePlaces,
    _based_in,
    _inside_a_name,
    _listed,
    _located,
    _posted_to,
)
from .pieces import PAIR, Piece, doc_pieces, piece_of

STANCE_NOUNS = frozenset({"opposition", "resistance"})  # "opposition to X" is a stance, not a party
STANCE_VERBS = frozenset({"voice", "express", "signal", "reiterate", "register", "state", "declare", "announce"})
# nouns a city can name the venue of ("the Geneva talks", "a ceasefire signed in Doha")
VENUE_NOUNS = frozenset({"talk", "talks", "summit", "conference", "meeting", "process", "negotiation", "negotiations",
                         "accord", "accords", "agreement", "deal", "declaration", "protocol", "round", "forum",
                         "convention", "dialogue", "format", "ceasefire", "truce", "communique", "framework"})
PART_NOUNS = {"half", "part", "entity", "republic", "region", "enclave", "community", "zone", "north", "south"}
# "the deposed President X", "ousted Prime Minister Y": modifiers that, like "former", say the
# office is lost (but not the verb: "soldiers deposed President X" ousts a sitting president)
DEPOSED = {"deposed", "ousted", "toppled", "overthrown", "removed", "dethroned", "unseated"}
# "the South China Sea", "the Gulf of Mexico", "the Korean peninsula": a body of water or landform
# named after a country is a place, not that country acting or acted on
NAMED_FEATURES = {"sea", "gulf", "ocean", "strait", "straits", "bay", "channel", "peninsula"}
PLACE_KINDS = {"country", "adjective", "capital", "seat", "city", "region"}


@dataclass
class _Phrase:
    """One piece group on its way to a mention: what its pieces say, and what the steps of
    ``MentionResolver.resolve`` have found so far; each step reads it and adds to it."""

    doc: Doc
    group: MentionGroup
    day: str | None
    known: dict[str, str]
    hints: dict[int, ContextHint] | None
    first: int  # the extent of its pieces
    last: int
    head_term: Span | None  # the sector term the head noun is part of
    former: bool  # the office is past ("former", "deposed")
    then: bool  # "then-president": the office held at the time told
    titles: list[Span]
    title_texts: list[str]
    sectors: list[SectorTerm]  # the sector terms, the head noun's last
    flags: list[Flag] = field(default_factory=list)
    resolved_by: str = "dictionary"
    person: Person | None = None
    start: int = 0  # the mention's character span
    end: int = 0
    mention: ActorMention | None = None
    body: SectorTerm | None = None  # a body named after a person ("the Trump administration")
    unknown: Span | None = None  # a person the knowledge base does not know heading the phrase
    peoples: list[Span] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)


def _names_no_actor(group: MentionGroup) -> bool:
    """ "the South China Sea": a feature named after a country; "voiced strong opposition to US
    plans", "Russia's opposition to the plan": a stance, not the opposition ("faces tough
    opposition" may well be the opposition's)."""
    head = group.head
    if head.lemma_.lower() in NAMED_FEATURES and all(piece_of(p).kind in PLACE_KINDS for p in group.pieces):
        return True
    return head.lemma_.lower() in STANCE_NOUNS and (
        head.dep_ == "dobj" and head.head.lemma_.lower() in STANCE_VERBS
        or any(c.dep_ == "poss" for c in kids(head))
        and any(c.dep_ == "prep" and c.lower_ in ("to", "against") for c in kids(head)))


def _own_places(group: MentionGroup) -> list[Span]:
    """The places that can make the phrase's actor theirs: not where a body sits ("the
    Vienna-based agency"), nor where an envoy is posted when another place is named ("US envoy
    to Syria X" is American)."""
    # "the Vienna-based agency", "a London-based rights group": where it sits, not whose it is
    places = [p for p in group.kinds("country", "adjective", "capital", "seat", "city") if not _based_in(p)]
    posted = [p for p in places if _posted_to(p)]
    if posted and len(posted) < len(places):
        places = [p for p in places if p not in posted]  # "US envoy to Syria X" is American
    return places


def _post_abroad(p: _Phrase) -> ActorMention | None:
    """ "Kosovo's senior international administrator", "Bosnia's international envoy": the
    possessive names where a post abroad is held, not whose it is (an adjective still gives its
    nationality: "Bangladeshi peacekeepers")."""
    sectors = p.sectors
    if not (p.places and p.head_term is not None and sectors[-1].abroad and sectors[-1].stateless
            and not p.group.kinds("description") and all(s.root.dep_ == "poss" for s in p.places)):
        return None
    mention = p.mention
    mention.cameo, mention.country, mention.sector = sectors[-1].stateless, None, None
    mention.role = p.title_texts[-1] if p.title_texts else sectors[-1].role
    mention.id = f"org:{sectors[-1].stateless}"
    return mention


class MentionResolver(PersonNames, PersonMentions, OrganisationMentions, PhrasePlaces):
    """Turns piece groups into :class:`ActorMention` records for one knowledge base (its parts:
    the name index, person_names.py; the people a phrase names, person_mentions.py; the
    organisations, organisation_mentions.py; the places in a phrase, phrase_places.py)."""

    # -- one group --------------------------------------------------------------------------------
    def resolve(self, doc: Doc, group: MentionGroup, day: str | None, known: dict[str, str],
                hints: dict[int, ContextHint] | None = None) -> ActorMention | None:
        """The mention for one piece group. ``known`` maps names the article has used to person ids;
        ``hints`` collects, by head token, how coreference should complete a pending mention.
        The steps, in order, over a ``_Phrase``: what the pieces say; the person they name; then
        the mention of that person, else of the organisation, the place, the people, or of a body
        the article's context must place. A step that returns a mention, or None where it says
        the phrase is no actor, decides."""
        if _names_no_actor(group):
            return None
        p = self._phrase(doc, group, day, known, hints)
        p.person = self._named_person(p)
        if p.person is None:
            again = self._unlisted_person_again(p)
            if again is not None:
                return again
            p.person = self._person_by_surname(p)
        if p.person is None:
            p.person = self._person_by_variant(p)
        p.start, p.end = token_span(doc, doc[p.first], doc[p.last - 1])
        p.mention = ActorMention(doc_id=doc_id(doc), text=article_text(doc, p.start, p.end), start=p.start, end=p.end,
                                 resolved_by=p.resolved_by, flags=p.flags)
        p.body = _head_body(self.kb, group)
        if p.person is None and (administration := self._namesakes_body(p)) is not None:
            return administration
        if p.person is not None:
            return self._person_mention(p)
        orgs = self._named_organisations(p)
        if orgs:
            return self._organisation_mention(p, orgs[-1])
        # a person the knowledge base does not know, heading the phrase ("Judge Baltasar Garzon")
        p.unknown = next((s for s in group.kinds("entity") if piece_of(s).key == "PERSON"
                          and s.start <= group.head.i < s.end), None)
        p.peoples = group.kinds("group", "region")
        p.places = _own_places(group)
        backed = self._backed_group(p)
        if backed is not None:
            return backed
        if p.places and not p.sectors and piece_of(p.places[-1]).kind in ("capital", "city") \
                and _inside_a_name(p.places[-1]):
            return None  # "Real Madrid", "the Paris Club", "The Moscow Times": a name, not the city's state
        both = self._party_of_each_state(p)
        if both is not None:
            return both
        regional_people = self._regional_people(p)
        abroad = _post_abroad(p)
        if abroad is not None:
            return abroad
        if p.places:
            return self._place_mention(p)
        if p.peoples:
            return self._people_mention(p, regional_people)
        return self._unplaced_mention(p)

    def _phrase(self, doc: Doc, group: MentionGroup, day: str | None, known: dict[str, str],
                hints: dict[int, ContextHint] | None) -> _Phrase:
        """What the group's pieces say: its extent, whether the office is past, its titles and
        the sector terms (the head noun's last)."""
        pieces = group.pieces
        first = min(p.start for p in pieces)
        last = max(p.end for p in pieces)
        head_term = next((p for p in group.kinds("sector") if p.start <= group.head.i < p.end
                          and self.kb.sectors[piece_of(p).key].sector), None)
        inner = range(first, last)  # (token indices: their words are read from the token columns)
        if head_term is not None:
            # "supporters of former President X": the head's own words, not its "of" phrase's
            inner = range(first, group.head.i + 1)
        lowers = token_columns(doc)[1]
        modifiers = _modifier_words(doc, first) | {lowers[i] for i in inner if lowers[i] in FORMER}
        former = bool(modifiers & FORMER) or _deposed(doc, first, inner)
        then = bool(modifiers & THEN)
        titles = [p for p in group.kinds("sector") if self.kb.sectors[piece_of(p).key].kind == "title"]
        sectors = [self.kb.sectors[piece_of(p).key] for p in group.kinds("sector") if p is not head_term]
        if head_term is not None:
            sectors.append(self.kb.sectors[piece_of(head_term).key])  # the head noun gives the sector
        elif not sectors and (shared := _elided_head_term(doc, group)) is not None:
            sectors.append(self.kb.sectors[piece_of(shared).key])  # "Kyrgyz [troops] and Tajik troops"
        return _Phrase(doc, group, day, known, hints, first, last, head_term, former, then, titles,
                       [p.text for p in titles], sectors)


    # -- a place, a people --------------------------------------------------------------------------
    def _backed_group(self, p: _Phrase) -> ActorMention | None:
        """ "pro-Russian separatists", "anti-US protesters", "Iranian-backed militias": the country
        is what they stand for or against or who backs them, no place of theirs; they belong where
        they are ("in Donetsk") or to the article's country."""
        stance = [s for s in p.places if names_a_stance(p.doc, s.start, s.end)]
        if not stance:
            return None
        p.places = [s for s in p.places if s not in stance]
        if p.places or p.peoples or not p.sectors or p.hints is None:
            return None
        mention = p.mention
        objects = tuple(self.place_country(piece_of(s), p.day) or piece_of(s).key for s in stance)
        mention.sector = _main_sector(p.sectors)
        mention.role = p.title_texts[-1] if p.title_texts else p.sectors[-1].role
        located = [c for c in self._places_in_phrase(p.doc, p.group.head, p.day) if c not in objects]
        if located:
            return with_country(mention, located[0])
        mention.resolved_by = "coreference"
        p.hints[p.group.head.i] = ContextHint(None, None, objects)
        return mention

    def _party_of_each_state(self, p: _Phrase) -> ActorMention | None:
        """ "North and South Korea", "North and South Korean officials", "the two Koreas": one
        phrase naming a party of each state."""
        listed = [self.place_country(piece_of(s), p.day) for s in _listed(p.doc, p.places)]
        listed += [iso3 for s in p.group.kinds(PAIR) for iso3 in piece_of(s).key.split(",")]
        if len(listed) <= 1 or p.peoples:
            return None
        sectors, titles = p.sectors, p.title_texts
        sector = _main_sector(sectors)
        role = titles[-1] if titles else (sectors[-1].role if sectors else None)
        members = [self._state_party(p.mention, iso3, sector, role) for iso3 in dict.fromkeys(listed) if iso3]
        if len(members) > 1:
            return replace(p.mention, members=members, sector=sector, role=members[0].role,
                           name=" and ".join(m.name or "" for m in members))
        return None

    def _regional_people(self, p: _Phrase) -> bool:
        """ "Nagorno-Karabakh's ethnic Armenians": a people of a region that the knowledge base
        knows by that name ("Karabakh Armenians") are that group, not their kin state's (the
        phrase's places are then dropped)."""
        places, peoples = p.places, p.peoples
        if not (places and peoples and piece_of(peoples[0]).kind == "region" and peoples[0].end <= places[-1].start):
            return False
        kin = self.kb.groups.get(piece_of(peoples[0]).key)
        last = places[-1].text.lower()
        if kin is not None and any(len(n.split()) > 1 and n.split()[-1].lower() == last for n in kin.names):
            p.places = []
            return True
        return False

    def _place_mention(self, p: _Phrase) -> ActorMention:
        """A phrase the last place of which gives the country: the state (a city stands for it),
        with the sector its terms, its seat or its people give."""
        doc, group, mention, day, sectors, places, peoples = p.doc, p.group, p.mention, p.day, p.sectors, p.places, p.peoples
        piece: Piece = piece_of(places[-1])
        country = self.kb.countries.get(piece.key)
        iso3 = country.code_on(day) if country is not None else piece.key
        part = places[-1].root.head
        if piece.kind == "adjective" and part.lemma_.lower() in PART_NOUNS and part.i != group.head.i:
            # "the premier of the Serb entity of Bosnia": a people's part of another state
            owner = self._places_in_phrase(doc, part, day)
            if owner and owner[0] != iso3:
                iso3 = owner[0]
                country = self.kb.countries.get(iso3)
        sector = None
        if piece.kind in ("capital", "seat") and not sectors:
            sector = piece.sector
            if _critic_of(group, places[-1:]):
                return _opposition_of(mention, iso3, self.kb)  # "a Kremlin critic", "Beijing critics"
        if sectors:
            # ("a Pentagon spokesman": a title with no sector of its own speaks for the seat)
            sector = _main_sector(sectors) or (piece.sector if piece.kind == "seat" else None)
            if peoples:  # "Syrian Kurdish-led forces": a people's armed movement in that country
                sector = stateless_sector(self.kb.groups[piece_of(peoples[-1]).key], sector)
        elif peoples and peoples[-1].start <= group.head.i < peoples[-1].end:
            sector = self.kb.groups[piece_of(peoples[-1]).key].head_sector  # "Afghan mujahideen", "Iraqi Kurds"
        elif _leads_a_coalition(doc, places[-1].end):
            sector = "MIL"  # "the US-led coalition", "a Saudi-led coalition": the leader's forces
        if p.former and sector:
            sector = "ELI"
        mention.name = country.name if country else piece.key
        # a city stands for its country in events, but is a place, not an antecedent
        mention.id = f"place:{places[-1].text}" if piece.kind == "city" else f"country:{iso3}"
        mention.country, mention.sector = iso3, sector
        prefix = any(t.position == "prefix" and t.sector == sector for t in sectors)
        mention.cameo = (sector + iso3) if prefix and sector else iso3 + (sector or "")
        mention.role = p.title_texts[-1] if p.title_texts else (sectors[-1].role if sectors else None)
        if p.unknown is not None and (sectors or p.title_texts):
            # "Spanish judge Baltasar Garzon": coded by the title, remembered by name
            self._remember_local(mention, p.unknown, p.known)
        elif piece.kind == "adjective" and preceded_by_ethnic(doc, places[-1].start) and p.hints is not None \
                and not self._places_in_phrase(doc, group.head, day):
            # "ethnic Albanians": a minority of the country the article is about
            mention.cameo = mention.country = None
            mention.id = None
            mention.resolved_by = "coreference"
            mention.sector = mention.sector or "CVL"
            p.hints[group.head.i] = ContextHint(None, iso3)
        if piece.kind == "capital" and not sectors:
            mention.role = "capital"  # a metonym for the government; as a place it is the country
            if _located(group.head):
                mention.cameo, mention.sector = piece.key, None  # "a news briefing in Ankara"
            elif places[-1].text in self.kb.org_seats:
                # "Brussels warned Budapest": the organisation seated there, not its host state
                org = self.kb.organisations[self.kb.org_seats[places[-1].text]]
                mention.name, mention.id, mention.cameo, mention.country = org.name, org.id, org.cameo, org.country
                mention.sector, mention.role = None, None
        return mention

    def _people_mention(self, p: _Phrase, regional_people: bool) -> ActorMention | None:
        """A people, faith or region with no place of its own (``groups.resolve_group``); a named
        body of a region's people the knowledge base does not know is a non-governmental one."""
        doc, group, sectors, peoples = p.doc, p.group, p.sectors, p.peoples
        if unlisted_body(group, self.kb):
            # "the Union of Asian Lawyers": a named body of a region's people names no
            # state either
            return self._unlisted_body_mention(doc, group, p.mention, p.hints)
        sector = _main_sector(sectors) if sectors else ("CVL" if regional_people else None)
        if p.former and sector:
            sector = "ELI"
        role = p.title_texts[-1] if p.title_texts else (sectors[-1].role if sectors else None)
        counted = peoples[-1].root
        if not sectors and group.head.lower_ in QUANTITY_NOUNS and piece_of(peoples[-1]).kind != "region" \
                and counted.dep_ == "pobj" and counted.head.lower_ == "of":
            # "hundreds of Alawites": the people counted are the actor, as the people alone are
            sector = self.kb.groups[piece_of(peoples[-1]).key].head_sector
            role = group.head.lower_
        found = resolve_group(self.kb, doc, group.head, peoples[-1], p.mention, sector, role,
                              self._places_in_phrase(doc, group.head, p.day), p.day, p.hints)
        if found is not None and p.unknown is not None:
            self._remember_local(found, p.unknown, p.known)
        return found

    def _state_party(self, mention: ActorMention, iso3: str, sector: str | None, role: str | None) -> ActorMention:
        """The party of one state a phrase naming several names ("North and South Korean
        officials", "judges in Chad and Niger")."""
        return replace(mention, country=iso3, sector=sector, cameo=iso3 + (sector or ""), id=f"country:{iso3}",
                       name=self.kb.countries[iso3].name if iso3 in self.kb.countries else iso3,
                       role=role, members=[])

    # -- a body with no place in the phrase -------------------------------------------------------
    def _unplaced_mention(self, p: _Phrase) -> ActorMention | None:
        """A body, title or description with no place, organisation or person the knowledge base
        knows: the places its own phrase names, the state a seat names, a transnational code, else
        pending for coreference; None for a person we do not know, a modifier of a thing, a verb."""
        doc, group, mention, sectors, unknown = p.doc, p.group, p.mention, p.sectors, p.unknown
        descriptions = group.kinds("description")
        if unknown is not None and not sectors:
            # a named person we do not know and no title: never guess who it is, nor make a later
            # bare surname a namesake the knowledge base knows ("James Brown ... Brown was arrested")
            parts = unknown.text.split()
            if len(parts) >= 2:
                p.known.setdefault(ascii_fold(parts[-1]), UNLISTED)
            return None
        if any(piece_of(s).key in ("NORP", "GPE") for s in group.kinds("entity")) and not descriptions:
            return None  # "Kurdish forces": a people or place we do not code; never borrow a country
        if unlisted_body(group, self.kb):
            # "the Border Monitoring Committee", "the Global Fisheries Forum": a named body the
            # knowledge base does not know, of no state the name gives, is a non-governmental one
            return self._unlisted_body_mention(doc, group, mention, p.hints)
        if not descriptions and all(s.root.dep_ in ("amod", "compound") and s.root.head.i == group.head.i
                                    and not _title_like(group.head, None) for s in group.kinds("sector")) \
                and not any(s.start <= group.head.i < s.end for s in group.kinds("sector")) \
                and group.head.lemma_.lower() not in BODY_POSTS:
            return None  # "a military coup", "a press conference": a modifier of a thing, not an actor
        if not descriptions and group.head.pos_ in ("VERB", "AUX"):
            return None  # "to press demands", "to police the border": a verb, not a body
        located = self._located_body(p, descriptions)
        if located is not None:
            return located
        seated = next((t for t in reversed(sectors) if t.country), None)
        if seated is not None and not descriptions:
            # "a White House spokesman": the title names its state by the seat it serves
            mention.sector, mention.role = _main_sector(sectors), p.title_texts[-1] if p.title_texts else seated.role
            found = with_country(mention, seated.country)
            if unknown is not None:
                self._remember_local(found, unknown, p.known)
            return found
        # "dozens of peacekeepers": a counted body is the phrase's head term for its own code
        counted = p.head_term is None and group.head.lower_ in QUANTITY_NOUNS and any(
            doc[s.end - 1].dep_ == "pobj" and doc[s.end - 1].head.head.i == group.head.i for s in group.kinds("sector"))
        head_stateless = next((t.stateless for t in reversed(sectors) if t.stateless), None) \
            if p.head_term is not None or counted else None
        if head_stateless and not descriptions:
            # "rights groups", "jihadists" with no country of their own: a transnational code
            mention.cameo, mention.country, mention.sector = head_stateless, None, None
            mention.role = sectors[-1].role
            mention.id = f"org:{head_stateless}"
            return mention
        in_terms = {i for s in group.kinds("sector") + descriptions for i in range(s.start, s.end)}
        if any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS and c.i not in in_terms for c in group.head.children):
            return None  # "foreign journalists": of some country other than the one named, the text says not which
        if descriptions or sectors:
            # needs the article's context: coreference fills the country in
            mention.resolved_by = "coreference"
            mention.sector = _main_sector(sectors) if sectors else None
            if p.former and mention.sector:
                mention.sector = "ELI"
            mention.role = p.title_texts[-1] if p.title_texts else (sectors[-1].role if sectors else None)
            mention.name = piece_of(descriptions[-1]).key if descriptions else None
            if unknown is not None:
                self._remember_local(mention, unknown, p.known)  # "Judge Baltasar Garzon"
            return mention
        return None

    def _located_body(self, p: _Phrase, descriptions: list[Span]) -> ActorMention | None:
        """ "militias in South Sudan", "judges in Chad and Niger": a body its own phrase
        locates is of that country (a party of each, for several)."""
        sectors = p.sectors
        places = self._places_in_phrase(p.doc, p.group.head, p.day) if sectors and not descriptions \
            and not (p.head_term is not None and sectors[-1].abroad) else []
        if not places:
            return None
        sector = _main_sector(sectors)
        role = p.title_texts[-1] if p.title_texts else sectors[-1].role
        members = [self._state_party(p.mention, place, sector, role) for place in places]
        if len(members) == 1:
            return members[0]
        return replace(p.mention, members=members, sector=sector, role=members[0].role)

COALITIONS = {"coalition", "force", "forces", "alliance"}


def _leads_a_coalition(doc: Doc, end: int) -> bool:
    """ "US-led coalition": a country piece followed by "-led" and a military grouping."""
    return end + 2 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "led" \
        and doc[end + 2].lower_ in COALITIONS


def _deposed(doc: Doc, start: int, inner: range) -> bool:
    """Whether "deposed", "ousted" or the like modifies the phrase as an adjective ("the ousted
    President X"), not as the verb of the clause ("the army ousted President X")."""
    lowers = token_columns(doc)[1]
    return any(lowers[i] in DEPOSED and doc[i].dep_ in ("amod", "compound")
               for i in [*range(max(0, start - 2), start), *inner])


def _head_body(kb: KnowledgeBase, group: MentionGroup):
    """A body named after a person ("Trump administration", "Rouhani's government")."""
    names = [p for p in group.pieces if piece_of(p).kind in ("person", "surname", "entity")]
    if not names:
        return None
    for span in group.pieces:
        piece = piece_of(span)
        if piece.kind == "sector" and span.start >= names[-1].end and kb.sectors[piece.key].kind == "body":
            return kb.sectors[piece.key]
    return None


# the posts, sites and units of a body, which stand for it when attacked or protested at ("an army
# post", "a police checkpoint"), unlike its other things ("a military coup")
BODY_POSTS = frozenset({"base", "post", "outpost", "checkpoint", "station", "barracks", "convoy", "patrol",
                        "headquarters", "garrison", "compound", "position", "camp", "vehicle", "unit"})
FOREIGN_WORDS = frozenset({"foreign", "overseas", "expatriate", "expat"})


def _elided_head_term(doc: Doc, group: MentionGroup) -> Span | None:
    """ "Kyrgyz and Tajik troops": a national adjective written alone and conjoined to a phrase
    of another nation's adjective and a sector noun shares that noun, written once; the parser
    makes the bare adjective the head and the second phrase its conjunct."""
    head = group.head
    if not any(piece_of(p).kind == "adjective" and p.start <= head.i < p.end for p in group.pieces):
        return None
    noun = next((c for c in kids(head) if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if noun is None or not any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in kids(noun)):
        return None
    pieces = doc_pieces(doc)
    if not any(piece_of(p).kind == "adjective" and p.root.head.i == noun.i for p in pieces):
        return None  # "Kyrgyz and foreign troops": the second phrase names no other nation
    return next((p for p in pieces if piece_of(p).kind == "sector" and p.start <= noun.i < p.end), None)
