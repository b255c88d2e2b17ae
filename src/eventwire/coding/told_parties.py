"""The parties of the acts an article told before, among which the coder looks for the target
of an act whose own sentence names none: the doer of the latest deed in a place a reaction
names, the two sides of the latest fight an appeal to stop is made to, the party a complaint to a
forum is about, whoever last acted on a threatener's side, and the other side of talks refused
or left, the party that asked for the act a refusal refuses, the party a series of economic
measures is aimed at, and the target of the source's own act that a later act carries on.

Each takes the sentence number ``n`` of the act and the events told, as (sentence number, event)
in text order, and looks back a few sentences only.
"""

from __future__ import annotations

from eventwire.model import ActorMention, Event

from .reactions import WORDS
from .roots import HOSTILE_ROOTS
from .sides import same_actor, same_dyad, same_side

PLACED_DEED_SENTENCES_BACK = 5


def placed_deed_doer(deeds: set[str], places: set[str], sources: list[ActorMention], n: int,
                     earlier: list[tuple[int, Event]]) -> ActorMention | None:
    """The doer of the latest deed of one of the roots ``deeds`` told in the sentences before
    sentence ``n`` on a party of one of the countries ``places``, other than ``sources``."""
    for m, ev in reversed(earlier):
        if n - m > PLACED_DEED_SENTENCES_BACK:
            break
        if ev.cameo[:2] in deeds and ev.source_ref is not None and ev.target_ref is not None \
                and ev.target_ref.country in places and not same_actor(ev.source_ref, sources):
            return ev.source_ref
    return None


FIGHT_TOLD_BACK = 4  # sentences


def fighting_parties(n: int, earlier: list[tuple[int, Event]]) -> list[ActorMention]:
    """The two sides of the latest use of force or coercion told in sentence ``n`` or up to
    ``FIGHT_TOLD_BACK`` before it."""
    for m, ev in reversed(earlier):
        if n - m > FIGHT_TOLD_BACK:
            break
        if ev.cameo[:2] in HOSTILE_ROOTS and ev.source_ref is not None and ev.target_ref is not None \
                and not same_actor(ev.source_ref, [ev.target_ref]):
            return [ev.source_ref, ev.target_ref]
    return []


# bodies that hear disputes between others: UN organs, the WTO, international and national courts
FORUM_PREFIXES = ("IGOUNO", "IGOBUSWTO", "IGOJUD")
FORUM_SECTORS = frozenset({"JUD"})
COMPLAINT_SENTENCES_BACK = 3


def forum(actor: ActorMention) -> bool:
    return (actor.cameo or "").startswith(FORUM_PREFIXES) or actor.sector in FORUM_SECTORS


def complained_of(sources: list[ActorMention], n: int, earlier: list[tuple[int, Event]],
                  current: list[Event] | None) -> list[ActorMention]:
    """The party a complaint lodged with a forum is about: the target of the source's own act
    told before it in the sentence ("recalled its ambassador from Tehran and said it would lodge a
    complaint"), or else the party last seen acting on the source ("It imposed provisional duties
    ... China filed a complaint at the WTO")."""
    home = {s.country or s.cameo for s in sources}

    def ours(a: ActorMention | None) -> bool:
        return a is not None and (a.country or a.cameo) in home

    for ev in reversed(current or []):
        if ours(ev.source_ref) and ev.target_ref is not None and not forum(ev.target_ref) and not ours(ev.target_ref):
            return [ev.target_ref]
    for m, ev in reversed(earlier):
        if n - m > COMPLAINT_SENTENCES_BACK:
            break
        if ours(ev.target_ref) and ev.source_ref is not None and not forum(ev.source_ref) \
                and not ours(ev.source_ref):
            return [ev.source_ref]
    return []


RETALIATED_BACK = 10  # sentences
NO_HARM_ROOTS = frozenset({"01", "02", "03", "04", "05"})


def retaliated_on(sources: list[ActorMention], n: int, earlier: list[tuple[int, Event]],
                  roots: frozenset[str] | None = None) -> list[ActorMention]:
    """The doer of the latest act told (up to ten sentences before sentence ``n``; of one of
    ``roots``, or any but words and meetings) whose target is on the side of one of ``sources``
    and whose doer is not."""
    for m, ev in reversed(earlier):
        if n - m > RETALIATED_BACK:
            break
        if ev.source_ref is None or ev.target_ref is None or ev.cameo[:2] in NO_HARM_ROOTS \
                or roots is not None and ev.cameo[:2] not in roots:
            continue
        if any(same_side(s, ev.target_ref) for s in sources) and not any(same_side(s, ev.source_ref) for s in sources):
            return [ev.source_ref]
    return []


# the events that tell talks between two sides: consultations, mediated and direct talks, their breakdown
TALK_CODES = frozenset({"040", "041", "045", "046", "164"})
TALKS_TOLD_BACK = 3  # sentences
MEDIATION_CODE = "045"


