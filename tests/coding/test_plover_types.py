"""PLOVER types a lexicon pattern sets over the crosswalk: a court's sentence is CAMEO 173 (the
project's convention) but PLOVER SANCTION, and a mode belongs to its own type."""

import pytest

from eventwire.ontology import plover_for

pytestmark = pytest.mark.slow


def test_an_overridden_type_drops_the_codes_mode():
    assert plover_for("173").event_type == "COERCE" and plover_for("173").mode == "arrest"
    p = plover_for("173", "SANCTION")
    assert p.event_type == "SANCTION" and p.mode is None and p.context == ["legal"]


@pytest.mark.parametrize("text", [
    "A Tunisian court sentenced the Libyan smuggler to ten years in prison.",
    "A Moroccan court handed down a five-year sentence to the Algerian smuggler.",
])
def test_a_sentence_is_sanction(code, text):
    events = [e for e in code(text) if e.cameo == "173"]
    assert events and all(e.plover.event_type == "SANCTION" for e in events), [(e.cameo, e.plover) for e in events]


def test_an_arrest_stays_coerce(code):
    events = [e for e in code("Egyptian police arrested the Sudanese activist.") if e.cameo == "173"]
    assert events and all(e.plover.event_type == "COERCE" for e in events)
