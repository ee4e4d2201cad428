"""Benchmarks of the event store: ingest rates and filtered query latency on a large synthetic store.

Prints three tables:
  1. ingest with extraction: documents/s coding our own fixture articles (numbered copies);
  2. ingest without extraction: events/s storing coded events one document per transaction,
     incidents recomputed as in a real run;
  3. query latency: a page of 100 rows for each filter of `sitrep events`, per incident and per
     event, on a store of --events synthetic events (1 million by default), in SQLite and, when
     SITREP_TEST_DATABASE_URL is set, in PostgreSQL (a schema of its own, dropped afterwards).

Run: .venv/bin/python bench/bench_store.py [--events 1000000] [--skip-extraction] [--skip-postgres]
Target: under 200 ms for a filtered page of 100.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from sitrep.ingest import ingest_documents, ingest_events, read_inputs
from sitrep.schema import Event
from sitrep.store import EventQuery, Store
from sitrep.taxonomy import EVENT_TYPE_OF, disorder_type

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "store" / "articles"
TARGET_MS = 200.0
PAGE = 100

COUNTRIES = {
    "Iraq": (368, 29.5, 37.0, 39.0, 48.5), "Syria": (760, 32.5, 37.0, 36.0, 42.0),
    "Yemen": (887, 12.5, 18.5, 43.0, 52.0), "Somalia": (706, -1.5, 11.5, 41.0, 51.0),
    "Nigeria": (566, 4.5, 13.5, 3.0, 14.5), "Mali": (466, 10.5, 24.0, -12.0, 4.0),
    "Burkina Faso": (854, 9.5, 15.0, -5.5, 2.0), "Afghanistan": (4, 29.5, 38.0, 61.0, 74.0),
    "Ukraine": (804, 44.5, 52.0, 22.5, 40.0), "Sudan": (729, 9.0, 22.0, 22.0, 38.0),
    "Democratic Republic of Congo": (180, -13.0, 5.0, 12.5, 31.0), "Myanmar": (104, 10.0, 28.0, 92.5, 101.0),
}
ACTORS = [f"Armed Group {n}" for n in range(150)] + [f"Military Forces of {c}" for c in COUNTRIES] + [
    "Islamic State", "Unidentified Armed Group", "Civilians"]
WORDS = ("checkpoint convoy market village road bridge hospital school mosque camp border river airport "
         "pipeline base police patrol militia drone mortar ambush raid").split()


def synthetic_event(n: int, rng: random.Random) -> Event:
    """One plausible article-level event: country, admin1, date, type, actors, place, figures, notes."""
    country = rng.choice(list(COUNTRIES))
    iso, lat0, lat1, lon0, lon1 = COUNTRIES[country]
    sub_type = rng.choice(list(EVENT_TYPE_OF))
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    actor1, actor2 = rng.sample(ACTORS, 2)
    killed = rng.choice([None, None, (k := rng.randrange(0, 30), k + rng.randrange(0, 5))])
    word = rng.choice(WORDS)
    return Event(
        event_id=f"bench-{n:08d}", document_id=f"bench-doc-{n:08d}", event_type=EVENT_TYPE_OF[sub_type],
        sub_event_type=sub_type, disorder_type=disorder_type(sub_type), event_date=day.isoformat(),
        date_start=day.isoformat(), date_end=day.isoformat(), time_precision=1, actor1=actor1, actor2=actor2,
        inter1=2, inter2=1, interaction=12, country=country, iso=iso, admin1=f"{country} Province {rng.randrange(12)}",
        admin2=f"{country} District {rng.randrange(80)}", location=f"Town {rng.randrange(5000)}",
        latitude=round(rng.uniform(lat0, lat1), 4), longitude=round(rng.uniform(lon0, lon1), 4), geo_precision=1,
        fatalities=killed[0] if killed else 0,
        casualties={"killed": killed, "injured": None, "killed_or_injured": None},
        source="Bench Wire", notes=f"On {day.isoformat()}, {actor1} attacked {actor2} near a {word}.",
        confidence=round(rng.random(), 3),
    )


def bench_extraction(documents: int) -> None:
    """Documents/s through the whole ingest (read, code, store, incidents) on numbered copies of our articles."""
    folder = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    for n in range(documents):
        (folder / f"article_{n:04d}.txt").write_text(f"Report {n}.\n\n{texts[n % len(texts)]}", encoding="utf-8")
    with Store(str(folder / "bench.db")) as one:
        ingest_documents(one, read_inputs([str(ARTICLES / "tigris_wire_tarmiyah.txt")]))  # load the models first
        start = time.perf_counter()
        report = ingest_documents(one, read_inputs([str(folder)], published=dt.date(2021, 3, 15)))
        elapsed = time.perf_counter() - start
    shutil.rmtree(folder)
    print(f"\n## ingest with extraction (SQLite)\n{report.stored} documents, {report.events} events in "
          f"{elapsed:.1f} s: {report.stored / elapsed:.1f} documents/s")


def bench_coded(url: str, schema: str | None, events: int) -> None:
    """Events/s storing coded events, one document and transaction each, incidents recomputed."""
    rng = random.Random(7)
    coded = [synthetic_event(n, rng) for n in range(events)]
    one = Store(url, schema=schema)
    start = time.perf_counter()
    report = ingest_events(one, coded)
    elapsed = time.perf_counter() - start
    print(f"{one.dialect}: {report.events} events in {elapsed:.1f} s: {report.events / elapsed:.0f} events/s")
    if schema:
        one.drop()
    one.close()


LOOKUPS = sa.MetaData()
BENCH_DAYS = sa.Table("bench_days", LOOKUPS, sa.Column("idx", sa.Integer, primary_key=True), sa.Column("day", sa.Text))
BENCH_TYPES = sa.Table("bench_types", LOOKUPS, sa.Column("idx", sa.Integer, primary_key=True),
                       sa.Column("event_type", sa.Text), sa.Column("sub_event_type", sa.Text),
                       sa.Column("disorder_type", sa.Text))
BENCH_ACTORS = sa.Table("bench_actors", LOOKUPS, sa.Column("idx", sa.Integer, primary_key=True), sa.Column("name", sa.Text))
BENCH_PLACES = sa.Table("bench_places", LOOKUPS, sa.Column("idx", sa.Integer, primary_key=True),
                        sa.Column("country", sa.Text), sa.Column("admin1", sa.Text),
                        *(sa.Column(c, sa.Float) for c in ("lat0", "lat1", "lon0", "lon1")))
BENCH_WORDS = sa.Table("bench_words", LOOKUPS, sa.Column("idx", sa.Integer, primary_key=True), sa.Column("word", sa.Text))

SERIES = {
    "sqlite": "WITH RECURSIVE series(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM series WHERE n < :last)",
    "postgresql": "WITH series(n) AS (SELECT generate_series(CAST(0 AS BIGINT), :last))",
}
JSON = {"sqlite": ("json_object", ""), "postgresql": ("json_build_object", "::text")}

STAGE = """
CREATE TABLE bench_rows AS {series}
SELECT 'bench-' || s.n AS event_id, 'bench-doc-' || s.n AS document_id, d.day AS event_date,
       t.event_type, t.sub_event_type, t.disorder_type, a1.name AS actor1, a2.name AS actor2,
       p.country, p.admin1, p.admin1 || ' District ' || ((s.n * 13) % 40) AS admin2,
       'Town ' || ((s.n * 7) % 5000) AS location,
       p.lat0 + ((s.n * 40503) % 10007) / 10007.0 * (p.lat1 - p.lat0) AS latitude,
       p.lon0 + ((s.n * 69069) % 10009) / 10009.0 * (p.lon1 - p.lon0) AS longitude,
       ((s.n * 7919) % 1000) / 1000.0 AS confidence, (s.n * 17) % 5 AS fatalities,
       'On ' || d.day || ', ' || a1.name || ' attacked ' || a2.name || ' near a ' || w.word || '.' AS notes
