"""The event store: documents, article-level events and cross-source incidents in SQLite or PostgreSQL.

Storage goes through SQLAlchemy Core. SQLite (a file, WAL journal, foreign keys on) is the
embedded default; a PostgreSQL URL serves a team. Each document is written in one transaction
together with its events and the recomputed incidents of the neighbourhood it touches, so a
killed process leaves whole documents only and a re-run finishes the job. Document ids are
content hashes, so the same article stored twice changes nothing (a new outlet for it is recorded).
Re-coding a document replaces its events and keeps the previous coding in `codings`; incident ids
are hashes of their members, and an id replaced when members join or leave redirects to its successor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from sitrep import incidents as incident_rules
from sitrep.errors import StoreError
from sitrep.schema import Document, Event, SourceRef
from sitrep.untrusted import scrub, scrub_value

DEFAULT_URL = "sqlite:///sitrep.db"
ENV_VAR = "SITREP_DB"
SCHEMA_VERSION = 1
MAX_WINDOW_DAYS = incident_rules.MAX_SPAN_DAYS + incident_rules.DATE_GAP_DAYS + 1
"""Candidate events for incident matching are read within this many days of a new event's date span."""

TEXT_MATCHES_KEPT = 5000
"""A free-text filter that matches at most this many rows has its matches kept per store version by `Store.page`:
the trigram index's MATCH reads the list of every trigram of the text, common ones included (about 55 ms at a
million rows), while the page's rows by kept row id take under a millisecond, and the next page asks the same."""

KEPT_TEXT_FILTERS = 64
"""Free-text filters whose matches `Store.page` keeps (each at most TEXT_MATCHES_KEPT row ids)."""

WIDE_BBOX_SQUARE_DEGREES = 4.0
"""A bounding box larger than this (about 200 x 200 km) is filtered while scanning by date, not by coordinates."""

metadata = sa.MetaData()

schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, nullable=False))

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("path", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("text", sa.Text),
    sa.Column("n_events", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

document_refs = sa.Table(
    "document_refs",
    metadata,
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("ref", sa.Text, primary_key=True),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.String(10)),
)
"""Every place a document was read from (path or URL): one article found twice is one document."""


def _event_columns() -> list[sa.Column]:
    return [
        sa.Column("event_date", sa.String(10)),
        sa.Column("date_start", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("time_precision", sa.Integer),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("notes", sa.Text),
        sa.Column("data", sa.Text, nullable=False),
    ]


events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("incident_id", sa.String(64)),
    sa.Column("is_background", sa.Boolean, nullable=False),
    *_event_columns(),
)

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("incident_id", sa.String(64), primary_key=True),
    sa.Column("n_events", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("killed_low", sa.Integer),
    sa.Column("killed_best", sa.Integer),
    sa.Column("killed_high", sa.Integer),
    sa.Column("injured_low", sa.Integer),
    sa.Column("injured_best", sa.Integer),
    sa.Column("injured_high", sa.Integer),
    *_event_columns(),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("inter", sa.Integer),
)

event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    sa.Column("actor_key", sa.Text, primary_key=True),
    sa.Column("role", sa.String(16), primary_key=True),
    sa.Column("event_date", sa.String(10)),
)
"""Which actors an event names (actor1, actor2, associated); `actor_key` is the casefolded name, `event_date` the
event's (migration 7), so the actor filter reads its page in order from `ix_event_actors_page`."""

