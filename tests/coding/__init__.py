"""Coder tests; ``triples`` is how they compare events: (source, target, CAMEO code); a few compare
other views of an event, below."""


def triples(events):
    return {(e.source.cameo, e.target.cameo if e.target else None, e.cameo) for e in events}


def source_code_target(events):
    """(source, code, target) codes of each event; None for a party it lacks."""
    return {(e.source.cameo if e.source else None, e.cameo, e.target.cameo if e.target else None)
            for e in events}


def countries_code_factuality(events):
    """(source country, target country, code, factuality) of each event."""
    return {(e.source.country, e.target and e.target.country, e.cameo, e.factuality) for e in events}