def talks_counterparts(sources: list[ActorMention], n: int, told: list[tuple[int, Event]]) -> list[ActorMention]:
    """The other side of the latest talks told (in sentence ``n`` or up to three before) that
    one of ``sources`` is a side of: the other party of direct talks, or the other parties a
    mediator of the talks mediates with."""
    for m, ev in reversed(told):
        if n - m > TALKS_TOLD_BACK or ev.cameo not in TALK_CODES or ev.source_ref is None or ev.target_ref is None:
            continue
        if ev.cameo == MEDIATION_CODE:
            if not any(same_side(s, ev.target_ref) for s in sources):
                continue
            # the mediator's other sides in that sentence
            others = [e.target_ref for k, e in told if k == m and e.cameo == MEDIATION_CODE and e.target_ref is not None
                      and e.source_ref is not None and same_dyad(e.source_ref, ev.source_ref)
                      and not any(same_side(s, e.target_ref) for s in sources)]
            if others:
                return others[:1]
            continue
        for side, other in ((ev.source_ref, ev.target_ref), (ev.target_ref, ev.source_ref)):
            if any(same_side(s, side) for s in sources) and not any(same_side(s, other) for s in sources):
                return [other]
    return []


# appeals and demands, whose asker a refusal of the very act asked for answers
REQUEST_ROOTS = frozenset({"02", "10"})
# (the act is named in the refusal's own terms, so the request may be told further back than a reaction's act)
REQUEST_TOLD_BACK = 10  # sentences


def asker_of_refused(refusal_code: str, sources: list[ActorMention], n: int, told: list[tuple[int, Event]],
                     refusal_of) -> list[ActorMention]:
    """The maker of the latest appeal or demand told (in sentence ``n`` or up to ten before) that
    asked for the act a refusal coded ``refusal_code`` refuses ("X urged the junta to free the
    minister ... the junta said it would not free him"), when not on the side of one of
    ``sources``; ``refusal_of(code)`` gives the code of refusing what a request coded ``code`` asks."""
    for m, ev in reversed(told):
        if n - m > REQUEST_TOLD_BACK:
            break
        if ev.cameo[:2] in REQUEST_ROOTS and ev.source_ref is not None and refusal_of(ev.cameo) == refusal_code \
                and not any(same_side(s, ev.source_ref) for s in sources):
            return [ev.source_ref]
    return []


# economic measures: aid cut or withheld (162x) and sanctions, embargoes and tariffs (163)
MEASURE_CODES = ("162", "163")
# the steps of a series such a measure may follow: those, and cuts in relations or membership
# ("the bloc suspended Gabon ... the United States suspended some aid programmes")
SERIES_CODES = (*MEASURE_CODES, "161")
MEASURES_TOLD_BACK = 8  # sentences: a story of one crisis tells its donors' or trading partners' steps in a row


def measured_party(sources: list[ActorMention], n: int, told: list[tuple[int, Event]]) -> list[ActorMention]:
    """The party the latest economic measure or cut in relations told (in sentence ``n`` or up to
    eight before) was aimed at, when one of ``sources`` names none for its own: "the World Bank
    paused disbursements to Sudan, and the US suspended $700m in aid", "the IMF suspended its loan
    to Mozambique ... donors froze their payments", "the AU suspended Gabon ... the US suspended
    some aid programmes". When that measure hit the source's own side, the source answers
    it and aims at whoever took it ("Russia halted oil deliveries after Belarus imposed a duty")."""
    for m, ev in reversed(told):
        if n - m > MEASURES_TOLD_BACK:
            break
        if not ev.cameo.startswith(SERIES_CODES) or ev.source_ref is None or ev.target_ref is None:
            continue
        if any(same_side(s, ev.target_ref) for s in sources):
            return [] if any(same_side(s, ev.source_ref) for s in sources) else [ev.source_ref]
        return [ev.target_ref]
    return []


OWN_ACT_TOLD_BACK = 10  # sentences: the act is named in its own word, as a reaction's may be


def own_act_target(roots: set[str], forms: set[str], sources: list[ActorMention], n: int,
                   told: list[tuple[int, Event]]) -> list[ActorMention]:
    """The target of the latest act of one of ``roots`` that the side of ``sources`` did, told
    up to ten sentences before sentence ``n`` in one of the words ``forms``: "Venezuela's closure
    of the border with Colombia ... [five sentences] ... he extended the closure" is aimed at
    Colombia. Not another party's act ("Colombia condemned the
    closure" answers its doer; see reactions.py) nor one aimed at the source's own side."""
    for m, ev in reversed(told):
        if n - m > OWN_ACT_TOLD_BACK:
            break
        if m == n or ev.cameo[:2] not in roots or ev.source_ref is None or ev.target_ref is None:
            continue
        ours = any(same_side(s, ev.source_ref) for s in sources)
        at_us = any(same_side(s, ev.target_ref) for s in sources)
        if ours and not at_us and forms & set(WORDS.findall(ev.evidence.lower())):
            return [ev.target_ref]
    return []
