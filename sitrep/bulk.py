"""Load coded events into a PostgreSQL store in bulk: COPY into staging tables, one set-based INSERT per table.

`Store.add_events` stores one document per transaction with executemany inserts and reclusters the
incidents around it: right for a day's output, slow for an archive. `add_events_in_bulk` stores many
documents in one transaction and gives the same store content: every row is streamed with psycopg's
`COPY ... FROM STDIN` into a temporary staging table and moved into the store's table by one
`INSERT ... SELECT ... ON CONFLICT DO NOTHING` (so a re-run adds nothing), and the incidents of all
the new events are recomputed once. Recomputing uses the store's own rules: the stored events linked
(transitively) to the new ones are found as `Store._recluster` finds them, the match graph is split
into connected groups by the blocking of the Spark job (`sitrep.spark.incidents`, pure Python), and
each group becomes its incidents through `incidents.build_incidents`, which only ever joins linked
events; so the result does not depend on how the events were batched.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sitrep import incidents as rules
from sitrep.errors import StoreError
from sitrep.schema import Event
from sitrep.spark.incidents import Block, block_edges, blocks
from sitrep.store import (MAX_WINDOW_DAYS, Store, _actor_codes, _count_change, _event_row, _incident_row, _place_row,
                          _stub_document_row, actors, documents, event_actor_rows, event_actors, events,
                          incident_actor_rows, incident_actors, incidents, places)
from sitrep.untrusted import scrub_value

DATE_RANGES_PER_QUERY = 200
"""Date ranges one candidate query reads (an OR of BETWEENs on the date index)."""

ID_LIST = 10_000
"""Ids per `IN (...)` list when reading or deleting by id."""


def add_events_in_bulk(store: Store, batches: list[list[Event]]) -> set[str]:
    """Store each batch (one document's events) whose document is not stored yet, in one transaction.

    Returns the ids of the documents stored. A document already stored is left alone, as
    `Store.add_events` leaves it; a batch whose document id repeats an earlier batch's is skipped.
    """
    if store.dialect != "postgresql":
        raise StoreError("bulk loading needs a PostgreSQL store", hint="use Store.add_events on SQLite")
    firsts = _first_by_key(batches, lambda batch: batch[0].document_id)
    with store._writing() as conn:
        cursor = conn.connection.driver_connection.cursor()
        stored = set(_copy_insert(cursor, store.schema, documents, [_stub_document_row(b) for b in firsts],
                                  returning="id"))
        new = [e for batch in firsts if batch[0].document_id in stored for e in batch]
        if not new:
            return stored
        news = [e for e in new if not e.is_background]
        affected = _linked(store, conn, news)
        _copy_insert(cursor, store.schema, events, _first_by_key(map(_event_row, new), lambda r: r["event_id"]))
        _copy_insert(cursor, store.schema, actors, _first_by_key(
            (row for batch in firsts if batch[0].document_id in stored for row in _document_actors(batch)),
            lambda r: r["name"]))
        _copy_insert(cursor, store.schema, event_actors, event_actor_rows(new))
        _copy_insert(cursor, store.schema, places, _first_by_key(
            (row for batch in firsts if batch[0].document_id in stored for row in _document_places(batch)),
            lambda r: r["place_key"]))
        _recluster(store, conn, cursor, affected, {e.event_id for e in news})
        _count_change(conn)
    return stored


def _document_actors(batch: list[Event]) -> Iterable[dict[str, Any]]:
    """The actor rows `Store.add_events` writes for one document (the last code of a name in it wins)."""
    return {name: {"name": name, "inter": inter} for e in batch for name, inter in _actor_codes(e)}.values()


def _document_places(batch: list[Event]) -> Iterable[dict[str, Any]]:
    """The place rows `Store.add_events` writes for one document (the last row of a key in it wins)."""
    return {row["place_key"]: row for row in map(_place_row, batch) if row}.values()


def _first_by_key(items: Iterable[Any], key: Any) -> list[Any]:
    """Items in order, each key's first only: what inserting them one by one, skipping conflicts, would keep."""
    seen: dict[Any, Any] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


def _qualified(schema: str | None, name: str) -> str:
    return f'"{schema}"."{name}"' if schema else f'"{name}"'


def _copy_insert(cursor: Any, schema: str | None, table: sa.Table, rows: list[dict[str, Any]],
                 returning: str | None = None) -> list[Any]:
    """COPY rows into a staging copy of `table`, then insert them all, skipping keys already stored.

    Returns the `returning` column of the rows inserted (empty without it).
    """
    if not rows:
        return []
    columns = [c.name for c in table.columns]
    names = ", ".join(f'"{c}"' for c in columns)
    stage = f"sitrep_stage_{table.name}"
    cursor.execute(f"CREATE TEMP TABLE {stage} (LIKE {_qualified(schema, table.name)}) ON COMMIT DROP")
    with cursor.copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([scrub_value(row.get(c)) for c in columns])
    statement = (f"INSERT INTO {_qualified(schema, table.name)} ({names}) SELECT {names} FROM {stage} "
                 f"ON CONFLICT DO NOTHING")
    cursor.execute(statement + (f' RETURNING "{returning}"' if returning else ""))
    inserted = [row[0] for row in cursor.fetchall()] if returning else []
    cursor.execute(f"DROP TABLE {stage}")
    return inserted


def _recluster(store: Store, conn: Connection, cursor: Any, affected: dict[str, Event], new: set[str]) -> None:
    """The incidents of the new news events and the stored events linked to them (`affected`), rebuilt and
    written set-based; an incident whose id changes leaves a redirect, as `Store._recluster` does."""
    if not affected:
        return
    old_ids = [i for i in affected if i not in new]
    previous: dict[str, str | None] = {}
    for chunk in _chunks(old_ids, ID_LIST):
        previous.update(conn.execute(sa.select(events.c.event_id, events.c.incident_id)
                                     .where(events.c.event_id.in_(chunk))).all())
    stale = {i for i in previous.values() if i}
    for chunk in _chunks(sorted(stale), ID_LIST):
        conn.execute(incidents.delete().where(incidents.c.incident_id.in_(chunk)))
        conn.execute(incident_actors.delete().where(incident_actors.c.incident_id.in_(chunk)))
    rebuilt = [incident for group in _groups(affected.values()) for incident in rules.build_incidents(group)]
    _copy_insert(cursor, store.schema, incidents, [_incident_row(i) for i in rebuilt])
    _copy_insert(cursor, store.schema, incident_actors, incident_actor_rows(rebuilt))
    now = {m.event_id: i.incident_id for i in rebuilt for m in i.members}
    _set_incident_ids(cursor, store.schema, now)
    store._redirect(conn, stale, now, previous)


def _linked(store: Store, conn: Connection, seeds: list[Event]) -> dict[str, Event]:
    """The seeds and every stored news event linked to them through a chain of matches (read before the seeds
    are stored, so the candidate queries return stored events only)."""
    affected = {e.event_id: e for e in seeds}
    frontier = list(seeds)
    while frontier:
        index = _BlockIndex(frontier)
        linked: dict[str, Event] = {}
        for candidate in _stored_near(conn, frontier):
            if candidate.event_id not in affected and candidate.event_id not in linked and any(
                    rules.is_match(candidate, f) for f in index.neighbours(candidate)):
                linked[candidate.event_id] = candidate
        affected.update(linked)
        frontier = list(linked.values())
    return affected


def _stored_near(conn: Connection, frontier: list[Event]) -> Iterator[Event]:
    """Stored news events dated within MAX_WINDOW_DAYS of a frontier event's span: every event the store's
    per-event candidate windows (`Store._candidates`) would read, and more, read by a few merged date ranges
    instead of one SQL window per event; `is_match` then decides, as there."""
    spans = sorted((low - dt.timedelta(days=MAX_WINDOW_DAYS), high + dt.timedelta(days=MAX_WINDOW_DAYS))
                   for low, high in filter(None, map(rules.date_span, frontier)))
    ranges: list[list[dt.date]] = []
    for low, high in spans:
        if ranges and low <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], high)
        else:
            ranges.append([low, high])
    for chunk in _chunks(ranges, DATE_RANGES_PER_QUERY):
        within = sa.or_(*(events.c.event_date.between(low.isoformat(), high.isoformat()) for low, high in chunk))
        query = sa.select(events.c.data).where(events.c.is_background.is_(False), within)
        yield from (Event.from_dict(json.loads(data)) for (data,) in conn.execute(query))


