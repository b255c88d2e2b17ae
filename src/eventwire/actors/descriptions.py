"""Definite descriptions: "the West Asian nation", "the country", "the president", "the army", "the
court", "the junta", "the militant group", "police", "local officials". A description with a
country of its own keeps it; one without takes the party it names again (the court or the
organisation named before, the forces that acted, the office holder of that title) or the country
its clause, its possessor or the article's places give.

``DefiniteDescriptions`` is the part of ``CoreferenceResolver`` (coref.py) that resolves them; it
reads the resolver's knowledge base and per-article state (mentions by head token, those resolved
so far, the context hints, the actors named so far and the dateline's country)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import article_text, doc_id, kids, token_span

from .antecedents import (
    _SPEECH,
    Entry,
    _clause_subject,
    _definite,
    _is_subject,
    _named_as_destination,
    _named_as_place,
    _point,
    _sentence_index,
    _with_country,
)
from .clause_places import ARMED_GROUP_SECTORS, _setting
from .groups import ContextHint
from .kb import KnowledgeBase
from .mentions import VENUE_NOUNS
from .noun_phrases import DELEGATED_NOUNS
from .pairs import MOVEMENT_SECTORS
from .person_names import GENERIC_TITLES, _titles_compatible
from .reference_words import _bloc_reference, _org_reference, _state_reference

# unnamed people a force acts on: civilians, "suspects", "gunmen" shot by troops
VICTIM_SECTORS = frozenset({"CVL", "CRM"})
HOME_SECTORS = frozenset({"OPP", "CRM", "LAB"})  # unnamed groups that act where they live
NAMED_BY_HEAD_SENTENCES = 3
# a state's posts abroad: where they stand names another state
FOREIGN_POSTS = frozenset({"embassy", "consulate", "legation"})
# the object of these is the place one departs from ("fled the country")
LEAVING_VERBS = frozenset({"flee", "leave", "escape", "quit", "exit"})
# moving one's forces out of a place ("withdraw from the country")
WITHDRAWING_VERBS = frozenset({"withdraw", "pull", "retreat", "evacuate"})
STATE_MEDIA = {"state", "state-run", "state-owned", "official", "government-run"}
# "the group", "the agency": the organisation of that kind named in the last sentences
ORG_REFERENCE_SENTENCES = 6
HARDWARE_ROLE = "Military Hardware"  # the sector entries for weapons ("drones", "warplanes")
HARDWARE_OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "nsubjpass"})  # weapons acted on
# head nouns of an international organisation's armed presence ("the UN mission", "the force")
FORCE_NOUNS = frozenset({"mission", "force", "forces", "peacekeeper", "contingent"})
# words that name a court in an organisation's name, either standing for the other ("the tribunal"
# after "the International Criminal Court"), and the court's own people, singular or plural
COURT_WORDS = frozenset({"court", "tribunal"})
COURT_MEMBERS = frozenset({"judge", "prosecutor"})
JUNTA_ROLE = "Junta"  # the role sectors.jsonl gives "junta"
LOYALTY_ADJECTIVES = frozenset({"loyal"})  # "gunmen loyal to X": X's followers
GROUND_NOUNS = frozenset({"soil", "territory"})  # "rebels on Congolese soil": foreigners there
GROUND_PREPS = frozenset({"on", "in", "inside"})
GROUP_HEADS = frozenset({"group", "movement", "organisation", "organization", "faction", "outfit", "network"})


class DefiniteDescriptions:
    """Resolves definite descriptions and unnamed bodies (a part of ``CoreferenceResolver``)."""

    kb: KnowledgeBase
    _items: dict[int, ActorMention]
    _resolved: dict[int, ActorMention]
    _hints: dict[int, ContextHint]
    _history: list[Entry]
    _subjects: dict[int, str]
    _dateline: str | None

    def _state(self, doc, tok, base: ActorMention, recent: list[Entry], sentence: int,
               subject_entities: dict[int, str]) -> ActorMention | None:
        """ "the country", "the nation": the state the clause is about. A subject of this sentence
        before it ("X offered Y rights to the nation's gas fields"), else the last subject with a
        country, else the last country; never its own clause's subject when it is an object
        ("Israel accused the country of ...")."""
        excluded = set()
        possessive = any(c.dep_ == "case" for c in kids(tok))
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LEAVING_VERBS:
            # "Hasina resigned and fled the country": the country one flees or leaves is one's
            # own, not the refuge the headline named ("flees to India")
            subj = _clause_subject(tok)
            own = next((e for e in reversed(recent) if subj is not None and e.token.i == subj.i
                        and e.mention.country in self.kb.countries), None)
            if own is not None:
                found = _with_country(replace(base, sector=None, role=None), own.mention.country)
                return replace(found, antecedent=(own.mention.start, own.mention.end))
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in WITHDRAWING_VERBS:
            # "Turkish troops are in Libya ... decided to withdraw its forces from the country": one withdraws from
            # the country its forces were said to be in, not from the last state named as an actor
            where = next((e for e in reversed(recent) if _named_as_place(e.token) and e.token.i < tok.i
                          and (e.mention.country or "") in self.kb.countries), None)
            if where is not None:
                found = _with_country(replace(base, sector=None, role=None), where.mention.country)
                return replace(found, antecedent=(where.mention.start, where.mention.end))
        if not _is_subject(tok):
            # a writer says "its" for the clause's own state subject: "Britain sank the
            # country's frigates" is another country's; a person subject has no "its"
            # ("Maduro offered Russia rights to the nation's gas fields")
            subj = _clause_subject(tok)
            key = subject_entities.get(subj.head.i) if subj is not None else None
            owner = next((e for e in recent if subj is not None and e.token.i == subj.i), None)
            if key and not (possessive and owner is not None and self._is_person_like(owner)):
                excluded.add(key)
        pool = [e for e in recent if e.mention.country and e.key not in excluded
                and (e.mention.country or "") in self.kb.countries and e.token.i < tok.i]
        # a country named as the place of something ("operations by Uganda inside South Sudan") is a weaker
        # antecedent than one named as an actor
        pool = [e for e in pool if not _named_as_place(e.token)] or pool
        if not pool:
            return None
        same = [e for e in pool if e.sentence == sentence]
        pick = next((e for e in reversed(same) if e.is_subject), None) or (same[-1] if same else None)
        if pick is None:
            pick = next((e for e in reversed(pool) if e.is_subject), pool[-1])
        found = _with_country(replace(base, sector=None, role=None), pick.mention.country)
        return replace(found, antecedent=(pick.mention.start, pick.mention.end))

    def _description(self, doc, tok, base: ActorMention, recent: list[Entry]) -> ActorMention | None:
        """ "the West Asian nation", "the president", "the army": a definite description. In turn:
        a party the article told before (a body's delegates, its court, a counted force); a
        group's context hint; a description the knowledge base gives countries for; the holder
        or body of that title named before; the owner its possessor or head noun names; where it
        acts; the country named around it."""
        found = self._told_before(doc, tok, base, recent)
        if found is not None:
            return found
        hint = self._hints.get(tok.i)
        if hint is not None:
            return self._from_hint(doc, tok, base, recent, hint)
        if base.name and base.name in self.kb.descriptions:
            return self._described_country(base, recent)
        # a body or group with no country in the phrase ("police", "a court", "students"): the place
        # its clause names ("fired on protesters in Nairobi"), else the country the article is
        # talking about
        found = self._loyalty_owner(tok, base) or self._named_before(doc, tok, base, recent) \
            or self._possessor(tok, base) or self._shared_modifier(tok, base)
        if found is not None:
            return found
        if base.role == HARDWARE_ROLE and tok.dep_ in HARDWARE_OBJECT_DEPS:
            # "Ukrainian air defences shot down drones": weapons acted on are the enemy's, whose
            # owner only the text can give ("Russian drones"), never the last country named
            return None
        if tok.lemma_.lower() in FOREIGN_POSTS:
            return None  # "embassies in Kinshasa" are other states' posts, not Congo's
        return self._where_it_acts(doc, tok, base, recent) or self._country_named_around(doc, tok, base, recent)

    def _told_before(self, doc, tok, base: ActorMention, recent: list[Entry]) -> ActorMention | None:
        """ "mediators from the bloc": the body the delegates come from; "the court", "the judges":
        the one court the article named; "the 13,000 troops": the force told before; "troops from
        the two countries": each one's troops."""
        people = self._people_of_plural(doc, tok, base)
        if people is not None:
            return people
        sender = self._sender(doc, tok) if tok.lemma_.lower() in DELEGATED_NOUNS else None
        if sender is not None:
            return replace(sender, role=base.role or sender.role) if not sender.country \
                or (sender.id or "").startswith("org:") else _with_country(replace(base, id=None), sender.country)
        if base.sector == "JUD" and _definite(tok) and (tok.tag_ == "NN" or tok.tag_ == "NNS"
                                                         and tok.lemma_.lower() in COURT_MEMBERS):
            # "the court" after "the International Criminal Court" (however long after, when the
            # article named only that court): that court, not a court of the country named last;
            # so are "the tribunal", "the judges" and "the prosecutor" of an article that named
            # one court or tribunal
            named = self._named_by_head(doc, tok, recent) or self._sole_court(tok, self._history)
            if named is not None:
                return _point(base, named, doc, tok)
        if base.sector == "MIL" and tok.tag_ == "NNS" and _counted_definite(tok):
            # "ended its peacekeeping mission in Mali ... demanded that the 13,000 troops leave":
            # a counted force is the one told before (a mission or an army), not the army of
            # the country the clause ends on
            force = next((e for e in reversed(recent) if not e.is_person and e.token.i < tok.i
                          and not e.mention.members and ((e.mention.cameo or "").startswith("IGO")
                                                         and _names_force(e.token)
                                                         or e.mention.sector == "MIL")), None)
            if force is not None:
                return _point(base, force, doc, tok)
        return None

    def _described_country(self, base: ActorMention, recent: list[Entry]) -> ActorMention | None:
        """ "the West Asian nation": of the countries the knowledge base gives the description, the
        one named last, else the only one."""
        countries = self.kb.descriptions[base.name]
        for entry in reversed(recent):
            if entry.mention.country in countries:
                return _with_country(base, entry.mention.country)
        return _with_country(base, countries[0]) if len(countries) == 1 else None

    def _named_before(self, doc, tok, base: ActorMention, recent: list[Entry]) -> ActorMention | None:
        """The holder or body of the title named before: the forces that took power for "the
        junta", the person of that title for "the president", the body of that role for "the
        regime", the organisation whose name has the noun, the armed group for "the group"."""
        if base.role == JUNTA_ROLE and _definite(tok) and not base.name:
            # "army officers seized power ... The junta freed him": the forces that acted as the
            # subject lately (not a head of state of another country named since, nor the
            # clause's own subject), unless a junta was named as such (below)
            subj = None if _is_subject(tok) else _clause_subject(tok)
            named = any(e.mention.role == JUNTA_ROLE and not e.is_person and e.mention.resolved_by != "coreference"
                        for e in recent)
            forces = None if named else next(
                (e for e in reversed(recent) if e.is_subject and not e.is_person and e.mention.country
                 and e.mention.sector == "MIL" and not e.mention.members
                 and not (subj is not None and e.token.i == subj.i)), None)
            if forces is not None:
                return _point(base, forces, doc, tok)
        if base.role and base.sector in ("GOV", "MIL", "LEG", "JUD", None) and _definite(tok):
            if tok.lower_ in GENERIC_TITLES:
                # "a Turkish official said ... Trump ... , the official said": the unnamed holder
                # of that title the article introduced, not a named person of any office
                same = next((e for e in reversed(recent) if not e.is_person and e.mention.role == base.role
                             and e.mention.country and e.token.i != tok.i), None)
                if same is not None:
                    return _with_country(base, same.mention.country)
            for entry in reversed(recent):
                m = entry.mention
                if entry.is_person and (_titles_compatible(base.role, m.role or "") if m.role else False):
                    return _point(base, entry, doc, tok)
        if base.role and _definite(tok) and not base.name:
            # "the regime", "the army": the body of that name the article named last ("the
            # Syrian regime"), not whichever country came last ("... condemned Ankara")
            for entry in reversed(recent):
                m = entry.mention
                if not entry.is_person and m.country and m.sector == base.sector and m.role == base.role \
                        and not (tok.tag_ == "NN" and entry.token.tag_ == "NNS" and m.resolved_by == "coreference"):
                    # (not a bare plural: "Mali and Burkina Faso, also ruled by juntas ... the junta")
                    return _with_country(base, m.country)
        named = self._named_by_head(doc, tok, recent) if _definite(tok) and tok.tag_ == "NN" else None
        if named is not None:
            return _point(base, named, doc, tok)
        if base.sector in ARMED_GROUP_SECTORS and _definite(tok) and tok.lemma_.lower() in GROUP_HEADS:
            # "the militant group", "the rebel movement": the armed organisation named last
            named = next((e for e in reversed(recent) if (e.mention.id or "").startswith("org:")
                          and ((e.mention.cameo or "").startswith("IMG") or e.mention.sector in ARMED_GROUP_SECTORS)), None)
            if named is not None:
                return _point(base, named, doc, tok)
        return None

    def _where_it_acts(self, doc, tok, base: ActorMention, recent: list[Entry]) -> ActorMention | None:
        """The country of an unnamed body from where it acts: the state it is paired with, the
        place of its clause, the party a court judges, a town rebels strike, the setting of police,
        rebels and local bodies, the state whose army or title it is as the article's subject."""
        if base.sector in ("REB", "INS", "OPP"):
            # "the Philippine government and Muslim rebels": rebels paired with a state fight it
            # at home, wherever the talks are held
            partner = self._coordinated_state(tok)
            if partner:
                return _with_country(base, partner)
        place = self._clause_place(tok)
        if place:
            return _with_country(base, place)
        if base.sector == "JUD":
            # "the prime minister was suspended by the Constitutional Court": a court judges its
            # own state's people, not those of the country the last sentence ended on
            party = self._judged_party(tok)
            if party:
                return _with_country(base, party)
        if base.sector in ("REB", "INS"):
            struck = self._struck_town(tok)
            if struck:
                return _with_country(base, struck)
        # "local officials", and a state's own media ("state television reported"): of the place
        # the article is set in
        state_media = base.sector == "MED" and any(c.lower_ in STATE_MEDIA for c in tok.subtree if c.i < tok.i)
        local = any(c.lower_ == "local" for c in kids(tok)) or state_media
        if base.sector == "COP":
            # police act at home: where the last sentences are set ("protesters attacked embassies
            # in Kinshasa, setting fire to the French embassy. Police fired tear gas" are Congolese)
            start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
            setting = _setting(doc, self._items, None, within=(start, tok.i)) \
                or _setting(doc, self._items, None, least=2, dateline=self._dateline)
            if setting:
                return _with_country(base, setting)
        if base.sector in ("REB", "INS") or local:
            # unnamed rebels fight where the article's places are, not for the last country
            # named; "local media", "local officials" are of the place the article is set in
            setting = _setting(doc, self._items, None, least=1 if local else 2, dateline=self._dateline)
            if setting:
                return _with_country(base, setting)
        if state_media:
            # else the state the article opens with as its subject
            lead = next((e for e in recent if e.is_subject and e.mention.country
                         and e.mention.sector in (None, "GOV", "MIL")), None)
            if lead is not None:
                return _with_country(base, lead.mention.country)
        if base.sector == "MIL" and _definite(tok) and tok.tag_ == "NN":
            # "the army" with no namesake: the armed forces the article named last ("army officers
            # seized power ... The US suspended aid ... urged the army"), else the state whose
            # armed group it is paired with ("the war between the army and the RSF")
            forces = next((e for e in reversed(recent) if e.mention.country and e.mention.sector == "MIL"
                           and not e.mention.members), None)
            if forces is not None:
                return _with_country(base, forces.mention.country)
            partner = self._coordinated_group(tok)
            if partner:
                return _with_country(base, partner)
        if base.role and _definite(tok) and base.sector in ("GOV", "MIL", "LEG", "JUD", None):
            # "the foreign minister", "the army", "the spokesman" with no namesake: the state the
            # article has as its subject, not whichever country the last sentence ended on
            sentence = tok.sent
            if tok.dep_ == "nsubj" and tok.head.lemma_ in _SPEECH:
                # "Manila summoned China's ambassador ..., the foreign ministry said": the body
                # reporting a state's act is that state's
                told = [c for c in kids(tok.head) if c.dep_ == "ccomp" and c.i < tok.i]
                # (a state or its government acting, not "Ugandan troops have attacked ..., the
                # spokesman added": an accusation)
                actor = next((e for e in reversed(recent) for c in told for x in kids(c)
                              if x.dep_ == "nsubj" and e.token.i == x.i and e.mention.country
                              and e.mention.sector in (None, "GOV")), None)
                if actor is not None:
                    return _with_country(base, actor.mention.country)
            if tok.lemma_.lower() == "government":
                # "the government" names again the government the article named as one ("Ethiopia's
                # government agreed ... a truce declared by the government"), however far back,
                # before the state of the last subject (another state's minister in between)
                named = next((e for e in reversed(self._history) if e.token.i < sentence.start
                              and e.token.lemma_.lower() == "government" and e.mention.country
                              and e.mention.sector == "GOV" and e.mention.resolved_by != "coreference"), None)
                if named is not None:
                    return _with_country(base, named.mention.country)
            for entry in reversed(recent):
                if entry.is_subject and entry.mention.country and entry.token.i < sentence.start \
                        and not _named_as_place(entry.token) and entry.mention.sector != "ELI":
                    # (a former official speaks for no state: "X, a former prime minister of Y, said")
                    return _with_country(base, entry.mention.country)
        return None

    def _country_named_around(self, doc, tok, base: ActorMention, recent: list[Entry]) -> ActorMention | None:
        """The country named last before it (not the own agent of victims, nor a news outlet's;
        protesters stay at home, the dateline's), else one named later in its sentence, else the
        sole state its sentence names, else the dateline's for groups that act at home."""
        # unnamed victims ("Israeli strikes killed 40 people") are not of the attacker's country
        # merely because it was named last: they pass over their own clause's agent, then look to
        # the rest of their sentence ("..., Ukrainian officials said"), and only then take the
        # agent's own
        agent = _clause_subject(tok) if base.sector in VICTIM_SECTORS and not _is_subject(tok) else None
        force = self._resolved.get(agent.i) if agent is not None else None
        if force is not None and force.sector in ("MIL", "COP"):
            # a state's forces acting where the last sentences are set, abroad: "... near an aid site
            # in Rafah. Troops fired warning shots at suspects" are not Israeli suspects
            start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
            setting = _setting(doc, self._items, None, within=(start, tok.i))
            if setting and setting != force.country:
                return _with_country(base, setting)
        beside = {m.i for m in _qualifiers(tok.head)} if self._joined_to_state_people(tok, base) else set()
        for entry in reversed(recent):
            # not a news outlet's country: "an AFP correspondent said" does not make the next
            # unnamed peacekeepers French
            if agent is not None and entry.token.i == agent.i:
                continue
            if entry.token.i in beside:
                continue  # rebels joined to a state's people are not of that state
            if base.sector in HOME_SECTORS and _named_as_destination(entry.token):
                continue  # "flees to India as protesters storm her residence": not Indian protesters
            if _named_as_venue(entry.token):
                continue  # "resumed talks in Kuala Lumpur, a day after troops clashed": not Malaysian troops
            if entry.mention.country and entry.mention.sector != "MED":
                if base.sector in HOME_SECTORS and self._dateline and entry.mention.country != self._dateline \
                        and entry.token.i < tok.sent.start:
                    # protesters, strikers, gangs act at home: in a story datelined Seoul, those
                    # after a passing paragraph on Washington are still South Korean
                    return _with_country(base, self._dateline)
                return _with_country(base, entry.mention.country)
        if agent is not None:
            later = next((m for i, m in sorted(self._items.items()) if tok.i < i < tok.sent.end and m.country
                          and m.sector != "MED" and not m.members and i != agent.i), None)
            if later is not None:
                return _with_country(base, later.country)
            # with no one else named, a state acts on its own people ("Saudi Arabia granted women
            # the right to vote")
            own = next((e for e in reversed(recent) if e.token.i == agent.i and e.mention.country), None)
            if own is not None:
                return _with_country(base, own.mention.country)
        later = self._sole_state_later(tok, base)
        if later is None and base.sector in HOME_SECTORS and self._dateline:
            later = self._dateline  # "SEOUL (Reuters) - Protesters rallied ...": at home, where the story is
        return _with_country(base, later) if later else None

    def _sender(self, doc: Doc, tok: Token) -> ActorMention | None:
        """ "Mediators from the bloc", "officials from the country": people sent by a body or
        state that the "from" phrase refers back to act for it (not for the place they are in)."""
        src = next((o for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "from" for o in kids(p)
                    if o.dep_ == "pobj"), None)
        if src is None or not (_bloc_reference(src) or _org_reference(src) or _state_reference(src)):
            return None
        pending = ActorMention(doc_id=doc_id(doc), text="", start=0, end=0, resolved_by="coreference")
        sentence = _sentence_index(doc).get(src.i, 0)
        found = self._resolve(doc, src, pending, self._history, sentence, self._subjects)
        if found is None or not found.cameo or found.members:
            return None
        start, end = token_span(doc, tok, tok)
        return replace(found, text=article_text(doc, start, end), start=start, end=end)

    def _org_type(self, entry: Entry) -> str | None:
        org = self.kb.organisations.get(entry.mention.id or "") if not entry.is_person else None
        return org.type if org is not None else None

    @staticmethod
    def _named_by_head(doc: Doc, tok: Token, recent: list[Entry]) -> Entry | None:
        """ "the court" after "the International Court of Justice", "the agency" after "the
        International Atomic Energy Agency": an organisation named in the last sentences whose
        name has the noun as a word."""
        sent = tok.sent
        for _ in range(NAMED_BY_HEAD_SENTENCES):
            if sent.start > 0:
                sent = doc[sent.start - 1].sent
        word = tok.lower_
        return next((e for e in reversed(recent) if e.token.i >= sent.start and not e.is_person
                     and (e.mention.id or "").startswith("org:") and e.token.i != tok.i
                     and word in {w.lower() for w in (e.mention.name or e.mention.text).split()}), None)

    @staticmethod
    def _sole_court(tok: Token, history: list[Entry]) -> Entry | None:
        """ "the court" anywhere after the article named one court organisation, and only one ("the
        International Criminal Court ... [eight sentences] ... urged states to cooperate with the
        court"): that court, not a court of the country named last."""
        word = tok.lower_
        words = COURT_WORDS if word in COURT_WORDS or tok.lemma_.lower() in COURT_MEMBERS else {word}
        courts = {e.mention.id: e for e in history if not e.is_person and e.token.i < tok.i
                  and (e.mention.id or "").startswith("org:")
                  and words & {w.lower() for w in (e.mention.name or e.mention.text).split()}}
        return next(iter(courts.values())) if len(courts) == 1 else None

    def _shared_modifier(self, tok: Token, base: ActorMention) -> ActorMention | None:
        """ "Israeli helicopters and tanks": a conjunct shares the country its head noun is
        qualified by."""
        if tok.dep_ != "conj" or tok.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if self._joined_to_state_people(tok, base):
            return None
        countries: list[str] = []
        for mod in _qualifiers(tok.head):
            named = self._items.get(mod.i)
            if named is not None and named.country and not named.sector and not named.members \
                    and (named.id or "").startswith("country:") and named.country not in countries:
                countries.append(named.country)
        if len(countries) > 1:
            members = [_with_country(replace(base, id=None), c) for c in countries]
            return replace(base, members=members, name=" and ".join(m.cameo or "" for m in members))
        return _with_country(base, countries[0]) if countries else None

    def _joined_to_state_people(self, tok: Token, base: ActorMention) -> bool:
        """ "talks between Russian officers and rebel leaders": rebels or an opposition joined by
        "and" to people only a national adjective makes a state's are a party of their own, not
        that state's; the places of their clause or the article give their country. Joined to
        the state itself or one of its bodies ("Sudan and the rebels", "the Philippine government
        and Muslim rebels") they are its own, and "Syrian rebels and militiamen" share it."""
        if tok.dep_ != "conj" or base.sector not in MOVEMENT_SECTORS or tok.head.pos_ != "NOUN":
            return False
        # (a common noun naming no body of the state: its country is the adjective's alone)
        named = self._items.get(tok.head.i)
        return named is None or not named.sector

    def _loyalty_owner(self, tok: Token, base: ActorMention) -> ActorMention | None:
        """ "gunmen loyal to Aristide", "militias loyal to the warlord": the followers of the one
        they are loyal to, so of that party's country (never its office: a deposed leader's
        gunmen are not his state), not of a place or a state named nearby."""
        loyal = next((c for c in kids(tok) if c.dep_ == "amod" and c.lemma_.lower() in LOYALTY_ADJECTIVES), None)
        to = next((c for c in kids(loyal) if c.dep_ == "prep" and c.lower_ == "to"), None) if loyal is not None else None
        if to is None:
            return None
        for obj in (c for c in kids(to) if c.dep_ == "pobj"):
            for word in (obj, *(c for c in kids(obj) if c.dep_ == "appos")):
                owner = self._items.get(word.i)
                if owner is not None and owner.country and not owner.members:
                    return _with_country(base, owner.country)
        return None

    def _possessor(self, tok: Token, base: ActorMention) -> ActorMention | None:
        """ "its citizens", "his government": the body or group of the pronoun's referent (an
        organisation's own: "its peacekeepers" of the UN are the UN)."""
        poss = next((c for c in kids(tok) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        owner = self._resolved.get(poss.i) if poss is not None else None
        if owner is None or owner.members or not owner.cameo:
            return None
        if owner.country:
            return _with_country(base, owner.country)
        return replace(base, cameo=owner.cameo, id=base.id or owner.id)

    def _from_hint(self, doc, tok, base: ActorMention, recent: list[Entry], hint: ContextHint) -> ActorMention | None:
        """A group spread over several countries ("Kurdish fighters", "Shiite militias"): the
        candidate the clause or the article names, else the group's default."""
        ground = self._foreign_ground(tok)

        def allowed(country: str) -> bool:
            return country not in hint.excluded and country != ground \
                and (hint.candidates is None or country in hint.candidates)

        if hint.home:
            home = self._dateline or _setting(doc, self._items, None, within=(tok.sent.start, tok.sent.end))
            return _with_country(base, home) if home else None

        partner = self._coordinated_state(tok) if base.sector in ("REB", "INS", "OPP") else None
        if partner and allowed(partner):
            return _with_country(base, partner)  # "the Philippine government and Muslim rebels"
        place = self._clause_place(tok)
        if place and allowed(place):
            return _with_country(base, place)
        if hint.candidates is not None:
            # the places of its own sentence first ("... in Kurdish-held Syria ... Kurdish
            # militias"), then the article's
            candidates = tuple(c for c in hint.candidates if c != ground)
            setting = _setting(doc, self._items, candidates, within=(tok.sent.start, tok.sent.end)) \
                or _setting(doc, self._items, candidates, dateline=self._dateline)
            if setting:
                return _with_country(base, setting)
        for entry in reversed(recent):
            if entry.mention.country and allowed(entry.mention.country):
                return _with_country(base, entry.mention.country)
        if hint.candidates is not None or hint.excluded:
            # "Kurdish militants attacked a Turkish army post", "pro-Syrian fighters clashed with
            # Lebanese soldiers": a candidate named later in the sentence
            for i in range(tok.i + 1, tok.sent.end):
                later = self._items.get(i)
                if later is not None and later.country and allowed(later.country):
                    return _with_country(base, later.country)
        if hint.fallback:
            return _with_country(base, hint.fallback)
        return None

    def _foreign_ground(self, tok: Token) -> str | None:
        """ "Hutu rebels on Congolese soil", "Kurdish fighters inside Syrian territory": the state
        whose ground the phrase puts the group on is where it is, which the words say is not its own
        (the parser may hang the ground on the verb the group is the object of: "hunt rebels on ...")."""
        holders = (tok, tok.head) if tok.dep_ == "dobj" else (tok,)
        for prep in (p for h in holders for p in kids(h)):
            if prep.dep_ != "prep" or prep.lower_ not in GROUND_PREPS:
                continue
            for ground in (o for o in kids(prep) if o.dep_ == "pobj" and o.lemma_.lower() in GROUND_NOUNS):
                # (the national adjective's mention is grouped under the ground noun it modifies)
                owner = self._items.get(ground.i)
                if owner is not None and owner.country and not owner.members:
                    return owner.country
        return None

    def _countryless(self, tok: Token, mention: ActorMention) -> ActorMention | None:
        """A pending group or body mention in a text that names no state: a faith or region's own
        code (Sunnis MOSSUN), else a plural movement's sector alone (CAMEO's code for an actor of no
        named country: "fundamentalist leaders" RAD); pronouns and bare descriptions stay unresolved."""
        if not mention.text:
            return None
        hint = self._hints.get(tok.i)
        if hint is not None and hint.stateless:
            return replace(mention, cameo=hint.stateless, country=None)
        if mention.sector in MOVEMENT_SECTORS and tok.tag_ in ("NNS", "NNPS"):
            # (a movement of people, not one unnamed person, "a protester demolished the building",
            # nor people of a walk of life, "students carried out exercises")
            return replace(mention, cameo=mention.sector, country=None)
        return None


def _qualifiers(head: Token) -> list[Token]:
    """The head noun and the words before it that may name its country ("U.S. and British
    warplanes": each country the head noun is qualified by)."""
    mods = [head, *(m for m in kids(head) if m.i < head.i and m.dep_ in ("amod", "compound", "poss", "nmod"))]
    return mods + [c for m in mods[1:] for c in kids(m) if c.dep_ == "conj"]


def _named_as_venue(tok: Token) -> bool:
    """ "talks in Kuala Lumpur", "a summit at Sharm el-Sheikh": where parties meet, which is no
    country of theirs nor of an unnamed body told of after it."""
    if tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head.lemma_.lower() in VENUE_NOUNS


def _names_force(tok: Token) -> bool:
    """ "the UN mission", "its peacekeeping mission", "the AU force": an organisation's armed presence."""
    return tok.lemma_.lower() in FORCE_NOUNS or tok.dep_ in ("poss", "compound") and tok.head.lemma_.lower() in FORCE_NOUNS


def _counted_definite(tok: Token) -> bool:
    """ "the 13,000 troops": a definite plural with a number of its own and no other modifier."""
    children = list(kids(tok))
    return any(c.lower_ == "the" for c in children) and any(c.dep_ == "nummod" for c in children) \
        and all(c.dep_ in ("det", "nummod", "punct") for c in children if c.i < tok.i)

