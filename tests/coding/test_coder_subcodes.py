"""Specific CAMEO sub-codes from the wording: what a speech act asks for, offers or refuses, and
phrasings of roots 11-20. Hand-written sentences, one mechanism or phrasing per case."""

import pytest

pytestmark = pytest.mark.slow


def triples(events):
    return {(e.source.cameo, e.target.cameo if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize("text,expected", [
    # a noun a speech act wraps names the act asked for or refused, though it has no "to T" of its own
    ("Chile appealed to Peru for military aid.", ("CHL", "PER", "0232")),
    ("Argentina called for humanitarian aid from Brazil.", ("ARG", "BRA", "0233")),
    ("Poland rejected calls by Hungary for emergency economic aid.", ("POL", "HUN", "1221")),
    ("The Kenyan government rejected Tanzania's proposal for a ceasefire.", ("KENGOV", "TZA", "1246")),
])
def test_wrapped_noun_gives_the_sub_code(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_light_verb_noun_still_needs_its_target(code):
    # "launched attacks" names no one attacked: the light verb's noun is the act, still incomplete
    events = code("Boko Haram launched several attacks last year.")
    assert not [e for e in events if e.coder.rule.startswith("carry.") and e.target is None], triples(events)
