"""The benchmark's sections run end to end on tiny inputs (figures are not checked here: timing
belongs to ``make bench``, not to tests; this catches a section broken by an API change)."""

from pathlib import Path

import pytest

from eventwire.scale.bench_sections import SECTIONS
from eventwire.scale.benchkit import Bench, Sizes

from ..conftest import SHARED

TINY = Sizes(news_times=1, stories=12, news_chunks=1, story_chunks=1, linear=(1,), events=2_000, workers=1)


@pytest.fixture(scope="module")
def bench(tmp_path_factory) -> Bench:
    if not (SHARED / "corpus").exists():
        pytest.skip("shared corpus not available")
    return Bench(SHARED, TINY, Path(tmp_path_factory.mktemp("bench")))


def test_throughput_section_codes_and_stores_both_corpora(bench: Bench) -> None:
    section = next(s for s in SECTIONS if s.name == "throughput")
    result = section.run(bench)
    corpora = result.data["corpora"]
    assert len(corpora) == 2
    assert all(c["documents"] > 0 and c["events"] > 0 for c in corpora.values())
    assert bench.memo["local_news_records"], "the news corpus's records are kept for the scale-out check"


def test_linearity_section_runs(bench: Bench) -> None:
    section = next(s for s in SECTIONS if s.name == "linearity")
    result = section.run(bench)
    assert result.rows


def test_stages_section_times_every_stage(bench: Bench) -> None:
    section = next(s for s in SECTIONS if s.name == "stages")
    result = section.run(bench)
    assert all(result.data[name] > 0 for name in ("parse", "actors", "coding", "context"))
    assert 0 < result.data["actors_share_of_total"] < result.data["actors_share_after_parse"] < 1
