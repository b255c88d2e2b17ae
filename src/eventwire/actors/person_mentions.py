"""The person a phrase names: the known person by full name, bare surname or near-miss
spelling (``_named_person``, ``_person_by_surname``, ``_person_by_variant``), a person the
knowledge base does not know named again (``_remember_local``), and the mention of a known person:
the office held on the date, the capacity an international organisation's office gives, or the
body named after him (``_person_mention``).

``PersonMentions`` is the part of ``MentionResolver`` (mentions.py) that codes people; the name
index it reads is its ``PersonNames`` part (person_names.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from eventwire.model import ActorMention, Flag
from eventwire.nlp import article_text, doc_id, kids, token_span

from .igo_offices import _igo_office_head, _office_after_name
from .kb import KnowledgeBase, Person, _day, ascii_fold
from .noun_phrases import FORMER, MentionGroup, _main_sector, _modifier_words
from .person_names import HONORIFICS, _code_by_title, _norm_title, _titles_compatible, _without_honorific
from .phrase_places import _after_place_prep
from .pieces import piece_of

if TYPE_CHECKING:
    from .mentions import _Phrase

LOCAL = "person:local:"  # id prefix of a person the knowledge base does not know ("Judge X")
UNLISTED = "person:unlisted"  # a surname taken by a person named in full whom the knowledge base does not know
# the key prefix under which ``known`` keeps the organisation a person was introduced as acting for
CAPACITY = "capacity:"
# the bodies a leader's name can own ("X's ruling party"): the name is then no actor of its own
BODY_NOUNS = frozenset({"party", "movement", "foundation", "group", "alliance", "coalition", "front"})


class PersonMentions:
    """The people a phrase names (a part of ``MentionResolver``)."""

    def _named_person(self, p: _Phrase) -> Person | None:
        """The known person the phrase names in full, of the country it names as his own."""
        doc, group = p.doc, p.group
        person = None
        owned_orgs = [o for o in group.kinds("org") if o.start <= group.head.i < o.end
                      or o.end == group.head.i and doc[group.head.i].lemma_.lower() in BODY_NOUNS]
        for span in group.kinds("person"):
            if span.end < len(doc) and doc[span.end].tag_ == "POS" and any(span.end < o.start for o in owned_orgs):
                continue  # "Imran Khan's PTI party", "Le Pen's National Rally": the leader's party, not the leader
            person = self.kb.people[piece_of(span).key]
            if not self._country_fits(person, group, owning=True):
                # "Cuba's top prosecutor, Jorge Rodriguez" is not the Venezuelan namesake
                person = None
        return person

    def _unlisted_person_again(self, p: _Phrase) -> ActorMention | None:
        """ "Garzon" after "Judge Baltasar Garzon": the same unlisted person, not a namesake."""
        doc, group, known = p.doc, p.group, p.known
        local = next(
            (known[k] for k in (_without_honorific(ascii_fold(s.text)) for s in group.kinds("surname", "entity")
                                if s.start <= group.head.i < s.end)  # not "X's lawyer"
             if known.get(k, "").startswith(LOCAL)), None)
        if local is None:
            return None
        start, end = token_span(doc, doc[p.first], doc[p.last - 1])
        return ActorMention(doc_id=doc_id(doc), text=article_text(doc, start, end), start=start, end=end,
                            id=local, name=local[len(LOCAL):].replace("-", " ").title(),
                            resolved_by="coreference", role=p.title_texts[-1] if p.title_texts else None)

    def _person_by_surname(self, p: _Phrase) -> Person | None:
        """The person a bare surname means (``choose_surname``); a title that picks him makes the
        mention resolved by title."""
        person = None
        for span in p.group.kinds("surname"):
            if p.known.get(ascii_fold(span.text)) == UNLISTED:
                continue  # the unlisted person named in full before
            if _plausible_surname(span, p.titles, p.known, self.kb):
                person = self.choose_surname(piece_of(span).key, p.title_texts, p.known, p.day,
                                             lambda x: self._country_fits(x, p.group, owning=True))
                if person and p.title_texts:
                    p.resolved_by = "title"
        return person

    def _person_by_variant(self, p: _Phrase) -> Person | None:
        """A name the article used before for a known person (also after an honorific: "Mr X,
        a former trade minister" after "the foreign minister, Y X"), or a near-miss spelling of
        one (``name_variant``)."""
        for span in p.group.kinds("entity"):
            if piece_of(span).key != "PERSON":
                continue
            folded = ascii_fold(span.text)
            alias = p.known.get(folded) or p.known.get(_without_honorific(folded))
            person = self.kb.people.get(alias) if alias else self.fuzzy_person(span.text)
            if person is not None and alias is None and not self._country_fits(person, p.group):
                person = None  # an Iraqi deputy speaker of parliament named in apposition is no Sudanese namesake
            if person is not None:
                p.resolved_by = "fuzzy"
                if alias is None:
                    p.flags.append(Flag("name_variant", span.text, f"known as {person.name}"))
                return person
        return None

    def _namesakes_body(self, p: _Phrase) -> ActorMention | None:
        """ "the Bush administration", "a Clinton White House": namesakes of one state (father and
        son, husband and wife) leave the person open, not the state whose body it is."""
        body, mention = p.body, p.mention
        if body is None or body.kind != "body" or not body.sector:
            return None
        country = self._namesakes_country(p.group)
        if country is None:
            return None
        mention.cameo, mention.country, mention.sector = country + body.sector, country, body.sector
        mention.id, mention.role = f"country:{country}", body.role
        return mention

    def _person_mention(self, p: _Phrase) -> ActorMention:
        """A known person: the office held on the date (a past one ELI), or the capacity an
        international organisation's office gives him, or the body named after him."""
        person, mention, known, day = p.person, p.mention, p.known, p.day
        for span in p.group.kinds("person", "surname", "entity"):
            known[ascii_fold(span.text)] = person.id
            known[ascii_fold(span.text.split()[-1])] = person.id
        cameo, country, sector, role = person.code_on(_day(day) if day else None)
        if cameo and (cameo.startswith("---") or "/" in cameo):
            return _special_code(mention, person, cameo, p.title_texts)
        cameo, country, sector, role = self._office_the_text_gives(p, cameo, country, sector, role)
        if country and _critic_of(p.group, p.group.kinds("person", "surname", "entity")):
            # "a Putin critic": an opponent of the leader's government, not the leader
            return _opposition_of(mention, country, self.kb)
        igo = self._capacity(p, cameo, sector)
        if igo is not None and not p.former:
            # "The chairman of the African Union, Ghana's president X, said": the office the
            # phrase opens with, before the name in apposition, is the capacity he speaks in
            mention.name, mention.id, mention.cameo, mention.country = igo.name, igo.id, \
                igo.code_on(_day(day) if day else None), igo.country
            if igo.country and mention.cameo.startswith(igo.country) and len(mention.cameo) > len(igo.country):
                mention.sector = mention.cameo[len(igo.country):len(igo.country) + 3]  # a party: KOR + PTY
            return mention
        mention.name, mention.id = person.name, person.id
        if p.former and not p.then and not _career_in_apposition(p):
            sector, cameo = "ELI", (country or "") + "ELI"
        body = p.body
        if body is not None and body.kind == "body" and body.sector and country:
            # "Trump administration", "Rouhani's government": the body, not the person
            mention.cameo, mention.country, mention.sector = country + body.sector, country, body.sector
            mention.id, mention.role = f"country:{country}", body.role
            return mention
        if not person.match_case and sector is None and p.sectors and _main_sector(p.sectors) \
                and cameo and len(cameo) == 3:
            # a custom actor with a title: "Deputy Prime Minister Telemar" -> DAG + GOV
            term = next(t for t in reversed(p.sectors) if t.sector)
            sector = term.sector
            cameo = (sector + cameo) if term.position == "prefix" else cameo + sector
        mention.cameo, mention.country, mention.sector = cameo, country, sector
        self._titled_as(p, role)
        return mention

    def _office_the_text_gives(self, p: _Phrase, cameo, country, sector, role):
        """The person's code, corrected by what the phrase says of his office: the title's office
        with no date, the office the text names when none is listed that day, the office held at
        the organisation the phrase names."""
        person = p.person
        if p.day is None and p.title_texts:
            cameo, country, sector, role = _code_by_title(person, p.title_texts) or (cameo, country, sector, role)
        if sector is None and country and cameo == country and not p.former and _main_sector(p.sectors):
            # a known person in no listed office that day, whom the text gives one ("junta
            # spokesman X"): the office the text names
            sector = _main_sector(p.sectors)
            cameo = country + sector
        if p.day is None:
            # "EU trade commissioner Cecilia Malmstrom": the organisation the phrase names picks
            # the office held there
            bodies = {self.kb.organisations[piece_of(o).key].cameo for o in p.group.kinds("org")}
            office = next((o for o in person.offices if o.cameo and o.cameo in bodies), None)
            if office is not None:
                cameo, country, sector, role = person.office_code(office)
        return cameo, country, sector, role

    def _capacity(self, p: _Phrase, cameo: str | None, sector: str | None):
        """The international organisation the person acts for: an office of it before the name or
        after it, or the one the article introduced him in (remembered in ``known``)."""
        doc, group, known, person, day = p.doc, p.group, p.known, p.person, p.day
        igo = _igo_office_head(doc, self.kb, group)
        if igo is not None and cameo == igo.code_on(_day(day) if day else None):
            igo = None  # "the EU's foreign policy chief, X": his own office there, with its role
        if igo is None and not p.titles and not p.former and not group.kinds("country", "adjective"):
            # "Jean Ping, the chairman of the AU commission, said": with no office of his own
            # before the name, the one after it is the capacity he acts in
            igo = _office_after_name(doc, self.kb, group, sector)
        if igo is not None and not p.former:
            known[CAPACITY + person.id] = igo.id
        elif not p.titles and not group.kinds("country", "adjective") and not p.former \
                and known.get(CAPACITY + person.id) in self.kb.organisations:
            # "Mr X met ..." after "the chairman of the AU, X": named again bare, he still
            # acts in the capacity the article introduced him in
            igo = self.kb.organisations[known[CAPACITY + person.id]]
        return igo

    def _titled_as(self, p: _Phrase, role: str | None) -> None:
        """The person's role as the text titles him; a current title that contradicts the office
        held on the date raises ``title_mismatch`` (and the office the title names in full holds
        until the event's own date says otherwise)."""
        doc, person, mention, day = p.doc, p.person, p.mention, p.day
        # "The commission's president, X, a former prime minister of Y": a title the text
        # gives as past describes the person's career, not the office he acts in now
        current = [t.text for t in p.titles if not _past_title(doc, t)]
        mention.role = current[-1] if current else p.title_texts[-1] if p.title_texts else role
        if not (current and day and not p.then):
            return
        offices = person.offices_on(_day(day))
        held = [o.role for o in offices] or [role or ""]
        if any(_titles_compatible(t, r) for t in current for r in held) \
                or self._rank_sectors(current) & {o.sector for o in offices}:
            return
        mention.flags.append(Flag("title_mismatch", article_text(doc, p.start, p.end),
                                  f"{person.name} was {' / '.join(held) or 'not in office'} on {day}, "
                                  f"not {current[-1]}"))
        # an office the title names in full ("Secretary of State", "Defense Secretary");
        # a bare "President" is not the President of the Constitutional Council
        words = set().union(*(_norm_title(t) for t in current))
        titled = [o for o in person.offices if _norm_title(o.role or "") and _norm_title(o.role or "") <= words
                  and any(_titles_compatible(t, o.role or "") for t in current)]
        if titled and not p.former:
            code, office_country, office_sector, _ = person.office_code(titled[-1])
            if code:
                # until the event's own date says otherwise (context re-codes by it),
                # the text's title holds
                mention.title_code = (code, office_country, office_sector)
                mention.cameo, mention.country, mention.sector = mention.title_code

    @staticmethod
    def _remember_local(mention: ActorMention, name: Span, known: dict[str, str]) -> None:
        """A person the knowledge base does not know, introduced with a title: later mentions of
        the name (or the surname alone) are the same person, with the same code."""
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(name.text)).strip("-")
        mention.id, mention.name = LOCAL + slug, name.text
        for key in (ascii_fold(name.text), ascii_fold(name.text.split()[-1])):
            if key not in known or known[key].startswith(LOCAL):
                known[key] = LOCAL + slug


