"""Rows per second loading coded events into PostgreSQL: document by document (`ingest_events`) against bulk (`sitrep.bulk`).

Usage: SITREP_TEST_DATABASE_URL=postgresql+psycopg://... python bench/bench_bulk_load.py [--events 50000]
Synthetic events (bench/bench_store.py's, three to a document, with a second report of every tenth
event from another document so incidents merge) are written to event Parquet, as a Spark job's
events/ folder holds them; each path reads that Parquet and loads it into a schema of its own
(named after this run, dropped afterwards), timed from the first read to the last commit. Rows
counts every row the load wrote (documents, events, actors, event_actors, places, incidents,
incident_actors). The CPU of this process and of its PostgreSQL backend is printed too: on a shared
machine it is the figure that does not depend on the load. A second bulk run over the loaded store
shows what a re-run costs.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import synthetic_event  # noqa: E402

from sitrep.export import write_parquet  # noqa: E402
from sitrep.ingest import ingest_events, ingest_events_in_bulk, read_coded_events  # noqa: E402
from sitrep.schema import Event  # noqa: E402
from sitrep.store import Store  # noqa: E402

LOADED_TABLES = ("documents", "events", "actors", "event_actors", "places", "incidents", "incident_actors")


def corpus(events: int) -> list[Event]:
    """`events` synthetic events, three per document; every tenth reported again by the next document."""
    rng = random.Random(11)
    made: list[Event] = []
    for n in range(events):
        if n % 10 == 9 and made:
            event = dataclasses.replace(made[-1], event_id=f"bench-{n:08d}")
        else:
            event = synthetic_event(n, rng)
        made.append(dataclasses.replace(event, document_id=f"bench-doc-{n // 3:08d}"))
    return made


def rows(store: Store) -> int:
    prefix = f'"{store.schema}".' if store.schema else ""
    with store.engine.connect() as conn:
        return sum(conn.execute(sa.text(f"SELECT count(*) FROM {prefix}{table}")).scalar() for table in LOADED_TABLES)


def server_cpu(store: Store) -> float:
    """CPU seconds used so far by the PostgreSQL backend serving the store's connection (a local server only;
    the bench opens one connection and the pool keeps reusing it)."""
    with store.engine.connect() as conn:
        pid = conn.execute(sa.text("SELECT pg_backend_pid()")).scalar()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(opened: list[Store], name: str, url: str, parquet: str, load) -> None:
    """Load the Parquet into a new schema (added to `opened`, for dropping) and print the figures."""
    store = Store(url, schema=f"sitrep_bench_bulk_{uuid.uuid4().hex[:8]}")
    opened.append(store)
    server, cpu, start = server_cpu(store), time.process_time(), time.perf_counter()
    report = load(store, read_coded_events(parquet))
    seconds, cpu, server = time.perf_counter() - start, time.process_time() - cpu, server_cpu(store) - server
    written = rows(store)
    print(f"{name}: {report.stored} documents, {report.events} events, {written} rows in {seconds:.1f} s: "
          f"{report.events / seconds:,.0f} events/s, {written / seconds:,.0f} rows/s; CPU {cpu:.1f} s in Python and "
          f"{server:.1f} s in PostgreSQL: {written / (cpu + server):,.0f} rows per CPU-second; "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--skip-ordinary", action="store_true", help="Time the bulk path only.")
    args = parser.parse_args()
    url = os.environ.get("SITREP_TEST_DATABASE_URL")
    if not url:
        sys.exit("set SITREP_TEST_DATABASE_URL to a PostgreSQL URL")
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-bulk-") as scratch:
        parquet = str(Path(scratch) / "events.parquet")
        write_parquet(corpus(args.events), parquet)
        opened: list[Store] = []
        try:
            timed(opened, "bulk (COPY, set-based)", url, parquet, ingest_events_in_bulk)
            cpu, start = time.process_time(), time.perf_counter()
            again = ingest_events_in_bulk(opened[0], read_coded_events(parquet))
            print(f"bulk re-run: {again.stored} stored, {again.duplicates} already stored in "
                  f"{time.perf_counter() - start:.1f} s ({time.process_time() - cpu:.1f} s CPU)", flush=True)
            if not args.skip_ordinary:
                timed(opened, "document by document (ingest_events)", url, parquet, ingest_events)
        finally:
            for store in opened:
                store.drop()
                store.close()


if __name__ == "__main__":
    main()
