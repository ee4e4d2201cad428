"""Calibrated confidence: map a backend's raw event score to the share of such events that are right.

A raw score (`extract._confidence` and its later adjustments) ranks events but does not say how often
they are right. `scripts/fit_calibration.py` runs a backend over our own written training corpus,
judges each event (the document's main event with the labelled event type is right, every other event
is wrong) and fits an isotonic map from raw score to share right; `data/calibration.json` keeps its
knots per backend. The map is monotone, so it never reorders events; between knots it interpolates
linearly. A backend with no fitted map keeps its raw score.
"""

from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Sequence
from pathlib import Path

from sitrep.errors import ModelError

CALIBRATION_FILE = Path(__file__).resolve().parent / "data" / "calibration.json"
CALIBRATION_HINT = "the calibration map ships with sitrep; reinstall it, or rebuild it with scripts/fit_calibration.py"


def interpolate(score: float, knots: Sequence[tuple[float, float]]) -> float:
    """The map through `knots` ((raw, calibrated) pairs, raw ascending) at `score`: linear between
    knots, the end knots' values beyond them; `score` itself when there are no knots."""
    if not knots:
        return score
    xs = [x for x, _ in knots]
    right = bisect.bisect_left(xs, score)
    if right == 0:
        return knots[0][1]
    if right == len(knots):
        return knots[-1][1]
    (x0, y0), (x1, y1) = knots[right - 1], knots[right]
    return y0 + (y1 - y0) * (score - x0) / (x1 - x0) if x1 > x0 else y1


@functools.cache
def load_maps(path: Path = CALIBRATION_FILE) -> dict[str, tuple[tuple[float, float], ...]]:
    """The fitted knots of every backend in the calibration file (read once)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the confidence calibration {path}: {exc}", hint=CALIBRATION_HINT) from exc
    return {backend: tuple((float(x), float(y)) for x, y in fitted["knots"]) for backend, fitted in raw["backends"].items()}


def calibrate(score: float, backend: str = "rules") -> float:
    """The calibrated confidence of an event the backend scored `score` (four decimals, so that a flat
    stretch of the map does not round two differently scored events to one value)."""
    return round(interpolate(score, load_maps().get(backend, ())), 4)
