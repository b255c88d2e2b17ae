"""coding/records.py: when two events of a sentence are one (dedup_key, add_unseen)."""

import pytest

from eventwire.coding.records import add_unseen
from eventwire.model import Actor, Event


def _event(sentence: int, cameo: str, source: str, target: str | None) -> Event:
    return Event(doc_id="d", sentence=sentence, evidence="", evidence_span=[0, 0], trigger="",
                 source=Actor(text=source, cameo=source), target=Actor(text=target, cameo=target) if target else None,
                 cameo=cameo, quad_class=1, goldstein=0.0, plover=None)


@pytest.mark.parametrize("pairs, kept", [
    ([(1, "040", "USA", "IRN"), (1, "040", "IRN", "USA")], 1),  # a meeting is one act whichever side leads
    ([(1, "111", "USA", "IRN"), (1, "111", "IRN", "USA")], 2),  # criticism is directed: both stay
    ([(1, "040", "USA", "IRN"), (2, "040", "USA", "IRN")], 2),  # another sentence is another report
    ([(1, "190", "RUS", None), (1, "190", "RUS", None)], 1),
    ([(1, "190", "RUS", None), (1, "190", "RUS", "UKR")], 2),
])
def test_add_unseen_keeps_one_event_per_key(pairs, kept):
    events, seen = [], set()
    for args in pairs:
        add_unseen(events, seen, _event(*args))
    assert len(events) == kept
    assert events[0].source.cameo == pairs[0][2]  # the first told is the one kept