class _BlockIndex:
    """Events by blocking key, to find the few that `could_match` a given event without trying them all."""

    def __init__(self, members: Iterable[Event]) -> None:
        self.by_block: dict[Block, list[Event]] = defaultdict(list)
        self.by_window: dict[int, list[Event]] = defaultdict(list)
        for event in members:
            for block in blocks(event):
                self.by_block[block].append(event)
                self.by_window[block[1]].append(event)

    def neighbours(self, event: Event) -> list[Event]:
        """Members sharing a block with the event (any country's when it has none, countryless ones when it has)."""
        found: dict[str, Event] = {}
        for country, window in blocks(event):
            if country is None:
                found.update((e.event_id, e) for e in self.by_window[window])
            else:
                found.update((e.event_id, e) for key in ((country, window), (None, window))
                             for e in self.by_block.get(key, ()))
        return list(found.values())


def _groups(news: Iterable[Event]) -> list[list[Event]]:
    """The connected groups of the match graph over these events (one event alone is a group)."""
    by_id = {e.event_id: e for e in news}
    by_block: dict[Block, list[Event]] = defaultdict(list)
    for event in by_id.values():
        for block in blocks(event):
            by_block[block].append(event)
    countryless = {window: members for (country, window), members in by_block.items() if country is None}
    parent = {i: i for i in by_id}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for block, members in by_block.items():
        for a, b in block_edges(block, members, countryless.get(block[1], ())):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    grouped: dict[str, list[Event]] = defaultdict(list)
    for i in sorted(by_id):
        grouped[root(i)].append(by_id[i])
    return list(grouped.values())


def _set_incident_ids(cursor: Any, schema: str | None, incident_of: dict[str, str]) -> None:
    """Point every event at its incident with one UPDATE joined to a staging table."""
    cursor.execute("CREATE TEMP TABLE sitrep_stage_membership (event_id text PRIMARY KEY, incident_id text) "
                   "ON COMMIT DROP")
    with cursor.copy("COPY sitrep_stage_membership (event_id, incident_id) FROM STDIN") as copy:
        for event_id, incident_id in incident_of.items():
            copy.write_row((event_id, incident_id))
    cursor.execute(f"UPDATE {_qualified(schema, 'events')} AS e SET incident_id = s.incident_id "
                   f"FROM sitrep_stage_membership AS s WHERE e.event_id = s.event_id")
    cursor.execute("DROP TABLE sitrep_stage_membership")


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
