"""The trained event gate and sub-type layer: real model files, our own sentences."""

from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
from pathlib import Path

import numpy as np
import pytest

from sitrep.taxonomy import ALL_SUB_EVENT_TYPES
from sitrep.trained import model, wordpiece

ROOT = Path(__file__).resolve().parents[1]

EVENT_SENTENCES = [
    "Gunmen stormed a farming village before dawn and shot dead nine men, the district commissioner said.",
    "A drone strike hit a pickup truck outside the town, killing four fighters of the armed group.",
    "Police fired tear gas at hundreds of students who were marching on the ministry over unpaid grants.",
    "Rebels seized the district capital on Sunday after the garrison fled into the bush.",
    "A roadside bomb ripped through an army truck on the highway, killing six soldiers.",
    "Armed men abducted twenty passengers from a bus and led them into the forest.",
]
NON_EVENT_SENTENCES = [
    "The outbreak of avian influenza has now killed three poultry workers in the province, health officials said.",
    "Torrential rain triggered floods that swept away dozens of homes along the river.",
    "The striker fired twice in the second half as the visitors were crushed 4-1.",
    "Shares crashed on Monday after the lender reported a surprise loss.",
    "The two governments signed a trade pact to cut duties on textiles and fruit.",
    "An explosion at a paint factory, caused by a leaking gas pipe, injured seven workers.",
]


def test_events_score_high() -> None:
    scores = model.event_probability(EVENT_SENTENCES)
    assert min(scores) >= model.DEFAULT_THRESHOLD, list(zip(EVENT_SENTENCES, scores))


def test_non_events_score_low() -> None:
    scores = model.event_probability(NON_EVENT_SENTENCES)
    assert max(scores) < model.DEFAULT_THRESHOLD, list(zip(NON_EVENT_SENTENCES, scores))


def test_event_probability_shape_and_range() -> None:
    scores = model.event_probability(EVENT_SENTENCES + NON_EVENT_SENTENCES + [""])
    assert len(scores) == len(EVENT_SENTENCES) + len(NON_EVENT_SENTENCES) + 1
    assert all(isinstance(score, float) and 0.0 <= score <= 1.0 for score in scores)
    assert model.event_probability([]) == []


def test_event_probability_rejects_a_bare_string() -> None:
    with pytest.raises(TypeError):
        model.event_probability("Soldiers clashed with rebels.")


def test_subtype_probabilities_cover_the_taxonomy_best_first() -> None:
    ranked = model.subtype_probabilities("Warplanes bombed the market at noon, killing eleven shoppers.")
    assert sorted(label for label, _ in ranked) == sorted(ALL_SUB_EVENT_TYPES)
    probabilities = [p for _, p in ranked]
    assert probabilities == sorted(probabilities, reverse=True)
    assert sum(probabilities) == pytest.approx(1.0, abs=1e-5)
    assert ranked[0][0] == "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police used water cannon to break up the teachers' march and detained its leaders.", "Protest with intervention"),
        ("Kidnappers seized two engineers from their car on the road to the mine.", "Abduction/forced disappearance"),
        ("The army said it had recaptured the town from the insurgents after three days of fighting.", "Government regains territory"),
    ],
)
def test_subtype_top_choice(text: str, expected: str) -> None:
    assert model.subtype_probabilities(text)[0][0] == expected


def test_deterministic_and_batch_independent() -> None:
    batch = model.event_probability(EVENT_SENTENCES + NON_EVENT_SENTENCES)
    again = model.event_probability(EVENT_SENTENCES + NON_EVENT_SENTENCES)
    one_by_one = [model.event_probability([text])[0] for text in EVENT_SENTENCES + NON_EVENT_SENTENCES]
    assert batch == again
    assert np.allclose(batch, one_by_one, atol=1e-6)


def test_embed_shape_and_empty_text() -> None:
    vectors = model.embed(["Troops shelled the hills.", "", "zzzqqq"])
    assert vectors.shape == (3, model.load_embeddings().matrix.shape[1])
    assert vectors.dtype == np.float32
    assert not vectors[1].any()
    assert vectors[0].any()


def test_wordpiece_splits_accents_punctuation_and_subwords() -> None:
    table = model.load_embeddings()
    vocab = table.vocab
    assert wordpiece.token_ids("Héllo, WORLD!", vocab, table.unk_id) == [vocab["hello"], vocab[","], vocab["world"], vocab["!"]]
    by_id = {index: token for token, index in vocab.items()}
    pieces = [by_id[i] for i in wordpiece.token_ids("peacekeepers", vocab, table.unk_id)]
    assert all(piece.startswith("##") for piece in pieces[1:])
    assert "".join(piece.removeprefix("##") for piece in pieces) == "peacekeepers"


def test_loads_offline_with_numpy_only_and_nothing_at_import() -> None:
    script = (
        "import sys\n"
        "for name in ('torch', 'transformers', 'tokenizers', 'model2vec', 'sklearn', 'huggingface_hub'):\n"
        "    sys.modules[name] = None\n"
        "import sitrep.trained.model as m\n"
        "assert m.load_embeddings.cache_info().currsize == 0 and m.load_model.cache_info().currsize == 0\n"
        "p = m.event_probability(['Gunmen killed five villagers.'])[0]\n"
        "assert 0.0 <= p <= 1.0\n"
        "print('ok')\n"
    )
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_model_files_are_package_data() -> None:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["sitrep"]
    files = [p.relative_to(ROOT / "sitrep").as_posix() for p in (ROOT / "sitrep" / "data" / "models").rglob("*") if p.is_file()]
    assert files
    unpackaged = [f for f in files if not any(fnmatch.fnmatch(f, pattern) and f.count("/") == pattern.count("/") for pattern in patterns)]
    assert not unpackaged


def test_model_files_are_small() -> None:
    total = sum(p.stat().st_size for p in (ROOT / "sitrep" / "data" / "models").rglob("*") if p.is_file())
    assert total < 20 * 1024 * 1024
