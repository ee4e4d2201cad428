"""One extractor interface: the registry, its errors, and every caller coding through the backend it is given.

`LineProtests` is a real (if crude) backend written here: one peaceful protest per line that says
'protest', backed by that line. Its events are unlike anything `rules` codes, so a caller that
ignored `--backend` would fail these tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep import backends
from sitrep.api import extract_documents, extract_text
from sitrep.cli import main
from sitrep.errors import InputError
from sitrep.schema import Document, Event, Evidence
from sitrep.sources import read_text
from sitrep.store import Store

ARTICLE = Path(__file__).parent / "fixtures" / "store" / "articles" / "tigris_wire_tarmiyah.txt"
PROTEST_LINE = re.compile(r"[^\n]*\bprotest[^\n]*", re.IGNORECASE)


class LineProtests:
    """A toy backend: one 'Peaceful protest' event for every line that says 'protest', backed by that line."""

    name = "line-protests"

    def parse_many(self, documents):
        return [None] * len(documents)

    def extract(self, document: Document, parsed=None) -> list[Event]:
        return [Event(event_id=f"{document.id}-{number}", document_id=document.id, event_type="Protests",
                      sub_event_type="Peaceful protest", disorder_type="Demonstrations",
                      evidence=[Evidence(document.id, line.start(), line.end(), line.group())])
                for number, line in enumerate(PROTEST_LINE.finditer(document.text))]


backends.register(LineProtests.name)(LineProtests)

PROTEST_TEXT = "Teachers held a protest in Kisumu on Monday.\nThe weather was fine.\nA second protest followed.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# --- the registry --------------------------------------------------------------------------------


def test_the_registry_names_its_backends_and_builds_each_once():
    assert {"rules", "line-protests"} <= set(backends.names())
    rules = backends.get("rules")
    assert isinstance(rules, backends.Extractor) and rules.name == "rules"
    assert backends.get("rules") is rules
    assert backends.get() is rules, "no name means the default backend"
    assert isinstance(backends.get("line-protests"), LineProtests)


def test_a_name_is_registered_once_but_registering_the_same_factory_again_is_harmless():
    assert backends.register("line-protests")(LineProtests) is LineProtests
    with pytest.raises(ValueError, match="already registered"):
        backends.register("rules")(LineProtests)


def test_an_unknown_backend_is_refused_with_the_names_and_the_likeliest_one():
    with pytest.raises(InputError) as raised:
        backends.get("rule")
    assert "'rule'" in str(raised.value)
    assert "did you mean 'rules'?" in str(raised.value)
    assert "line-protests" in str(raised.value) and "rules" in raised.value.hint
    with pytest.raises(InputError):
        extract_text(PROTEST_TEXT, backend="nonesuch")


def test_the_command_line_refuses_an_unknown_backend_and_lists_the_registered_ones_in_its_help():
    refused = run("extract", str(ARTICLE), "--backend", "rulez")
    assert refused.exit_code == 2
    assert "did you mean 'rules'?" in refused.output
    for command in (["extract"], ["ingest"], ["recode"], ["eval", "all"], ["eval", "case2021"]):
        shown = CliRunner().invoke(main, [*command, "--help"], terminal_width=400, max_content_width=400)
        assert "--backend" in shown.output and "line-protests" in shown.output, command


def test_using_sets_the_backend_of_callers_that_name_none_and_restores_it():
    with backends.using("line-protests"):
        assert backends.current() == "line-protests"
        assert [e.sub_event_type for e in extract_text(PROTEST_TEXT)] == ["Peaceful protest"] * 2
    assert backends.current() == "rules"
    with pytest.raises(InputError), backends.using("nonesuch"):
        pass


# --- the rules backend is today's pipeline --------------------------------------------------------


def test_backend_rules_codes_exactly_what_the_default_codes():
    default = run("extract", str(ARTICLE))
    named = run("extract", str(ARTICLE), "--backend", "rules")
    assert default.exit_code == named.exit_code == 0
    assert records(default.stdout) and records(named.stdout) == records(default.stdout)
    assert all(e["sub_event_type"] != "Peaceful protest" for e in records(named.stdout))


# --- every caller goes through the seam -----------------------------------------------------------


def test_a_registered_backend_codes_through_the_extract_command(tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(PROTEST_TEXT, encoding="utf-8")
    coded = run("extract", str(article), "--backend", "line-protests")
    assert coded.exit_code == 0
    events = records(coded.stdout)
    assert [e["sub_event_type"] for e in events] == ["Peaceful protest"] * 2
    assert [e["evidence"][0]["text"] for e in events] == ["Teachers held a protest in Kisumu on Monday.",
                                                          "A second protest followed."]


def test_a_registered_backend_codes_through_the_python_api():
    events = extract_text(PROTEST_TEXT, document_id="strike", backend="line-protests")
    assert [e.event_id for e in events] == ["strike-0", "strike-1"]
    document = read_text(PROTEST_TEXT, document_id="strike")
    [(_, batched)] = list(extract_documents([document], backend="line-protests"))
    assert batched == events
    [(_, two_jobs)] = list(extract_documents([document], backend="line-protests", jobs=2))
    assert two_jobs == events


def test_the_store_records_the_backend_of_every_coding_and_recode_keeps_or_changes_it(tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(PROTEST_TEXT, encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert run("ingest", str(article), "--db", db, "--backend", "line-protests").exit_code == 0
    store = Store(db)
    try:
        [document_id] = store.document_ids()
        assert len(list(store.query(per_event=True))) == 2
    finally:
        store.close()
    assert run("recode", document_id, "--db", db).exit_code == 0
    assert run("recode", document_id, "--db", db, "--backend", "rules").exit_code == 0
    store = Store(db)
    try:
        history = store.coding_history(document_id)
        assert [h["options"]["backend"] for h in history] == ["line-protests", "line-protests", "rules"]
        assert all(e["sub_event_type"] == "Peaceful protest" for e in history[1]["events"])
        assert len(history[1]["events"]) == 2
    finally:
        store.close()


def test_the_evaluation_harness_scores_the_backend_it_is_given(tmp_path):
    corpus = tmp_path / "quiet.jsonl"
    corpus.write_text("\n".join(json.dumps(row) for row in (
        {"doc_id": "a", "text": "Parents plan a protest about school fees next month."},
        {"doc_id": "b", "text": "The river rose after a week of rain."},
    )) + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    scored = run("eval", "negatives", str(corpus), "--backend", "line-protests", "--json", str(report))
    assert scored.exit_code == 0
    [result] = json.loads(report.read_text(encoding="utf-8"))["results"]
    assert result["metrics"]["false_event_rate"] == 0.5


def test_an_installed_package_offers_a_backend_through_an_entry_point(tmp_path, monkeypatch):
    (tmp_path / "sitrep_toy_backend.py").write_text(
        "from sitrep.schema import Event\n\n"
        "class Silent:\n"
        "    name = 'silent'\n\n"
        "    def parse_many(self, documents):\n"
        "        return [None] * len(documents)\n\n"
        "    def extract(self, document, parsed=None):\n"
        "        return []\n", encoding="utf-8")
    info = tmp_path / "sitrep_toy_backend-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: sitrep-toy-backend\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[sitrep.backends]\nsilent = sitrep_toy_backend:Silent\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(backends, "_factories", dict(backends._factories))
    monkeypatch.setattr(backends, "_instances", dict(backends._instances))
    assert "silent" in backends.names()
    assert extract_text(PROTEST_TEXT, backend="silent") == []
    assert type(backends.get("silent")).__module__ == "sitrep_toy_backend"
