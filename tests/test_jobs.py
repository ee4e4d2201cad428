"""Coding with several worker processes gives the same events, in the same order, as one."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitrep.cli import main
from sitrep.errors import InputError, SitrepError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def test_extract_with_two_jobs_prints_exactly_what_one_job_prints():
    runner = CliRunner()
    one = runner.invoke(main, ["extract", str(EXAMPLES), "--format", "jsonl"])
    two = runner.invoke(main, ["extract", str(EXAMPLES), "--format", "jsonl", "--jobs", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert one.stdout == two.stdout
    assert len([json.loads(line) for line in one.stdout.splitlines()]) > 10


def test_errors_keep_their_hint_across_processes():
    import pickle

    again = pickle.loads(pickle.dumps(InputError("cannot read x")))
    assert isinstance(again, InputError) and str(again) == str(InputError("cannot read x"))
    told = pickle.loads(pickle.dumps(SitrepError("budget spent", hint="split the file")))
    assert str(told) == "budget spent (split the file)"


TOWNS = ["Kisumu", "Nakuru", "Eldoret", "Garissa", "Kitale", "Machakos", "Nyeri", "Meru", "Embu", "Kericho",
         "Bungoma", "Kakamega", "Malindi", "Lamu", "Voi", "Narok", "Thika", "Isiolo", "Wajir", "Mandera"]


def many_reports(path: Path) -> Path:
    """Forty short reports of ours (three batches), one repeated and one row that is not JSON."""
    rows = []
    for n, town in enumerate(TOWNS * 2):
        what = "teachers marched" if n < len(TOWNS) else "traders blocked the main road"
        rows.append(json.dumps({"id": f"r{n}", "text": f"On Monday {what} in {town}, Kenya, to demand unpaid wages.",
                                "published": "2024-03-06"}))
    rows.insert(7, rows[3].replace('"r3"', '"r3-again"'))
    rows.insert(11, "{not json")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_extract_and_ingest_with_two_jobs_match_one_job_over_several_batches(tmp_path):
    reports = many_reports(tmp_path / "reports.jsonl")
    runner = CliRunner()
    one = runner.invoke(main, ["extract", str(reports), "--jobs", "1"])
    two = runner.invoke(main, ["extract", str(reports), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 3, two.output
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) >= 40

    stores = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        result = runner.invoke(main, ["ingest", str(reports), "--db", str(db), "--jobs", jobs, "--no-progress"])
        assert result.exit_code == 3, result.output
        shown = runner.invoke(main, ["events", "--db", str(db), "--per-event", "--format", "jsonl"])
        stores[jobs] = sorted(json.loads(line)["event_id"] for line in shown.stdout.splitlines())
    assert stores["1"] == stores["2"] and len(stores["1"]) >= 40
    again = runner.invoke(main, ["ingest", str(reports), "--db", str(tmp_path / "jobs2.db"), "--jobs", "2",
                                 "--no-progress"])
    assert again.exit_code == 3 and "41 already stored" in again.output, again.output
