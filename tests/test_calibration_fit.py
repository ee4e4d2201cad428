"""The scripted fit of the calibration map (scripts/fit_calibration.py, scripts/measure_calibration.py):
weighting, determinism and the tune-half cache's freshness, on numbers we made up."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import fit_calibration  # noqa: E402
import measure_calibration  # noqa: E402

from sitrep.trained.fit import platt  # noqa: E402

LOGITS = np.array([-2.0, -1.0, -0.5, 0.0, 0.3, 0.8, 1.2, 2.0, 2.5, 3.0])
RIGHT = np.array([0, 0, 1, 0, 1, 1, 0, 1, 1, 1], dtype=float)


def test_platt_with_unit_weights_is_plain_platt_and_a_weight_of_two_counts_a_row_twice() -> None:
    assert platt(LOGITS, RIGHT, np.ones(len(LOGITS))) == platt(LOGITS, RIGHT)
    weights = np.ones(len(LOGITS))
    weights[[1, 6]] = 2.0
    doubled = platt(np.concatenate([LOGITS, LOGITS[[1, 6]]]), np.concatenate([RIGHT, RIGHT[[1, 6]]]))
    assert platt(LOGITS, RIGHT, weights) == pytest.approx(doubled, abs=1e-9)


def test_isotonic_weights_count_like_repeated_events() -> None:
    scores = np.linspace(0.1, 0.9, len(RIGHT))
    weights = np.ones(len(RIGHT))
    weights[[2, 7]] = 3.0
    repeated = np.concatenate([scores, np.repeat(scores[[2, 7]], 2)])
    right = np.concatenate([RIGHT, np.repeat(RIGHT[[2, 7]], 2)])
    knots = fit_calibration.isotonic_knots
    assert knots(scores, RIGHT, 2, weights) == knots(repeated, right, 2)
    assert knots(scores, RIGHT, 2, np.ones(len(RIGHT))) == knots(scores, RIGHT, 2)


def test_balanced_weights_give_every_corpus_the_same_weight_and_keep_the_total() -> None:
    corpora = ["big"] * 6 + ["small"] * 2
    weights = fit_calibration.corpus_weights(corpora, "corpora")
    assert weights[:6].sum() == pytest.approx(weights[6:].sum())
    assert weights.sum() == pytest.approx(len(corpora))
    assert fit_calibration.corpus_weights(corpora, "events") is None


def test_chance_error_is_the_same_on_every_run_and_falls_with_more_events() -> None:
    confidences = [0.6, 0.7, 0.8, 0.9]
    few = fit_calibration.noise_floor(confidences, 40, draws=200)
    assert few == fit_calibration.noise_floor(confidences, 40, draws=200)
    assert 0.0 < fit_calibration.noise_floor(confidences, 400, draws=200) < few
    assert fit_calibration.noise_floor([], 40) == 0.0


def test_a_cache_coded_by_another_extractor_is_coded_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coded: list[str] = []

    def code(corpus: str, benchmarks: Path) -> list[dict]:
        coded.append(corpus)
        return [{"id": f"{corpus}-1", "events": []}]

    monkeypatch.setattr(measure_calibration, "tune_documents", code)
    path = tmp_path / "tune_events.json"
    stale = {corpus: [{"id": "old", "events": []}] for corpus in measure_calibration.CORPORA}
    path.write_text(json.dumps({"extractor": "another", "corpora": stale}), encoding="utf-8")
    fresh = measure_calibration.load_cache(path, tmp_path)
    assert coded == list(measure_calibration.CORPORA)
    assert all(records[0]["id"] != "old" for records in fresh.values())
    coded.clear()
    assert measure_calibration.load_cache(path, tmp_path) == fresh and coded == []
    assert json.loads(path.read_text(encoding="utf-8"))["extractor"] == measure_calibration.extractor_fingerprint()
