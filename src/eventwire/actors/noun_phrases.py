"""Group actor pieces into mentions: the pieces that modify one noun-phrase head are one mention
("Turkish Foreign Ministry spokesman Hami Aksoy": adjective, body, title and person,
headed by "Gamsemi"). ``np_head`` finds the head a piece belongs to; ``group_pieces`` makes the
groups that ``MentionResolver.resolve`` (mentions.py) turns into mentions. The word sets here say
which noun heads a phrase, and are read by the later stages too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import kids, token_columns

from .pieces import doc_pieces, piece_of

# "thousands of Nigerians", "a group of Igbo elders", "members of Hamas": the people named
# after "of" are the actor
QUANTITY_NOUNS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten", "tens", "score", "scores",
                  "million", "millions", "number", "group", "groups", "member", "members", "band", "bunch", "crowd",
                  "crowds", "team", "delegation", "handful", "majority", "most", "some", "many", "all", "couple",
                  # a part of a body acts as the body: "a faction of the Islamic State", "the armed wing of Hamas"
                  "faction", "factions", "wing", "cell", "cells", "branch", "offshoot", "affiliate", "contingent",
                  "unit", "units", "battalion", "brigade", "detachment",
                  # "a first batch of Bangladeshi peacekeepers", "a squad of Israeli soldiers"
                  "batch", "batches", "patch", "squad", "column", "convoy"}


NP_MODIFIERS = {"compound", "amod", "poss", "flat", "nmod", "nummod", "case", "det", "punct", "npadvmod"}


# parts of a place named with "of": "took to the streets of Minsk", "in the centre of Kabul"
PLACE_PARTS = frozenset({"street", "square", "centre", "center", "outskirts", "outskirt", "suburb", "heart", "city", "area",
                         "part", "edge", "gate", "environs", "periphery",
                         "town", "village", "port", "province", "region", "north", "south", "east", "west",
                         "northeast", "northwest", "southeast", "southwest", "interior", "rest"})


# a party's membership of a body: "NATO member Norway", "Turkey, a Nato member", "a signatory"
MEMBERSHIP_NOUNS = {"member", "signatory", "founder"}


# "Egypt's closest ally", "Iran's arch-rival": a noun for a party in relation to its possessor names
# another party (the one in apposition: "Egypt's closest ally, Saudi Arabia"), never the possessor
RELATIONAL_NOUNS = {"ally", "partner", "rival", "archrival", "arch-rival", "foe", "archfoe", "arch-foe", "enemy",
                    "archenemy", "arch-enemy", "adversary", "nemesis", "neighbour", "neighbor", "friend"}


# people sent or chosen by a body: "representatives from X" act for X, as "representatives of X" do,
# and so do the mediators, officials or inspectors a body sends ("mediators from ECOWAS"; not
# "expelled diplomats from X", whose target is the state itself)
DELEGATED_NOUNS = frozenset({"representative", "member", "delegate", "delegation", "mediator", "negotiator",
                             "official", "monitor", "observer", "inspector"})
# people who speak "for" a body or person: "a spokesman for the SDF" speaks as the SDF (an
# envoy "for Syria" is sent there, and a lawyer for a family is not the family)
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"})


# titles that name where their holder is sent: "US envoy to Syria Robert Ford" is the envoy
ENVOY_TITLES = {"envoy", "ambassador", "emissary", "representative", "consul", "delegate", "negotiator"}


# words that make the office a phrase names a past one, or one held at the time told
FORMER = {"former", "ex", "ex-", "erstwhile", "onetime", "one-time", "retired", "late"}
THEN = {"then", "then-"}
# "Islamic State suspect X", "Hamas operative X": a word for someone's tie to a group, before a
# name, makes the name the head of the phrase, a member of the group the phrase names
AFFILIATION_NOUNS = {"suspect", "recruiter", "operative", "member", "militant", "loyalist", "financier"}


@dataclass
class MentionGroup:
    head: Token
    pieces: list[Span] = field(default_factory=list)
    # the kind of each piece, read from its label once: the actor stage asks a group for its
    # pieces of some kinds a dozen times (pieces are only ever added, at the end)
    _kinds: list[str] = field(default_factory=list, repr=False, compare=False)

    def kinds(self, *kinds: str) -> list[Span]:
        if len(self._kinds) != len(self.pieces):
            self._kinds = [piece_of(p).kind for p in self.pieces]
        return [p for p, kind in zip(self.pieces, self._kinds, strict=True) if kind in kinds]


def np_head(token: Token, is_title=None) -> Token:
    """The head of the noun phrase a token belongs to (through compounds, modifiers,
    appositions and "of" phrases after titles: "Chief of Staff", "President of Iran").

    Climbing stops at a common noun that is not a title ("Trump's statement", "the Iranian
    nuclear programme" are headed by the thing, not the actor) and never joins two names in
    apposition ("Gamsemi, Trump")."""
    seen = 0
    while token.head != token and seen < 12:
        seen += 1
        dep, head = token.dep_, token.head
        if dep in NP_MODIFIERS or dep == "appos":
            if dep == "appos" and token.pos_ == "PROPN" and head.pos_ == "PROPN":
                break
            if dep == "appos" and token.lemma_.lower() in RELATIONAL_NOUNS | MEMBERSHIP_NOUNS:
                break  # "Turkey, a Nato member", "Kenya, a close US ally": a description naming another party
            relational = head.lemma_.lower() in RELATIONAL_NOUNS
            if dep == "appos" and head.pos_ == "NOUN" and not _title_like(head, is_title) and not relational \
                    and not _bracketed_acronym(token):
                # (an acronym in brackets is the name itself: "the Ogaden National Liberation Front (ONLF)")
                break  # "detention of a citizen, the pastor X": an apposition to a thing, not a title
            if dep == "poss" and relational:
                break  # "Egypt's ally" is not Egypt
            if _two_people(token, head):
                break  # "Donald Trump and ... Kim Jong Un" misparsed as one phrase
            token = head
        elif dep == "pobj" and head.dep_ == "prep" and head.lower_ == "of" \
                and head.head.pos_ in ("NOUN", "PROPN", "NUM") and head.head.lemma_.lower() not in PLACE_PARTS and (
                    head.head.is_title or _title_like(head.head, is_title) or head.head.lower_ in QUANTITY_NOUNS):
            # (but "the city of Mariupol" is a place, though "city council" makes "city" a title word)
            token = head.head  # "the mayor of the West Bank city", "President of Iran", "thousands of Nigerians"
        elif dep == "pobj" and head.dep_ == "prep" and head.lower_ == "from" and head.head.pos_ == "NOUN" \
                and head.head.lemma_.lower() in DELEGATED_NOUNS:
            token = head.head  # "representatives from rights groups", "delegates from Kenya" speak for them
        elif dep == "pobj" and head.dep_ == "prep" and head.lower_ == "for" and head.head.pos_ == "NOUN" \
                and head.head.lower_ in SPOKESPERSON_NOUNS:
            token = head.head  # "a spokesman for Hamas", "a spokeswoman for the ministry" speak as them
        elif dep == "pobj" and head.dep_ == "prep" and head.lower_ == "to" and token.ent_type_ == "PERSON" \
                and head.head.lemma_.lower() in ENVOY_TITLES:
            # "US envoy to Syria Robert Ford": the parser hangs the name on "to" with the country
            # it is sent to as a compound; the person is the envoy
            token = head.head
        else:
            break
        if token.pos_ == "NOUN" and not _title_like(token, is_title) and (
                token.dep_ in NP_MODIFIERS | {"appos"} or dep == "poss") \
                and not (token.lower_ in AFFILIATION_NOUNS and token.dep_ == "compound" and token.head.pos_ == "PROPN"):
            break  # "Bush's policy" is headed by the policy, not by a name it is misparsed "of"
    return token


def _bracketed_acronym(token: Token) -> bool:
    """ "(PKK)": an upper-case name in brackets right after the phrase it abbreviates."""
    doc = token.doc
    return token.is_upper and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" \
        and doc[token.i + 1].text == ")"


def _two_people(token: Token, head: Token) -> bool:
    """Whether ``token`` and ``head`` belong to two different person names."""
    if token.ent_type_ != "PERSON" or head.ent_type_ != "PERSON":
        return False
    doc = token.doc
    lo, hi = sorted((token.i, head.i))
    # two names when an entity begins between them (cheaper than walking doc.ents)
    return any(doc[k].ent_iob_ == "B" or doc[k].ent_type_ != "PERSON" for k in range(lo + 1, hi + 1))


def _title_like(token: Token, is_title) -> bool:
    if is_title is None:
        return token.is_title
    return is_title(token)


def group_pieces(doc: Doc, is_title=None) -> list[MentionGroup]:
    groups: dict[int, MentionGroup] = {}
    pieces = doc_pieces(doc)
    # "talks between Kabul and Taliban militants": the capital stands apart, and the name
    # conjoined to it goes with the noun both modify ("Taliban militants")
    moved: dict[int, Token] = {}
    for span in pieces:
        if _capital_beside(span) or _body_beside(span):
            moved[span.root.i] = span.root
            moved.update((c.i, span.root.head) for c in kids(span.root) if c.dep_ == "conj")
            # "Colombia's government and FARC rebels" read as "Colombia's [government and FARC] rebels"
            moved.update((c.i, span.root) for c in kids(span.root.head) if c.dep_ == "poss" and c.i < span.root.i)
    for span in pieces:
        head = moved.get(span.root.i) or _stop_at_moved(span.root, np_head(span.root, is_title), moved)
        groups.setdefault(head.i, MentionGroup(head)).pieces.append(span)
    return sorted(groups.values(), key=lambda g: g.pieces[0].start)


def _stop_at_moved(token: Token, head: Token, moved: dict[int, Token]) -> Token:
    """The phrase head, unless the climb to it passes a party that stands apart ("Sudan's
    government and Darfur rebels": "Sudan" stays with "government")."""
    while token.i != head.i and token.head.i != token.i:
        token = token.head
        if token.i in moved:
            return moved[token.i]
    return head


def _capital_beside(span: Span) -> bool:
    """ "talks between Kabul and Taliban militants": a capital conjoined before the modifier of a
    body is a party of its own (its government), not a second home of that body."""
    root = span.root
    return span.label_.startswith("capital|") and root.dep_ in ("nmod", "compound") and root.head.pos_ == "NOUN" \
        and any(c.dep_ == "conj" for c in kids(root))


def _body_beside(span: Span) -> bool:
    """ "Sudan's government and Darfur rebels": the parser may read a state body and a name
    conjoined to it as modifiers of the second body; the first is a party of its own."""
    root = span.root
    return span.label_.startswith("sector|") and root.dep_ in ("nmod", "compound") and root.head.pos_ == "NOUN" \
        and any(c.dep_ == "poss" and c.i < root.i for c in [*kids(root), *kids(root.head)]) \
        and any(c.dep_ == "conj" for c in kids(root))


def _modifier_words(doc: Doc, start: int) -> set[str]:
    """The words of the three tokens before a phrase, hyphenated ones also by part ("then-", "ex-")."""
    words = set()
    lowers = token_columns(doc)[1]
    for i in range(max(0, start - 3), start):
        lower = lowers[i]
        words.add(lower)
        words.update(part for part in re.split(r"[-\s]", lower) if part)
        if lower.startswith("then-"):
            words.add("then")
        if lower.startswith("ex-"):
            words.add("ex")
    return words


def _main_sector(terms) -> str | None:
    """The sector of the word closest to the head (the last one): "Iranian army spokesman" -> MIL
    unless a title says otherwise."""
    with_sector = [t for t in terms if t.sector]
    return with_sector[-1].sector if with_sector else None