def _special_code(mention: ActorMention, person: Person, cameo: str, titles: list[str]) -> ActorMention | None:
    """Custom dictionaries: ``---`` is no actor; ``ELR/GAL`` is a compound (one event per code)."""
    if cameo.startswith("---"):
        return None
    mention.name, mention.id = person.name, person.id
    members = []
    for code in cameo.split("/"):
        members.append(replace(mention, cameo=code, country=code[:3] if len(code) >= 3 else None, members=[]))
    mention.members = members
    mention.role = titles[-1] if titles else None
    return mention


# "a Kremlin critic", "Putin foes": a noun for someone who stands against the government that a
# seat of power, a capital or a leader's name modifies
CRITIC_NOUNS = frozenset({"critic", "opponent", "foe", "detractor", "enemy", "challenger"})


def _critic_of(group: MentionGroup, names: list[Span]) -> bool:
    """Whether the phrase is headed by a critic noun the government's name modifies ("Kremlin
    critic"; but "Beijing's critics" may be foreign states)."""
    head = group.head
    return head.lemma_.lower() in CRITIC_NOUNS and any(
        p.root.head.i == head.i and p.root.dep_ in ("compound", "nmod") for p in names)


def _opposition_of(mention: ActorMention, iso3: str, kb: KnowledgeBase) -> ActorMention:
    mention.country, mention.sector, mention.cameo = iso3, "OPP", iso3 + "OPP"
    mention.id, mention.role = f"country:{iso3}", "opposition"
    mention.name = kb.countries[iso3].name if iso3 in kb.countries else iso3
    return mention


