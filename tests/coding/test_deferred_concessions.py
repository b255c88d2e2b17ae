"""Putting off a concession or a cooperation the party could give now is a refusal of it for now
(12x, as the `reject` frame codes it): "delayed the release of prisoners" is 1243, "postponed
the withdrawal of its troops" 1246, "put off signing a pact with T" 127, from the party that
defers, where the wrapped act alone would read as done by its object or as done at all.
Putting off one's own use of force stays a de-escalation (087)."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Morocco delayed the release of Algerian prisoners.", ("MAR", "DZA", "1243")),
    ("Ethiopia postponed the withdrawal of its troops from Somalia.", ("ETH", "SOM", "1246")),
    ("Japan put off signing a trade pact with South Korea.", ("JPN", "KOR", "127")),
])
def test_deferred_concession_is_a_refusal(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_deferred_force_is_still_a_deescalation(code):
    got = triples(code("Turkey postponed its offensive against the Kurdish militia."))
    assert not any(c.startswith("12") for _, _, c in got), got
