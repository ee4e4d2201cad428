"""Concurrent writers: two and four processes ingesting into one store (SQLite file or PostgreSQL
schema) end with exactly the incidents of a sequential run, and opening a fresh store at once works.

The workload is small (coded events, no parsing): 80 one-event documents in 2 incidents of
40 reports each, every process writing reports of both incidents so that incident recomputations
overlap (before writers were serialised, four PostgreSQL writers left 3 incidents of 38 instead of
2 of 40). PostgreSQL tests need SITREP_TEST_DATABASE_URL and use a fresh schema each.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from sitrep.ingest import ingest_events, read_event_lines
from sitrep.store import MIGRATIONS, Store

TEMPLATE = Path(__file__).parent / "fixtures" / "store" / "multi_source_events.jsonl"
PG_URL = os.environ.get("SITREP_TEST_DATABASE_URL")
INCIDENTS, REPORTS = 2, 40

WRITER = """
import sys, time
from sitrep.ingest import ingest_events, read_event_lines
from sitrep.store import MIGRATIONS, Store
url, schema, part, start = sys.argv[1], sys.argv[2] or None, sys.argv[3], float(sys.argv[4])
while time.time() < start:
    time.sleep(0.002)
with Store(url, schema=schema) as store:
    if part != "-":
        report = ingest_events(store, read_event_lines(part))
        assert report.failed == 0, report.failures
"""


def _events() -> list[dict]:
    """Reports of INCIDENTS separate clashes, REPORTS documents each, a little apart in place and figures."""
    template = json.loads(TEMPLATE.read_text(encoding="utf-8").splitlines()[0])
    rows = []
    for incident in range(INCIDENTS):
        for report in range(REPORTS):
            document = f"doc-{incident}-{report}"
            day = f"2021-0{1 + incident}-1{report % 3}"
            rows.append(dict(template, document_id=document, event_id=f"{document}-1", event_date=day,
                             date_start=day, date_end=day, latitude=30.0 + 1.5 * incident + 0.01 * report,
                             longitude=40.0 + 1.5 * incident, location=f"Town {incident}", admin2=f"District {incident}",
                             fatalities=report, evidence=[], claims=[], arguments=[],
                             casualties={"killed": [report, report], "injured": None, "killed_or_injured": None},
                             sources=[{"document_id": document, "source": f"Outlet {report}", "url": None,
                                       "published": day}]))
    return rows


def _parts(tmp_path: Path, writers: int) -> list[str]:
    rows = _events()
    paths = []
    for number in range(writers):
        path = tmp_path / f"part{writers}-{number}.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows[number::writers]), encoding="utf-8")
        paths.append(str(path))
    return paths


def _run_writers(url: str, schema: str | None, parts: list[str]) -> None:
    start = time.time() + 3.0
    processes = [subprocess.Popen([sys.executable, "-c", WRITER, url, schema or "", part, str(start)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for part in parts]
    for process in processes:
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-3000:]


SEQUENTIAL: dict[str, dict] = {}
"""The sequential run's fingerprint per database kind, computed once per test session."""


def _sequential(url: str, schema: str | None, tmp_path: Path) -> dict:
    kind = url.split(":", 1)[0]
    if kind not in SEQUENTIAL:
        with Store(url, schema=schema) as store:
            for part in _parts(tmp_path, 1):
                assert ingest_events(store, read_event_lines(part)).failed == 0
            SEQUENTIAL[kind] = store.fingerprint()
    return SEQUENTIAL[kind]


@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_sqlite_writers_end_with_the_sequential_incidents(tmp_path, writers):
    expected = _sequential(f"sqlite:///{tmp_path / 'sequential.db'}", None, tmp_path)
    assert len(expected["incidents"]) == INCIDENTS
    url = f"sqlite:///{tmp_path / 'concurrent.db'}"
    Store(url).close()
    _run_writers(url, None, _parts(tmp_path, writers))
    with Store(url) as store:
        assert store.fingerprint() == expected


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="SITREP_TEST_DATABASE_URL is not set")
@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_postgres_writers_end_with_the_sequential_incidents(tmp_path, writers):
    run = uuid.uuid4().hex[:10]
    sequential, concurrent = f"sitrep_seq_{run}", f"sitrep_conc_{run}"
    try:
        expected = _sequential(PG_URL, sequential, tmp_path)
        assert len(expected["incidents"]) == INCIDENTS
        Store(PG_URL, schema=concurrent).close()
        _run_writers(PG_URL, concurrent, _parts(tmp_path, writers))
        with Store(PG_URL, schema=concurrent) as store:
            assert store.fingerprint() == expected
    finally:
        for schema in (sequential, concurrent):
            with Store(PG_URL, schema=schema) as store:
                store.drop()


def test_four_processes_opening_a_fresh_sqlite_store_at_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    _run_writers(url, None, ["-"] * 4)
    with Store(url) as store:
        assert store.version() == len(MIGRATIONS)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="SITREP_TEST_DATABASE_URL is not set")
def test_four_processes_opening_a_fresh_postgres_store_at_once():
    schema = f"sitrep_fresh_{uuid.uuid4().hex[:10]}"
    try:
        _run_writers(PG_URL, schema, ["-"] * 4)
        with Store(PG_URL, schema=schema) as store:
            assert store.version() == len(MIGRATIONS)
    finally:
        with Store(PG_URL, schema=schema) as store:
            store.drop()
