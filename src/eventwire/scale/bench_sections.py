"""The benchmark's sections, run in the order of :data:`SECTIONS`.

To add one (the HTTP load test, say), write a function ``(Bench) -> Result`` and append
``Section("http", "HTTP API under load", run_http)`` to ``SECTIONS``; ``--section http`` then
runs it alone, and its ``Result.data`` lands under its name in ``bench-results.json``.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from . import loadtest
from .benchkit import Bench, Clock, Result, Section, code_file, fmt, per_second


# -- 1. throughput: bare spaCy vs eventwire end to end, without and with a DuckDB store ----------
def throughput(b: Bench) -> Result:
    """spaCy and eventwire alternate over parts of each corpus (the order flips every part), so a
    change in the machine's load during the run hits both alike."""
    from eventwire.store import open_store

    ew, nlp = b.ew, b.spacy_nlp
    result = Result(data={"corpora": {}})
    totals = {"spacy": Clock(), "eventwire": Clock()}
    for corpus, n_parts in ((b.news(b.sizes.news_times), b.sizes.news_chunks), (b.stories, b.sizes.story_chunks)):
        slug = corpus.name.replace(" ", "_")
        clocks = {"spacy": Clock(), "eventwire": Clock(), "store": Clock()}
        coded_all: list = []
        store = open_store(str(b.workdir / f"{slug}.duckdb"))
        run_id = store.start_run(f"bench {corpus.name}", ew.version)
        for k, part in enumerate(corpus.chunks(n_parts)):
            b.status(f"throughput: {part.name} ({len(part.rows)} documents)")
            path = part.write(b.workdir / f"{slug}-{k}.jsonl")
            for step in (("spacy", "eventwire") if k % 2 == 0 else ("eventwire", "spacy")):
                with clocks[step].measure():
                    if step == "spacy":
                        for _ in nlp.pipe(part.texts, batch_size=ew.config.get("nlp.batch_size")):
                            pass
                    else:
                        coded, _errors = code_file(ew, path)
            with clocks["store"].measure():
                # what ``eventwire code --db`` adds to coding: the skip check and one transaction each
                for c in coded:
                    store.is_current(c.article, ew.version)
                    store.write(c.article, c.events, ew.version, run_id, actors=c.actors)
            coded_all.extend(coded)
        n_events = sum(len(c.events) for c in coded_all)
        store.finish_run(run_id, len(coded_all), n_events, 0)
        store.close()
        for name in ("spacy", "eventwire"):
            totals[name].wall += clocks[name].wall
            totals[name].cpu += clocks[name].cpu
        data = _corpus_figures(corpus.words, len(corpus.rows), n_events, clocks)
        result.data["corpora"][corpus.name] = data
        if corpus.name == b.news(b.sizes.news_times).name:
            b.memo["local_news_records"] = [e.as_dict() for c in coded_all for e in c.events]
            b.memo["local_news_seconds"] = clocks["eventwire"].wall
        result.rows += [
            (f"{corpus.name}: {len(corpus.rows)} docs, {fmt(corpus.words)} words", ""),
            ("  bare spaCy", f"{fmt(data['spacy_words_s'])} words/s  {fmt(data['spacy_docs_s'], 1)} docs/s"),
            ("  eventwire, no store", f"{fmt(data['eventwire_words_s'])} words/s  {fmt(data['eventwire_docs_s'], 1)} docs/s"
                                      f"  ({n_events} events)"),
            ("  eventwire + DuckDB", f"{fmt(data['store_words_s'])} words/s  {fmt(data['store_docs_s'], 1)} docs/s"),
            ("  ratio eventwire/spaCy", f"{data['ratio']:.2f} (CPU time {data['ratio_cpu']:.2f})"),
        ]
    result.data["ratio"] = totals["spacy"].wall / totals["eventwire"].wall
    result.data["ratio_cpu"] = totals["spacy"].cpu / totals["eventwire"].cpu
    result.rows.append(("both corpora: ratio eventwire/spaCy",
                        f"{result.data['ratio']:.2f} (CPU time {result.data['ratio_cpu']:.2f})"))
    return result


def _corpus_figures(words: int, docs: int, events: int, clocks: dict[str, Clock]) -> dict[str, Any]:
    spacy_s, ew_s, store_s = clocks["spacy"].wall, clocks["eventwire"].wall, clocks["store"].wall
    return {
        "documents": docs, "words": words, "events": events,
        "spacy_s": round(spacy_s, 2), "spacy_cpu_s": round(clocks["spacy"].cpu, 2),
        "eventwire_s": round(ew_s, 2), "eventwire_cpu_s": round(clocks["eventwire"].cpu, 2),
        "store_write_s": round(store_s, 2),
        "spacy_words_s": per_second(words, spacy_s), "spacy_docs_s": per_second(docs, spacy_s),
        "eventwire_words_s": per_second(words, ew_s), "eventwire_docs_s": per_second(docs, ew_s),
        "store_words_s": per_second(words, ew_s + store_s), "store_docs_s": per_second(docs, ew_s + store_s),
        "ratio": spacy_s / ew_s, "ratio_cpu": clocks["spacy"].cpu / clocks["eventwire"].cpu,
    }


