"""Bulk loading into PostgreSQL (`sitrep.bulk`): the same store as loading document by document, and a re-run adds nothing.

The server's URL comes from SITREP_TEST_DATABASE_URL (set by .ci/run); without it these tests skip.
Every store lives in a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from sitrep.api import extract_documents, read_documents
from sitrep.errors import StoreError
from sitrep.ingest import ingest_events, ingest_events_in_bulk, with_content_id
from sitrep.schema import Event, ReadError
from sitrep.store import Store, metadata

URL = os.environ.get("SITREP_TEST_DATABASE_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="SITREP_TEST_DATABASE_URL is not set (no PostgreSQL server to test against)"),
]
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "store"
CLOCK_COLUMNS = {"ingested_at", "last_seen", "coded_at"}
"""Columns that record when a row was written, the only ones two loads may disagree on."""
HISTORY_TABLES = {"store_changes", "incident_redirects"}
"""Tables of how the store got here (a count of writes; ids of incidents that existed between two writes),
which depend on how the load was batched, as they depend on ingest order (`Store.fingerprint` leaves them out)."""


@pytest.fixture(scope="module")
def coded() -> list[Event | ReadError]:
    """Our fixture articles coded by the extractor, and the multi-source reports of one event, by document."""
    paths = [str(ROOT / "examples" / "articles"), str(FIXTURES / "articles")]
    documents = (with_content_id(d) for d in read_documents(paths, fetch=False))
    events = [e for _, result in extract_documents(documents) if isinstance(result, list) for e in result]
    lines = (FIXTURES / "multi_source_events.jsonl").read_text(encoding="utf-8").splitlines()
    events += [Event.from_dict(json.loads(line)) for line in lines if line.strip()]
    assert len({e.document_id for e in events}) > 10 and any(not e.is_background for e in events)
    return sorted(events, key=lambda e: (e.document_id, e.event_id))


@pytest.fixture
def store_factory():
    opened: list[Store] = []
    run = uuid.uuid4().hex[:10]

    def make() -> Store:
        opened.append(Store(URL, schema=f"sitrep_bulk_{run}_{len(opened)}"))
        return opened[-1]

    yield make
    for each in opened:
        each.drop()
        each.close()


def contents(store: Store) -> dict[str, list[tuple]]:
    """Every row of every store table, sorted, without the columns that record when a row was written."""
    with store.engine.connect() as conn:
        return {table.name: sorted((tuple(v for k, v in row.items() if k not in CLOCK_COLUMNS)
                                    for row in conn.execute(sa.select(table)).mappings()), key=repr)
                for table in metadata.sorted_tables if table.name not in HISTORY_TABLES}


def test_bulk_load_gives_the_same_store_as_loading_document_by_document(store_factory, coded):
    ordinary, bulk = store_factory(), store_factory()
    one_by_one = ingest_events(ordinary, coded)
    loaded = ingest_events_in_bulk(bulk, coded)
    assert (loaded.stored, loaded.events, loaded.duplicates) == (one_by_one.stored, one_by_one.events, 0)
    expected = contents(ordinary)
    assert expected["incidents"] and expected["event_actors"] and expected["places"]
    assert any(n > 1 for n in (row[1] for row in expected["incidents"])), "no incident merged two reports"
    assert contents(bulk) == expected


def test_bulk_load_in_small_transactions_onto_a_filled_store_gives_the_same_store(store_factory, coded):
    ordinary, bulk = store_factory(), store_factory()
    ingest_events(ordinary, coded)
    with ordinary.engine.connect() as conn:
        membership = conn.execute(sa.text(f'SELECT incident_id, document_id FROM "{ordinary.schema}".events '
                                          "WHERE incident_id IS NOT NULL")).all()
    sources: dict[str, set[str]] = {}
    for incident_id, document_id in membership:
        sources.setdefault(incident_id, set()).add(document_id)
    stored_first = set(sorted({e.document_id for e in coded})[1::2])
    for merged in (sorted(d) for d in sources.values() if len(d) > 1):  # one report stored first, the others later
        stored_first = (stored_first - set(merged)) | {merged[0]}
    assert any(len(d & stored_first) and len(d - stored_first) for d in sources.values()), "nothing to relink"
    later = [e for e in coded if e.document_id not in stored_first]
    ingest_events(bulk, [e for e in coded if e.document_id in stored_first])
    replaced = {row[0] for row in contents(bulk)["incidents"]}
    loaded = ingest_events_in_bulk(bulk, later, events_per_transaction=5)
    assert loaded.events == len(later) and loaded.duplicates == 0
    assert contents(bulk) == contents(ordinary)
    live = {row[0] for row in contents(bulk)["incidents"]}
    with bulk.engine.connect() as conn:
        redirects = dict(conn.execute(sa.text(f'SELECT old_id, incident_id FROM "{bulk.schema}".incident_redirects')).all())
    assert replaced - live and all(redirects[old] in live for old in replaced - live), "a replaced id leads nowhere"


def test_a_bulk_rerun_adds_nothing(store_factory, coded):
    store = store_factory()
    first = ingest_events_in_bulk(store, coded)
    before, changes = contents(store), store.changes()
    again = ingest_events_in_bulk(store, coded)
    assert (again.stored, again.events, again.duplicates) == (0, 0, first.stored)
    assert contents(store) == before and store.changes() == changes


def test_bulk_loading_refuses_sqlite(tmp_path, coded):
    with Store(str(tmp_path / "one.db")) as store, pytest.raises(StoreError, match="PostgreSQL"):
        ingest_events_in_bulk(store, coded)


def test_sitrep_ingest_loads_event_parquet_into_postgresql_in_bulk(store_factory, coded, tmp_path):
    from click.testing import CliRunner

    from sitrep.cli import main
    from sitrep.export import write_parquet

    ordinary = store_factory()
    ingest_events(ordinary, coded)
    target = store_factory()  # made here so the schema exists; the command finds it through search_path
    parquet = tmp_path / "events.parquet"
    write_parquet(coded, str(parquet))
    url = f"{URL}{'&' if '?' in URL else '?'}options=-csearch_path%3D{target.schema}"
    for _ in range(2):
        result = CliRunner().invoke(main, ["ingest", str(parquet), "--db", url, "--no-progress"])
        assert result.exit_code == 0, result.output
    assert "0 document(s) stored" in result.output  # the second run added nothing
    assert contents(target) == contents(ordinary)
    assert target.changes() == 1, "not loaded in one bulk transaction"
