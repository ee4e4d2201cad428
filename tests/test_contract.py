"""One data contract: the same columns in CSV, Parquet and GeoJSON, pinned by golden headers made from
our own example articles; output options shared by `extract` and `events`; consistent values."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.contract import COLUMNS, CONTRACT_VERSION, column_names, markdown_table
from sitrep.export import arrow_schema, write_events
from sitrep.incidents import merge
from sitrep.schema import Claim, Event, SourceRef
from sitrep.store import Store
from sitrep.taxonomy import ACLED_COLUMNS, civilian_targeting

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "fixtures" / "contract"
ARTICLES = ROOT / "examples" / "articles"
BACKGROUND_ARTICLE = str(ARTICLES / "05_cauca_toribio_1990_caps.txt")
"""An old radio transcript that also tells of an earlier attack as history (one background event)."""
WIRE_ARTICLES = [str(ARTICLES / "04_mali_djenne_drone_strike_wire.txt"),
                 str(ARTICLES / "06_kharkiv_kupiansk_shelling_wire.txt")]
"""Wire copy whose datelines name no year and which carry no publication date: undated events."""


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> tuple[Path, list[Event]]:
    """Our example articles coded once with `sitrep extract -o events.parquet` (background included),
    and the same events as `sitrep extract` JSONL prints them."""
    folder = tmp_path_factory.mktemp("contract")
    parquet = folder / "events.parquet"
    result = invoke("extract", str(ARTICLES), "--include-background", "-o", str(parquet))
    assert result.exit_code == 0, result.output
    lines = invoke("extract", str(ARTICLES), "--include-background")
    assert lines.exit_code == 0, lines.output
    events = [Event.from_dict(json.loads(line)) for line in lines.stdout.splitlines()]
    assert len(events) > 30
    return parquet, events


def golden_lines(name: str) -> list[str]:
    return (GOLDEN / name).read_text(encoding="utf-8").splitlines()


def test_the_contract_is_acleds_31_columns_then_ours():
    names = column_names()
    assert names[:31] == ACLED_COLUMNS
    assert len(set(names)) == len(names) == 43
    fields = [c.field for c in COLUMNS if c.field]
    assert sorted(fields) == sorted(f for f in Event.__dataclass_fields__)


def test_csv_header_is_the_golden_header(extracted):
    _, events = extracted
    out = io.StringIO()
    write_events(events, "csv", out)
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert header == golden_lines("csv_header.csv")[0].split(",") == list(column_names())


def test_geojson_properties_are_the_contract_columns(extracted):
    _, events = extracted
    out = io.StringIO()
    write_events(events, "geojson", out)
    features = json.loads(out.getvalue())["features"]
    assert len(features) == len(events)
    for feature in features:
        assert list(feature["properties"]) == golden_lines("geojson_properties.txt") == list(column_names())
        assert feature["id"] == feature["properties"]["event_id_cnty"]
    dated = next(f["properties"] for f in features if f["properties"]["event_date"])
    assert dated["year"] == int(dated["event_date"][:4]) and isinstance(dated["civilian_targeting"], bool)


def test_extract_writes_parquet_with_real_types_and_metadata(extracted):
    parquet, events = extracted
    schema = pq.read_schema(parquet)
    assert [f"{field.name}: {field.type}" for field in schema] == golden_lines("parquet_schema.txt")
    assert schema.metadata[b"sitrep.contract_version"] == CONTRACT_VERSION.encode()
    assert schema.metadata[b"sitrep.version"]
    descriptions = {field.name: field.metadata[b"description"].decode() for field in schema}
    assert descriptions == {c.name: c.description for c in COLUMNS}
    rows = pq.read_table(parquet).to_pylist()
    assert len(rows) == len(events)
    dated = next(row for row in rows if row["event_date"])
    assert isinstance(dated["event_date"], dt.date) and dated["year"] == dated["event_date"].year
    assert isinstance(dated["latitude"], float) and isinstance(dated["fatalities"], int)
    assert all(row["region"] for row in rows if row["country"])
    assert all(row["source_scale"] is None and row["tags"] is None and row["timestamp"] is None for row in rows)


def test_extract_parquet_ingested_gives_back_the_same_events(extracted, tmp_path):
    parquet, events = extracted
    db = str(tmp_path / "round.db")
    stored = invoke("ingest", "--events", str(parquet), "--db", db, "--no-progress")
    assert stored.exit_code == 0, stored.output
    again = invoke("events", "--db", db, "--per-event", "--include-background", "-o", str(tmp_path / "back.jsonl"))
    assert again.exit_code == 0, again.output
    back = [Event.from_dict(json.loads(line)) for line in (tmp_path / "back.jsonl").read_text().splitlines()]
    key = lambda e: e.event_id  # noqa: E731
    assert sorted(back, key=key) == sorted(events, key=key)


def test_parquet_of_another_contract_version_is_refused_with_the_reason(extracted, tmp_path):
    parquet, _ = extracted
    table = pq.read_table(parquet)
    older = tmp_path / "older.parquet"
    pq.write_table(table.replace_schema_metadata({**table.schema.metadata, b"sitrep.contract_version": b"0"}), older)
    renamed = tmp_path / "renamed.parquet"
    pq.write_table(table.rename_columns(["event_id", *table.column_names[1:]]), renamed)
    db = str(tmp_path / "s.db")
    for path, reason in ((older, "data contract version 0"), (renamed, "no column event_id_cnty")):
        result = invoke("ingest", "--events", str(path), "--db", db, "--no-progress")
        assert reason in result.output
    with Store(db) as store:
        assert store.stats()["events"] == 0


def test_events_output_format_follows_the_extension(extracted, tmp_path):
    parquet, _ = extracted
    db = str(tmp_path / "store.db")
    assert invoke("ingest", "--events", str(parquet), "--db", db, "--no-progress").exit_code == 0
    for suffix, check in ((".parquet", lambda p: p.read_bytes()[:4] == b"PAR1"),
                          (".csv", lambda p: p.read_text().startswith("event_id_cnty,event_date,year,")),
                          (".geojson", lambda p: json.loads(p.read_text())["type"] == "FeatureCollection"),
                          (".json", lambda p: "event_id" in json.loads(p.read_text().splitlines()[0]))):
        target = tmp_path / f"out{suffix}"
        result = invoke("events", "--db", db, "-o", str(target))
        assert result.exit_code == 0, result.output
        assert check(target), suffix


@pytest.mark.parametrize("args, message", [
    (("-o", "out.txt"), "cannot tell the format of 'out.txt'"),
    (("-o", "out.parquet", "--format", "jsonl"), "--format jsonl contradicts the extension of 'out.parquet'"),
    (("--format", "parquet"), "Parquet is binary: give -o FILE.parquet"),
])
@pytest.mark.parametrize("command", [("extract", BACKGROUND_ARTICLE), ("events", "--db", "unused.db")])
def test_unclear_or_contradicting_outputs_are_refused(command, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(*command, *args)
    assert result.exit_code == 2 and message in result.output
    assert list(tmp_path.iterdir()) == []


def test_explicit_format_names_any_file_the_extension_allows(tmp_path):
    target = tmp_path / "map.json"
    result = invoke("extract", BACKGROUND_ARTICLE, "--format", "geojson", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text())["type"] == "FeatureCollection"


def test_extract_and_events_leave_background_out_by_default(tmp_path):
    default = invoke("extract", BACKGROUND_ARTICLE)
    included = invoke("extract", BACKGROUND_ARTICLE, "--include-background")
    news = [json.loads(line) for line in default.stdout.splitlines()]
    every = [json.loads(line) for line in included.stdout.splitlines()]
    assert news and not any(e["is_background"] for e in news)
    assert len(every) == len(news) + 1 and sum(e["is_background"] for e in every) == 1
    db = str(tmp_path / "store.db")
    assert invoke("ingest", BACKGROUND_ARTICLE, "--db", db, "--no-progress").exit_code == 0
    stored = invoke("events", "--db", db, "--per-event")
    assert len(stored.stdout.splitlines()) == len(news)
    stored_every = invoke("events", "--db", db, "--per-event", "--include-background")
    assert len(stored_every.stdout.splitlines()) == len(every)


def test_civilian_targeting_follows_acleds_rule():
    assert civilian_targeting("Violence against civilians", "Attack", None)
    assert civilian_targeting("Protests", "Excessive force against protesters", 6)
    assert civilian_targeting("Explosions/Remote violence", "Air/drone strike", 7)
    assert civilian_targeting("Riots", "Mob violence", 7)
    assert not civilian_targeting("Explosions/Remote violence", "Air/drone strike", 1)
    assert not civilian_targeting("Strategic developments", "Arrests", 7)
    assert not civilian_targeting("Strategic developments", "Looting/property destruction", 7)
    assert not civilian_targeting("Riots", "Violent demonstration", 7)
    assert not civilian_targeting("Protests", "Peaceful protest", 7)
    assert not civilian_targeting("Battles", "Armed clash", 7)


def test_no_strategic_development_riot_or_protest_is_coded_as_civilian_targeting(extracted):
    _, events = extracted
    flagged = [(e.event_type, e.sub_event_type) for e in events if e.civilian_targeting]
    assert flagged and all(civilian_targeting(t, s, 7) for t, s in flagged)
    assert not any(t in ("Strategic developments", "Battles") for t, _ in flagged)
    assert not any(s in ("Violent demonstration", "Peaceful protest", "Protest with intervention") for _, s in flagged)


def _report(document: str, source: str, claim: Claim, confidence: float, sub_type: str = "Attack") -> Event:
    ranges = {kind: getattr(claim, kind) for kind in ("killed", "injured", "killed_or_injured")}
    return Event(
        event_id=f"{document}-1", document_id=document, event_type="Violence against civilians",
        sub_event_type=sub_type, disorder_type="Political violence", event_date="2024-02-03",
        date_start="2024-02-03", date_end="2024-02-03", time_precision=1, actor1="Al Shabaab",
        actor2="Civilians (Somalia)", inter1=2, inter2=7, interaction=27, civilian_targeting=True,
        country="Somalia", iso=706, admin1="Banaadir", location="Mogadishu", latitude=2.04, longitude=45.34,
        geo_precision=1, fatalities=claim.killed[0] if claim.killed else 0, casualties=ranges, claims=[claim],
        source=source, sources=[SourceRef(document, source, None, "2024-02-03")], confidence=confidence,
        notes=f"On 3 February 2024, Al Shabaab attacked Civilians (Somalia) in Mogadishu. Reported casualties: "
              f"{'5-8 killed or injured' if claim.killed_or_injured else '3 killed'}.",
    )


def test_merged_notes_agree_with_the_fatalities():
    wounded = _report("harbour-news", "Harbour News", Claim("hospital staff", None, killed_or_injured=(5, 8),
                                                            text="Five to eight people were hit"), 0.9)
    killed = _report("coast-radio", "Coast Radio", Claim("police", "Police Forces of Somalia", killed=(3, 3),
                                                          text="Three people died"), 0.6)
    incident = merge([wounded, killed]).event
    assert incident.fatalities == 3
    assert incident.notes.startswith("On 3 February 2024, Al Shabaab attacked Civilians (Somalia) in Mogadishu.")
    assert "Reported casualties: 3 killed, 5-8 killed or injured (5-8 according to hospital staff)" in incident.notes
    assert incident.notes.endswith("Fatalities coded: 3 (the lowest reported death toll).")
    assert incident.notes.count("Reported casualties") == 1


def test_merged_figures_name_who_claimed_which():
    low = _report("a", "A", Claim("police", None, killed=(3, 3), text="3 died"), 0.9)
    high = _report("b", "B", Claim("Amaq", "Islamic State", killed=(11, 11), text="11 died"), 0.5)
    notes = merge([low, high]).event.notes
    assert "3-11 killed (3 according to police; 11 according to Amaq). Fatalities coded: 3" in notes


def test_merged_incident_is_never_civilian_targeting_outside_acleds_rule():
    arrest = _report("c", "C", Claim(None, None, text="x"), 0.9, sub_type="Arrests")
    arrest.event_type, arrest.disorder_type = "Strategic developments", "Strategic developments"
    other = _report("d", "D", Claim(None, None, text="y"), 0.5, sub_type="Arrests")
    other.event_type, other.disorder_type = "Strategic developments", "Strategic developments"
    assert not merge([arrest, other]).event.civilian_targeting


def test_undated_documents_are_named_with_a_hint_on_extract_and_ingest(tmp_path):
    coded = invoke("extract", *WIRE_ARTICLES)
    assert coded.exit_code == 0
    for path in WIRE_ARTICLES:
        assert path in coded.stderr
    assert "--published" in coded.stderr and "no event_date or year" in coded.stderr
    dated = invoke("extract", *WIRE_ARTICLES, "--published", "2024-06-01")
    assert "no event_date" not in dated.stderr
    stored = invoke("ingest", *WIRE_ARTICLES, "--db", str(tmp_path / "s.db"), "--no-progress")
    assert stored.exit_code == 0
    assert all(path in stored.stderr for path in WIRE_ARTICLES) and "--published" in stored.stderr


def test_docs_schema_lists_exactly_the_contract():
    lines = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(markdown_table().splitlines()[0])
    rows = lines[start + 2:start + 2 + len(COLUMNS)]
    assert [row.split("`")[1] for row in rows] == list(column_names())
    assert "\n".join(lines[start:start + 2 + len(COLUMNS)]) + "\n" == markdown_table()
    assert not lines[start + 2 + len(COLUMNS)].startswith("|")
