"""`sitrep train` and `--model DIR`: a model fitted on our own small coded fixtures changes what is coded.

The fixtures under tests/fixtures/train are ours: an ACLED-style export (violent events and protests)
and JSONL non-events. One model learns protests as events; another, from the same rows with the
protests labelled `none` (a user who codes violence only), must drop a protest the rules code and keep
an attack.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.api import extract_text
from sitrep.cli import main
from sitrep.trained import fit, model

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "train"
EXPORT = FIXTURES / "acled_export.csv"
NON_EVENTS = FIXTURES / "non_events.jsonl"
PROTEST = "On 4 April 2024, hundreds of nurses demonstrated outside the hospital in Lamu over unpaid salaries."
ATTACK = "On 3 April 2024, gunmen shot dead four villagers in Mbesi and burned their houses."


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _violence_only(path: Path) -> Path:
    """The export's rows as JSONL, protests labelled `none`."""
    with EXPORT.open(encoding="utf-8") as handle:
        rows = [{"text": row["notes"], "label": "none" if row["event_type"] == "Protests" else row["sub_event_type"]}
                for row in csv.DictReader(handle)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("models")
    every = run("train", str(EXPORT), str(NON_EVENTS), "--output", str(root / "every"))
    assert every.exit_code == 0, every.output
    violence = run("train", str(_violence_only(root / "violence.jsonl")), str(NON_EVENTS),
                   "--output", str(root / "violence"))
    assert violence.exit_code == 0, violence.output
    return {"every": root / "every", "violence": root / "violence"}


def test_train_writes_a_model_directory_with_its_card(models) -> None:
    directory = models["every"]
    payload = json.loads((directory / "event-model.json").read_text(encoding="utf-8"))
    assert payload["training"]["rows"] == 48 and payload["training"]["events"] == 24
    assert payload["embeddings"] == "shipped" and not (directory / "event-embeddings").exists()
    assert set(payload["subtype"]["labels"]) == {"Armed clash", "Attack", "Abduction/forced disappearance",
                                                 "Air/drone strike", "Remote explosive/landmine/IED", "Grenade",
                                                 "Shelling/artillery/missile attack",
                                                 "Non-state actor overtakes territory", "Peaceful protest",
                                                 "Protest with intervention"}
    card = (directory / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "48 rows: 24 events, 24 non-events" in card and "acled_export.csv" in card and "| Peaceful protest | 8 |" in card


def test_trained_model_loads_and_scores(models) -> None:
    every = model.event_probability([PROTEST, ATTACK], models["every"])
    violence = model.event_probability([PROTEST, ATTACK], models["violence"])
    assert every[0] >= model.DEFAULT_THRESHOLD > violence[0], (every, violence)
    assert min(every[1], violence[1]) >= model.DEFAULT_THRESHOLD
    best, _ = model.subtype_probabilities(ATTACK, models["every"])[0]
    assert best == "Attack"


def test_shipped_model_calls_are_unchanged(models) -> None:
    texts = [PROTEST, ATTACK]
    assert model.event_probability(texts) == model.event_probability(texts, None)
    assert model.event_probability(texts) != model.event_probability(texts, models["violence"])
    assert len(model.subtype_probabilities(ATTACK)) == 25


def _coded_types(tmp_path: Path, text: str, *options: str) -> list[str]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = run("extract", str(article), "--no-progress", *options)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["event_type"] for line in result.output.splitlines() if line.startswith("{")]


def test_extract_with_a_model_keeps_what_it_takes_for_events(models, tmp_path) -> None:
    assert _coded_types(tmp_path, PROTEST) == ["Protests"]
    assert _coded_types(tmp_path, PROTEST, "--model", str(models["every"])) == ["Protests"]
    assert _coded_types(tmp_path, PROTEST, "--model", str(models["violence"])) == []
    assert _coded_types(tmp_path, ATTACK, "--model", str(models["violence"])) == ["Violence against civilians"]
    assert extract_text(PROTEST, model=models["violence"]) == [] and extract_text(PROTEST, model=models["every"])


def test_extract_refuses_a_directory_without_a_model(tmp_path) -> None:
    result = run("extract", "-", "--model", str(tmp_path))
    assert result.exit_code == 2 and "event-model.json" in result.output


@pytest.mark.parametrize(("name", "content", "message"), [
    ("no_notes.csv", "event_date,sub_event_type\n2024-01-01,Attack\n", "lacks a text column"),
    ("no_label.csv", "event_date,notes\n2024-01-01,Gunmen killed two men.\n", "lacks a text column"),
    ("events_only.jsonl", '{"text": "Gunmen killed two men.", "label": "Attack"}\n'
                          '{"text": "Troops fought rebels.", "label": "Armed clash"}\n', "only events"),
    ("none_only.jsonl", '{"text": "It rained.", "label": "none"}\n', "only non-events"),
    ("unknown.jsonl", '{"text": "Gunmen killed two men.", "label": "Massacre"}\n', "not an ACLED sub-event type"),
    ("broken.jsonl", '{"text": "Gunmen killed two men."\n', "not a JSON object"),
])
def test_bad_training_data_fails_with_a_clear_message(tmp_path, name, content, message) -> None:
    data = tmp_path / name
    data.write_text(content, encoding="utf-8")
    result = run("train", str(data), "--output", str(tmp_path / "model"))
    assert result.exit_code == 1 and message in result.output, result.output
    assert not (tmp_path / "model").exists()


def test_labels_match_sub_types_in_any_case_and_empty_means_none() -> None:
    row = {"notes": "Police fired tear gas at marchers.", "sub_event_type": "protest WITH intervention"}
    assert fit._example(row, "x").label == "Protest with intervention"
    assert fit._example({"text": "It rained.", "label": ""}, "x").label == fit.NON_EVENT