FROM series s
JOIN bench_days d ON d.idx = (s.n * 2654435761) % {days}
JOIN bench_types t ON t.idx = (s.n * 97) % {types}
JOIN bench_actors a1 ON a1.idx = (s.n * 31) % {actors}
JOIN bench_actors a2 ON a2.idx = (s.n * 37 + 1) % {actors}
JOIN bench_places p ON p.idx = (s.n * 53) % {places}
JOIN bench_words w ON w.idx = (s.n * 7) % {words}
"""

COPY = {
    "documents": "INSERT INTO documents (id, source, n_events, ingested_at) "
                 "SELECT document_id, 'Bench Wire', 1, 'bench' FROM bench_rows",
    "events": "INSERT INTO events (event_id, document_id, incident_id, is_background, {columns}, data) "
              "SELECT event_id, document_id, 'inc-' || event_id, false, {columns}, {json}({pairs}){cast} FROM bench_rows",
    "incidents": "INSERT INTO incidents (incident_id, n_events, n_sources, {columns}, data) "
                 "SELECT 'inc-' || event_id, 1, 1, {columns}, {json}({incident_pairs}){cast} FROM bench_rows",
    "event_actors": "INSERT INTO event_actors (event_id, actor_key, role, event_date) "
                    "SELECT event_id, lower(actor1), 'actor1', event_date FROM bench_rows UNION ALL "
                    "SELECT event_id, lower(actor2), 'actor2', event_date FROM bench_rows WHERE actor2 != actor1",
    "incident_actors": "INSERT INTO incident_actors (actor_key, incident_id, event_date) "
                       "SELECT DISTINCT actor_key, 'inc-' || event_id, event_date FROM event_actors",
}
COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2",
           "location", "latitude", "longitude", "confidence", "fatalities", "notes")


def _fill_lookups(conn: sa.Connection) -> dict[str, int]:
    days = [(dt.date(2015, 1, 1) + dt.timedelta(days=i)).isoformat() for i in range(3650)]
    types = list(EVENT_TYPE_OF.items())
    places = [(c, f"{c} Province {k}", *box[1:]) for c, box in COUNTRIES.items() for k in range(12)]
    LOOKUPS.create_all(conn)
    conn.execute(BENCH_DAYS.insert(), [{"idx": i, "day": d} for i, d in enumerate(days)])
    conn.execute(BENCH_TYPES.insert(), [{"idx": i, "event_type": t, "sub_event_type": s,
                                         "disorder_type": disorder_type(s)} for i, (s, t) in enumerate(types)])
    conn.execute(BENCH_ACTORS.insert(), [{"idx": i, "name": a} for i, a in enumerate(ACTORS)])
    conn.execute(BENCH_PLACES.insert(), [dict(zip(("idx", "country", "admin1", "lat0", "lat1", "lon0", "lon1"),
                                                  (i, *p))) for i, p in enumerate(places)])
    conn.execute(BENCH_WORDS.insert(), [{"idx": i, "word": w} for i, w in enumerate(WORDS)])
    return {"days": len(days), "types": len(types), "actors": len(ACTORS), "places": len(places), "words": len(WORDS)}


def bulk_fill(one: Store, events: int) -> float:
    """Fill a store fast, generating rows inside the database: each synthetic event is its own incident."""
    start = time.perf_counter()
    json_function, cast = JSON[one.dialect]
    fields = ("event_id", "document_id", "disorder_type") + COLUMNS
    pairs = ", ".join(f"'{f}', {f}" for f in fields)
    with one.engine.begin() as conn:
        if one.schema:
            conn.execute(sa.text(f'SET search_path TO "{one.schema}"'))
        sizes = _fill_lookups(conn)
        conn.execute(sa.text(STAGE.format(series=SERIES[one.dialect], **sizes)), {"last": events - 1})
        for table, statement in COPY.items():
            conn.execute(sa.text(statement.format(
                columns=", ".join(COLUMNS), json=json_function, cast=cast, pairs=pairs,
                incident_pairs=pairs.replace("'event_id', event_id", "'event_id', 'inc-' || event_id"))))
            print(f"  filled {table}", file=sys.stderr, flush=True)
        conn.execute(sa.text("DROP TABLE bench_rows"))
        LOOKUPS.drop_all(conn)
        conn.execute(sa.text("ANALYZE"))
    return time.perf_counter() - start


FILTERS = {
    "none": EventQuery(),
    "country": EventQuery(country="Iraq"),
    "admin1": EventQuery(admin1="Syria Province 3"),
    "date range": EventQuery(since=dt.date(2020, 4, 1), until=dt.date(2020, 6, 30)),
    "event type": EventQuery(event_type="Explosions/Remote violence"),
    "sub-event type": EventQuery(sub_event_type="Air/drone strike"),
    "actor": EventQuery(actor="Islamic State"),
    "bbox (Iraq)": EventQuery(bbox=(38.0, 29.0, 49.0, 38.0)),
    "min confidence 0.9": EventQuery(min_confidence=0.9),
    "free text (common word)": EventQuery(text="pipeline"),
    "free text (rare)": EventQuery(text="Town 4321"),
    "country+since+type": EventQuery(country="Iraq", since=dt.date(2020, 4, 1),
                                     event_type="Explosions/Remote violence"),
}


def time_queries(one: Store) -> None:
    """Median of 5 timings of one page of 100 rows per filter, per incident and per event."""
    print(f"\n| {one.dialect} filter | rows | per incident ms | per event ms |\n|---|---|---|---|")
    for name, filters in FILTERS.items():
        timings = {}
        rows = 0
        for per_event in (False, True):
            samples = []
            for _ in range(6):
                start = time.perf_counter()
                rows = len(list(one.query(filters, per_event=per_event, limit=PAGE)))
                samples.append((time.perf_counter() - start) * 1000)
            timings[per_event] = statistics.median(samples[1:])
        flag = " (over target)" if max(timings.values()) > TARGET_MS else ""
        print(f"| {name} | {rows} | {timings[False]:.1f} | {timings[True]:.1f} |{flag}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000, help="size of the query store")
    parser.add_argument("--coded", type=int, default=2000, help="events for the ingest-without-extraction rate")
    parser.add_argument("--documents", type=int, default=30, help="articles for the ingest-with-extraction rate")
    parser.add_argument("--skip-extraction", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--workdir", default=None, help="where the SQLite bench store goes (default: a temp dir)")
    args = parser.parse_args()
    postgres = None if args.skip_postgres else os.environ.get("SITREP_TEST_DATABASE_URL")
    schema = f"sitrep_bench_{os.getpid()}"
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="sitrep-bench-"))

    if not args.skip_extraction:
        bench_extraction(args.documents)
    print("\n## ingest without extraction (coded events, one transaction per document)")
    bench_coded(str(workdir / "coded.db"), None, args.coded)
    if postgres:
        bench_coded(postgres, schema + "_coded", args.coded)

    targets = [(str(workdir / "query.db"), None)] + ([(postgres, schema)] if postgres else [])
    for url, pg_schema in targets:
        one = Store(url, schema=pg_schema)
        try:
            seconds = bulk_fill(one, args.events)
            print(f"\n## queries on {args.events:,} events ({one.dialect}; bulk fill {seconds:.0f} s)")
            time_queries(one)
        finally:
            if pg_schema:
                one.drop()
            one.close()
    if not args.workdir:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
