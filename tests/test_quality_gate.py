"""The accuracy gate: every development gold set must stay at or above its floor."""

import json
from pathlib import Path

import pytest

from tests.conftest import SHARED

pytestmark = pytest.mark.slow
BASELINE = Path(__file__).resolve().parents[1] / "eval_baseline.json"


@pytest.fixture(scope="module")
def results(ew):
    if not SHARED.exists():
        pytest.skip("shared gold sets not available")
    from eventwire.evaluate.suite import run_suite

    return run_suite(SHARED, ew=ew)


@pytest.mark.parametrize("name", json.loads(BASELINE.read_text())["floors"])
def test_scores_stay_above_their_floors(results, name):
    from eventwire.evaluate.suite import headline

    floors = json.loads(BASELINE.read_text())["floors"][name]
    got = headline(name, results[name])
    low = {k: (got.get(k), floor) for k, floor in floors.items() if got.get(k, 0.0) < floor}
    assert not low, f"{name}: below floor {low}"
