"""The event store on SQLite: idempotent writes, order-independent incidents, queries, dead letters, exports.

The contract tests here also run on PostgreSQL from tests/test_store_postgres.py (same functions,
a `store` fixture that opens a PostgreSQL schema of its own).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import itertools
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.errors import StoreError
from sitrep.ingest import content_hash
from sitrep.schema import Document, Event
from sitrep.store import MIGRATIONS, EventQuery, Store, schema_version
from sitrep.taxonomy import ACLED_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures" / "store"


def fixture_documents() -> list[tuple[Document, list[Event]]]:
    """Our three articles as documents (content-hash ids) with the events a correct extractor codes."""
    lines = (FIXTURES / "multi_source_events.jsonl").read_text(encoding="utf-8").splitlines()
    coded = [Event.from_dict(json.loads(line)) for line in lines if line.strip()]
    pairs = []
    for path in sorted((FIXTURES / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        document = Document(id=content_hash(text), text=text, path=str(path), published=dt.date(2021, 3, 15))
        pairs.append((document, [e for e in coded if e.document_id == document.id]))
    return pairs


def fill(store: Store, pairs: list[tuple[Document, list[Event]]]) -> None:
    for document, document_events in pairs:
        store.add_document(document, document_events)


@pytest.fixture
def store(tmp_path):
    opened = Store(str(tmp_path / "store.db"))
    yield opened
    opened.close()


@pytest.fixture
def store_factory(tmp_path):
    opened = []

    def make() -> Store:
        opened.append(Store(str(tmp_path / f"store{len(opened)}.db")))
        return opened[-1]

    yield make
    for each in opened:
        each.close()


def test_same_documents_twice_change_nothing(store):
    pairs = fixture_documents()
    fill(store, pairs)
    before = store.fingerprint()
    fill(store, pairs)
    assert store.fingerprint() == before
    assert store.add_document(*pairs[0]) is False
    assert store.stats()["documents"] == 3


def test_every_order_gives_the_same_store(store_factory):
    pairs = fixture_documents()
    fingerprints = []
    for order in itertools.permutations(pairs):
        one = store_factory()
        fill(one, list(order))
        fingerprints.append(one.fingerprint())
    assert all(f == fingerprints[0] for f in fingerprints)
    assert len(fingerprints[0]["incidents"]) == 2


def test_incident_view_has_every_source_and_the_figures(store):
    fill(store, fixture_documents())
    attack = next(store.query(EventQuery(sub_event_type="Armed clash")))
    view = store.incident(attack.event_id)
    assert view.killed == (3, 4, 11)
    assert view.injured == (6, 6, 6)
    assert view.incident.fatalities == 3
    assert {m.source for m in view.members} == {"Baghdad Observer", "Tigris Wire", "Northern Dispatch"}
    by_member = store.incident(view.members[0].event_id)
    assert by_member.incident.event_id == attack.event_id
    assert store.incident("no-such-id") is None


@pytest.mark.parametrize(
    ("filters", "incidents", "events"),
    [
        (EventQuery(), 2, 4),
        (EventQuery(country="Iraq"), 2, 4),
        (EventQuery(country="Syria"), 0, 0),
        (EventQuery(admin1="Baghdad"), 2, 4),
        (EventQuery(since=dt.date(2021, 3, 14), until=dt.date(2021, 3, 14)), 2, 4),
        (EventQuery(since=dt.date(2021, 3, 15)), 0, 0),
        (EventQuery(event_type="Explosions/Remote violence"), 1, 1),
        (EventQuery(sub_event_type="Armed clash"), 1, 3),
        (EventQuery(actor="islamic state"), 1, 3),
        (EventQuery(actor="Civilians (Iraq)"), 1, 1),
        (EventQuery(bbox=(38, 29, 49, 38)), 2, 4),
        (EventQuery(bbox=(44.3, 33.65, 44.5, 33.7)), 1, 3),
        (EventQuery(min_confidence=0.9), 0, 0),
        (EventQuery(text="MINIBUS"), 1, 1),
    ],
)
def test_filters(store, filters, incidents, events):
    fill(store, fixture_documents())
    assert len(list(store.query(filters))) == incidents
    assert len(list(store.query(filters, per_event=True))) == events


def test_paging(store):
    fill(store, fixture_documents())
    everything = [e.event_id for e in store.query(per_event=True)]
    pages = [e.event_id for offset in range(0, 4, 2) for e in store.query(per_event=True, limit=2, offset=offset)]
    assert pages == everything


def test_dead_letters_are_counted_and_cleared_by_success(store):
    document, document_events = fixture_documents()[0]
    store.record_failure(document.path, "extraction failed: boom", document.path)
    store.record_failure(document.path, "extraction failed: boom again", document.path)
    failures = store.stats()["dead_letters"]
    assert [(f["key"], f["attempts"], f["error"]) for f in failures] == [
        (document.path, 2, "extraction failed: boom again")]
    store.add_document(document, document_events)
    assert store.stats()["dead_letters"] == []


def test_schema_version_and_a_newer_store_is_refused(store):
    assert store.version() == len(MIGRATIONS)
    reopened = Store(store.url, schema=store.schema)
    assert reopened.version() == len(MIGRATIONS)
    reopened.close()
    with store.engine.begin() as conn:
        conn.execute(schema_version.update().values(version=99))
    with pytest.raises(StoreError, match="newer"):
        Store(store.url, schema=store.schema)


def test_sqlite_migration_2_indexes_the_text_of_a_version_1_store(store):
    fill(store, fixture_documents())
    with store.engine.begin() as conn:
        for table in ("events", "incidents"):
            conn.execute(sa.text(f"DROP TABLE {table}_text"))
            for change in ("insert", "delete", "update"):
                conn.execute(sa.text(f"DROP TRIGGER {table}_text_{change}"))
        conn.execute(schema_version.update().values(version=1))
    assert store.version() == 1
    with Store(store.url) as migrated:
        assert migrated.version() == len(MIGRATIONS)
        assert [e.location for e in migrated.query(EventQuery(text="minibus"), per_event=True)] == ["Mushahda"]
        assert len(list(migrated.query(EventQuery(text="checkpoint")))) == 1


def test_migration_7_dates_the_actor_tables_of_a_version_6_store(store):
    fill(store, fixture_documents())
    expected = {per_event: [e.event_id for e in store.query(EventQuery(actor="Islamic State"), per_event=per_event)]
                for per_event in (False, True)}
    assert expected[False] and expected[True]
    prefix = f'"{store.schema}".' if store.schema else ""
    with store.engine.begin() as conn:
        for table in ("event_actors", "incident_actors"):
            conn.execute(sa.text(f"DROP INDEX {prefix}ix_{table}_page"))
            conn.execute(sa.text(f"ALTER TABLE {prefix}{table} DROP COLUMN event_date"))
        conn.execute(sa.text(f"DROP INDEX {prefix}ix_incidents_country_date"))
        conn.execute(sa.text(f"CREATE INDEX ix_incidents_country_date ON {prefix}incidents (country, event_date)"))
        conn.execute(schema_version.update().values(version=6))
    with Store(store.url, schema=store.schema) as migrated:
        assert migrated.version() == len(MIGRATIONS)
        with migrated.engine.connect() as conn:
            indexes = {i["name"]: i["column_names"] for i in sa.inspect(conn).get_indexes("incidents",
                                                                                          schema=store.schema)}
        assert indexes["ix_incidents_country_date"] == ["country", "event_date", "incident_id"]
        for per_event, wanted in expected.items():
            page = migrated.page(EventQuery(actor="islamic state"), per_event=per_event, limit=1000)
            assert [ident for _, ident, _ in page] == wanted
            assert [day for day, _, _ in page] == [e.event_date for e in migrated.query(
                EventQuery(actor="Islamic State"), per_event=per_event)]


def test_free_text_is_a_case_blind_substring(store):
    fill(store, fixture_documents())
    assert len(list(store.query(EventQuery(text="CHECKPOI")))) == 1
    assert len(list(store.query(EventQuery(text="sh")))) == 1
    assert list(store.query(EventQuery(text='"quoted" words'))) == []


def keyset_pages(store: Store, filters: EventQuery, per_event: bool) -> list[str]:
    """Every id `Store.page` gives, one row a page, each page after the last one's (date, id)."""
    seen, after = [], None
    while rows := store.page(filters, per_event=per_event, limit=1, after=after):
        seen.append(rows[0][1])
        after = rows[0][:2]
    return seen


