"""Aggregates for the charts: a dyad's time series, the actor network, the most active actors.

The store computes them in SQL (``Store.series``, ``Store.network``, ``Store.top_actors``); a
back end without them answers 501 (see ``errors.py``).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Query

from eventwire.store.base import Interval, Role

from ..deps import State
from ..filters import MAX_INT, Filters, check_actor, filter_params
from ..schemas import ErrorBody

router = APIRouter(tags=["analysis"])
RESPONSES = {
    422: {"model": ErrorBody, "description": "A filter is malformed."},
    501: {"model": ErrorBody, "description": "The database back end cannot aggregate yet."},
}


@router.get("/dyads/{a}/{b}/series", responses=RESPONSES)
def dyad_series(a: str, b: str, state: State, flt: Filters,
                interval: Annotated[Interval, Query(description="Length of a period.")] = Interval.month) -> dict:
    """Events per period and quad class from actor ``a`` to actor ``b`` (code prefixes such as
    ``IRN`` or ``USAGOV``; ``*`` for any), with the sum and mean of their Goldstein weights.
    Undated events are left out. The path names the dyad: ``source``/``target`` query
    parameters are ignored here."""
    src, tgt = check_actor("a", a), check_actor("b", b)
    flt.source = flt.target = None
    rows = state.read(lambda store: store.series(source=src, target=tgt, interval=interval.value, flt=flt))
    return {"source": src, "target": tgt, "interval": interval.value, "series": rows, "filters": filter_params(flt)}


def network_nodes(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Actors of the edges with their event counts as source and as target."""
    as_source: dict[str, int] = defaultdict(int)
    as_target: dict[str, int] = defaultdict(int)
    for e in edges:
        as_source[e["source"]] += e["events"]
        as_target[e["target"]] += e["events"]
    ids = sorted(set(as_source) | set(as_target), key=lambda a: -(as_source[a] + as_target[a]))
    return [{"id": a, "events": as_source[a] + as_target[a], "as_source": as_source[a], "as_target": as_target[a]}
            for a in ids]


@router.get("/network", responses=RESPONSES)
def network(state: State, flt: Filters,
            min_events: Annotated[int, Query(ge=1, le=MAX_INT, description="Leave out dyads with fewer events.")] = 1,
            limit: Annotated[int, Query(ge=1, le=5000, description="At most this many edges, strongest first.")] = 500,
            ) -> dict:
    """The directed actor network: one edge per dyad with its events per quad class and mean
    Goldstein weight, and the actors as nodes."""
    edges = state.read(lambda store: store.network(flt=flt, min_events=min_events, limit=limit))
    edges = [e for e in edges if e.get("source") and e.get("target")]
    return {"nodes": network_nodes(edges), "edges": edges, "min_events": min_events, "filters": filter_params(flt)}


@router.get("/actors", responses=RESPONSES)
def top_actors(state: State, flt: Filters, role: Role = Role.any,
               limit: Annotated[int, Query(ge=1, le=1000)] = 20) -> dict:
    """The most active actors."""
    rows = state.read(lambda store: store.top_actors(role=role.value, flt=flt, limit=limit))
    return {"actors": rows, "role": role.value, "filters": filter_params(flt)}


@router.get("/summary")
def summary(state: State) -> dict:
    """Documents and events in the database, events by quad class, and the top dyads."""
    return state.read(lambda store: store.summary())
