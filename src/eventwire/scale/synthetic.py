"""Synthetic stored events for the query benchmark, generated in SQL straight into a store.

A million coded events would take hours to produce through the coder; the query benchmark needs
only rows with realistic columns. They are generated inside DuckDB (``range`` and
``hash``: deterministic, no Python loop) into the ``events`` table that the store
itself created, so the benchmark exercises the real schema and indexes. The generator asks the
table for its columns and fills those it knows; any other column is left NULL (or empty when it
is NOT NULL), so a schema change in the store does not break it.
"""

from __future__ import annotations

from pathlib import Path

# actors with roughly the skew of real data: states and their governments dominate
ACTORS = [("USA", "USA"), ("USAGOV", "USA"), ("IRN", "IRN"), ("IRNGOV", "IRN"), ("ISR", "ISR"), ("ISRMIL", "ISR"),
          ("RUS", "RUS"), ("RUSGOV", "RUS"), ("CHN", "CHN"), ("CHNGOV", "CHN"), ("GBR", "GBR"), ("FRA", "FRA"),
          ("DEU", "DEU"), ("TUR", "TUR"), ("SAU", "SAU"), ("SYR", "SYR"), ("IRQ", "IRQ"), ("UKR", "UKR"),
          ("PRK", "PRK"), ("KOR", "KOR")]
DAYS = 5479  # 2010-01-01 .. 2024-12-31

# column -> SQL expression over the generator's row ``g``
EXPRESSIONS = {
    "event_id": "printf('syn%09d', g.i)",
    "mention_id": "printf('syn%09d', g.i)",
    "doc_id": "printf('syndoc%08d', g.i // 4)",
    "sentence": "CAST(g.i % 4 AS INTEGER)",
    "cameo": "c.cameo",
    "cameo_root": "substr(c.cameo, 1, 2)",
    "quad_class": "c.quad_class",
    "goldstein": "c.goldstein",
    "source_cameo": "sa.code",
    "source_country": "sa.country",
    "target_cameo": "ta.code",
    "target_country": "ta.country",
    "date_value": "strftime(g.d, '%Y-%m-%d')",
    "date_start": "strftime(g.d, '%Y-%m-%d')",
    "date_end": "strftime(g.d, '%Y-%m-%d')",
    "period_day": "strftime(g.d, '%Y-%m-%d')",
    "period_week": "strftime(date_trunc('week', g.d), '%Y-%m-%d')",
    "period_month": "strftime(date_trunc('month', g.d), '%Y-%m-%d')",
    "factuality": "'asserted'",
    "confidence": "0.9",
    "record": "'{}'",
    "num_mentions": "1",
    "num_sources": "1",
    "num_articles": "1",
    "n_events": "1",
}


def fill_events(path: str | Path, n: int) -> int:
    """Append ``n`` synthetic events to the ``events`` table of the DuckDB store at ``path``
    (created by the store beforehand); returns the table's row count."""
    import duckdb

    from eventwire.ontology import cameo_codes

    codes = sorted(cameo_codes().values(), key=lambda c: c.code)
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE TEMP TABLE actor_list (k INTEGER, code VARCHAR, country VARCHAR)")
        con.executemany("INSERT INTO actor_list VALUES (?, ?, ?)", [(k, a, c) for k, (a, c) in enumerate(ACTORS)])
        con.execute("CREATE TEMP TABLE code_list (k INTEGER, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE)")
        con.executemany("INSERT INTO code_list VALUES (?, ?, ?, ?)",
                        [(k, c.code, c.quad_class, c.goldstein) for k, c in enumerate(codes)])
        columns = con.execute("SELECT name, \"notnull\" FROM pragma_table_info('events') ORDER BY cid").fetchall()
        exprs = [EXPRESSIONS.get(name, "''" if notnull else "NULL") for name, notnull in columns]
        con.execute(f"""
            INSERT INTO events ({', '.join(name for name, _ in columns)})
            SELECT {', '.join(exprs)}
            FROM (SELECT i, hash(i) % {len(ACTORS)} AS s, hash(3 * i + 1) % {len(ACTORS)} AS t,
                         hash(7 * i + 2) % {len(codes)} AS c,
                         DATE '2010-01-01' + CAST(hash(11 * i + 3) % {DAYS} AS INTEGER) AS d
                  FROM range({int(n)}) r(i)) g
            JOIN actor_list sa ON sa.k = g.s
            JOIN actor_list ta ON ta.k = g.t
            JOIN code_list c ON c.k = g.c""")
        return con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