places = sa.Table(
    "places",
    metadata,
    sa.Column("place_key", sa.Text, primary_key=True),
    sa.Column("location", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geonameid", sa.Integer),
)

dead_letters = sa.Table(
    "dead_letters",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("path", sa.Text),
    sa.Column("error", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("last_seen", sa.String(32), nullable=False),
)
"""Documents that could not be read or coded, with the error; cleared when a re-run succeeds."""

codings = sa.Table(
    "codings",
    metadata,
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("coded_at", sa.String(32), nullable=False),
    sa.Column("options", sa.Text, nullable=False),
    sa.Column("events", sa.Text),
)
"""Every coding of a document, numbered from 1: when, with which options (published, source, url, country,
sitrep version), and for each coding replaced by `sitrep recode` or `ingest --force` its events as a JSON list
(NULL for the current one, whose events are in `events`)."""

incident_redirects = sa.Table(
    "incident_redirects",
    metadata,
    sa.Column("old_id", sa.String(64), primary_key=True),
    sa.Column("incident_id", sa.String(64), nullable=False),
)
"""Incident ids that changed when a source joined, left or was re-coded, and the incident that holds most of
their former members now: an incident id stays a hash of its members (any ingest order gives the same ids),
and an old id still answers through this table."""


FILTER_DATE_INDEXES = {"country_date": "country", "admin1_date": "admin1", "type_date": "event_type",
                       "subtype_date": "sub_event_type"}
"""Index name suffix -> the filter column each of these indexes leads with, before the page order."""


def _date_indexes(table: sa.Table, dialect: str, newest_first: sa.ColumnElement[Any]) -> None:
    """Indexes that serve each filter together with a page's order, newest first and ties by id (since
    migration 7), so a filtered page is read in order from the cursor on, without sorting each day's rows."""
    name = table.name
    key = table.c.event_id if name == "events" else table.c.incident_id
    sa.Index(f"ix_{name}_date", newest_first).ddl_if(dialect=dialect)
    for suffix, column in FILTER_DATE_INDEXES.items():
        sa.Index(f"ix_{name}_{suffix}", table.c[column], newest_first, key).ddl_if(dialect=dialect)


for _table in (events, incidents):
    # A page is newest first, ties by ascending id: the index holds that order (descending dates put NULLs last
    # in SQLite; PostgreSQL needs NULLS LAST said).
    _date_indexes(_table, "sqlite", _table.c.event_date.desc())
    _date_indexes(_table, "postgresql", _table.c.event_date.desc().nulls_last())
    sa.Index(f"ix_{_table.name}_latlon", _table.c.latitude, _table.c.longitude)
    sa.Index(f"ix_{_table.name}_confidence", _table.c.confidence)
sa.Index("ix_events_document", events.c.document_id)
sa.Index("ix_events_incident", events.c.incident_id)
sa.Index("ix_event_actors_key", event_actors.c.actor_key)


def _migration_1(conn: Connection) -> None:
    """Version 1: every table and index."""
    metadata.create_all(conn)


TEXT_INDEXED = ("events", "incidents")
"""Tables whose notes and location have a SQLite FTS5 trigram index, `<table>_text`, for free-text search."""


def _migration_2(conn: Connection) -> None:
    """Version 2: on SQLite, trigram full-text indexes over notes and location, kept in step by triggers."""
    if conn.dialect.name != "sqlite":
        return
    for table in TEXT_INDEXED:
        index = f"{table}_text"
        conn.execute(sa.text(f"CREATE VIRTUAL TABLE {index} USING fts5(notes, location, content='{table}', "
                             "content_rowid='rowid', tokenize='trigram')"))
        old_row = f"INSERT INTO {index}({index}, rowid, notes, location) VALUES ('delete', old.rowid, old.notes, old.location);"
        new_row = f"INSERT INTO {index}(rowid, notes, location) VALUES (new.rowid, new.notes, new.location);"
        conn.execute(sa.text(f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {new_row} END"))
        conn.execute(sa.text(f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {old_row} END"))
        conn.execute(sa.text(f"CREATE TRIGGER {index}_update AFTER UPDATE OF notes, location ON {table} "
                             f"BEGIN {old_row} {new_row} END"))
        conn.execute(sa.text(f"INSERT INTO {index}({index}) VALUES ('rebuild')"))


def _migration_3(conn: Connection) -> None:
    """Version 3: on PostgreSQL, pg_trgm GIN indexes so free-text ILIKE over notes and location is indexed.

    Without the rights to create the extension the store still works, with unindexed text search.
    """
    if conn.dialect.name != "postgresql":
        return
    try:
        with conn.begin_nested():
            conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
    except sa.exc.DBAPIError:
        return
    schema = conn.execute(sa.text(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")).scalar_one()
    store_schema = conn.get_execution_options().get("schema_translate_map", {}).get(None)
    prefix = f'"{store_schema}".' if store_schema else ""
    for table in TEXT_INDEXED:
        for column in ("notes", "location"):
            conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS ix_{table}_{column}_trgm ON {prefix}{table} "
                                 f"USING gin ({column} {schema}.gin_trgm_ops)"))


BIG_COUNTS = {
    "documents": ("n_events",),
    "events": ("fatalities",),
    "incidents": ("n_events", "n_sources", "fatalities", "killed_low", "killed_best", "killed_high",
                  "injured_low", "injured_best", "injured_high"),
    "places": ("geonameid",),
}
"""Integer columns that hold counts or ids from outside: 64-bit on PostgreSQL (SQLite's are already)."""


def _migration_4(conn: Connection) -> None:
    """Version 4: on PostgreSQL, counts and ids become BIGINT (INTEGER there is 32-bit)."""
    if conn.dialect.name != "postgresql":
        return
    store_schema = conn.get_execution_options().get("schema_translate_map", {}).get(None)
    prefix = f'"{store_schema}".' if store_schema else ""
    for table, columns in BIG_COUNTS.items():
        changes = ", ".join(f"ALTER COLUMN {column} TYPE BIGINT" for column in columns)
        conn.execute(sa.text(f"ALTER TABLE {prefix}{table} {changes}"))


def _migration_5(conn: Connection) -> None:
    """Version 5: the coding history (`codings`) and incident id redirects (`incident_redirects`)."""
    codings.create(conn, checkfirst=True)
    incident_redirects.create(conn, checkfirst=True)


store_changes = sa.Table("store_changes", metadata, sa.Column("counter", sa.BigInteger, nullable=False))
"""One row counting the writes that changed events or incidents: readers key their caches on it."""

incident_actors = sa.Table(
    "incident_actors",
    metadata,
    sa.Column("actor_key", sa.Text, primary_key=True),
    sa.Column("incident_id", sa.String(64), primary_key=True),
    sa.Column("event_date", sa.String(10)),
    sa.Index("ix_incident_actors_incident", "incident_id"),
)
"""Which actors (casefolded, any role) the events of an incident name, with the incident's date (migration 7):
the actor filter of incidents reads its page in order from one range of `ix_incident_actors_page`."""

PAGE_INDEX_COLUMNS = ("country", "admin1", "event_type", "sub_event_type", "fatalities", "confidence", "latitude",
                      "longitude", "actor1", "actor2")
"""The filter and facet columns copied into each table's page index, so filters, counts and map points read the
narrow index instead of the wide rows (each row carries its whole record as JSON)."""


def _migration_6(conn: Connection) -> None:
    """Version 6: the change counter; the actors of each incident; an index per table in page order (newest
    first, ties by id) that also covers every filter column but the text, for keyset paging, facets and map
    points without reading the rows."""
    store_changes.create(conn, checkfirst=True)
    if conn.execute(sa.select(sa.func.count()).select_from(store_changes)).scalar() == 0:
        conn.execute(store_changes.insert().values(counter=0))
    incident_actors.create(conn, checkfirst=True)
    conn.execute(incident_actors.delete())
    naming = (sa.select(event_actors.c.actor_key, events.c.incident_id).distinct()
              .join_from(event_actors, events, events.c.event_id == event_actors.c.event_id)
              .where(events.c.incident_id.is_not(None)))
    conn.execute(incident_actors.insert().from_select(["actor_key", "incident_id"], naming))
    store_schema = conn.get_execution_options().get("schema_translate_map", {}).get(None)
    prefix = f'"{store_schema}".' if store_schema else ""
    for table, key, extra in (("incidents", "incident_id", ()), ("events", "event_id", ("is_background",))):
        covered = ", ".join((*extra, *PAGE_INDEX_COLUMNS))
        if conn.dialect.name == "sqlite":
            conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS ix_{table}_page ON {table} "
                                 f"(event_date DESC, {key}, {covered})"))
        else:
            conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS ix_{table}_page ON {prefix}{table} "
                                 f"(event_date DESC NULLS LAST, {key}) INCLUDE ({covered})"))
    analysed = conn.dialect.name == "sqlite" and conn.execute(sa.text(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first()
    if analysed:  # a store with the planner's statistics gets them for the new indexes too
        for name in ("ix_incidents_page", "ix_events_page", "incident_actors"):
            conn.execute(sa.text(f"ANALYZE {name}"))


ACTOR_TABLES = (("event_actors", "events", "event_id"), ("incident_actors", "incidents", "incident_id"))
"""(actor table, table it names rows of, their key): each actor table holds its row's date since migration 7."""


def _migration_7(conn: Connection) -> None:
    """Version 7: the actor tables hold each row's event date, and an index per actor table in page order
    (actor, newest first, id), so an actor's page is one index range read in order, however many rows name
    the actor (it was every naming row's id, gathered and sorted, or the whole page order scanned). The
    (filter column, date) indexes end with the id too, so their pages need no sort of each day's rows."""
    store_schema = conn.get_execution_options().get("schema_translate_map", {}).get(None)
    prefix = f'"{store_schema}".' if store_schema else ""
    for actor_table, table, key in ACTOR_TABLES:
        columns = {column["name"] for column in sa.inspect(conn).get_columns(actor_table, schema=store_schema)}
        if "event_date" not in columns:
            conn.execute(sa.text(f"ALTER TABLE {prefix}{actor_table} ADD COLUMN event_date VARCHAR(10)"))
        conn.execute(sa.text(f"UPDATE {prefix}{actor_table} SET event_date = (SELECT event_date FROM {prefix}{table} "
                             f"WHERE {prefix}{table}.{key} = {prefix}{actor_table}.{key})"))
        newest_first = "event_date DESC" if conn.dialect.name == "sqlite" else "event_date DESC NULLS LAST"
        conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS ix_{actor_table}_page ON {prefix}{actor_table} "
                             f"(actor_key, {newest_first}, {key})"))
    rebuilt = [index for table in (events, incidents) for index in table.indexes
               if index.name.removeprefix(f"ix_{table.name}_") in FILTER_DATE_INDEXES]
    for name in sorted({index.name for index in rebuilt}):
        conn.execute(sa.text(f"DROP INDEX IF EXISTS {prefix}{name}"))
    for index in rebuilt:
        index.create(conn)  # each has one version per dialect: only this dialect's is created
    if conn.dialect.name == "sqlite" and conn.execute(sa.text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        for name in sorted({index.name for index in rebuilt} | {f"ix_{t}_page" for t, _, _ in ACTOR_TABLES}):
            conn.execute(sa.text(f"ANALYZE {name}"))


MIGRATIONS = [_migration_1, _migration_2, _migration_3, _migration_4, _migration_5, _migration_6, _migration_7]
"""Ordered schema migrations: MIGRATIONS[i] takes a store from version i to version i + 1."""


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for `Store.query`; every one left None matches everything.

    Country, admin1, types and actor match stored values exactly (actor: any case); a tuple matches any of its
    values. `sitrep.filters.resolve_filters` turns what a user typed into those values."""

    country: str | tuple[str, ...] | None = None
    admin1: str | tuple[str, ...] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | tuple[str, ...] | None = None
    sub_event_type: str | tuple[str, ...] | None = None
    actor: str | tuple[str, ...] | None = None
    bbox: tuple[float, float, float, float] | None = None
    """(min_lon, min_lat, max_lon, max_lat), GeoJSON order."""
    min_confidence: float | None = None
    min_fatalities: int | None = None
    text: str | None = None
    include_background: bool = True
    """Article-level events told as history; incidents never hold them."""


@dataclass(slots=True)
class IncidentView:
    """One incident with everything behind it: the merged record, figures and each member with its source."""

    incident: Event
    killed: tuple[int | None, int | None, int | None]
    injured: tuple[int | None, int | None, int | None]
    members: list[Event]
    links: list[incident_rules.MatchExplanation] = field(default_factory=list)
    """Why the members were merged: each match that joined two of them, explained (`incidents.merge_links`)."""
    outlets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Every place and outlet each member's document was read from (source, url, published), by document id."""
    asked: str | None = None
    """The id asked for when it was an older id of this incident (a source joined or left since)."""


def resolve_url(url: str | None = None) -> str:
    """The database URL: the argument, else $SITREP_DB, else ./sitrep.db; a bare path means a SQLite file."""
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    return url if "://" in url else f"sqlite:///{url}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


WAL_ATTEMPTS = 60
"""Tries, a quarter second apart, to switch a fresh SQLite file to WAL while other processes open it."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    _use_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _use_wal(cursor: Any) -> None:
    """Switch the file to write-ahead logging. Changing the journal mode takes the file for itself and
    does not wait out busy_timeout, so several processes opening one fresh file at once see 'database
    is locked': wait and try again (a file already in WAL needs no switch)."""
    import sqlite3

    for attempt in range(WAL_ATTEMPTS):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.25)


def _require_existing(engine: Engine, schema: str | None) -> None:
    """StoreError unless the engine's database already holds a sitrep store (a missing SQLite file is
    not created: connecting would create it). The pool is emptied after, so the store's own connections
    all get its connection settings."""
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database not in (None, "", ":memory:") and not os.path.exists(database):
        raise StoreError(f"no store at {database}", hint="create one with `sitrep ingest FILES --db "
                         f"{database}`, or give the right --db")
    try:
        with engine.connect() as conn:
            found = sa.inspect(conn).has_table(schema_version.name, schema=schema)
    except sa.exc.DBAPIError as exc:
        raise StoreError(f"cannot open store {engine.url.render_as_string()!r}: {exc.orig}") from exc
    finally:
        engine.dispose()
    if not found:
        raise StoreError(f"no sitrep store in {engine.url.render_as_string()!r}",
                         hint="create one with `sitrep ingest FILES --db ...`, or give the right --db")


class Store:
    """A handle on one event store; open with `Store(url)`, close with `close()` or a `with` block."""

    def __init__(self, url: str | None = None, *, schema: str | None = None, create: bool = True,
                 connections: int | None = None) -> None:
        """Open (and bring up to date) the store at `url`; with `create` False a missing store is an
        error instead of a new empty one, for commands that only read. `connections`: how many database
        connections to keep open for concurrent readers (a server's threads; SQLAlchemy's default is 5,
        and each one more is opened and closed around its use)."""
        self.url = resolve_url(url)
        self.schema = schema
        try:
            engine = sa.create_engine(self.url, **({"pool_size": connections} if connections else {}))
        except (sa.exc.ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open store {self.url!r}: {exc}") from exc
        if not create:
            _require_existing(engine, schema)
        self.dialect = engine.dialect.name
        if self.dialect not in ("sqlite", "postgresql"):
            raise StoreError(f"cannot open store {self.url!r}: {self.dialect} is not supported",
                             hint="use a SQLite file path or a postgresql+psycopg:// URL")
        if self.dialect == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        if schema:
            engine = engine.execution_options(schema_translate_map={None: schema})
        self.engine: Engine = engine
        self._kept_matches: OrderedDict[tuple[int, str, str], list[int] | None] = OrderedDict()
        self._kept_lock = threading.Lock()
        try:
            self._migrate()
        except sa.exc.OperationalError as exc:
            raise StoreError(f"cannot open store {self.url!r}: {exc.orig}") from exc

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction that holds the store's write lock from its first statement: BEGIN
        IMMEDIATE on SQLite, a transaction-scoped advisory lock on PostgreSQL. Writers take turns, so
        schema creation and incident recomputation never interleave between processes."""
        with self.engine.begin() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext(:name))"),
                             {"name": f"sitrep:{self.schema or 'public'}"})
            yield conn

    def _migrate(self) -> None:
        with self._writing() as conn:
            if self.schema:
                conn.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))
            schema_version.create(conn, checkfirst=True)
            current = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0
            if current > len(MIGRATIONS):
                raise StoreError(f"store {self.url!r} has schema version {current}, newer than this sitrep "
                                 f"({len(MIGRATIONS)})", hint="upgrade sitrep to read this store")
            for version in range(current, len(MIGRATIONS)):
                MIGRATIONS[version](conn)
                conn.execute(schema_version.delete())
                conn.execute(schema_version.insert().values(version=version + 1))

    def version(self) -> int:
        """The store's schema version."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0

    def changes(self) -> int:
        """How many writes have changed events or incidents: equal numbers mean equal query results.

        A server asks this on every request, so it is read through the driver's own connection from the
        pool (about 0.01 ms in SQLite, against 0.1 ms for a SQLAlchemy statement)."""
        prefix = f'"{self.schema}".' if self.schema else ""
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute(f"SELECT max(counter) FROM {prefix}{store_changes.name}")
            (counter,) = cursor.fetchone()
            cursor.close()
        finally:
            connection.close()
        return counter or 0

    def drop(self) -> None:
        """Delete every table (and the schema, when the store has its own); for tests and rebuilds."""
        with self.engine.begin() as conn:
            if self.schema:
                conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))
            else:
                metadata.drop_all(conn)
                schema_version.drop(conn, checkfirst=True)

    # --- writing -------------------------------------------------------------------------------

    def _insert_ignore(self, conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> int:
        """Insert rows, skipping those whose key exists; for one row returns how many were new (0 or 1)."""
        if not rows:
            return 0
        rows = [{name: scrub_value(value) for name, value in row.items()} for row in rows]
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        statement = insert(table).on_conflict_do_nothing()
        if len(rows) == 1:
            return len(conn.execute(statement.returning(sa.literal_column("1")), rows[0]).all())
        conn.execute(statement, rows)
        return len(rows)

    def has_document(self, document_id: str) -> bool:
        """Whether a document with this content hash is stored."""
        with self.engine.connect() as conn:
            found = conn.execute(sa.select(documents.c.id).where(documents.c.id == document_id)).first()
        return found is not None

    def add_reference(self, document: Document) -> bool:
        """Record another place or outlet an already stored document was read from; False when already known."""
        with self._writing() as conn:
            return self._attach_reference(conn, document)

    def _attach_reference(self, conn: Connection, document: Document) -> bool:
        """Insert a document_refs row; when it is new, the document's stored events (and so their incidents)
        list the outlet too, as `source` and `sources` of every export do. False when the row was known."""
        if not self._insert_ignore(conn, document_refs, [_ref_row(document)]):
            return False
        stored = [Event.from_dict(json.loads(d)) for (d,) in conn.execute(
            sa.select(events.c.data).where(events.c.document_id == document.id).order_by(events.c.event_id))]
        outlets = _outlet_refs(conn, [document.id])
        updated = [_with_outlets(e, outlets) for e in stored]
        changed = [new for old, new in zip(stored, updated) if new != old]
        for event in changed:
            conn.execute(events.update().where(events.c.event_id == event.event_id)
                         .values(data=scrub_value(_event_json(event))))
        if changed:
            self._recluster(conn, [e for e in updated if not e.is_background])
            _count_change(conn)
        return True

    def add_document(self, document: Document, document_events: list[Event],
                     options: dict[str, Any] | None = None) -> bool:
        """Store a document, its events and the incidents they change in one transaction; False if already stored.

        `options` are what the document was coded with (see `coding_options`), kept as coding version 1.
        """
        with self._writing() as conn:
            if not self._insert_ignore(conn, documents, [_document_row(document, len(document_events))]):
                self._attach_reference(conn, document)
                return False
            self._insert_ignore(conn, document_refs, [_ref_row(document)])
            conn.execute(codings.insert().values(
                document_id=document.id, version=1, coded_at=_now(),
                options=_options_json(options or coding_options(document)), events=None))
            self._write_events(conn, document_events)
            conn.execute(dead_letters.delete().where(dead_letters.c.key.in_(_dead_letter_keys(document))))
        return True

    def replace_coding(self, document: Document, document_events: list[Event],
                       options: dict[str, Any] | None = None) -> int:
        """Re-code a stored document in one transaction: its previous events go to the coding history, the new
        ones replace them, and every incident they touched is re-clustered. Returns the new coding version."""
        with self._writing() as conn:
            stored = conn.execute(sa.select(documents).where(documents.c.id == document.id)).mappings().first()
            if stored is None:
                raise StoreError(f"no document {document.id!r} in the store",
                                 hint="store it first with `sitrep ingest`")
            old_events = [json.loads(d) for (d,) in conn.execute(
                sa.select(events.c.data).where(events.c.document_id == document.id).order_by(events.c.event_id))]
            current = conn.execute(sa.select(sa.func.max(codings.c.version))
                                   .where(codings.c.document_id == document.id)).scalar()
            archived = json.dumps(old_events, ensure_ascii=False, sort_keys=True)
            if current is None:
                current = 1
                conn.execute(codings.insert().values(
                    document_id=document.id, version=1, coded_at=stored["ingested_at"],
                    options=_options_json(_stored_options(stored)), events=archived))
            else:
                conn.execute(codings.update().where(codings.c.document_id == document.id,
                                                    codings.c.version == current).values(events=archived))
            conn.execute(codings.insert().values(
                document_id=document.id, version=current + 1, coded_at=_now(),
                options=_options_json(options or coding_options(document)), events=None))
            row = _document_row(document, len(document_events))
            conn.execute(documents.update().where(documents.c.id == document.id).values(
                {name: scrub_value(row[name]) for name in ("title", "source", "url", "published", "n_events")}))
            self._insert_ignore(conn, document_refs, [_ref_row(document)])
            survivors, stale = self._remove_events(conn, document.id)
            self._write_events(conn, document_events, survivors, stale)
        return current + 1

    def delete_document(self, document_id: str) -> bool:
        """Remove a document with its events, sources and coding history, and re-cluster the incidents it was
        part of; one transaction. False when no such document is stored."""
        with self._writing() as conn:
            if conn.execute(sa.select(documents.c.id).where(documents.c.id == document_id)).first() is None:
                return False
            survivors, stale = self._remove_events(conn, document_id)
            conn.execute(document_refs.delete().where(document_refs.c.document_id == document_id))
            conn.execute(codings.delete().where(codings.c.document_id == document_id))
            conn.execute(documents.delete().where(documents.c.id == document_id))
            self._recluster(conn, survivors, stale)
            _count_change(conn)
        return True

    def _remove_events(self, conn: Connection, document_id: str) -> tuple[list[Event], set[str]]:
        """Delete a document's events; returns the other members of their incidents and those incidents' ids."""
        stale = {i for (i,) in conn.execute(sa.select(events.c.incident_id).distinct()
                                            .where(events.c.document_id == document_id)) if i}
        survivors = [Event.from_dict(json.loads(d)) for (d,) in conn.execute(
            sa.select(events.c.data).where(events.c.incident_id.in_(stale), events.c.document_id != document_id))]
        removed = sa.select(events.c.event_id).where(events.c.document_id == document_id)
        conn.execute(event_actors.delete().where(event_actors.c.event_id.in_(removed)))
        conn.execute(events.delete().where(events.c.document_id == document_id))
        return survivors, stale

    def stored_document(self, document_id: str) -> dict[str, Any] | None:
        """A stored document's row (text, title, source, url, path, published) with `options`, the options of its
        current coding, and `version`, its number; None when unknown."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == document_id)).mappings().first()
            if row is None:
                return None
            latest = conn.execute(sa.select(codings.c.version, codings.c.options)
                                  .where(codings.c.document_id == document_id)
                                  .order_by(codings.c.version.desc()).limit(1)).first()
        found = dict(row)
        found["version"], found["options"] = (latest.version, json.loads(latest.options)) if latest else (
            1, _stored_options(row))
        return found

    def document_ids(self) -> list[str]:
        """Ids of every stored document that has its text (those stored as coded events have none)."""
        query = sa.select(documents.c.id).where(documents.c.text.is_not(None), documents.c.text != "")
        with self.engine.connect() as conn:
            return list(conn.execute(query.order_by(documents.c.id)).scalars())

    def coding_history(self, document_id: str) -> list[dict[str, Any]]:
        """A document's coding history, oldest first: version, coded_at, options and (for replaced codings) events."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(codings).where(codings.c.document_id == document_id)
                                .order_by(codings.c.version)).mappings().all()
        return [{"version": r["version"], "coded_at": r["coded_at"], "options": json.loads(r["options"]),
                 "events": json.loads(r["events"]) if r["events"] is not None else None} for r in rows]

    def add_events(self, document_events: list[Event]) -> bool:
        """Store events coded elsewhere (no text) with a stub document built from their sources; one transaction."""
        if not document_events:
            return False
        with self._writing() as conn:
            if not self._insert_ignore(conn, documents, [_stub_document_row(document_events)]):
                return False
            self._write_events(conn, document_events)
        return True

    def record_failure(self, key: str, error: str, path: str | None = None) -> None:
        """Put a document that could not be read or coded in the dead-letter table (attempts are counted)."""
        key, error, path = scrub(key), scrub(error), scrub_value(path)
        with self._writing() as conn:
            updated = conn.execute(
                dead_letters.update().where(dead_letters.c.key == key)
                .values(error=error, path=path, attempts=dead_letters.c.attempts + 1, last_seen=_now())
            ).rowcount
            if not updated:
                conn.execute(dead_letters.insert().values(key=key, path=path, error=error, attempts=1, last_seen=_now()))

    def _write_events(self, conn: Connection, new_events: list[Event], survivors: list[Event] = (),
                      stale: set[str] = frozenset()) -> None:
        outlets = _outlet_refs(conn, sorted({e.document_id for e in new_events}))
        new_events = [_with_outlets(e, outlets) for e in new_events]
        self._insert_ignore(conn, events, [_event_row(e) for e in new_events])
        self._insert_ignore(
            conn, actors,
            list({name: {"name": name, "inter": inter} for e in new_events for name, inter in _actor_codes(e)}.values()),
        )
        self._insert_ignore(conn, event_actors, event_actor_rows(new_events))
        self._insert_ignore(conn, places, list({row["place_key"]: row for row in map(_place_row, new_events)
                                                if row}.values()))
        self._recluster(conn, [*survivors, *(e for e in new_events if not e.is_background)], stale)
        _count_change(conn)

    def _candidates(self, conn: Connection, frontier: list[Event]) -> list[Event]:
        """Stored news events that pass the cheap part of blocking (dates and places) for any frontier event."""
        windows = [w for w in map(_candidate_window, frontier) if w is not None]
        if not windows:
            return []
        query = sa.select(events.c.data).where(events.c.is_background.is_(False), sa.or_(*windows))
        return [Event.from_dict(json.loads(data)) for (data,) in conn.execute(query)]

    def _recluster(self, conn: Connection, seeds: list[Event], stale: set[str] = frozenset()) -> None:
        """Recompute the incidents of every stored event linked (transitively) to the seeds: new events, or the
        remaining members of `stale` incidents that lost one. An incident whose id changes leaves a redirect."""
        if not seeds and not stale:
            return
        affected = {e.event_id: e for e in seeds}
        frontier = list(seeds)
        while frontier:
            linked = [c for c in self._candidates(conn, frontier)
                      if c.event_id not in affected and any(incident_rules.is_match(c, f) for f in frontier)]
            affected.update((c.event_id, c) for c in linked)
            frontier = linked
        previous = dict(conn.execute(
            sa.select(events.c.event_id, events.c.incident_id).where(events.c.event_id.in_(list(affected)))).all())
        stale = set(stale) | {i for i in previous.values() if i}
        if stale:
            conn.execute(incidents.delete().where(incidents.c.incident_id.in_(stale)))
            conn.execute(incident_actors.delete().where(incident_actors.c.incident_id.in_(stale)))
        rebuilt = incident_rules.build_incidents(affected.values())
        for incident in rebuilt:
            conn.execute(incidents.insert().values(_incident_row(incident)))
            self._insert_ignore(conn, incident_actors, incident_actor_rows([incident]))
            conn.execute(
                events.update()
                .where(events.c.event_id.in_([m.event_id for m in incident.members]))
                .values(incident_id=incident.incident_id)
            )
        self._redirect(conn, stale, {m.event_id: i.incident_id for i in rebuilt for m in i.members}, previous)

    def _redirect(self, conn: Connection, stale: set[str], now: dict[str, str],
                  previous: dict[str, str | None]) -> None:
        """Point each replaced incident id (and every id already pointing to it) at the new incident holding most
        of its former members; an id that is an incident again stops redirecting."""
        live = set(now.values())
        if live:
            conn.execute(incident_redirects.delete().where(incident_redirects.c.old_id.in_(live)))
        votes: dict[str, Counter[str]] = {}
        for event_id, old in previous.items():
            if old and event_id in now:
                votes.setdefault(old, Counter())[now[event_id]] += 1
        for old in sorted(stale - live):
            tally = votes.get(old)
            target = min(tally, key=lambda i: (-tally[i], i)) if tally else None
            pointing = incident_redirects.c.incident_id == old
            if target is None:
                conn.execute(incident_redirects.delete().where(pointing))
                continue
            conn.execute(incident_redirects.update().where(pointing).values(incident_id=target))
            self._insert_ignore(conn, incident_redirects, [{"old_id": old, "incident_id": target}])

    # --- reading -------------------------------------------------------------------------------

    def query(
        self, filters: EventQuery = EventQuery(), *, per_event: bool = False, limit: int | None = None, offset: int = 0
    ) -> Iterator[Event]:
        """Incidents (default) or article-level events matching the filters, newest first."""
        for data in self.query_json(filters, per_event=per_event, limit=limit, offset=offset):
            yield Event.from_dict(json.loads(data))

    def query_json(
        self, filters: EventQuery = EventQuery(), *, per_event: bool = False, limit: int | None = None, offset: int = 0
    ) -> Iterator[str]:
        """What `query` yields, as each record's stored JSON text (`Event.to_dict`), for servers that pass it on."""
        table = events if per_event else incidents
        key = table.c.event_id if per_event else table.c.incident_id
        query = sa.select(table.c.data).where(*_conditions(table, filters, per_event, self.dialect))
        query = query.order_by(table.c.event_date.desc().nulls_last(), key).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            for (data,) in conn.execution_options(yield_per=1000).execute(query):
                yield data

    def page(self, filters: EventQuery = EventQuery(), *, per_event: bool = False, limit: int = 100,
             after: tuple[str | None, str] | None = None) -> list[tuple[str | None, str, str]]:
        """Up to `limit` matches in `query`'s order that come after `after`, the (event_date, id) of the last row
        of the previous page: (event_date, id, stored JSON) each.

        Keyset paging: a page deep in the results costs what the first one does (an index in page order is
        read from the cursor on, never counted through), and rows stored meanwhile never shift a later page.
        With an actor, each of its names is read in page order from the actor table's index (one range each),
        the rows joined by id, and the names' pages merged.
        """
        table = events if per_event else incidents
        key = table.c.event_id if per_event else table.c.incident_id
        with self.engine.connect() as conn:
            matches = None
            if filters.text and self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN")  # one snapshot, in which kept matches and every query of the page agree
                matches = self._text_matches(conn, table, filters.text)
            if filters.actor is None:
                conditions = _conditions(table, filters, per_event, self.dialect, matches)
                return _keyset_rows(conn, sa.select(table.c.event_date, key, table.c.data), table.c.event_date, key,
                                    conditions, after, limit)
            naming = event_actors if per_event else incident_actors
            named = naming.c[key.name]
            conditions = _conditions(table, replace(filters, actor=None), per_event, self.dialect, matches)
            rows: list[tuple[str | None, str, str]] = []
            for actor_key in _actor_keys(filters.actor):
                query = (sa.select(naming.c.event_date, named, table.c.data).join_from(naming, table, key == named)
                         .where(naming.c.actor_key == actor_key))
                rows += _keyset_rows(conn, query.distinct() if per_event else query, naming.c.event_date, named,
                                     conditions, after, limit)
        return _in_page_order(rows)[:limit]

    def _text_matches(self, conn: Connection, table: sa.Table, text: str) -> list[int] | None:
        """The row ids whose notes or location contain `text` (SQLite's trigram index), kept per store version
        when there are at most TEXT_MATCHES_KEPT of them; None when there are more, or the text is too short for
        the index. `conn` is in a read transaction, so the version and the rows agree."""
        version = conn.execute(sa.select(sa.func.max(store_changes.c.counter))).scalar() or 0
        key = (version, table.name, text)
        with self._kept_lock:
            if key in self._kept_matches:
                self._kept_matches.move_to_end(key)
                return self._kept_matches[key]
        found = None
        if len(text) >= 3:
            index = f"{table.name}_text"
            ids = conn.execute(sa.text(f"SELECT rowid FROM {index} WHERE {index} MATCH :phrase LIMIT :most"),
                               {"phrase": _phrase(text), "most": TEXT_MATCHES_KEPT + 1}).scalars().all()
            found = sorted(ids) if len(ids) <= TEXT_MATCHES_KEPT else None
        with self._kept_lock:
            self._kept_matches[key] = found
            while len(self._kept_matches) > KEPT_TEXT_FILTERS:
                self._kept_matches.popitem(last=False)
        return found

    def clusters(self, filters: EventQuery = EventQuery(), *, per_event: bool = False,
                 cell_degrees: float = 1.0) -> list[tuple]:
        """The located matches gathered into square cells of `cell_degrees`, for a map at one zoom level:
        (latitude, longitude, count, fatalities, most frequent event type, id, event_date) per cell, at the
        members' mean position; id and date are the one member's where a cell holds one match, else None."""
        table = events if per_event else incidents
        c = table.c
        key = c.event_id if per_event else c.incident_id
        row = _cell(c.latitude + 90, cell_degrees, self.dialect)
        column = _cell(c.longitude + 180, cell_degrees, self.dialect)
        query = _narrow(sa.select(row, column, sa.func.avg(c.latitude), sa.func.avg(c.longitude), sa.func.count(),
                                  sa.func.coalesce(sa.func.sum(c.fatalities), 0), c.event_type, sa.func.min(key),
                                  sa.func.min(c.event_date))
                        .where(*_conditions(table, filters, per_event, self.dialect), c.latitude.is_not(None),
                               c.longitude.is_not(None))
                        .group_by(row, column, c.event_type), table)
        cells: dict[tuple[int, int], list[Any]] = {}
        with self.engine.connect() as conn:
            for cell_row, cell_column, lat, lon, n, dead, kind, ident, day in conn.execute(query):
                cell = cells.setdefault((int(cell_row), int(cell_column)), [0.0, 0.0, 0, 0, kind, 0, ident, day])
                cell[0] += lat * n
                cell[1] += lon * n
                cell[2] += n
                cell[3] += int(dead)
                if n > cell[5]:
                    cell[4], cell[5] = kind, n
        return [(lat / n, lon / n, n, dead, kind, ident if n == 1 else None, day if n == 1 else None)
                for lat, lon, n, dead, kind, _, ident, day in cells.values()]

    def incident(self, ident: str) -> IncidentView | None:
        """An incident by its id, by an older id of it (see `incident_redirects`), or the incident of an
        article-level event id; None when unknown."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(incidents).where(incidents.c.incident_id == ident)).first()
            if row is None:
                owner = conn.execute(sa.select(events.c.incident_id).where(events.c.event_id == ident)).scalar()
                owner = owner or conn.execute(sa.select(incident_redirects.c.incident_id)
                                              .where(incident_redirects.c.old_id == ident)).scalar()
                if owner is None:
                    return None
                row = conn.execute(sa.select(incidents).where(incidents.c.incident_id == owner)).first()
                if row is None:
                    return None
            members = [Event.from_dict(json.loads(data)) for (data,) in conn.execute(
                sa.select(events.c.data).where(events.c.incident_id == row.incident_id).order_by(events.c.event_id)
            )]
            refs = conn.execute(sa.select(document_refs).where(
                document_refs.c.document_id.in_(sorted({m.document_id for m in members})))
                .order_by(document_refs.c.document_id, document_refs.c.ref)).mappings()
            outlets: dict[str, list[dict[str, Any]]] = {}
            for ref in refs:
                outlets.setdefault(ref["document_id"], []).append(
                    {"source": ref["source"], "url": ref["url"], "published": ref["published"]})
            return IncidentView(
                incident=Event.from_dict(json.loads(row.data)),
                killed=(row.killed_low, row.killed_best, row.killed_high),
                injured=(row.injured_low, row.injured_best, row.injured_high),
                members=members,
                links=incident_rules.merge_links(members),
                outlets={k: [dict(t) for t in dict.fromkeys(tuple(v.items()) for v in vs)]
                         for k, vs in outlets.items()},
                asked=ident if ident not in (row.incident_id, *(m.event_id for m in members)) else None,
            )

    def points(self, filters: EventQuery = EventQuery(), *, per_event: bool = False) -> list[tuple]:
        """(id, latitude, longitude, event_type, fatalities, event_date) of every match, for a map and a timeline.

        In no particular order; latitude and longitude are None where the event is not located.
        """
        table = events if per_event else incidents
        c = table.c
        key = c.event_id if per_event else c.incident_id
        query = _narrow(sa.select(key, c.latitude, c.longitude, c.event_type, c.fatalities, c.event_date).where(
            *_conditions(table, filters, per_event, self.dialect)), table)
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(query)]

    def facets(self, filters: EventQuery = EventQuery(), *, per_event: bool = False, top: int = 20) -> dict[str, Any]:
        """Counts of the matches: total and fatalities, the `top` countries, types and actors, and each ISO week."""
        table = events if per_event else incidents
        c = table.c
        conditions = _conditions(table, filters, per_event, self.dialect)
        count = sa.func.count().label("n")
        # A sum of BIGINT counts is NUMERIC on PostgreSQL: cast back, so the figures stay integers.
        deaths = sa.cast(sa.func.coalesce(sa.func.sum(c.fatalities), 0), sa.BigInteger).label("deaths")

        def by(conn: Connection, column: sa.ColumnElement[Any]) -> list[dict[str, Any]]:
            rows = conn.execute(_narrow(sa.select(column.label("key"), count).where(*conditions, column.is_not(None))
                                        .group_by(column).order_by(count.desc(), column).limit(top), table))
            return [{"value": key, "count": n} for key, n in rows]

        with self.engine.connect() as conn:
            total, fatalities = conn.execute(_narrow(sa.select(count, deaths).where(*conditions), table)).one()
            named = sa.union_all(*(_narrow(sa.select(column.label("actor")).where(*conditions, column.is_not(None)),
                                           table) for column in (c.actor1, c.actor2))).subquery()
            actor_rows = conn.execute(sa.select(named.c.actor, sa.func.count().label("n")).group_by(named.c.actor)
                                      .order_by(sa.text("n DESC"), named.c.actor).limit(top))
            days = conn.execute(_narrow(sa.select(c.event_date, count, deaths)
                                        .where(*conditions, c.event_date.is_not(None)).group_by(c.event_date), table))
            weeks: dict[str, list[int]] = {}
            for day, n, dead in days:
                week = _week_start(day)
                if week is not None:
                    tally = weeks.setdefault(week, [0, 0])
                    tally[0] += n
                    tally[1] += dead
            return {
                "total": total,
                "fatalities": int(fatalities),
                "country": by(conn, c.country),
                "event_type": by(conn, c.event_type),
                "actor": [{"value": actor, "count": n} for actor, n in actor_rows],
                "week": [{"week": week, "count": n, "fatalities": dead}
                         for week, (n, dead) in sorted(weeks.items())],
            }

    FILTERABLE = {"country": events.c.country, "admin1": events.c.admin1, "event_type": events.c.event_type,
                  "sub_event_type": events.c.sub_event_type}

    def has_value(self, name: str, value: str) -> bool:
        """Whether some stored event has exactly this value in the filterable column `name` (an index lookup)."""
        column = self.FILTERABLE[name]
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.literal(1)).where(column == value).limit(1)).first() is not None

    def distinct_values(self, name: str) -> list[str]:
        """Every value stored in a filterable column (`FILTERABLE`), or every actor name for 'actor'; sorted."""
        with self.engine.connect() as conn:
            if name == "actor":
                names = set(conn.execute(sa.select(actors.c.name)).scalars())
                names |= set(conn.execute(sa.select(event_actors.c.actor_key).distinct()).scalars())
                return sorted(n for n in names if n)
            column = self.FILTERABLE[name]
            return sorted(v for v in conn.execute(sa.select(column).distinct()).scalars() if v)

    def documents(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Stored documents by id: title, source, url, published date and the text every offset points into."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        columns = (documents.c.id, documents.c.title, documents.c.source, documents.c.url, documents.c.published,
                   documents.c.text)
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*columns).where(documents.c.id.in_(wanted))).mappings()
            return {row["id"]: dict(row) for row in rows}

    def stats(self) -> dict[str, Any]:
        """Counts of documents, events, incidents, by type and country, the date range and the dead letters."""
        with self.engine.connect() as conn:
            count = lambda table: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()  # noqa: E731
            by = lambda column: dict(conn.execute(  # noqa: E731
                sa.select(column, sa.func.count()).group_by(column).order_by(sa.func.count().desc(), column)
            ).all())
            first, last = conn.execute(sa.select(sa.func.min(incidents.c.event_date),
                                                 sa.func.max(incidents.c.event_date))).one()
            failures = conn.execute(sa.select(dead_letters).order_by(dead_letters.c.key)).mappings().all()
            return {
                "url": self.url,
                "schema_version": conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar(),
                "documents": count(documents),
                "events": count(events),
                "incidents": count(incidents),
                "actors": count(actors),
                "places": count(places),
                "first_date": first,
                "last_date": last,
                "incidents_by_type": by(incidents.c.event_type),
                "incidents_by_country": by(incidents.c.country),
                "dead_letters": [dict(f) for f in failures],
            }

    def fingerprint(self) -> dict[str, list[tuple]]:
        """Every stored fact that must not depend on ingest order (ids, incident membership, merged records)."""
        with self.engine.connect() as conn:
            return {
                "documents": [tuple(r) for r in conn.execute(sa.select(documents.c.id, documents.c.n_events)
                                                             .order_by(documents.c.id))],
                "events": [tuple(r) for r in conn.execute(sa.select(events.c.event_id, events.c.incident_id,
                                                                    events.c.data).order_by(events.c.event_id))],
                "incidents": [tuple(r) for r in conn.execute(sa.select(incidents).order_by(incidents.c.incident_id))],
            }


def _narrow(query: sa.Select, table: sa.Table) -> sa.Select:
    """On SQLite, read a query that touches every match (counts, map cells) from the table's page index:
    it holds every column the filters and counts use, a tenth of the row's width, so the scan stays in the
    index however selective the filter (the planner would rather follow a filter's index into the rows)."""
    return query.with_hint(table, f"INDEXED BY ix_{table.name}_page", dialect_name="sqlite")


def _cell(value: sa.ColumnElement[Any], size: float, dialect: str) -> sa.ColumnElement[Any]:
    """The whole number of cells of `size` below a non-negative value (SQLite's CAST truncates; PostgreSQL rounds)."""
    if dialect == "sqlite":
        return sa.cast(value / size, sa.Integer)
    return sa.func.floor(value / size)


def _week_start(day: str) -> str | None:
    """The Monday of an ISO date's week, or None for a date that does not parse."""
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        return None
    return (date - dt.timedelta(days=date.weekday())).isoformat()


def _dead_letter_keys(document: Document) -> list[str]:
    """The dead-letter keys a stored document clears: its own, never its container's (other rows may still fail)."""
    return [k for k in (document.id, document.origin or document.path, document.url) if k]


def coding_options(document: Document, **extra: Any) -> dict[str, Any]:
    """What a coding used, for the coding history: the document's published date, source, url and country hint,
    the sitrep version, and any `extra` (e.g. a backend)."""
    from sitrep import __version__

    return {"published": document.published.isoformat() if document.published else None,
            "source": document.source, "url": document.url, "country": document.country,
            "sitrep": __version__, **extra}


def _stored_options(row: Any) -> dict[str, Any]:
    """The options of a coding stored before the coding history existed: what the document row says."""
    return {"published": row["published"], "source": row["source"], "url": row["url"], "country": None}


def _options_json(options: dict[str, Any]) -> str:
    return json.dumps(options, ensure_ascii=False, sort_keys=True, default=str)


def _document_row(document: Document, n_events: int) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "path": document.path,
        "published": document.published.isoformat() if document.published else None,
        "text": document.text,
        "n_events": n_events,
        "ingested_at": _now(),
    }


def _stub_document_row(document_events: list[Event]) -> dict[str, Any]:
    """The documents row of events coded elsewhere (no text): source, url and date from the document's own source."""
    first = document_events[0]
    ref = next((s for s in first.sources if s.document_id == first.document_id), None)
    if ref and ref.published:
        dt.date.fromisoformat(ref.published)  # ValueError: a document with an unreadable date is not stored
    return {
        "id": first.document_id, "title": None, "source": ref.source if ref else first.source,
        "url": ref.url if ref else None, "path": None, "published": ref.published if ref else None, "text": None,
        "n_events": len(document_events), "ingested_at": _now(),
    }


def _ref_row(document: Document) -> dict[str, Any]:
    """A document_refs row. `ref` is the place read (path, URL or id) with the URL and outlet when given, so the
    same text from a second outlet is a second row, and the same read twice is one."""
    where = document.path or document.url or document.id
    return {
        "document_id": document.id,
        "ref": "\t".join([where, *(v if v and v != where else "" for v in (document.url, document.source))])
               .rstrip("\t"),
        "source": document.source,
        "url": document.url,
        "published": document.published.isoformat() if document.published else None,
    }


def _common_row(event: Event) -> dict[str, Any]:
    return {
        "event_date": event.event_date,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "fatalities": event.fatalities,
        "confidence": event.confidence,
        "notes": event.notes,
        "data": _event_json(event),
    }


def _event_json(event: Event) -> str:
    """The stored JSON text of an event or incident (`Event.to_dict`), as `query_json` hands it out."""
    return json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=True)


