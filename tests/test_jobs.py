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