# -- 2. scale-out: local vs a Dask cluster, and each worker's peak memory ------------------------
def scale_out(b: Bench) -> Result:
    from eventwire.config import Config
    from eventwire.pipeline import coder_version
    from eventwire.runner import CodeOptions, run_code
    from eventwire.scale.dask_engine import connect, warm_workers, worker_stats

    corpus = b.news(b.sizes.news_times)
    path = corpus.write(b.workdir / "scale_out.jsonl")
    if "local_news_records" not in b.memo:
        b.status(f"scale-out: local run on {corpus.name}")
        clock = Clock()
        with clock.measure():
            coded, _ = code_file(b.ew, path)
        b.memo["local_news_records"] = [e.as_dict() for c in coded for e in c.events]
        b.memo["local_news_seconds"] = clock.wall
    local_s = b.memo["local_news_seconds"]
    workers = b.sizes.workers
    config = Config.load()
    records: list[dict] = []
    b.status(f"scale-out: Dask, {workers} workers, on {corpus.name}")
    started = time.perf_counter()
    with connect(workers, None) as client:
        warm_workers(client, config.values, coder_version())
        startup_s = time.perf_counter() - started
        clock = Clock()
        with clock.measure():
            run_code(CodeOptions(inputs=[str(path)], engine="dask", scheduler=client.scheduler.address,
                                 progress=False), config, on_events=lambda evs: records.extend(e.as_dict() for e in evs))
        stats = client.run(worker_stats)
    local = b.memo["local_news_records"]
    identical = records == local
    differing = _differing_fields(local, records)
    peak = [round(s["max_rss_mb"]) for s in stats.values()]
    data = {"documents": len(corpus.rows), "words": corpus.words, "local_s": round(local_s, 2),
            "dask_workers": workers, "dask_startup_s": round(startup_s, 2), "dask_s": round(clock.wall, 2),
            "speedup": local_s / clock.wall, "identical_records": identical, "differing_fields": differing,
            "worker_peak_rss_mb": peak, "worker_model_loads": [s["loads"] for s in stats.values()]}
    rows = [
        (f"{corpus.name}, local (1 process)", f"{local_s:.1f} s  {fmt(per_second(corpus.words, local_s))} words/s"),
        (f"Dask, {workers} workers: cluster start + model load", f"{startup_s:.1f} s"),
        (f"Dask, {workers} workers: coding", f"{clock.wall:.1f} s  {fmt(per_second(corpus.words, clock.wall))} words/s"
                                            f"  (x{data['speedup']:.2f})"),
        ("records identical to local", "yes" if identical else f"NO, differing fields: {differing}"),
        ("peak memory per worker (RSS)", ", ".join(f"{p} MB" for p in peak)),
        ("model loads per worker", ", ".join(str(s["loads"]) for s in stats.values())),
    ]
    return Result(rows, data)


def _differing_fields(a: list[dict], b: list[dict]) -> dict[str, int]:
    """How many records differ in each field (``count`` when the numbers of records differ)."""
    if len(a) != len(b):
        return {"count": abs(len(a) - len(b))}
    out: dict[str, int] = {}
    for x, y in zip(a, b, strict=True):
        for key in x.keys() | y.keys():
            if x.get(key) != y.get(key):
                out[key] = out.get(key, 0) + 1
    return out


# -- 3. linearity: time at 1x, 4x and 16x the news corpus--------------------------------------------
def linearity(b: Bench) -> Result:
    rows, points = [], []
    for times in b.sizes.linear:
        corpus = b.news(times)
        if times == b.sizes.news_times and "local_news_seconds" in b.memo:
            seconds = b.memo["local_news_seconds"]  # measured by the throughput section
        else:
            b.status(f"linearity: {corpus.name}")
            path = corpus.write(b.workdir / f"linear-{times}.jsonl")
            clock = Clock()
            with clock.measure():
                code_file(b.ew, path)
            seconds = clock.wall
        points.append({"times": times, "documents": len(corpus.rows), "seconds": round(seconds, 2),
                       "seconds_per_1x": round(seconds / times, 2)})
        rows.append((f"news x{times} ({len(corpus.rows)} docs)", f"{seconds:.1f} s  ({seconds / times:.2f} s per 1x)"))
    drift = points[-1]["seconds_per_1x"] / points[0]["seconds_per_1x"] if points[0]["seconds_per_1x"] else float("nan")
    rows.append((f"s per 1x at x{points[-1]['times']} / at x{points[0]['times']}", f"{drift:.2f} (1.00 = linear)"))
    return Result(rows, {"points": points, "per_1x_ratio": drift})