def _outlet_refs(conn: Connection, document_ids: list[str]) -> dict[str, list[SourceRef]]:
    """Every outlet (a source name or a URL) each document was read from; a path read twice is no outlet."""
    rows = conn.execute(sa.select(document_refs).where(document_refs.c.document_id.in_(document_ids))
                        .order_by(document_refs.c.document_id, document_refs.c.published, document_refs.c.ref))
    refs: dict[str, list[SourceRef]] = {}
    for row in rows.mappings():
        if row["source"] or row["url"]:
            refs.setdefault(row["document_id"], []).append(
                SourceRef(row["document_id"], row["source"], row["url"], row["published"]))
    return refs


def _with_outlets(event: Event, outlets: dict[str, list[SourceRef]]) -> Event:
    """The event with every outlet its document was read from in `sources` (its own first) and their names in
    `source`, joined by '; ' as ACLED joins sources."""
    own = event.sources or [SourceRef(event.document_id, event.source)]
    merged = list({(r.document_id, r.source, r.url): r
                   for r in [*own, *outlets.get(event.document_id, [])]}.values())
    names = list(dict.fromkeys(r.source for r in merged if r.source))
    return replace(event, sources=merged, source="; ".join(names) if names else event.source)


def _event_row(event: Event) -> dict[str, Any]:
    return {"event_id": event.event_id, "document_id": event.document_id, "incident_id": None,
            "is_background": event.is_background, **_common_row(event)}


