"""Write events as JSONL, ACLED-style CSV, GeoJSON or Parquet, streaming where the format allows.

CSV puts ACLED's 31 export columns first, in ACLED's order and with ACLED's conventions
(lists joined by '; ', civilian_targeting as 'Civilian targeting' or empty, region from the
country), then every other field of our schema, JSON-encoded when it is a list or object.
`timestamp` stays empty so the same events always give the same file.
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

from sitrep.countries import Country, all_countries, country_by_name
from sitrep.errors import SitrepError
from sitrep.schema import Event
from sitrep.taxonomy import ACLED_COLUMNS

STREAM_FORMATS: tuple[str, ...] = ("jsonl", "csv", "geojson")
FORMATS: tuple[str, ...] = (*STREAM_FORMATS, "parquet")
"""Every export format; parquet needs a binary stream or a path (`write_parquet`)."""

PARQUET_BATCH_ROWS = 1024

ACLED_FROM_EVENT: dict[str, str] = {"event_id_cnty": "event_id"}
"""ACLED columns filled from an event field of another name."""

ACLED_DERIVED = frozenset({"year", "region", "source_scale", "tags", "timestamp"})
"""ACLED columns computed at export (or left empty: source_scale, tags, timestamp)."""

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
    """CSV header: ACLED's 31 columns in ACLED's order, then our other schema fields in schema order."""
    return ACLED_COLUMNS + extra_fields()


@functools.cache
def extra_fields() -> tuple[str, ...]:
    """Event fields that have no ACLED column (event_id is ACLED's event_id_cnty)."""
    in_acled = set(ACLED_COLUMNS) | set(ACLED_FROM_EVENT.values())
    return tuple(f.name for f in dataclasses.fields(Event) if f.name not in in_acled)


def acled_row(event: Event) -> dict[str, Any]:
    """One CSV row: ACLED's columns with ACLED's conventions, then the extra fields as JSON text."""
    data = event.to_dict()
    row: dict[str, Any] = {}
    for column in ACLED_COLUMNS:
        if column in ACLED_DERIVED:
            row[column] = ""
        else:
            row[column] = _acled_value(column, data.get(ACLED_FROM_EVENT.get(column, column)))
    row["year"] = event.event_date[:4] if event.event_date else ""
    row["region"] = region_of(event.country, event.iso) or ""
    for name in extra_fields():
        row[name] = _csv_value(data.get(name))
    return row


def _acled_value(column: str, value: Any) -> Any:
    if column == "civilian_targeting":
        return "Civilian targeting" if value else ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
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
    """A GeoJSON Feature: Point [longitude, latitude], or null geometry when the event has no coordinates."""
    lon, lat = event.longitude, event.latitude
    located = lon is not None and lat is not None and math.isfinite(lon) and math.isfinite(lat)
    geometry = {"type": "Point", "coordinates": [lon, lat]} if located else None
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": event.to_dict()}


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
    """One Parquet row of an event, matching `arrow_schema` (fields without an Arrow type as JSON text)."""
    data = event.to_dict()
    json_fields = _json_fields()
    return {k: json.dumps(v, ensure_ascii=False) if k in json_fields else v for k, v in data.items()}


def event_from_row(row: dict[str, Any]) -> Event:
    """The event of one Parquet row written by `arrow_row` (columns not in the schema are ignored)."""
    json_fields = _json_fields()
    return Event.from_dict({k: json.loads(v) if k in json_fields and isinstance(v, str) else v for k, v in row.items()})


@functools.cache
def arrow_schema() -> Any:
    """The Arrow schema of an event, derived from the Event dataclass so new fields follow."""
    import pyarrow as pa

    return pa.schema([pa.field(f.name, _arrow_field_type(f)) for f in dataclasses.fields(Event)])


@functools.cache
def _json_fields() -> frozenset[str]:
    """Fields whose type has no Arrow mapping here: stored as JSON text."""
    import pyarrow as pa

    return frozenset(f.name for f in arrow_schema() if f.type == pa.string() and _hint(f.name) is not str)


def _hint(name: str) -> Any:
    hints = typing.get_type_hints(Event)
    return _without_none(hints[name])


def _arrow_field_type(field: dataclasses.Field[Any]) -> Any:
    import pyarrow as pa

    hint = _without_none(typing.get_type_hints(Event)[field.name])
    if typing.get_origin(hint) is dict and field.default_factory is not dataclasses.MISSING:
        value_type = _arrow_type(typing.get_args(hint)[1])
        keys = field.default_factory()  # type: ignore[misc]
        return pa.struct([pa.field(key, value_type) for key in keys])
    return _arrow_type(hint)


def _arrow_type(hint: Any) -> Any:
    """Arrow type of a type hint: scalars, lists, tuples of one type, nested dataclasses; else JSON text."""
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
    return pa.string()


def _without_none(hint: Any) -> Any:
    """`X | None` -> X; `Literal[...]` of strings -> str."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = args[0] if len(args) == 1 else hint
    if typing.get_origin(hint) is typing.Literal:
        return str
    return hint
