"""Exporters: exact ACLED CSV header, ACLED conventions, valid GeoJSON, Parquet round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sitrep.countries import all_countries
from sitrep.export import (
    FORMATS,
    ExportError,
    csv_columns,
    event_from_row,
    region_of,
    write_events,
    write_parquet,
)
from sitrep.schema import Argument, Claim, Event, Evidence, SourceRef
from sitrep.taxonomy import ACLED_COLUMNS


def _events() -> list[Event]:
    located = Event(
        event_id="doc1-0001", document_id="doc1", event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED", disorder_type="Political violence",
        event_date="2023-09-05", date_start="2023-09-05", date_end="2023-09-05", time_precision=1,
        actor1="Unidentified Armed Group (Mali)", actor2="MINUSMA: United Nations Multidimensional "
        "Integrated Stabilization Mission in Mali (2013-2023)", assoc_actor_1=[],
        assoc_actor_2=["Civilians (Mali)", "Military Forces of Mali"], inter1=3, inter2=8, interaction=38,
        civilian_targeting=False, country="Mali", iso=466, admin1="Kidal", location="Aguelhok",
        latitude=19.46, longitude=0.86, geo_precision=1, geonameid=2460954, fatalities=2,
        casualties={"killed": (2, 2), "injured": (3, 3), "killed_or_injured": None},
        claims=[Claim("UN mission", "MINUSMA", killed=(2, 2), injured=(3, 3),
                      text="Two peacekeepers were killed", start=37, end=65)],
        arguments=[Argument("instrument", "a landmine", 120, 130)],
        weapons=["landmine"], evidence=[Evidence("doc1", 0, 205, "KIDAL, Mali, Sept 3 - Two peacekeepers…")],
        source="Wire Service", sources=[SourceRef("doc1", "Wire Service", None, "2023-09-05")],
        notes="On 5 September 2023, a landmine killed two peacekeepers near Aguelhok.", confidence=0.82,
    )
    unlocated = Event(
        event_id="doc2-0001", document_id="doc2", event_type="Violence against civilians",
        sub_event_type="Attack", disorder_type="Political violence", civilian_targeting=True,
        country="Iraq", actor1="Islamic State", fatalities=0, notes="Gunmen attacked a village; “no toll”.",
    )
    return [located, unlocated]


def test_formats_listed() -> None:
    assert FORMATS == ("jsonl", "csv", "geojson", "parquet")


def test_csv_header_is_acled_then_our_fields() -> None:
    out = io.StringIO()
    write_events(_events(), "csv", out)
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(header[:31]) == ACLED_COLUMNS
    assert header[:3] == ["event_id_cnty", "event_date", "year"] and header[30] == "timestamp"
    assert header[31:] == ["document_id", "date_start", "date_end", "geonameid", "casualties", "claims",
                           "arguments", "weapons", "evidence", "is_background", "sources", "confidence"]
    assert tuple(header) == csv_columns()


def test_csv_rows_follow_acled_conventions() -> None:
    out = io.StringIO()
    assert write_events(_events(), "csv", out) == 2
    first, second = csv.DictReader(io.StringIO(out.getvalue()))
    assert first["event_id_cnty"] == "doc1-0001" and first["year"] == "2023"
    assert first["region"] == "Western Africa" and first["iso"] == "466"
    assert first["assoc_actor_2"] == "Civilians (Mali); Military Forces of Mali"
    assert first["civilian_targeting"] == "" and second["civilian_targeting"] == "Civilian targeting"
    assert first["timestamp"] == first["tags"] == first["source_scale"] == ""
    assert json.loads(first["casualties"]) == {"killed": [2, 2], "injured": [3, 3], "killed_or_injured": None}
    assert json.loads(first["claims"])[0]["claimant"] == "UN mission"
    assert first["is_background"] == "false" and first["weapons"] == '["landmine"]'
    assert second["year"] == "" and second["latitude"] == "" and second["region"] == "Middle East"
    assert second["notes"] == "Gunmen attacked a village; “no toll”."


def test_jsonl_round_trips_to_events() -> None:
    out = io.StringIO()
    write_events(_events(), "jsonl", out)
    lines = out.getvalue().splitlines()
    assert [Event.from_dict(json.loads(line)) for line in lines] == _events()


def test_geojson_is_a_feature_collection_with_lon_lat_points() -> None:
    out = io.StringIO()
    write_events(_events(), "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 2
    located, unlocated = collection["features"]
    assert located["type"] == "Feature" and located["id"] == "doc1-0001"
    assert located["geometry"] == {"type": "Point", "coordinates": [0.86, 19.46]}
    assert located["properties"]["location"] == "Aguelhok"
    assert unlocated["geometry"] is None and unlocated["properties"]["event_id_cnty"] == "doc2-0001"


def test_empty_outputs_are_valid() -> None:
    out = io.StringIO()
    assert write_events([], "geojson", out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
    out = io.StringIO()
    write_events([], "csv", out)
    assert out.getvalue().strip().split(",") == list(csv_columns())


def test_parquet_round_trip(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert write_parquet(_events(), str(path)) == 2
    rows = pq.read_table(path).to_pylist()
    assert [event_from_row(row) for row in rows] == _events()


def test_parquet_is_queryable_with_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "events.parquet"
    with open(path, "wb") as handle:
        write_events(_events(), "parquet", handle)
    query = f"select location, casualties.killed[1], len(claims) from '{path}' where latitude is not null"
    assert duckdb.sql(query).fetchall() == [("Aguelhok", 2, 1)]


def test_bad_format_or_stream_is_a_clear_error() -> None:
    with pytest.raises(ExportError, match="unknown export format 'xml'"):
        write_events(_events(), "xml", io.StringIO())
    with pytest.raises(ExportError, match="binary format"):
        write_events(_events(), "parquet", io.StringIO())


def test_every_country_has_an_acled_region() -> None:
    missing = [c.name for c in all_countries() if region_of(c.name) is None]
    assert missing == []
    assert region_of("Democratic Republic of Congo") == "Middle Africa"
    assert region_of(None, iso=368) == "Middle East"
    assert region_of("Atlantis") is None


def test_writers_stream_generators() -> None:
    out = io.StringIO()
    assert write_events((event for event in _events()), "jsonl", out) == 2