def test_pages_by_free_text_agree_with_the_query_and_see_a_new_match_at_once(store):
    fill(store, fixture_documents())
    text = EventQuery(text="14 march")
    for per_event in (False, True):
        wanted = [e.event_id for e in store.query(text, per_event=per_event)]
        assert len(wanted) == (2 if not per_event else 4)
        assert keyset_pages(store, text, per_event) == wanted
        assert keyset_pages(store, text, per_event) == wanted, "the kept matches give the same pages"
    model = next(e for e in store.query(per_event=True) if e.location == "Mushahda")
    later = dataclasses.replace(model, event_id="later-1", document_id="later-doc", event_date="2021-03-20",
                                date_start="2021-03-20", date_end="2021-03-20", location="Latifiya",
                                latitude=33.0, longitude=44.3, notes="On 14 March 2021 a second bomb hit Latifiya.",
                                sources=[])
    assert store.add_events([later])
    assert keyset_pages(store, text, per_event=True)[0] == "later-1"
    assert keyset_pages(store, EventQuery(text="latifiya"), per_event=True) == ["later-1"]


def test_sqlite_store_uses_wal_and_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


def test_unreachable_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open store"):
        Store(str(tmp_path / "missing-folder" / "store.db"))


# --- the commands --------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "cli.db")
    result = CliRunner().invoke(main, ["ingest", "--events", "--no-progress", "--db", path,
                                       str(FIXTURES / "multi_source_events.jsonl")])
    assert result.exit_code == 0, result.output
    return path


