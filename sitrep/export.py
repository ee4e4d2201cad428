"""Write events as JSONL, ACLED-style CSV, GeoJSON or Parquet, streaming where the format allows.

CSV, Parquet and GeoJSON properties carry the columns of `sitrep.contract` in its order (ACLED's
31, then ours), each from `contract_row`: CSV with ACLED's conventions (lists joined by '; ',
civilian_targeting as 'Civilian targeting' or empty) and our nested fields as JSON text, Parquet
with real types and schema metadata, GeoJSON with JSON values. JSONL writes the Event record of
EVENT_SCHEMA.md. `timestamp` stays empty so the same events always give the same file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import json
import math
import types
import typing
from collections.abc import Iterable, Iterator
from typing import IO, Any

from sitrep.contract import COLUMNS, CONTRACT_VERSION, Column, column_names
from sitrep.countries import Country, all_countries, country_by_name
from sitrep.errors import SitrepError
from sitrep.schema import Event
from sitrep.taxonomy import ACLED_COLUMNS

STREAM_FORMATS: tuple[str, ...] = ("jsonl", "csv", "geojson")
FORMATS: tuple[str, ...] = (*STREAM_FORMATS, "parquet")
"""Every export format; parquet needs a binary stream or a path (`write_parquet`)."""

PARQUET_BATCH_ROWS = 1024

REGION_CODES: dict[str, str] = {
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MU YT RE RW SC SO SS TZ UG IO TF",
    "Southern Africa": "AO BW LS MW MZ NA ZA SZ ZM ZW",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": "AX AL AD AT BY BE BA BG HR CY CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK LV LI "
              "LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS CS SK SI ES SJ SE CH UA GB VA",
    "North America": "US CA GL BM PM",
    "Central America": "MX GT BZ SV HN NI CR PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE GS",
    "Caribbean": "AN AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "Oceania": "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF CX CC HM",
    "Antarctica": "AQ BV",
}
"""ACLED's regions by ISO alpha-2 code (ACLED's grouping where known, UN M49 sub-regions otherwise)."""


class ExportError(SitrepError):
    """Events could not be written in the requested format."""

    hint = f"formats: {', '.join(FORMATS)}; parquet needs a binary file, not the terminal"


def write_events(events: Iterable[Event], fmt: str, stream: IO[Any]) -> int:
    """Write events to an open stream in `fmt` (jsonl, csv, geojson, parquet); returns how many."""
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "geojson": _write_geojson, "parquet": _write_parquet}
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r}")
    return writers[fmt](events, stream)


def write_parquet(events: Iterable[Event], path: str) -> int:
    """Write events to a Parquet file at `path` (nested fields as Arrow lists and structs)."""
    with open(path, "wb") as handle:
        return _write_parquet(events, handle)


def csv_columns() -> tuple[str, ...]:
    """Header of every tabular export: ACLED's 31 columns in ACLED's order, then ours (`sitrep.contract`)."""
    return column_names()


def contract_row(event: Event) -> dict[str, Any]:
    """An event as the contract's columns, in order, with typed values: dates as `datetime.date`,
    year and region derived, nested fields as plain lists and dicts, uncoded ACLED columns None."""
    data = event.to_dict()
    day = _day(event.event_date)
    derived = {"year": day.year if day else None, "region": region_of(event.country, event.iso)}
    row: dict[str, Any] = {}
    for column in COLUMNS:
        value = data.get(column.field) if column.field else derived.get(column.name)
        row[column.name] = _day(value) if column.type == "date" else value
    return row


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def acled_row(event: Event) -> dict[str, Any]:
    """One CSV row: ACLED's conventions in ACLED's columns (lists joined by '; ', civilian_targeting as
    'Civilian targeting' or empty), our lists, objects and booleans as JSON text, None as empty."""
    acled = set(ACLED_COLUMNS)
    return {name: _csv_value(name, value, name in acled) for name, value in contract_row(event).items()}


def _csv_value(column: str, value: Any, acled: bool) -> Any:
    if column == "civilian_targeting":
        return "Civilian targeting" if value else ""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if acled and isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, (list, dict, bool)):
        return json.dumps(value, ensure_ascii=False)
    return value


def region_of(country: str | None, iso: int | None = None) -> str | None:
    """ACLED's region of a country given by name (or ISO numeric code); None when unknown."""
    found = country_by_name(country) if country else None
    if found is None and iso:
        found = _countries_by_numeric().get(iso)
    return _region_index().get(found.alpha2) if found else None


@functools.cache
def _region_index() -> dict[str, str]:
    return {code: region for region, codes in REGION_CODES.items() for code in codes.split()}


@functools.cache
def _countries_by_numeric() -> dict[int, Country]:
    return {c.numeric: c for c in all_countries() if c.numeric}


