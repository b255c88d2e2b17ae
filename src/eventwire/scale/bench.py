"""``make bench``: eventwire's throughput against bare spaCy, scale-out on Dask, linearity, and
queries over a million stored events, measured in one run on the same inputs.

    python -m eventwire.scale.bench --shared SHARED_DIR [--quick] [--out bench-results.json]
                                    [--section NAME ...]

Inputs are the 40 shared world-news documents (replicated) and the 4,500 synthetic stories
(``--quick``: fewer copies and 500 stories). A compact table goes to standard output, ending with
the line ``eventwire/spaCy throughput ratio: X.XX`` (wall clock, both corpora); progress goes to
standard error; every figure is also written to ``bench-results.json``. Sections are listed in
:data:`eventwire.scale.bench_sections.SECTIONS`, which is where new ones (the HTTP load test) go.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .bench_sections import SECTIONS
from .benchkit import FULL, QUICK, Bench, Result


def run(shared: Path, quick: bool = False, names: list[str] | None = None, workdir: Path | None = None,
        console: Console | None = None) -> dict[str, Any]:
    """Run the sections (all, or ``names``) and return every figure, by section."""
    unknown = set(names or []) - {s.name for s in SECTIONS}
    if unknown:
        raise ValueError(f"unknown section(s) {', '.join(sorted(unknown))}; known: {', '.join(s.name for s in SECTIONS)}")
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        bench = Bench(shared, QUICK if quick else FULL, workdir or Path(tmp), console)
        report: dict[str, Any] = {"environment": _environment(quick), "sections": {}, "tables": {}}
        for section in SECTIONS:
            if names and section.name not in names:
                continue
            started = time.perf_counter()
            result: Result = section.run(bench)
            result.data["section_seconds"] = round(time.perf_counter() - started, 1)
            bench.results[section.name] = result.data
            report["sections"][section.name] = result.data
            report["tables"][section.title] = result.rows
        report["environment"]["load_average_end"] = os.getloadavg()
        report["environment"]["bench_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return report


def _environment(quick: bool) -> dict[str, Any]:
    import spacy

    from eventwire import __version__

    return {"date": datetime.now(UTC).isoformat(timespec="seconds"), "quick": quick, "eventwire": __version__,
            "spacy": spacy.__version__, "python": platform.python_version(), "cpus": os.cpu_count(),
            "load_average_start": os.getloadavg()}


def render(report: dict[str, Any], console: Console) -> None:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    for title, rows in report["tables"].items():
        table.add_row(f"[underline]{title}[/underline]", "")
        for label, value in rows:
            table.add_row(label, value)
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.scale.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=os.environ.get("EVENTWIRE_SHARED"),
                        required="EVENTWIRE_SHARED" not in os.environ, help="the shared data folder")
    parser.add_argument("--quick", action="store_true", help="smaller inputs (about two minutes)")
    parser.add_argument("--out", type=Path, default=Path("bench-results.json"), help="where to write every figure")
    parser.add_argument("--section", action="append", dest="sections", help="run only this section (repeatable)")
    args = parser.parse_args(argv)
    err = Console(stderr=True)
    if not (args.shared / "corpus").is_dir():
        err.print(f"[red]error:[/red] no shared data at {args.shared}")
        return 2
    try:
        report = run(args.shared, args.quick, args.sections, console=err)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        return 2
    args.out.write_text(json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8")
    out = Console(width=120, highlight=False)
    render(report, out)
    err.print(f"figures written to {args.out}")
    throughput = report["sections"].get("throughput")
    if throughput:
        sys.stdout.flush()
        print(f"eventwire/spaCy throughput ratio: {throughput['ratio']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
