"""The evaluation gate: pinned floors per corpus and metric, checked in CI, raised as figures improve.

A floor is a fraction (0-1) that a figure must not drop below. Raising floors to the current
figures (minus a small margin, so run-to-run noise does not fail CI) is routine; lowering one
needs an explicit reason, which is recorded in the floors file and belongs in the commit message.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import EvaluationError
from sitrep.evaluation import EvalResult
from sitrep.evaluation.report import is_fraction

DEFAULT_MARGIN = 0.02
"""Floors sit this far below the figures they were pinned from."""

TOLERANCE = 1e-9


@dataclass
class Floors:
    """Pinned floors, corpus -> metric -> lowest acceptable value, with the history of lowered ones."""

    floors: dict[str, dict[str, float]] = field(default_factory=dict)
    margin: float = DEFAULT_MARGIN
    lowered: list[dict[str, Any]] = field(default_factory=list)


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
    """Every pinned figure that is below its floor or missing, as one line each (empty: the gate passes)."""
    by_corpus = {r.corpus: r for r in results}
    problems = []
    for corpus, metrics in sorted(floors.floors.items()):
        result = by_corpus.get(corpus)
        for metric, floor in sorted(metrics.items()):
            if result is None or metric not in result.metrics:
                why = result.details.get("reason", "no figure") if result is not None else "corpus not evaluated"
                problems.append(f"{corpus} {metric}: no figure ({why}); floor {floor:.4f}")
            elif result.metrics[metric] < floor - TOLERANCE:
                problems.append(f"{corpus} {metric}: {result.metrics[metric]:.4f} is below its floor {floor:.4f}")
    return problems


def updated_floors(
    floors: Floors, results: list[EvalResult], allow_lower: str | None = None, margin: float | None = None
) -> tuple[Floors, list[str]]:
    """Floors raised to the current figures minus the margin; new metrics pinned; a lower one needs a reason.

    Returns the new floors and one line per change. Raises EvaluationError when a figure is below
    its floor and no reason to lower it was given.
    """
    margin = floors.margin if margin is None else margin
    new = {corpus: dict(metrics) for corpus, metrics in floors.floors.items()}
    lowered = list(floors.lowered)
    changes, refused = [], []
    today = dt.date.today().isoformat()
    for result in results:
        for metric, value in result.metrics.items():
            if not is_fraction(metric):
                continue
            target = round(max(0.0, value - margin), 4)
            current = new.get(result.corpus, {}).get(metric)
            if current is None or target > current + TOLERANCE:
                new.setdefault(result.corpus, {})[metric] = target
                changes.append(f"{result.corpus} {metric}: {'new' if current is None else f'{current:.4f}'}"
                               f" -> {target:.4f}")
            elif value < current - TOLERANCE:
                if not allow_lower:
                    refused.append(f"{result.corpus} {metric}: {value:.4f} < floor {current:.4f}")
                    continue
                new[result.corpus][metric] = target
                lowered.append({"date": today, "corpus": result.corpus, "metric": metric, "from": current,
                                "to": target, "reason": allow_lower})
                changes.append(f"{result.corpus} {metric}: LOWERED {current:.4f} -> {target:.4f} ({allow_lower})")
    if refused:
        raise EvaluationError(
            "figures below their floors; fix the regression, or lower the floors with "
            "--allow-lower-floors REASON (and give the reason in the commit): " + "; ".join(refused)
        )
    return Floors(new, margin, lowered), changes
