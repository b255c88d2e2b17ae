"""Coder tests; ``triples`` is how they compare events: (source, target, CAMEO code)."""


def triples(events):
    return {(e.source.cameo, e.target.cameo if e.target else None, e.cameo) for e in events}