def _career_in_apposition(p: _Phrase) -> bool:
    """ "Mr X, a former trade minister", a person named again after an honorific: a past title only
    in apposition after the name tells his career, so the office held on the date still codes him
    (a "former" before the name, "former President X", makes the mention a past office holder, as
    does such an apposition where the article introduces him: "Jean Ping, a former head of ...")."""
    doc = p.doc
    names = p.group.kinds("person", "surname", "entity")
    if not names or _modifier_words(doc, p.first) & FORMER:
        return False
    # (news name a person again as "Mr X": the honorific marks the re-mention)
    if not any(doc[i].lower_.rstrip(".") in HONORIFICS for i in range(max(p.first - 1, 0), min(s.start for s in names) + 1)):
        return False
    name_end = max(s.end for s in names)
    past = [doc[i] for i in range(p.first, p.last) if doc[i].lower_ in FORMER]
    return bool(past) and all(t.i >= name_end and t.head.dep_ == "appos" for t in past)


def _past_title(doc: Doc, title: Span) -> bool:
    """Whether the text gives a title as one held before ("a former prime minister of Y",
    "ex-President X"), by a word of its own or just before it."""
    before = doc[max(0, title.start - 3):title.start].text.lower()
    return bool((_modifier_words(doc, title.start) | set(before.split())) & FORMER) or any(
        c.lower_ in FORMER for c in kids(title.root) if c.dep_ in ("amod", "advmod"))