def _incident_row(incident: incident_rules.Incident) -> dict[str, Any]:
    killed, injured = incident.killed, incident.injured
    return {
        "incident_id": incident.incident_id,
        "n_events": len(incident.members),
        "n_sources": len({m.document_id for m in incident.members}),
        "killed_low": killed.low if killed else None,
        "killed_best": killed.best if killed else None,
        "killed_high": killed.high if killed else None,
        "injured_low": injured.low if injured else None,
        "injured_best": injured.best if injured else None,
        "injured_high": injured.high if injured else None,
        **_common_row(incident.event),
    }


def _actor_roles(event: Event) -> set[tuple[str, str]]:
    roles = {("actor1", event.actor1), ("actor2", event.actor2)}
    roles |= {("assoc1", a) for a in event.assoc_actor_1} | {("assoc2", a) for a in event.assoc_actor_2}
    return {(role, name) for role, name in roles if name}


def event_actor_rows(new_events: Iterable[Event]) -> list[dict[str, Any]]:
    """The `event_actors` rows of events: each actor named, casefolded, per role, with the event's date."""
    return [{"event_id": e.event_id, "actor_key": name.casefold(), "role": role, "event_date": e.event_date}
            for e in new_events for role, name in _actor_roles(e)]


def incident_actor_rows(built: Iterable[incident_rules.Incident]) -> list[dict[str, Any]]:
    """The `incident_actors` rows of incidents: each actor any member names, casefolded, with the incident's date."""
    return [{"actor_key": key, "incident_id": incident.incident_id, "event_date": incident.event.event_date}
            for incident in built
            for key in sorted({name.casefold() for m in incident.members for _, name in _actor_roles(m)})]