def _write_jsonl(events: Iterable[Event], stream: IO[str]) -> int:
    count = 0
    for event in events:
        stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(events: Iterable[Event], stream: IO[str]) -> int:
    columns = csv_columns()
    stream.write(csv_line(columns))
    count = 0
    for event in events:
        row = acled_row(event)
        stream.write(csv_line([row[column] for column in columns]))
        count += 1
    return count


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these is a formula to a spreadsheet (OWASP's CSV injection rule)."""


def csv_line(values: Iterable[Any]) -> str:
    """One CSV record (RFC 4180, '\n' between records): a cell holding a comma, quote, CR or LF is
    quoted, and a text cell that a spreadsheet would run as a formula is prefixed with a quote (')."""
    line = ",".join(_csv_cell(value) for value in values)
    return (line or '""') + "\n"  # a record of one empty cell is not a blank line


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_START):
        text = "'" + text
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _write_geojson(events: Iterable[Event], stream: IO[str]) -> int:
    """An RFC 7946 FeatureCollection, written feature by feature."""
    stream.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for event in events:
        stream.write(("," if count else "") + "\n" + json.dumps(geojson_feature(event), ensure_ascii=False))
        count += 1
    stream.write("\n]}\n")
    return count


def geojson_feature(event: Event) -> dict[str, Any]:
    """A GeoJSON Feature: Point [longitude, latitude], or null geometry when the event has no coordinates;
    its properties are the contract's columns (dates as ISO text)."""
    lon, lat = event.longitude, event.latitude
    located = lon is not None and lat is not None and math.isfinite(lon) and math.isfinite(lat)
    geometry = {"type": "Point", "coordinates": [lon, lat]} if located else None
    properties = {name: value.isoformat() if isinstance(value, dt.date) else value
                  for name, value in contract_row(event).items()}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": properties}


def _write_parquet(events: Iterable[Event], stream: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding"):
        raise ExportError("Parquet is a binary format and cannot be written to a text stream")
    schema = arrow_schema()
    count = 0
    with pq.ParquetWriter(stream, schema) as writer:
        for batch in _batches(events, PARQUET_BATCH_ROWS):
            rows = [arrow_row(event) for event in batch]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def _batches(events: Iterable[Event], size: int) -> Iterator[list[Event]]:
    batch: list[Event] = []
    for event in events:
        batch.append(event)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def arrow_row(event: Event) -> dict[str, Any]:
    """One Parquet row of an event, matching `arrow_schema` (the contract's columns and typed values)."""
    return contract_row(event)


def event_from_row(row: dict[str, Any]) -> Event:
    """The event of one row of our Parquet (or of `contract_row`); derived columns are dropped."""
    values: dict[str, Any] = {}
    for column in COLUMNS:
        if column.field and column.name in row:
            value = row[column.name]
            values[column.field] = value.isoformat() if isinstance(value, dt.date) else value
    return Event.from_dict(values)


PARQUET_METADATA_PREFIX = "sitrep."
"""Prefix of the keys sitrep adds to a Parquet schema's metadata (contract_version, version)."""


@functools.cache
def arrow_schema() -> Any:
    """The Arrow schema of the contract: its columns in order with their Arrow types, each column's
    description as field metadata, the contract and sitrep versions as schema metadata."""
    import pyarrow as pa

    from sitrep import __version__

    fields = [pa.field(c.name, _column_arrow_type(c), metadata={"description": c.description}) for c in COLUMNS]
    return pa.schema(fields, metadata={f"{PARQUET_METADATA_PREFIX}contract_version": CONTRACT_VERSION,
                                       f"{PARQUET_METADATA_PREFIX}version": __version__})


def _column_arrow_type(column: Column) -> Any:
    """Arrow type of a contract column: scalars by contract type, nested ones from the Event field's type hint."""
    import pyarrow as pa

    scalars = {"string": pa.string(), "date": pa.date32(), "int": pa.int64(), "float": pa.float64(),
               "bool": pa.bool_(), "list<string>": pa.list_(pa.string())}
    if column.type in scalars:
        return scalars[column.type]
    field = next(f for f in dataclasses.fields(Event) if f.name == column.field)
    return _arrow_field_type(field)


def _arrow_field_type(field: dataclasses.Field[Any]) -> Any:
    import pyarrow as pa

    hint = _without_none(typing.get_type_hints(Event)[field.name])
    if typing.get_origin(hint) is dict and field.default_factory is not dataclasses.MISSING:
        value_type = _arrow_type(typing.get_args(hint)[1])
        keys = field.default_factory()  # type: ignore[misc]
        return pa.struct([pa.field(key, value_type) for key in keys])
    return _arrow_type(hint)


def _arrow_type(hint: Any) -> Any:
    """Arrow type of a type hint: scalars, lists, tuples of one type, nested dataclasses."""
    import pyarrow as pa

    hint = _without_none(hint)
    scalars = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}
    if hint in scalars:
        return scalars[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list and args:
        return pa.list_(_arrow_type(args[0]))
    if origin is tuple and args and len(set(args) - {Ellipsis}) == 1:
        return pa.list_(_arrow_type(args[0]))
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return pa.struct([pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(hint)])
    raise TypeError(f"no Arrow type for the Event field type {hint!r}")


def _without_none(hint: Any) -> Any:
    """`X | None` -> X; `Literal[...]` of strings -> str."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = args[0] if len(args) == 1 else hint
    if typing.get_origin(hint) is typing.Literal:
        return str
    return hint
