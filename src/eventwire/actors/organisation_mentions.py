"""The organisations a phrase names: a known organisation by its code on the date (a national
body of the country the text names, or one whose name other states' bodies share, left to the
article's context), not a patron, a club a named country belongs to, an IGO a country's thing is
about or one a state's diplomat is posted to; and a named body the knowledge base does not know (a
non-governmental one, or the state's legislature for a "National Assembly").

``OrganisationMentions`` is the part of ``MentionResolver`` (mentions.py) that codes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from eventwire.model import ActorMention
from eventwire.nlp import article_text, kids, token_span

from .groups import ContextHint, names_a_stance
from .kb import KnowledgeBase, _day, ascii_fold
from .noun_phrases import ENVOY_TITLES, MEMBERSHIP_NOUNS, MentionGroup
from .person_mentions import entity_words
from .pieces import piece_of

if TYPE_CHECKING:
    from .mentions import _Phrase


class OrganisationMentions:
    """The organisations a phrase names (a part of ``MentionResolver``)."""

    kb: KnowledgeBase

    def _unlisted_body_mention(self, doc: Doc, group: MentionGroup, mention, hints):
        """The mention of a named body the knowledge base does not know: a non-governmental one,
        or the legislature of the story's state for a "National Assembly"."""
        body = _member_body(group.head)
        first, last = _entity_bounds(body)
        # ("Members of the Union of X": the members speak for the body)
        mention.start, mention.end = token_span(doc, doc[min(first, group.head.i)], doc[last])
        mention.text = article_text(doc, mention.start, mention.end)
        if hints is not None and _legislature_name(doc[first:last + 1]):
            # "the National Assembly", "the Legislative Assembly": a state's legislature, of
            # the state its clause or the article names (never an NGO)
            mention.sector, mention.role, mention.resolved_by = "LEG", mention.text, "coreference"
            hints[group.head.i] = ContextHint(None, None, home=True)
            return mention
        mention.cameo, mention.id, mention.name = "NGO", f"org:{ascii_fold(mention.text)}", mention.text
        return mention

    def _igo_topic(self, doc: Doc, group: MentionGroup, org: Span) -> bool:
        """Whether an intergovernmental body only modifies a thing a country possesses ("Sweden's
        NATO bid"): no state owns an IGO, so the thing is the country's."""
        if self.kb.organisations[piece_of(org).key].type != "IGO" or org.start <= group.head.i < org.end:
            return False
        return any(p.end < len(doc) and doc[p.end].tag_ == "POS" and p.end <= org.start
                   for p in group.kinds("country", "capital"))

    def _named_organisations(self, p: _Phrase) -> list[Span]:
        """The organisations the phrase names as the actor: not a patron of a group, a club a
        named country belongs to, a thing about an IGO a country owns, nor the IGO a state's
        diplomat is posted to."""
        doc, group, sectors = p.doc, p.group, p.sectors
        # "EU-backed militias": the organisation is a patron, not the group (but "UN-sponsored
        # talks" name no group: the mention is the UN's)
        orgs = [o for o in group.kinds("org") if not (names_a_stance(doc, o.start, o.end)
                                                       and (sectors or group.kinds("group", "region")))]
        # "NATO-member Norway", "EU member state Hungary": the body the named country belongs to
        orgs = [o for o in orgs if not _membership(doc, o, group)]
        if orgs and not sectors and self._igo_topic(doc, group, orgs[-1]):
            orgs = []  # "Sweden's NATO bid", "Turkey's EU membership": the possessor's, about the IGO
        if orgs and any(t.lower().split()[-1] in ENVOY_TITLES for t in p.title_texts) and any(
                s.end <= orgs[-1].start for s in group.kinds("country", "adjective")) \
                and self.kb.organisations[piece_of(orgs[-1]).key].type == "IGO":
            orgs = []  # "Chile's deputy UN envoy X", "the Polish NATO ambassador": a state's diplomat there
        return orgs

    def _organisation_mention(self, p: _Phrase, named: Span) -> ActorMention:
        """A known organisation: its code on the date; a national body of the country the text
        names; a name other states' bodies share is left to the article's context."""
        group, mention, day, hints = p.group, p.mention, p.day, p.hints
        org = self.kb.organisations[piece_of(named).key]
        on = _day(day) if day else None
        country = org.country_on(on)
        mention.name, mention.id, mention.cameo, mention.country = org.name, org.id, org.code_on(on), country
        code = mention.cameo
        if country in self.kb.countries and code.startswith(country):
            # the Kosovo Liberation Army in 1999 fought in Serbia
            mention.country = self.kb.countries[country].code_on(day)
            mention.cameo = mention.country + code[len(country):]
        if country and code.startswith(country) and len(code) > len(country):
            mention.sector = code[len(country):len(country) + 3]  # Boko Haram: NGA + REB
        mention.role = p.title_texts[-1] if p.title_texts else None
        own = [piece_of(s).key for s in group.kinds("country", "adjective") if s.start < named.start]
        if org.country and own and own[-1] != org.country and org.type in ("body", "party", "media"):
            # "the Syrian Congress", "Kenya's Orange Democratic Movement": a national body of the
            # country the text names, not the namesake the dictionary knows
            sector = org.cameo[len(org.country):] if org.cameo.startswith(org.country) else None
            mention.country, mention.id = own[-1], f"country:{own[-1]}"
            mention.cameo, mention.sector = own[-1] + (sector or ""), sector or None
        elif not own and named.text in org.shared_names and hints is not None:
            # "Morena won a supermajority in Congress": a name other states' bodies bear too is
            # the body of the state the article is about, the dictionary's own when none is
            mention.cameo, mention.country, mention.id, mention.name = None, None, None, named.text
            mention.resolved_by, mention.role = "coreference", mention.role or named.text
            hints[group.head.i] = ContextHint((org.country, *org.namesakes), org.country)
        member = next((s for s in group.kinds("entity") if piece_of(s).key == "PERSON"
                       and s.start <= group.head.i < s.end), None)
        if member is not None:
            self._remember_local(mention, member, p.known)  # "Isis suspect X": later "X" is the member too
        return mention