def _actor_codes(event: Event) -> Iterable[tuple[str, int | None]]:
    if event.actor1:
        yield event.actor1, event.inter1
    if event.actor2:
        yield event.actor2, event.inter2


def _place_row(event: Event) -> dict[str, Any] | None:
    if not event.location:
        return None
    key = "|".join(str(v) for v in (event.location, event.admin1, event.country, event.latitude, event.longitude))
    return {"place_key": key, "location": event.location, "country": event.country, "admin1": event.admin1,
            "admin2": event.admin2, "latitude": event.latitude, "longitude": event.longitude,
            "geonameid": event.geonameid}


def _phrase(text: str) -> str:
    """`text` as one FTS5 phrase (quoted, its quotes doubled)."""
    return '"' + text.replace('"', '""') + '"'


def _text_condition(table: sa.Table, text: str, dialect: str,
                    matches: list[int] | None = None) -> sa.ColumnElement[bool]:
    """Notes or location contain `text` literally (% and _ are plain characters), any case: the row ids of
    `matches` when given (`Store._text_matches`), else the trigram index on SQLite (3+ characters), else ILIKE
    with the wildcards escaped."""
    if matches is not None:
        kept = sa.text("SELECT value FROM json_each(:matches)").bindparams(matches=json.dumps(matches))
        return sa.literal_column(f"{table.name}.rowid").in_(kept.columns(sa.column("value")))
    if dialect == "sqlite" and len(text) >= 3:
        index = f"{table.name}_text"
        matching = sa.text(f"SELECT rowid FROM {index} WHERE {index} MATCH :phrase").bindparams(phrase=_phrase(text))
        return sa.literal_column(f"{table.name}.rowid").in_(matching.columns(sa.column("rowid")))
    literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{literal}%"
    return sa.or_(table.c.notes.ilike(pattern, escape="\\"), table.c.location.ilike(pattern, escape="\\"))