# -- 4. queries over a million stored events -----------------------------------------------------
def queries(b: Bench) -> Result:
    from eventwire.store import open_store

    from .synthetic import fill_events

    path = b.workdir / "events-1m.duckdb"
    path.unlink(missing_ok=True)
    open_store(str(path)).close()  # the store creates its own schema
    b.status(f"queries: generating {b.sizes.events:,} synthetic events")
    started = time.perf_counter()
    n = fill_events(path, b.sizes.events)
    generate_s = time.perf_counter() - started
    source, target = "USA", "IRN"
    plain = ("SELECT strftime(date_trunc('month', CAST(date_start AS DATE)), '%Y-%m-%d') AS period, quad_class, "
             "count(*), sum(goldstein), avg(goldstein) FROM events "
             "WHERE source_cameo LIKE ? AND target_cameo LIKE ? AND date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2")
    everything = ("SELECT source_cameo, target_cameo, strftime(date_trunc('month', CAST(date_start AS DATE)), "
                  "'%Y-%m-%d') AS period, count(*), avg(goldstein) FROM events GROUP BY 1, 2, 3")
    data: dict[str, Any] = {"events": n, "generate_s": round(generate_s, 2)}
    rows = [(f"{n:,} synthetic events generated in SQL", f"{generate_s:.1f} s")]
    with open_store(str(path), read_only=True) as store:
        con = store.con  # the plain GROUP BYs run on the store's own connection and table
        plain_ms, plain_rows = _timed(lambda: con.execute(plain, [source + "%", target + "%"]).fetchall())
        all_ms, all_rows = _timed(lambda: con.execute(everything).fetchall())
        try:
            series_ms, series_rows = _timed(lambda: store.series(source=source, target=target, interval="month"))
        except NotImplementedError:
            series_ms, series_rows = None, None
    data.update({"plain_group_by_ms": plain_ms, "plain_group_by_rows": len(plain_rows),
                 "all_dyads_group_by_ms": all_ms, "all_dyads_rows": len(all_rows)})
    if series_ms is None:
        data["series"] = "pending: Store.series is not implemented yet"
        rows.append((f"store.series({source}->{target}, month)", "pending (not implemented yet)"))
    else:
        data.update({"series_ms": series_ms, "series_rows": len(series_rows)})
        rows.append((f"store.series({source}->{target}, month)", f"{series_ms:.1f} ms  ({len(series_rows)} rows)"))
    rows += [("plain GROUP BY, same dyad and months", f"{plain_ms:.1f} ms  ({len(plain_rows)} rows)"),
             ("plain GROUP BY, every dyad and month", f"{all_ms:.1f} ms  ({len(all_rows)} rows)")]
    return Result(rows, data)


def _timed(query, repeat: int = 5) -> tuple[float, Any]:
    """Median milliseconds over ``repeat`` runs after one warm-up run, and the result."""
    out = query()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        out = query()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2), out


# -- 5. where the time goes: each stage of the pipeline on the news corpus ---------------------
def stages(b: Bench) -> Result:
    """Parse, actors, coding and context timed separately on the same documents (the pipeline's
    own loop, unrolled): the actor stage's share is what resolution costs on top of coding."""
    from eventwire.ingest import IngestError, read_inputs
    from eventwire.pipeline import dedupe

    ew = b.ew
    corpus = b.news(b.sizes.news_times)
    path = corpus.write(b.workdir / "stages.jsonl")
    articles = [a for a in read_inputs([str(path)]) if not isinstance(a, IngestError)]
    b.status(f"stages: {corpus.name} ({len(articles)} documents)")
    clocks = {name: Clock() for name in ("parse", "actors", "coding", "context")}
    parsed = iter(ew.parse(articles))
    while True:
        with clocks["parse"].measure():
            item = next(parsed, None)
        if item is None:
            break
        article, doc = item
        with clocks["actors"].measure():
            ew.actors.process(article, doc)
        with clocks["coding"].measure():
            events = ew.coder.process(article, doc)
        with clocks["context"].measure():
            dedupe(ew.context.process(article, doc, events))
    total = sum(c.wall for c in clocks.values())
    after_parse = total - clocks["parse"].wall
    data = {name: round(c.wall, 2) for name, c in clocks.items()}
    data["total_s"] = round(total, 2)
    data["actors_share_of_total"] = clocks["actors"].wall / total if total else 0.0
    data["actors_share_after_parse"] = clocks["actors"].wall / after_parse if after_parse else 0.0
    rows = [(f"  {name}", f"{c.wall:.2f} s  ({c.wall / total:.0%})") for name, c in clocks.items()]
    rows.append(("actor resolution, share of coding time", f"{data['actors_share_of_total']:.0%}"
                 f"  (of the time after the parse: {data['actors_share_after_parse']:.0%})"))
    return Result([(f"{corpus.name}: {len(articles)} docs", ""), *rows], data)


SECTIONS: list[Section] = [
    Section("throughput", "Throughput: bare spaCy vs eventwire", throughput),
    Section("scale_out", "Scale-out: local vs Dask", scale_out),
    Section("linearity", "Linearity: time against corpus size", linearity),
    Section("queries", "Queries over synthetic stored events", queries),
    Section("stages", "Time by pipeline stage", stages),
    Section("http", "HTTP API under load", loadtest.bench_section),
]
