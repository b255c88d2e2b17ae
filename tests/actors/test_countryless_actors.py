"""Actors a wire coder must code although no state is theirs: a body named after a president
whose surname several of one state's leaders bore, a region's bodies ("a European court"), a
faith ("Shiites") and plural groups (militants, radicals) in a text that names no state.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow


def code_of(found, phrase):
    hit = next((m for t, m in found.items() if phrase in t), None)
    return hit.cameo if hit is not None else None


@pytest.mark.parametrize("text,phrase,code", [
    # father and son, husband and wife: the person stays open, the state does not
    ("The Bush administration warned Pyongyang on Friday.", "Bush administration", "USAGOV"),
    ("The Clinton administration lifted the embargo on Vietnam.", "Clinton administration", "USAGOV"),
    ("Officials of the Clinton administration met Irish leaders in Belfast.", "Clinton administration", "USAGOV"),
])
def test_actor_without_a_named_state(ew, text, phrase, code):
    assert code_of(mentions(ew, text, "2024-05-01"), phrase) == code