def _is(column: sa.ColumnElement[Any], value: str | tuple[str, ...]) -> sa.ColumnElement[bool]:
    """The column equals the value, or one of a tuple's values (one value: a plain, indexable equality)."""
    if isinstance(value, str):
        return column == value
    return column == value[0] if len(value) == 1 else column.in_(sorted(set(value)))


def _conditions(table: sa.Table, filters: EventQuery, per_event: bool, dialect: str,
                text_matches: list[int] | None = None) -> list[sa.ColumnElement[bool]]:
    """SQL for the filters. `text_matches`: the row ids the text filter matches, when known."""
    c = table.c
    conditions: list[sa.ColumnElement[bool]] = []
    if per_event and not filters.include_background:
        conditions.append(c.is_background.is_(False))
    if filters.country:
        conditions.append(_is(c.country, filters.country))
    if filters.admin1:
        conditions.append(_is(c.admin1, filters.admin1))
    if filters.since:
        conditions.append(c.event_date >= filters.since.isoformat())
    if filters.until:
        conditions.append(c.event_date <= filters.until.isoformat())
    if filters.event_type:
        conditions.append(_is(c.event_type, filters.event_type))
    if filters.sub_event_type:
        conditions.append(_is(c.sub_event_type, filters.sub_event_type))
    if filters.min_confidence is not None:
        conditions.append(c.confidence >= filters.min_confidence)
    if filters.min_fatalities is not None:
        conditions.append(c.fatalities >= filters.min_fatalities)
    if filters.bbox:
        min_lon, min_lat, max_lon, max_lat = filters.bbox
        latitude = c.latitude
        if (max_lat - min_lat) * (max_lon - min_lon) > WIDE_BBOX_SQUARE_DEGREES:
            latitude = c.latitude + 0  # not indexable: the newest-first date scan serves a wide box faster
        conditions += [latitude.between(min_lat, max_lat), c.longitude.between(min_lon, max_lon)]
    if filters.text:
        conditions.append(_text_condition(table, filters.text, dialect, text_matches))
    if filters.actor:
        ident = c.event_id if per_event else c.incident_id
        conditions.append(ident.in_(_naming(filters.actor, per_event)))
    return conditions


