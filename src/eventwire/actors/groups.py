"""Peoples, regions and religions as actors: "Chechen rebels", "Tamil civilians", "Darfur".

A group (``data/groups.jsonl``) names no state, so its country comes from the knowledge base
(Chechens are Russia's, Kosovo Albanians Serbia's until 2008) or, for a group spread over several
states ("Kurdish fighters", "Shiite militias"), from the article: a place in the phrase ("Kurds
in Syria"), else the most recently named candidate country (coreference), else the group's
default. The sector comes from the noun ("rebels" REB, "civilians" CVL); a group named on its own is its
civilians ("the Chechens" RUSCVL) or its movement's sector (Zapatistas REB); a region named on
its own is a place (Darfur: Sudan, bare).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.model import ActorMention

from .kb import KnowledgeBase
from .pieces import piece_of

SUPRANATIONAL = "supranational"  # a region of many states (data/groups.jsonl kind)
# a region's heads of state named together ("West African leaders"; one "leader" is not its bloc)
BLOC_LEADERS = frozenset({"leaders", "heads of state", "heads of government"})
ETHNIC = {"ethnic"}  # "ethnic Albanians", "ethnic Russians": a minority, so the country is the article's


@dataclass(frozen=True)
class ContextHint:
    """How coreference should give a pending mention its country: one of ``candidates`` (None:
    any country) named in the article, else ``fallback``; never one of ``excluded``. An article
    that names no state at all leaves it the group's own ``stateless`` code ("Sunnis": MOSSUN)."""

    candidates: tuple[str, ...] | None
    fallback: str | None
    excluded: tuple[str, ...] = ()
    stateless: str | None = None
    # a body of the state where the story is set ("the National Assembly"): only the wire
    # dateline or its own sentence's places give it, never the country named last
    home: bool = False


def preceded_by_ethnic(doc: Doc, first: int) -> bool:
    return first > 0 and doc[first - 1].lower_ in ETHNIC


ATTITUDE = {"pro", "anti"}  # "pro-Russian separatists", "anti-American protesters": the object of a stance


# "Iranian-backed militias", "US-allied fighters": the country is a patron, the group is local;
# "a Qatar-brokered truce": the country is the third party, not the thing's owner (but a host is
# the counterpart of those who attend: "attended the Ethiopian-hosted summit")
PATRONAGE = {"backed", "allied", "sponsored", "funded", "supported", "armed", "trained", "aligned", "financed",
             "supplied", "equipped", "brokered", "mediated", "facilitated"}


def names_a_stance(doc: Doc, first: int, end: int) -> bool:
    """Whether the place piece ``doc[first:end]`` names what a group stands for or against or
    who backs it ("pro-Russian", "anti-American", "Iranian-backed"), not the group's own country."""
    if first > 0 and doc[first - 1].lower_ in ("pro-", "anti-"):
        return True
    if first > 1 and doc[first - 1].text == "-" and doc[first - 2].lower_ in ATTITUDE:
        return True
    if end < len(doc) and doc[end].lower_ in ("and", "&"):
        # "US and EU-backed forces": both are patrons
        end += 1
        while end < min(len(doc), first + 8) and doc[end].text[:1].isupper():
            end += 1
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in PATRONAGE


def resolve_group(kb: KnowledgeBase, doc: Doc, head: Token, span: Span, mention: ActorMention, sector: str | None,
                  role: str | None, places: list[str], day: str | None,
                  hints: dict[int, ContextHint] | None) -> ActorMention | None:
    """Complete ``mention`` for a group or region piece ``span`` headed by ``head``; a mention
    that needs the article's context is returned pending (``cameo`` None) with a hint. ``role``
    is the actor noun's role ("activists"), None when the group modifies nothing that acts."""
    piece = piece_of(span)
    group = kb.groups[piece.key]
    if group.kind == SUPRANATIONAL:
        # "Latin American countries", "a European court": many states, none of them; the region's
        # own code where it has one (CAMEO's region codes, as in IGOEUREEC), else no actor
        if group.cameo is None or (span.start > head.i or head.i >= span.end) and sector is None and role is None:
            return None
        mention.sector, mention.role = sector, role
        mention.name, mention.id, mention.country = group.names[0] if group.names else span.text, group.id, None
        mention.cameo = group.cameo + (sector or "")
        bloc = kb.organisations.get(group.bloc or "")
        if bloc is not None and (role or "").lower() in BLOC_LEADERS:
            # "West African leaders imposed sanctions": the region's heads of state acting together
            # are its bloc (ECOWAS), not a region's government; one "West African leader" is not
            mention.name, mention.id, mention.cameo, mention.sector = bloc.name, bloc.id, bloc.cameo, None
        return mention
    is_region = piece.kind == "region"
    own_head = span.start <= head.i < span.end
    if own_head:
        sector = sector or group.head_sector
    elif sector is None and role is None:
        return None  # "the Kurdish region", "a Shiite shrine", "the Darfur conflict": a modifier of a thing
    sector = stateless_sector(group, sector)
    mention.name = span.text if is_region else (group.names[0] if group.names else span.text)
    mention.sector, mention.role = sector, role
    ethnic = preceded_by_ethnic(doc, span.start)
    candidates = group.candidates_on(day)
    # a people of one state stays that state's where it is met ("Tigrayan forces in Pretoria",
    # "Tigrayan refugees in Sudan"); one spread over several is located by the place
    single = len(candidates) == 1 and not ethnic
    country = places[0] if places and not (single and not is_region) else None
    if country is None and single:
        country = candidates[0]
    if country is None:
        mention.resolved_by = "coreference"
        if is_region and sector is None:
            mention.id = f"place:{span.text}"
        if hints is not None:
            hints[head.i] = ContextHint(tuple(candidates) if candidates else None, group.fallback(day),
                                        stateless=group.cameo and group.cameo + ((sector or "") if sector != group.head_sector else ""))
        return mention
    return with_country(mention, country, place=is_region and sector is None and own_head, text=span.text)


def stateless_sector(group, sector: str | None) -> str | None:
    """A people with no state has no government or army of its own: "Kurdish forces", "Kurdish
    officials" are its armed movement (REB), not the state's MIL or GOV."""
    if group.kind == "ethnic" and sector in ("GOV", "MIL"):
        return "REB"
    return sector


def with_country(mention: ActorMention, country: str, place: bool = False, text: str = "") -> ActorMention:
    mention.country = country
    mention.cameo = country + (mention.sector or "")
    # a region named on its own is a place (like a city): it stands for its country in events,
    # but is not an antecedent for "they" or "the country"
    mention.id = f"place:{text}" if place else (mention.id or f"country:{country}")
    return mention
