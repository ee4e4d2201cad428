"""Hostile values in one document never sink a batch, and never reach the terminal as markup.

Each test reproduces a failure found by feeding hostile inputs through the CLI (issue 14): markup or
ESC sequences in ids, lone surrogates, absurd figures and dates, NUL characters, huge --limit values.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.casualties import parse_number
from sitrep.cli import main
from sitrep.commands.common import EXIT_SOME_FAILED
from sitrep.ingest import content_hash, ingest_documents, read_inputs
from sitrep.sources import decode, read_paths
from sitrep.store import Store

REPORT = "Gunmen killed five villagers in Kano on Monday, police said."
OTHER = "Soldiers clashed with militants near Maiduguri on Tuesday, leaving two soldiers dead."


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def test_markup_and_escape_sequences_in_ids_are_printed_as_plain_text(tmp_path):
    batch = write_jsonl(tmp_path / "a.jsonl", [{"id": "[/x]", "text": None},
                                              {"id": "\x1b[2J\x1b[31m:100: [bold]loud", "text": 5}])
    good = tmp_path / "ok.txt"
    good.write_text(REPORT, encoding="utf-8")
    result = run("extract", batch, str(good))
    assert result.exit_code == EXIT_SOME_FAILED
    assert "[/x]" in result.stderr and "[bold]loud" in result.stderr and ":100:" in result.stderr
    assert "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr
    assert [json.loads(line)["document_id"] for line in result.stdout.splitlines()] == [content_hash(REPORT)]


def test_a_lone_surrogate_and_nul_characters_fail_nothing(tmp_path):
    batch = tmp_path / "s.jsonl"
    batch.write_text('{"id": "bad\\ud800", "url": "https://example.org/\\u0000x", "text": "\\ud800 ' + REPORT
                     + '\\u0000"}\n' + json.dumps({"id": "next", "text": OTHER}) + "\n", encoding="utf-8")
    documents = list(read_paths([str(batch)]))
    assert [d.id for d in documents] == ["bad\ufffd", "next"]
    assert "\x00" not in documents[0].text + documents[0].url and "\ufffd" in documents[0].text
    with Store(str(tmp_path / "s.db")) as store:
        report = ingest_documents(store, read_inputs([str(batch)]))
        assert (report.stored, report.failed) == (2, 0)


def test_figures_beyond_the_ceiling_are_not_numbers():
    assert parse_number("one hundred trillion") is None
    assert parse_number("a billion") is None
    assert parse_number("99999999999999999999") is None
    assert parse_number("twelve thousand") == (12000, 12000)


def test_an_absurd_toll_in_a_report_is_coded_without_a_figure(tmp_path):
    good = tmp_path / "huge.txt"
    good.write_text("Gunmen killed 99999999999999999999 villagers in Kano on Monday, police said.", encoding="utf-8")
    result = run("ingest", "--no-progress", "--db", str(tmp_path / "h.db"), str(good))
    assert result.exit_code == 0 and "1 document(s) stored" in result.stderr
    events = [json.loads(line) for line in run("events", "--db", str(tmp_path / "h.db"), "--per-event").stdout.splitlines()]
    assert all(event["fatalities"] < 10_000_000 for event in events)


def test_coded_events_with_bad_values_fail_alone_with_their_line(tmp_path):
    text_file = tmp_path / "r.txt"
    text_file.write_text(REPORT, encoding="utf-8")
    event = json.loads(run("extract", str(text_file), "--published", "2024-03-04").stdout.splitlines()[0])
    bad = [dict(event, document_id=f"doc{n}", event_id=f"ev{n}", **change) for n, change in enumerate([
        {"fatalities": 2**64}, {"latitude": float("nan")}, {"longitude": float("inf")},
        {"event_date": "next Tuesday"}, {"event_date": "9999-12-31"},
        {"casualties": {"killed": [1, 2**70], "injured": None, "killed_or_injured": None}}])]
    lines = [json.dumps(row) for row in bad] + [json.dumps(event)]
    coded = tmp_path / "coded.jsonl"
    coded.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "e.db")
    result = run("ingest", "--events", "--no-progress", "--db", db, str(coded))
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    assert "1 document(s) stored" in result.stderr and "6 failed" in result.stderr
    for number, word in enumerate(["fatalities", "latitude", "longitude", "event_date", "event_date", "killed"], 1):
        [line] = [line for line in result.stderr.splitlines() if line.startswith(f"failed {coded}:{number}: ")]
        assert f"not an event record ({word}" in line
    exported = run("events", "--db", db, "--format", "geojson").stdout
    assert "NaN" not in exported and json.loads(exported)["features"]


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "1899-12-31", "2101-01-01"])
def test_published_outside_1900_to_2100_is_a_clear_usage_error(tmp_path, date):
    text_file = tmp_path / "r.txt"
    text_file.write_text(REPORT, encoding="utf-8")
    for verb in (["extract"], ["ingest", "--no-progress", "--db", str(tmp_path / "p.db")]):
        result = run(*verb, str(text_file), "--published", date)
        assert result.exit_code == 2 and "outside 1900-2100" in result.stderr


def test_a_jsonl_date_outside_the_range_fails_that_row_only(tmp_path):
    batch = write_jsonl(tmp_path / "d.jsonl", [{"id": "old", "text": REPORT, "published": "0001-01-01"},
                                              {"id": "ok", "text": OTHER, "published": "2024-05-06"}])
    items = list(read_paths([batch]))
    assert "between 1900 and 2100" in items[0].message and items[1].published.year == 2024


@pytest.mark.parametrize("limit", [str(2**63), str(10**30)])
def test_huge_limit_is_a_usage_error_not_a_traceback(tmp_path, limit):
    result = run("events", "--db", str(tmp_path / "l.db"), "--limit", limit)
    assert result.exit_code == 2 and "--limit" in result.stderr


def test_a_source_name_with_markup_prints_as_written(tmp_path):
    batch = write_jsonl(tmp_path / "m.jsonl", [{"id": "one", "text": REPORT, "source": "Sahel Daily [/x] [bold]",
                                               "published": "2024-03-04"}])
    db = str(tmp_path / "m.db")
    assert run("ingest", "--no-progress", "--db", db, batch).exit_code == 0
    incident = json.loads(run("events", "--db", db).stdout.splitlines()[0])["event_id"]
    result = run("incident", incident, "--db", db)
    assert result.exit_code == 0 and "Sahel Daily [/x] [bold]" in result.stdout


def test_utf16_and_utf32_without_bom_are_text():
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        assert decode(REPORT.encode(encoding)) == REPORT
    assert decode("\ufeff".encode("utf-32-le") + REPORT.encode("utf-32-le")) == REPORT


def test_an_empty_jsonl_file_says_so(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    [item] = list(read_paths([str(empty)]))
    assert "holds no JSON lines" in item.message


PG_URL = os.environ.get("SITREP_TEST_DATABASE_URL")


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="SITREP_TEST_DATABASE_URL is not set")
def test_postgres_takes_nul_characters_and_64_bit_figures(tmp_path):
    store = Store(PG_URL, schema=f"sitrep_harden_{uuid.uuid4().hex[:10]}")
    try:
        batch = tmp_path / "n.jsonl"
        batch.write_text(json.dumps({"id": "nul\u0000id", "url": "https://example.org/\u0000", "text": REPORT}) + "\n",
                         encoding="utf-8")
        report = ingest_documents(store, read_inputs([str(batch)]))
        assert (report.stored, report.failed) == (1, 0)
        with store.engine.connect() as conn:
            kinds = dict(conn.exec_driver_sql(
                "SELECT column_name, data_type FROM information_schema.columns "
                f"WHERE table_schema = '{store.schema}' AND table_name = 'incidents'").all())
        assert kinds["killed_high"] == kinds["fatalities"] == "bigint"
        store.record_failure("key\u0000\ud800", "error \u0000", None)
        assert store.stats()["dead_letters"][0]["key"] == "key\ufffd"
    finally:
        store.drop()
        store.close()


def _refusing(marker: str):
    """The real extractor, except that a document holding `marker` fails to code (as a crash would)."""
    from sitrep.api import extract_documents
    from sitrep.errors import SitrepError

    def extract(items):
        for item, result in extract_documents(items):
            yield item, (SitrepError("coding failed on purpose") if marker in item.text else result)
    return extract


def test_dead_letters_are_kept_per_row_until_that_row_succeeds(tmp_path):
    batch = tmp_path / "rows.jsonl"
    rows = [{"id": "a", "text": REPORT}, {"id": "b", "text": OTHER + " REFUSE"}, {"id": "c", "text": "{broken"}]
    batch.write_text(json.dumps(rows[0]) + "\n" + json.dumps(rows[1]) + "\n{not json\n", encoding="utf-8")
    with Store(str(tmp_path / "d.db")) as store:
        report = ingest_documents(store, read_inputs([str(batch)]), extract=_refusing("REFUSE"))
        assert (report.stored, report.failed) == (1, 2)
        failures = {f["key"]: f["error"] for f in store.stats()["dead_letters"]}
        assert set(failures) == {f"{batch}:2", f"{batch}:3"} and "on purpose" in failures[f"{batch}:2"]
        batch.write_text(json.dumps(rows[0]) + "\n" + json.dumps(rows[1]) + "\n" + json.dumps(
            {"id": "c", "text": "Rebels attacked a police post in Kaduna on Friday."}) + "\n", encoding="utf-8")
        ingest_documents(store, read_inputs([str(batch)]), extract=_refusing("REFUSE"))
        assert [f["key"] for f in store.stats()["dead_letters"]] == [f"{batch}:2"]
        ingest_documents(store, read_inputs([str(batch)]))
        assert store.stats()["dead_letters"] == []


def test_stderr_names_the_failing_line_and_why(tmp_path):
    batch = tmp_path / "why.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": REPORT}) + "\n{not json\n", encoding="utf-8")
    result = run("ingest", "--no-progress", "--db", str(tmp_path / "w.db"), str(batch))
    assert result.exit_code == EXIT_SOME_FAILED
    assert f"failed {batch}:2: line {batch}:2 is not valid JSON" in result.stderr


def test_geoparse_prints_hostile_ids_as_plain_text(tmp_path):
    batch = write_jsonl(tmp_path / "g.jsonl", [{"id": "[/x]\x1b[2J", "text": None}, {"id": "fine", "text": REPORT}])
    result = run("geoparse", batch)
    assert result.exit_code == EXIT_SOME_FAILED and "[/x]\\x1b[2J" in result.stderr and "\x1b" not in result.stderr
    assert json.loads(result.stdout.splitlines()[0])
