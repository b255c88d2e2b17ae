"""Targets that are an acting state's own: the people of the state whose organ declares martial
law, imposes a curfew, represses or detains people no actor names; the state (its government,
or its courts) whose order its people defy; and the government a country's military takes power
from in a seizure of power the text tells only by the countries it happened in.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.actors.descriptions import JUNTA_ROLE
from eventwire.model import ActorMention
from eventwire.nlp import kids

from .argument_actors import actors_of, is_country_place
from .places import clause_places
from .syntax import is_passive, objects

if TYPE_CHECKING:
    from .readings import Reading

# acts a state does to its own people when no one else is named: martial law or a state of
# emergency declared or lifted, curfews and curbs on political freedoms imposed or eased, violent
# repression ("troops crushed the uprising"); not sanctions, which may fall on foreigners
OWN_PEOPLE_CODES = ("1721", "1724", "0811", "0813", "0814", "175")
OWN_PEOPLE = "own people"
# people a state detains, named by no actor ("police detained dozens of them", "arrested 20 activists")
DETENTION_CODE = "173"
RULING_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


def state_organ(actor: ActorMention, sector: str, **changes) -> ActorMention:
    """The organ ``sector`` (its government, its courts) of the state of ``actor``'s country, no
    named person or body of it; ``changes`` say where the text tells it and how it was found."""
    return replace(actor, cameo=actor.country + sector, sector=sector, id=f"country:{actor.country}", role=None,
                   name=None, members=[], **changes)


def own_people(doc: Doc, sources: list[ActorMention], head: Token) -> list[ActorMention]:
    """The population of the state whose organ acts (an empty mention at the trigger, the bare
    country code): "Yoon declared martial law", "troops crushed the uprising"; or of the
    territory the clause names ("banned the vigil in Hong Kong")."""
    ruler = next((s for s in sources if s.country and s.sector in RULING_SECTORS), None)
    if ruler is None:
        return []
    where = [o for x in (head, *objects(head, is_passive(head))) for o in clause_places(x)]
    place = next((a for a in actors_of(doc, where) if is_country_place(a)), None)
    country = place.country if place is not None else ruler.country
    return [ActorMention(doc_id=ruler.doc_id, text="", start=head.idx, end=head.idx, cameo=country, country=country,
                         role=OWN_PEOPLE, resolved_by="own-people", id=f"country:{country}")]


# defying norms or orders, and the orders a state gives its own people; a court's are its courts'
DEFIANCE_CODE = "128"
STATE_ORDERS = frozenset({"ban", "curfew", "order", "law", "lockdown", "decree", "rule", "injunction", "ruling"})
COURT_ORDERS = frozenset({"injunction", "ruling"})
# the parts of a country its state gives orders to
SUBJECT_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "BUS", "MED", "REL", "AGR", "HLH"})


def defied_state(doc: Doc, r: Reading, sources: list[ActorMention]) -> list[ActorMention]:
    """The state of the people (a non-state sector of one country) who defy an order it gives:
    its government, or its courts for a ruling or injunction."""
    orders = [doc[i] for i in sorted(r.consumed) if doc[i].lemma_.lower() in STATE_ORDERS]
    people = next((s for s in sources if s.country and s.sector in SUBJECT_SECTORS), None)
    if not orders or people is None:
        return []
    sector = "JUD" if orders[0].lemma_.lower() in COURT_ORDERS else "GOV"
    return [state_organ(people, sector, text="", start=r.head.idx, end=r.head.idx, resolved_by="defied-order")]


SEIZURE_OF_POWER_CODE = "192"
# patterns of a seizure of power, whose target is the government it is taken from
SEIZURES_OF_POWER = frozenset({"192.seize-power", "192.stage-coup", "192.takeover-noun", "192.take-power-in-coup"})
SEIZURE_OF_POWER_ROOTS = frozenset({"19", "13", "03"})  # the seizure itself, a threat or an intent of it


def seizure_of_power(r: Reading) -> bool:
    """The reading tells a seizure of power (or a threat or an intent of one)."""
    return not SEIZURES_OF_POWER.isdisjoint(r.rules) and r.code[:2] in SEIZURE_OF_POWER_ROOTS


def seizing_forces(r: Reading, sources: list[ActorMention]) -> list[ActorMention]:
    """ "the junta seized power on 12 April": the doer of a seizure of power is coded by what it
    was before the act (roles as of the event date); a junta, which rules as the government once
    in power, was the military then."""
    if not seizure_of_power(r):
        return sources
    return [state_organ(s, "MIL") if s.role == JUNTA_ROLE and s.sector == "GOV" and s.country
            else s for s in sources]


def seized_from(r: Reading, sources: list[ActorMention]) -> list[ActorMention]:
    """ "army officers seized power", "the military staged a coup": power is taken from the
    actors' own state (conventions: a seizure of power by force, 192, on the government), as it
    is in a threat or an intent to take it ("threatened to seize power")."""
    return [state_organ(s, "GOV", text="", start=r.head.idx, end=r.head.idx, resolved_by="seizure")
            for s in sources[:1] if s.country and s.sector not in (None, "GOV")]
SEIZURE_NOUNS = frozenset({"coup", "takeover", "putsch"})
# a seizure that did not happen or is only said to have been planned: no 192
UNACHIEVED = frozenset({"failed", "foiled", "attempted", "abortive", "thwarted", "botched", "alleged", "planned",
                        "possible", "potential", "would-be"})


def seized_in_places(r: Reading, sources: list[ActorMention],
                     targets: list[ActorMention]) -> list[tuple[ActorMention, ActorMention]]:
    """ "military takeovers in Niger, Mali and Guinea", "the coup in Myanmar": a seizure of power
    the text tells only by the countries it happened in is each country's military taking power
    from its own government (conventions: 192, MIL on GOV), one event per country."""
    head = r.head
    if sources or not targets or r.code != SEIZURE_OF_POWER_CODE or r.inner \
            or r.binding.pattern.pos != "noun" or head.lemma_.lower() not in SEIZURE_NOUNS \
            or any(c.lower_ in UNACHIEVED for c in kids(head)) \
            or not all(is_country_place(t) and t.country for t in targets):
        return []
    out = []
    for t in dict.fromkeys(t.country for t in targets):
        agent = ActorMention(doc_id=targets[0].doc_id, text="", start=head.idx, end=head.idx, cameo=t + "MIL",
                             country=t, sector="MIL", resolved_by="seizure", id=f"country:{t}")
        ruled = next(x for x in targets if x.country == t)
        out.append((agent, state_organ(ruled, "GOV", resolved_by="seizure")))
    return out