def _membership(doc: Doc, org: Span, group: MentionGroup) -> bool:
    """Whether ``org`` only says what the country heading the phrase is a member of: "NATO-member
    Norway", "fellow Opec member Nigeria", "EU member state Hungary" (not "NATO members")."""
    nxt = org.end + (org.end < len(doc) and doc[org.end].text == "-")
    if nxt >= len(doc) or nxt == group.head.i or doc[nxt].lemma_.lower() not in MEMBERSHIP_NOUNS:
        return False
    return any(nxt < p.start <= group.head.i < p.end for p in group.kinds("country"))


# the head nouns of the names of associations, forums and the like (not of parties, fronts,
# movements, armies or councils and commissions, which are often a state's or an armed group's)
UNLISTED_BODY_NOUNS = frozenset({"association", "committee", "forum", "conference", "society", "federation",
                                 "foundation", "institute", "network", "coalition", "league", "organisation",
                                 "organization", "union", "congress", "assembly", "club", "centre", "center"})


# the words that make an assembly's name a national legislature's ("National Assembly",
# "Legislative Assembly", "Federal Assembly"), not a forum's or a party congress's
LEGISLATURE_QUALIFIERS = frozenset({"national", "legislative", "federal", "constituent", "parliamentary"})


def _legislature_name(name) -> bool:
    words = [t.lower_ for t in name]
    return bool(words) and words[-1] == "assembly" and len(words) == 2 and words[0] in LEGISLATURE_QUALIFIERS


def unlisted_body(group: MentionGroup, kb: KnowledgeBase) -> bool:
    """Whether the group's head is a body noun heading an organisation name the tagger found,
    in which the dictionary knows no state, organisation, people or person ("the Fifth Asian
    Energy Forum", "the Federation of Mine Workers"); a region's people name no state either ("the
    Union of Asian Lawyers"), and a body's members speak for it ("members of the ...")."""
    head = _member_body(group.head)
    return head.ent_type_ == "ORG" and head.lower_ in UNLISTED_BODY_NOUNS and head.text[:1].isupper() \
        and all(piece_of(p).kind in ("entity", "sector", "surname") or _supranational(kb, piece_of(p))
                for p in group.pieces)


# the people of a body that speak for it ("members of the Union of X")
MEMBER_NOUNS = frozenset({"member", "members", "representative", "representatives", "delegate", "delegates"})


def _member_body(head: Token) -> Token:
    """The body whose members ``head`` names ("Delegates of the Union of Asian Lawyers"), or ``head``."""
    if head.lower_ not in MEMBER_NOUNS:
        return head
    return next((o for p in kids(head) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in kids(p) if o.dep_ == "pobj"), head)


def _supranational(kb: KnowledgeBase, piece) -> bool:
    """Whether a people piece names the people of a whole region ("African", "Arab"), no state."""
    group = kb.groups.get(piece.key) if piece.kind == "group" else None
    return group is not None and group.kind == "supranational"


def _entity_bounds(tok: Token) -> tuple[int, int]:
    """The first and last token of the named entity ``tok`` is in (its article aside)."""
    words = entity_words(tok)
    first, last = words.start, words.end - 1
    if words[0].lower_ in ("the", "a", "an") and first < tok.i:
        first += 1
    return first, last