def _count_change(conn: Connection) -> None:
    """Count a write that changed events or incidents, so readers' caches keyed on `store_changes` refresh."""
    conn.execute(store_changes.update().values(counter=store_changes.c.counter + 1))


def _naming(actor: str | tuple[str, ...], per_event: bool) -> sa.Select:
    """The ids of the events (or incidents) that name an actor (or any of a tuple of actors) in any role, any case."""
    table = event_actors if per_event else incident_actors
    ident = table.c.event_id if per_event else table.c.incident_id
    return sa.select(ident).where(_is(table.c.actor_key, _actor_keys(actor)))


def _actor_keys(actor: str | tuple[str, ...]) -> tuple[str, ...]:
    """The actor table keys (casefolded names) of an actor filter, each once, sorted."""
    return tuple(sorted({k.casefold() for k in ((actor,) if isinstance(actor, str) else actor)}))


def _keyset_rows(conn: Connection, query: sa.Select, day: sa.ColumnElement[Any], ident: sa.ColumnElement[Any],
                 conditions: list[sa.ColumnElement[bool]], after: tuple[str | None, str] | None,
                 limit: int) -> list[tuple]:
    """Up to `limit` rows of `query` (selecting day, ident and more) that meet the conditions, in page order
    (`day` newest first, undated last, ties by `ident`) after the (day, ident) of `after`. The dated rows and
    the undated ones after them are read by two queries, so each follows an index in order."""
    dated, undated = day.is_not(None), day.is_(None)
    if after is None:
        parts = [dated, undated]
    elif after[0] is None:
        parts = [sa.and_(undated, ident > after[1])]
    else:
        parts = [sa.and_(day <= after[0], sa.or_(day < after[0], ident > after[1])), undated]
    rows: list[tuple] = []
    for part in parts:
        ordered = query.where(*conditions, part).order_by(day.desc().nulls_last(), ident).limit(limit - len(rows))
        rows += [tuple(row) for row in conn.execute(ordered)]
        if len(rows) >= limit:
            break
    return rows