# a bare surname of three letters is too often a word or a month ("May", "Kim" aside); four
# ("Modi", "Khan", "Rice") capitalised as a proper noun is the person in political news
MIN_BARE_SURNAME = 3


def _plausible_surname(span: Span, titles: list[Span], known: dict[str, str], kb: KnowledgeBase) -> bool:
    """Bare surnames are common words too ("May", "Rice", "Major"): accept one that is a person
    entity, follows a title, repeats a name given in full earlier, or is a proper noun that only
    one known person bears and the tagger did not read as a date or place ("Pompeo met ...")."""
    tok = span[0]
    if len(span) == 1 and tok.tag_ == "DT" and tok.ent_type_ != "PERSON":
        return False  # "No president elected there has ...": the determiner, not the surname No (Roh)
    if tok.ent_type_ == "PERSON" or titles or ascii_fold(span.text) in known:
        return True
    key = ascii_fold(span.text)
    if tok.ent_type_ == "ORG" and tok.ent_iob_ == "I" and not _entity_has_verb(tok):
        return False  # inside an organisation's name: "BBC Radio Four", not "Mullah Radio"
    # the tagger often makes a sentence-initial surname a noun ("Trump said ..."); as the subject
    # it is still the name
    proper = tok.pos_ == "PROPN" or (tok.is_sent_start and tok.is_title and tok.dep_ in ("nsubj", "nsubjpass"))
    if tok.ent_type_ in ("GPE", "LOC"):
        # the tagger reads some foreign surnames as places ("a call with Erdogan"); names of
        # countries and capitals never enter the surname index, and a place's own prepositions
        # ("in", "near") keep the rest a place
        return proper and key in kb.surnames and len(span.text) > MIN_BARE_SURNAME and tok.dep_ not in ("compound", "amod") \
            and not _after_place_prep(tok)
    # (the tagger may read a list of surnames as one title: "called [Japarov and Rakhmon]")
    return proper and (tok.ent_type_ in ("", "ORG", "NORP") or _listed_names(tok)) and key in kb.surnames \
        and len(span.text) > MIN_BARE_SURNAME


# entities the tagger makes of a list of names: "Putin called [Japarov and Rakhmon]" (a work of art)
LISTED_NAME_TYPES = frozenset({"WORK_OF_ART", "PRODUCT", "FAC"})


def _listed_names(tok: Token) -> bool:
    """Whether ``tok`` is in an entity (not an organisation) that is only proper nouns joined by
    "and" or "or"."""
    if tok.ent_type_ not in LISTED_NAME_TYPES:
        return False
    words = entity_words(tok)
    return any(t.lower_ in ("and", "or") for t in words) \
        and all(t.pos_ == "PROPN" or t.lower_ in ("and", "or", ",") for t in words)


def _entity_has_verb(tok: Token) -> bool:
    """Whether the entity ``tok`` is inside runs over a verb: the tagger's "Biden invited Modi" is
    no organisation's name."""
    return any(t.pos_ == "VERB" for t in entity_words(tok))


def entity_words(tok: Token) -> Span:
    """The tokens of the named entity ``tok`` is in (``tok`` alone outside one)."""
    doc, start, end = tok.doc, tok.i, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[start:end + 1]