def events_output(db: str, *args: str) -> str:
    pytest.importorskip("sitrep.export", reason="sitrep/export.py (write_events, write_parquet) has not landed yet")
    result = CliRunner().invoke(main, ["events", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_stats_and_incident_commands(db):
    stats = json.loads(CliRunner().invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert (stats["documents"], stats["events"], stats["incidents"]) == (3, 4, 2)
    text = CliRunner().invoke(main, ["stats", "--db", db]).stdout
    assert "0 failed document(s)" in text
    store = Store(db)
    attack = next(store.query(EventQuery(sub_event_type="Armed clash")))
    store.close()
    shown = CliRunner().invoke(main, ["incident", attack.event_id, "--db", db, "--json"])
    view = json.loads(shown.stdout)
    assert view["figures"]["killed"] == {"low": 3, "best": 4, "high": 11}
    assert len(view["members"]) == 3
    readable = CliRunner().invoke(main, ["incident", attack.event_id, "--db", db]).stdout
    assert "claim by Amaq: killed 11" in readable
    missing = CliRunner().invoke(main, ["incident", "nope", "--db", db])
    assert missing.exit_code != 0 and "no incident" in missing.output


def test_acled_csv_starts_with_acleds_31_columns(db):
    rows = list(csv.reader(io.StringIO(events_output(db, "--country", "Iraq", "--format", "csv"))))
    assert tuple(rows[0][:31]) == ACLED_COLUMNS
    assert len(rows) == 3
    record = dict(zip(rows[0], rows[1]))
    assert record["country"] == "Iraq"


def test_geojson_is_a_valid_feature_collection(db):
    collection = json.loads(events_output(db, "--bbox", "38,29,49,38", "--format", "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 2
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert 38 <= lon <= 49 and 29 <= lat <= 38
        assert isinstance(feature["properties"], dict)


def test_jsonl_per_incident_and_per_event(db):
    incidents = [json.loads(line) for line in events_output(db).splitlines()]
    per_event = [json.loads(line) for line in events_output(db, "--per-event").splitlines()]
    assert len(incidents) == 2 and len(per_event) == 4
    attack = next(i for i in incidents if i["sub_event_type"] == "Armed clash")
    assert attack["fatalities"] == 3 and len(attack["claims"]) == 4 and len(attack["sources"]) == 3


def test_parquet_reads_back(db, tmp_path):
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "events.parquet"
    events_output(db, "--format", "parquet", "--output", str(target))
    table = pyarrow_parquet.read_table(target)
    assert table.num_rows == 2
    duckdb = pytest.importorskip("duckdb")
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{target}')").fetchall() == [(2,)]


def test_bad_bbox_is_a_usage_error(db):
    result = CliRunner().invoke(main, ["events", "--db", db, "--bbox", "49,38,38"])
    assert result.exit_code == 2 and "min_lon,min_lat,max_lon,max_lat" in result.output


def test_a_second_outlet_of_a_stored_text_is_named_by_its_events_and_incident(store):
    """The same wire story read from a second outlet is one document, and its exports name both outlets."""
    document, document_events = fixture_documents()[0]
    first = dataclasses.replace(document, source="Baghdad Observer")
    assert store.add_document(first, document_events)
    second = dataclasses.replace(document, source="Mosul Evening Post", url="https://mosul-post.example/n/1")
    assert store.add_reference(second) is True
    assert store.add_reference(second) is False
    for per_event in (True, False):
        (row,) = store.query(per_event=per_event)
        assert row.source == "Baghdad Observer; Mosul Evening Post"
        assert [(r.source, r.url) for r in row.sources] == [
            ("Baghdad Observer", None), ("Mosul Evening Post", "https://mosul-post.example/n/1")]
    assert not store.add_document(first, document_events)
    assert [e.source for e in store.query(per_event=True)] == ["Baghdad Observer; Mosul Evening Post"]
