"""Shared fixtures: the real spaCy model, a real Eventwire pipeline, paths to shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# the read-only development material sits next to the project; EVENTWIRE_SHARED points elsewhere
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus" / "seed"
FIXTURES = Path(__file__).parent / "fixtures"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def ew():
    from eventwire import Eventwire

    return Eventwire()


@pytest.fixture(scope="session")
def kb():
    from eventwire.actors.kb import default_kb

    return default_kb()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("corpus", "seed", "iran_us_talks.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_events(ew, seed_text):
    _, events = ew.code_text(seed_text, doc_id="seed-iran-us-talks", pub_date="2017-10")
    return events


@pytest.fixture
def code(ew):
    """Code one text and return its events."""

    def run(text: str, pub_date: str | None = "2020-06-15"):
        return ew.code_text(text, doc_id="t", pub_date=pub_date)[1]

    return run
