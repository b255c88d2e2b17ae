"""The command line (``shared/spec/cli.md``): thin Typer wrappers over importable functions.

Records go to standard output (or ``--out``); progress, notices and per-document errors go to
standard error, so ``eventwire code ... --format jsonl > events.jsonl`` is always clean JSONL.
"""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from eventwire.model import Event
from eventwire.store.base import Interval

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Political event data from news articles.")
err = Console(stderr=True, soft_wrap=True)  # error lines stay whole (and greppable) at any width


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


DbOption = Annotated[str | None, typer.Option("--db", help="DuckDB file or postgresql:// URL.")]
SettingsOption = Annotated[list[str] | None, typer.Option("-s", "--set", help="Override a setting: section.key=value.")]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="A TOML file of settings.")]


def _config(config: Path | None, settings: list[str] | None):
    from eventwire.config import Config

    try:
        return Config.load(config, settings)
    except (ValueError, OSError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _db(db: str | None, config) -> str:
    return db or config.get("store.db")


def _events_table(events: list[Event], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("doc", "sent", "source", "target", "cameo", "plover", "date", "fact.", "attributed", "trigger"):
        table.add_column(col, overflow="fold")
    for e in events:
        table.add_row(
            e.doc_id, str(e.sentence), e.source.cameo if e.source else "", e.target.cameo if e.target else "",
            e.cameo, e.plover.event_type if e.plover else "", e.date.value or "", e.factuality,
            e.attributed_to.cameo if e.attributed_to else "", e.trigger,
        )
    return table


def _write_records(events: list[Event], out, fmt: Format, console: Console) -> None:
    if fmt == Format.jsonl:
        for e in events:
            out.write(json.dumps(e.as_dict(), ensure_ascii=False) + "\n")
        out.flush()
    elif events:
        console.print(_events_table(events))


@app.command()
def code(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl, .csv).")],
    format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    out: Annotated[Path | None, typer.Option("--out", help="Write records here instead of stdout.")] = None,
    db: DbOption = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Code without writing to the database.")] = False,
    pub_date: Annotated[str | None, typer.Option("--pub-date", help="Publication date for documents without one (YYYY[-MM[-DD]]).")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes (with --engine dask).")] = 1,
    engine: Annotated[Engine, typer.Option("--engine", help="Run locally or on a Dask cluster.")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Address of an existing Dask scheduler.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-code documents the database already has.")] = False,
    save_intermediate: Annotated[Path | None, typer.Option("--save-intermediate", help="Write each stage's output as JSONL here.")] = None,
    config: ConfigOption = None,
    settings: SettingsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Code articles into event records; store them unless --no-store."""
    from eventwire.runner import CodeOptions, run_code

    cfg = _config(config, settings)
    options = CodeOptions(
        inputs=[str(p) for p in inputs], db=None if no_store else _db(db, cfg), pub_date=pub_date,
        force=force, engine=engine.value, workers=workers, scheduler=scheduler,
        save_intermediate=str(save_intermediate) if save_intermediate else None, progress=not quiet,
    )
    out_fh = open(out, "w", encoding="utf-8") if out else sys.stdout
    console = Console(file=out_fh) if out else Console()
    try:
        result = run_code(options, cfg, on_events=lambda evs: _write_records(evs, out_fh, format, console),
                          on_error=lambda e: err.print(f"[red]error:[/red] {e}", highlight=False))
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    finally:
        if out:
            out_fh.close()
    err.print(f"coded {result.documents} documents, {result.events} events; "
              f"{result.skipped} unchanged; {result.errors} errors", highlight=False)
    if result.documents + result.skipped == 0:
        err.print("[red]no document could be coded[/red]")
        raise typer.Exit(1)


@app.command()
def events(
    db: DbOption = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Source actor code prefix (IRN, USAGOV).")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Target actor code prefix.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Events dated on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Events dated on or before.")] = None,
    cameo: Annotated[str | None, typer.Option("--cameo", help="CAMEO code prefix (19, 042).")] = None,
    factuality: Annotated[str | None, typer.Option("--factuality", help="asserted, denied, negated or hypothetical.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    format: Annotated[Format, typer.Option("--format")] = Format.table,
    config: ConfigOption = None,
    settings: SettingsOption = None,
) -> None:
    """List stored events, filtered."""
    from eventwire.store import EventFilter

    cfg = _config(config, settings)
    flt = EventFilter(doc_id=doc, source=source, target=target, since=since, until=until, cameo=cameo,
                      factuality=factuality, limit=limit)
    store = _open_read_only(db, cfg)
    with store:
        _write_records(store.events(flt), sys.stdout, format, Console())


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="The document's id.")],
    db: DbOption = None,
    config: ConfigOption = None,
    settings: SettingsOption = None,
) -> None:
    """Print a stored document's cleaned text (what evidence spans refer to) and its events."""
    from eventwire.store import EventFilter

    cfg = _config(config, settings)
    store = _open_read_only(db, cfg)
    with store:
        doc = store.document(doc_id)
        if doc is None:
            err.print(f"[red]error:[/red] no document {doc_id!r} in {store.url}")
            raise typer.Exit(1)
        events = store.events(EventFilter(doc_id=doc_id))
    sys.stdout.write(doc["text"] + "\n")
    meta = f"{doc_id} | title: {doc['title'] or '-'} | published: {doc['pub_date'] or '-'} | {len(events)} events"
    err.print(meta, highlight=False)
    if events:
        err.print(_events_table(events))


@app.command()
def actors(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders.")],
    format: Annotated[Format, typer.Option("--format")] = Format.table,
    pub_date: Annotated[str | None, typer.Option("--pub-date")] = None,
    config: ConfigOption = None,
    settings: SettingsOption = None,
) -> None:
    """List the actor mentions found in articles, resolved against the knowledge base."""
    from eventwire.ingest import IngestError, read_inputs
    from eventwire.pipeline import Eventwire

    ew = Eventwire(_config(config, settings))
    articles = []
    for item in read_inputs([str(p) for p in inputs], pub_date):
        if isinstance(item, IngestError):
            err.print(f"[red]error:[/red] {item}", highlight=False)
        else:
            articles.append(item)
    table = Table("doc", "text", "cameo", "name", "role", "resolved_by", "flags")
    for article, mentions in ew.actor_mentions(articles):
        for m in mentions:
            if format == Format.jsonl:
                sys.stdout.write(json.dumps(m.as_dict(), ensure_ascii=False) + "\n")
            else:
                table.add_row(article.doc_id, m.text, m.cameo or "", m.name or "", m.role or "", m.resolved_by,
                              ",".join(f.kind for f in m.flags))
    if format == Format.table:
        Console().print(table)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file: *.gold.json, JSONL, or a set from shared/eval.")],
    pred: Annotated[Path, typer.Option("--pred", help="Predicted records (JSONL).")],
    texts: Annotated[Path | None, typer.Option("--texts", help="The corpus the gold refers to (for spans).")] = None,
    format: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """Score predicted records against gold: P/R/F1 at three levels, per-field accuracy."""
    from eventwire.evaluate import evaluate_files, report_table

    try:
        report = evaluate_files(gold, pred, texts)
    except (ValueError, OSError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if format == Format.jsonl:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        Console().print(report_table(report))


@app.command()
def summary(db: DbOption = None, config: ConfigOption = None, settings: SettingsOption = None) -> None:
    """Documents, events by quad class and the top dyads in a database."""
    from eventwire.ontology import QUAD_NAMES

    cfg = _config(config, settings)
    store = _open_read_only(db, cfg)
    with store:
        s = store.summary()
    console = Console()
    console.print(f"[bold]{store.url}[/bold]: {s['documents']} documents, {s['events']} events")
    quads = Table("quad class", "events")
    for q, n in sorted(s["by_quad_class"].items()):
        quads.add_row(f"{q} {QUAD_NAMES.get(q, '')}", str(n))
    console.print(quads)
    dyads = Table("source", "target", "events", title="top dyads")
    for d in s["top_dyads"]:
        dyads.add_row(d["source"] or "", d["target"] or "", str(d["events"]))
    console.print(dyads)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on (0.0.0.0 exposes the server).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    code_timeout: Annotated[float | None, typer.Option("--code-timeout", min=1, help="Seconds a coding request may take (default 30).")] = None,
    max_body_bytes: Annotated[int | None, typer.Option("--max-body-bytes", min=1024, help="Largest request body (default 2 MB).")] = None,
    cors_origin: Annotated[list[str] | None, typer.Option("--cors-origin", help="Allow this origin to call the API (repeatable; none by default).")] = None,
    config: ConfigOption = None,
    settings: SettingsOption = None,
) -> None:
    """Serve the HTTP API and the web page. Writes need the key in EVENTWIRE_API_KEY (header x-api-key)."""
    import uvicorn

    from eventwire.web import WebSettings, create_app
    from eventwire.web.settings import API_KEY_ENV, api_key_from_env

    cfg = _config(config, settings)
    given = {"code_timeout": code_timeout, "max_body_bytes": max_body_bytes,
             "cors_origins": tuple(cors_origin) if cors_origin else None}
    web = WebSettings(preload=True, **{k: v for k, v in given.items() if v is not None})
    if api_key_from_env() is None:
        err.print(f"writes are disabled: set {API_KEY_ENV} to enable POST /documents", highlight=False)
    err.print(f"eventwire on http://{host}:{port}/ (API docs: /docs), database {_db(db, cfg)}", highlight=False)
    uvicorn.run(create_app(_db(db, cfg), settings=web, config=cfg), host=host, port=port, log_level="info")


class StatsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    plover = "plover"
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"


SinceOption = Annotated[str | None, typer.Option("--since", help="Events dated on or after (YYYY[-MM[-DD]]).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Events dated on or before.")]
CameoOption = Annotated[str | None, typer.Option("--cameo", help="CAMEO code prefix (19, 042).")]
FactualityOption = Annotated[str | None, typer.Option("--factuality", help="asserted, denied, negated or hypothetical.")]


def _open_read_only(db: str | None, cfg):
    from eventwire.store import open_store

    try:
        return open_store(_db(db, cfg), read_only=True)
    except (FileNotFoundError, OSError, RuntimeError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


@app.command()
def stats(
    db: DbOption = None,
    source: Annotated[str | None, typer.Option("--source", help="Source actor code prefix (IRN, USAGOV).")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Target actor code prefix.")] = None,
    interval: Annotated[Interval, typer.Option("--interval", help="Period of the time series.")] = Interval.month,
    since: SinceOption = None,
    until: UntilOption = None,
    cameo: CameoOption = None,
    factuality: FactualityOption = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many top actors and dyads.")] = 10,
    format: Annotated[StatsFormat, typer.Option("--format")] = StatsFormat.table,
    config: ConfigOption = None,
    settings: SettingsOption = None,
) -> None:
    """Events over time for a dyad (by quad class); without a dyad, also the top actors and dyads.

    jsonl and csv rows carry a "kind" column: series, actor or dyad."""
    from eventwire.api import stats_tables
    from eventwire.store import EventFilter

    flt = EventFilter(since=since, until=until, cameo=cameo, factuality=factuality)
    with _open_read_only(db, _config(config, settings)) as store:
        tables = stats_tables(store, source, target, interval.value, flt, top)
    if format == StatsFormat.jsonl:
        for kind, rows in tables.items():
            for row in rows:
                sys.stdout.write(json.dumps({"kind": kind, **row}, ensure_ascii=False) + "\n")
    elif format == StatsFormat.csv:
        import csv

        names = ["kind"] + list(dict.fromkeys(k for rows in tables.values() for r in rows for k in r))
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for kind, rows in tables.items():
            writer.writerows({"kind": kind, **r} for r in rows)
    else:
        console = Console()
        for kind, rows in tables.items():
            title = {"series": f"{source or 'any'} -> {target or 'any'} by {interval.value}",
                     "actor": "top actors", "dyad": "top dyads"}[kind]
            table = Table(*(rows[0].keys() if rows else ["(no events)"]), title=title)
            for r in rows:
                table.add_row(*("" if v is None else str(v) for v in r.values()))
            console.print(table)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="gdelt (TSV), plover (JSON Lines), csv, parquet, jsonl.")],
    out: Annotated[Path, typer.Option("--out", help="File to write ('-': standard output, not for parquet).")],
    db: DbOption = None,
    header: Annotated[bool, typer.Option("--header", help="Write a header line in the GDELT TSV.")] = False,
    doc: Annotated[str | None, typer.Option("--doc", help="Only events reported by this document.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Source actor code prefix.")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Target actor code prefix.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    cameo: CameoOption = None,
    factuality: FactualityOption = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    config: ConfigOption = None,
    settings: SettingsOption = None,
) -> None:
    """Export stored (deduplicated) events: GDELT 2.0 event table, PLOVER JSON, CSV or Parquet."""
    from eventwire.store import EventFilter
    from eventwire.store.export import export_events

    flt = EventFilter(doc_id=doc, source=source, target=target, since=since, until=until, cameo=cameo,
                      factuality=factuality, limit=limit, level="event")
    with _open_read_only(db, _config(config, settings)) as store:
        try:
            n = export_events(store, format.value, str(out), flt, header=header)
        except (ValueError, OSError) as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    err.print(f"exported {n} events to {out}", highlight=False)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # trafilatura and htmldate narrate what they discard; our own messages say what matters
    for noisy in ("trafilatura", "htmldate", "courlan", "distributed", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    app()


if __name__ == "__main__":
    main()