def _in_page_order(rows: list[tuple]) -> list[tuple]:
    """(event_date, id, ...) rows once each in page order: newest first, undated last, ties by id."""
    unique = sorted({row[1]: row for row in rows}.values(), key=lambda row: row[1])
    return sorted(unique, key=lambda row: row[0] or "", reverse=True)


def _candidate_window(event: Event) -> sa.ColumnElement[bool] | None:
    """SQL for the stored events `incidents.could_match` may accept for this one: near in time, then in place."""
    span = incident_rules.date_span(event)
    if span is None:
        return None
    c = events.c
    low = (span[0] - dt.timedelta(days=MAX_WINDOW_DAYS)).isoformat()
    high = (span[1] + dt.timedelta(days=MAX_WINDOW_DAYS)).isoformat()
    places = []
    if event.latitude is not None and event.longitude is not None:
        reach = max(incident_rules.RADIUS_KM.values()) / 111.0
        lon_reach = reach / max(0.05, math.cos(math.radians(event.latitude)))
        places.append(sa.and_(c.latitude.between(event.latitude - reach, event.latitude + reach),
                              c.longitude.between(event.longitude - lon_reach, event.longitude + lon_reach)))
    if event.admin2:
        places.append(c.admin2 == event.admin2)
    if event.admin1:
        vague = event.latitude is None or (event.geo_precision or 1) not in incident_rules.RADIUS_KM or not event.admin2
        places.append(sa.and_(c.admin1 == event.admin1) if vague else sa.and_(
            c.admin1 == event.admin1,
            sa.or_(c.latitude.is_(None), c.geo_precision.notin_(list(incident_rules.RADIUS_KM)), c.admin2.is_(None)),
        ))
    if not places:
        return None
    return sa.and_(c.event_date.between(low, high), sa.or_(*places))
