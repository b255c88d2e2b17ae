"""Whether two actors are one party: the same actor (``same_dyad``), so that an act between them
is no event, or one side of an act (``same_side``: two organs of one state act together). An
actor a search finds is never the act's own source."""

from __future__ import annotations

from eventwire.model import ActorMention

from .argument_actors import is_country_place
from .places import UNNAMED_ATTACKERS
from .refine import STATE_SECTORS

# unnamed agents coded by their country alone (conventions) who are not its state
NON_STATE_AGENTS = frozenset({UNNAMED_ATTACKERS, "gunmen", "suicide bomber", "terrorists", "activist", "hostages", "prisoners",
                              "detainees"})


# an empathetic comment (sorrow, condolences) is aimed at the people who suffered
EMPATHY_CODE = "018"


def same_actor(actor: ActorMention, others: list[ActorMention]) -> bool:
    return any(same_dyad(o, actor) for o in others)


def same_side(a: ActorMention, b: ActorMention) -> bool:
    """Co-parties of one act ("Kerry, Hagel and the leaders of Iraq signed ..."): two organs of
    one state act together, not on each other (Hamas and Fatah are two sides)."""
    return same_dyad(a, b) or (a.country is not None and a.country == b.country
                               and a.sector in STATE_SECTORS and b.sector in STATE_SECTORS)


def same_dyad(a: ActorMention, b: ActorMention) -> bool:
    """An event needs two different actors: same code, same entity, or a country and one of its
    own unnamed parts ("the American side" and "Trump") is not a dyad."""
    if a.cameo == b.cameo:
        return True
    if a.id and a.id == b.id and not a.id.startswith("country:"):
        return True  # the same person or organisation; a country's parts are different actors
    if a.country and a.country == b.country and (not a.sector or not b.sector):
        if (a.role if not a.sector else b.role) in NON_STATE_AGENTS:
            return False  # "gunmen killed a police officer in Kabul": unnamed attackers are not the state
        # a bare country stands for its state: the same side as its government, army, police,
        # courts or legislature, but not as its rebels, opposition or civilians
        return (a.sector or b.sector) in STATE_SECTORS
    return False


def mourned_at_home(code: str, source: ActorMention, target: ActorMention) -> bool:
    """ "The president expressed sorrow for the shootings in South Carolina": a state organ's
    sympathy for a tragedy in a place of its own country is aimed at the people there, who are not
    its state (a country does not sympathise with itself: the two codes differ)."""
    return code == EMPATHY_CODE and is_country_place(target) and target.country == source.country \
        and source.cameo != target.cameo


def owner_exclusions(code: str, sources: list[ActorMention]) -> list[ActorMention]:
    """The sources whose own country an owner search passes over: all of them, but for sympathy
    only a bare country (its state's sorrow over a place at home is for the people there)."""
    return [s for s in sources if not s.sector] if code == EMPATHY_CODE else sources
