"""The evaluation gate: pinned floors per corpus and metric, checked in CI, raised as figures improve.

The gate reads the check half of each corpus (`sitrep.evaluation.split`): the third of the
documents nobody develops rules against, so a rise that only fits the tune half cannot land.
A floor is a fraction (0-1) that a figure must not drop below; a ceiling caps a figure where lower
is better (false-event rates, calibration error). Tightening them to the current figures (with a
small margin, so run-to-run noise does not fail CI) is routine; loosening one needs an explicit
reason, which is recorded in the floors file and belongs in the commit message.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import EvaluationError
from sitrep.evaluation import EvalResult
from sitrep.evaluation.report import is_fraction, lower_is_better

DEFAULT_MARGIN = 0.02
"""Floors sit this far below the figures they were pinned from."""

TOLERANCE = 1e-9


@dataclass
class Floors:
    """Pinned bounds, corpus -> metric -> value: the lowest acceptable value (a floor), or for a
    metric where lower is better the highest (a ceiling); with the history of loosened ones."""

    floors: dict[str, dict[str, float]] = field(default_factory=dict)
    margin: float = DEFAULT_MARGIN
    lowered: list[dict[str, Any]] = field(default_factory=list)


def gated_figures(result: EvalResult) -> dict[str, float]:
    """The figures the gate reads: the check half's, or the whole corpus's when it is not split."""
    return result.halves.get("check") or result.metrics


def load_floors(path: str | Path) -> Floors:
    """Read a floors file; a missing file is an empty set of floors."""
    path = Path(path)
    if not path.exists():
        return Floors()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        floors = {corpus: {metric: float(v) for metric, v in metrics.items()}
                  for corpus, metrics in data.get("floors", {}).items()}
        return Floors(floors, float(data.get("margin", DEFAULT_MARGIN)), list(data.get("lowered", [])))
    except (OSError, ValueError, AttributeError) as exc:
        raise EvaluationError(f"cannot read the floors file {path}: {exc}") from exc


def save_floors(floors: Floors, path: str | Path) -> None:
    """Write the floors file (sorted, so diffs show exactly which floor moved)."""
    data = {
        "about": "Evaluation floors (fractions 0-1) checked by `sitrep eval gate`. Raise with "
                 "`sitrep eval floors --update`; lowering needs --allow-lower-floors REASON.",
        "margin": floors.margin,
        "floors": {c: dict(sorted(m.items())) for c, m in sorted(floors.floors.items())},
        "lowered": floors.lowered,
    }
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def check(results: list[EvalResult], floors: Floors) -> list[str]:
    """Every pinned figure beyond its floor or ceiling, or missing, as one line each (empty: the gate passes)."""
    by_corpus = {r.corpus: r for r in results}
    problems = []
    for corpus, metrics in sorted(floors.floors.items()):
        result = by_corpus.get(corpus)
        figures = gated_figures(result) if result is not None else {}
        for metric, bound in sorted(metrics.items()):
            if metric not in figures:
                why = result.details.get("reason", "no figure") if result is not None else "corpus not evaluated"
                problems.append(f"{corpus} {metric}: no figure ({why}); bound {bound:.4f}")
            elif lower_is_better(metric) and figures[metric] > bound + TOLERANCE:
                problems.append(f"{corpus} {metric}: {figures[metric]:.4f} is above its ceiling {bound:.4f}")
            elif not lower_is_better(metric) and figures[metric] < bound - TOLERANCE:
                problems.append(f"{corpus} {metric}: {figures[metric]:.4f} is below its floor {bound:.4f}")
    return problems


def updated_floors(
    floors: Floors, results: list[EvalResult], allow_lower: str | None = None, margin: float | None = None
) -> tuple[Floors, list[str]]:
    """Bounds tightened to the current check figures (with the margin); new metrics pinned; a looser
    bound needs a reason.

    Returns the new floors and one line per change. Raises EvaluationError when a figure is beyond
    its bound and no reason to loosen it was given.
    """
    margin = floors.margin if margin is None else margin
    new = {corpus: dict(metrics) for corpus, metrics in floors.floors.items()}
    lowered = list(floors.lowered)
    changes, refused = [], []
    today = dt.date.today().isoformat()
    for result in results:
        for metric, value in gated_figures(result).items():
            if not is_fraction(metric):
                continue
            sign = -1 if lower_is_better(metric) else 1
            target = round(min(1.0, max(0.0, value - sign * margin)), 4)
            current = new.get(result.corpus, {}).get(metric)
            if current is None or sign * (target - current) > TOLERANCE:
                new.setdefault(result.corpus, {})[metric] = target
                changes.append(f"{result.corpus} {metric}: {'new' if current is None else f'{current:.4f}'}"
                               f" -> {target:.4f}")
            elif sign * (value - current) < -TOLERANCE:
                if not allow_lower:
                    refused.append(f"{result.corpus} {metric}: {value:.4f} beyond {current:.4f}")
                    continue
                new[result.corpus][metric] = target
                lowered.append({"date": today, "corpus": result.corpus, "metric": metric, "from": current,
                                "to": target, "reason": allow_lower})
                changes.append(f"{result.corpus} {metric}: LOOSENED {current:.4f} -> {target:.4f} ({allow_lower})")
    if refused:
        raise EvaluationError(
            "figures beyond their floors or ceilings; fix the regression, or loosen them with "
            "--allow-lower-floors REASON (and give the reason in the commit): " + "; ".join(refused)
        )
    return Floors(new, margin, lowered), changes
