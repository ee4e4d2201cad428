"""The data contract: one ordered list of the columns that every tabular export writes.

CSV, Parquet and GeoJSON `properties` carry exactly these columns in this order: ACLED's 31
export columns in ACLED's order, then sitrep's own. `sitrep.export` derives every writer (and
the Parquet/Spark schema and the reader of our Parquet) from `COLUMNS`, and docs/schema.md
prints `markdown_table()`, so a column is added or renamed here and nowhere else.

JSONL is not tabular: it writes the `sitrep.schema.Event` record of EVENT_SCHEMA.md (the
full-fidelity form `sitrep ingest --events` reads back). A column with a `field` holds that
Event field; a column without one is derived at export (year, region) or left empty (ACLED
columns sitrep does not code).
"""

from __future__ import annotations

from dataclasses import dataclass

CONTRACT_VERSION = "1"
"""Raised when a column is renamed, removed, re-typed or moved; Parquet carries it as schema metadata
(`sitrep.contract_version`) and `sitrep ingest` refuses a file of another version."""

TYPES = ("string", "date", "int", "float", "bool", "list<string>", "object", "list<object>")
"""Column types: `date` is a calendar day (Parquet date32, ISO text elsewhere), `int` a 64-bit integer,
`float` a double, `object` / `list<object>` nested records (Parquet structs, JSON text in CSV)."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name, type, meaning, and the Event field it comes from (None when derived)."""

    name: str
    type: str
    description: str
    field: str | None


COLUMNS: tuple[Column, ...] = (
    Column("event_id_cnty", "string", "Stable id of the event (sitrep's event id; an incident's id for incident rows).",
           "event_id"),
    Column("event_date", "date", "Best single day of the event; a month-only date is coded to the 15th.",
           "event_date"),
    Column("year", "int", "Year of event_date; empty when the event has no date.", None),
    Column("time_precision", "int", "1 the day is known, 2 a week or a few days, 3 a month or vaguer.",
           "time_precision"),
    Column("disorder_type", "string", "Political violence, Demonstrations, Strategic developments, or "
           "Political violence; Demonstrations.", "disorder_type"),
    Column("event_type", "string", "One of ACLED's 6 event types.", "event_type"),
    Column("sub_event_type", "string", "One of ACLED's 25 sub-event types.", "sub_event_type"),
    Column("actor1", "string", "The actor who acted, named in ACLED's style.", "actor1"),
    Column("assoc_actor_1", "list<string>", "Actors on actor1's side (CSV: joined by '; ').", "assoc_actor_1"),
    Column("inter1", "int", "ACLED actor-type code (1-8) of actor1.", "inter1"),
    Column("actor2", "string", "The actor acted upon or fought, named in ACLED's style.", "actor2"),
    Column("assoc_actor_2", "list<string>", "Actors on actor2's side (CSV: joined by '; ').", "assoc_actor_2"),
    Column("inter2", "int", "ACLED actor-type code (1-8) of actor2.", "inter2"),
    Column("interaction", "int", "The two inter codes, lower first; 10 times the code for a sole actor.",
           "interaction"),
    Column("civilian_targeting", "bool", "Civilians were the target, where ACLED codes it (CSV: 'Civilian "
           "targeting' or empty).", "civilian_targeting"),
    Column("iso", "int", "ISO 3166-1 numeric code of the country.", "iso"),
    Column("region", "string", "ACLED's region of the country.", None),
    Column("country", "string", "Country, in ACLED's spelling.", "country"),
    Column("admin1", "string", "First-level administrative area of the location.", "admin1"),
    Column("admin2", "string", "Second-level administrative area of the location.", "admin2"),
    Column("admin3", "string", "Third-level administrative area of the location.", "admin3"),
    Column("location", "string", "The place the event is coded to.", "location"),
    Column("latitude", "float", "Latitude of the location (WGS 84).", "latitude"),
    Column("longitude", "float", "Longitude of the location (WGS 84).", "longitude"),
    Column("geo_precision", "int", "1 the town itself, 2 near a town or part of a region, 3 only a larger region.",
           "geo_precision"),
    Column("source", "string", "Outlet name(s), joined by '; '.", "source"),
    Column("source_scale", "string", "ACLED's source scale; sitrep does not code it (always empty).", None),
    Column("notes", "string", "One-sentence summary in ACLED's style, built from the other fields.", "notes"),
    Column("fatalities", "int", "ACLED's conservative count: the lowest reported number of deaths, 0 when none.",
           "fatalities"),
    Column("tags", "string", "ACLED's tags; sitrep does not code them (always empty).", None),
    Column("timestamp", "int", "ACLED's time of the last change; always empty, so the same events give the "
           "same file.", None),
    Column("document_id", "string", "The input document's id (for incidents: the lead member's).", "document_id"),
    Column("date_start", "date", "First day the text allows.", "date_start"),
    Column("date_end", "date", "Last day the text allows.", "date_end"),
    Column("geonameid", "int", "GeoNames id of the coded place.", "geonameid"),
    Column("casualties", "object", "killed, injured, killed_or_injured: [low, high] over every claim, or null.",
           "casualties"),
    Column("claims", "list<object>", "Per claim (a figure or who was responsible): claimant, claimant_actor, "
           "killed, injured, killed_or_injured, text, start, end, claim_type, responsible_actor.", "claims"),
    Column("arguments", "list<object>", "Text spans filling roles: role, text, start, end, organization, person.",
           "arguments"),
    Column("weapons", "list<string>", "Normalised weapon types.", "weapons"),
    Column("evidence", "list<object>", "Sentences the event rests on: document_id, start, end, text.", "evidence"),
    Column("is_background", "bool", "Told as history or context rather than news.", "is_background"),
    Column("sources", "list<object>", "Per source: document_id, source, url, published.", "sources"),
    Column("confidence", "float", "0-1: how sure sitrep is that this is a real, correctly typed event.",
           "confidence"),
)
"""Every tabular column in order: ACLED's 31 (`sitrep.taxonomy.ACLED_COLUMNS`), then sitrep's."""


def column_names() -> tuple[str, ...]:
    """The header of every tabular export."""
    return tuple(column.name for column in COLUMNS)


def markdown_table() -> str:
    """The contract as the Markdown table docs/schema.md shows (a test keeps the two equal)."""
    lines = ["| column | type | meaning | Event field |", "|---|---|---|---|"]
    for column in COLUMNS:
        source = f"`{column.field}`" if column.field else "derived at export"
        lines.append(f"| `{column.name}` | {column.type} | {column.description} | {source} |")
    return "\n".join(lines) + "\n"
