"""`sitrep train`: fit an event gate and sub-type layer on a user's own coded data, with numpy alone.

Input is an ACLED export (CSV with `notes` and `sub_event_type`) or JSONL (`text` with `label` or
`sub_event_type`); a row whose sub-type is empty or `none` is a non-event. The model reads the same
features as the shipped one (`model.features`: the shipped static embeddings, by reference, and two
lexical features), so the directory it writes loads with `model.load_model` and is used with
`--model DIR`. Both layers are L2-regularised logistic regressions fitted by accelerated gradient
descent on standardised features (a few thousand rows of 258 features need no other library).
A fixed fifth of the rows (by hash of the text) is held out: half of it calibrates the gate (Platt),
the other half measures the model; the figures go into the generated model card.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sitrep.errors import InputError
from sitrep.evaluation.case2021 import f1_scores
from sitrep.evaluation.report import calibration_error
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES
from sitrep.trained import model

NON_EVENT = "none"
TEXT_FIELDS = ("notes", "text")
LABEL_FIELDS = ("sub_event_type", "label")
L2 = 1e-2
"""Ridge penalty on standardised weights: enough to keep rare sub-types from fitting their few rows exactly."""
GATE_L2_GRID = (1e-3, 1e-2, 1e-1, 1.0)
"""Ridge penalties tried for the gate; the one with the lowest log loss on the calibration rows is kept."""
STEPS = 600
MIN_CALIBRATION_ROWS = 20
"""Fewer held-out rows than this leave the gate uncalibrated (Platt scale 1, shift 0)."""
DATA_HINT = ("give an ACLED export CSV with `notes` and `sub_event_type` columns, or JSONL rows with `text` and "
             "`label` (or `sub_event_type`); mark rows that report no event with the label `none`")


@dataclass(frozen=True)
class Example:
    """One labelled text: an ACLED sub-event type, or NON_EVENT."""

    text: str
    label: str
    origin: str


def read_examples(paths: Iterable[Path | str]) -> list[Example]:
    """The labelled rows of every file (CSV or JSONL by extension); InputError on a missing column, an
    unknown sub-type or an unreadable row."""
    examples: list[Example] = []
    for path in map(Path, paths):
        rows = _jsonl_rows(path) if path.suffix.lower() in (".jsonl", ".json") else _csv_rows(path)
        for number, row in rows:
            examples.append(_example(row, f"{path.name}:{number}"))
    return examples


def _csv_rows(path: Path) -> Iterable[tuple[int, dict]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = set(reader.fieldnames or ())
            if not columns & set(TEXT_FIELDS) or not columns & set(LABEL_FIELDS):
                raise InputError(f"{path} lacks a text column ({' or '.join(TEXT_FIELDS)}) or a label column "
                                 f"({' or '.join(LABEL_FIELDS)}); its columns: {', '.join(sorted(columns)) or 'none'}",
                                 hint=DATA_HINT)
            rows = list(enumerate(reader, start=2))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read {path}: {exc}", hint=DATA_HINT) from exc
    return rows


def _jsonl_rows(path: Path) -> Iterable[tuple[int, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", hint=DATA_HINT) from exc
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path.name}:{number} is not a JSON object: {exc}", hint=DATA_HINT) from exc
        if not isinstance(row, dict):
            raise InputError(f"{path.name}:{number} is not a JSON object", hint=DATA_HINT)
        rows.append((number, row))
    return rows


def _example(row: dict, origin: str) -> Example:
    text = next((row[f] for f in TEXT_FIELDS if isinstance(row.get(f), str) and row[f].strip()), None)
    if text is None:
        raise InputError(f"{origin} has no text (a non-empty {' or '.join(TEXT_FIELDS)} field)", hint=DATA_HINT)
    if not any(f in row for f in LABEL_FIELDS):
        raise InputError(f"{origin} has no label ({' or '.join(LABEL_FIELDS)})", hint=DATA_HINT)
    raw = next((row[f] for f in LABEL_FIELDS if row.get(f) not in (None, "")), "")
    return Example(text.strip(), _label(str(raw), origin), origin)


def _label(raw: str, origin: str) -> str:
    """The ACLED sub-event type a label names (any case), or NON_EVENT for an empty or `none` label."""
    wanted = raw.strip().casefold()
    if wanted in ("", NON_EVENT):
        return NON_EVENT
    for sub_type in ALL_SUB_EVENT_TYPES:
        if sub_type.casefold() == wanted:
            return sub_type
    raise InputError(f"{origin}: '{raw}' is not an ACLED sub-event type",
                     hint=f"use one of: {', '.join(ALL_SUB_EVENT_TYPES)}, or none for a non-event")


def check_classes(examples: list[Example]) -> None:
    """InputError unless there are both events and non-events to learn the gate from."""
    events = sum(e.label != NON_EVENT for e in examples)
    if not examples or events == 0 or events == len(examples):
        kind = "no rows" if not examples else "only non-events" if events == 0 else "only events"
        raise InputError(f"the training data has {kind}: the gate needs both events and non-events",
                         hint="add rows that report no event with the label `none` (accidents, crime, politics, ...)"
                         if examples and events else DATA_HINT)


def split_of(text: str) -> str:
    """'fit' for four fifths of the texts, 'calibrate' and 'measure' for a tenth each (by hash, so stable)."""
    value = int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)
    return "fit" if value % 5 else ("calibrate" if (value // 5) % 2 == 0 else "measure")


def fit_softmax(x: np.ndarray, y: np.ndarray, classes: int, l2: float = L2, steps: int = STEPS) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression (weights (classes, dims), bias (classes,)) by Nesterov-accelerated
    gradient descent on standardised columns; the weights returned apply to the raw features."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    n, dims = z.shape
    onehot = np.eye(classes)[y]
    step = 1.0 / (0.5 * np.linalg.norm(z, 2) ** 2 / n + 0.5 + l2)
    weights = previous = np.zeros((dims + 1, classes))
    design = np.hstack([z, np.ones((n, 1))])
    for t in range(1, steps + 1):
        look = weights + (t - 2) / (t + 1) * (weights - previous) if t > 1 else weights
        logits = design @ look
        logits -= logits.max(axis=1, keepdims=True)
        probabilities = np.exp(logits)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        gradient = design.T @ (probabilities - onehot) / n
        gradient[:-1] += l2 * look[:-1]
        previous, weights = weights, look - step * gradient
    raw_weights = (weights[:-1] / scale[:, None]).T
    bias = weights[-1] - (mean / scale) @ weights[:-1]
    return raw_weights, bias


def _binary(weights: np.ndarray, bias: np.ndarray) -> tuple[np.ndarray, float]:
    """A two-class softmax as one logistic layer: the event row minus the non-event row."""
    return weights[1] - weights[0], float(bias[1] - bias[0])


def _log_loss(logits: np.ndarray, truth: np.ndarray) -> float:
    """Mean log loss of logistic logits (0 for no rows)."""
    if not len(truth):
        return 0.0
    return float(np.mean(np.logaddexp(0, logits) - truth * logits))


def platt(scores: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None) -> tuple[float, float]:
    """Platt scaling (scale, shift) of gate logits by Newton's method on held-out rows (each row counted
    `weights` times when given, once otherwise)."""
    weights = np.ones_like(scores, dtype=float) if weights is None else weights
    params = np.array([1.0, 0.0])
    design = np.column_stack([scores, np.ones_like(scores)])
    for _ in range(50):
        p = 1 / (1 + np.exp(-(design @ params)))
        hessian = design.T @ (design * (weights * p * (1 - p))[:, None]) + 1e-6 * np.eye(2)
        params = params - np.linalg.solve(hessian, design.T @ (weights * (p - truth)))
    return float(params[0]), float(params[1])


def train(examples: list[Example]) -> dict:
    """The model payload (the format of the shipped event-model.json) with its data counts and held-out figures."""
    check_classes(examples)
    x = model.features([e.text for e in examples])
    is_event = np.array([e.label != NON_EVENT for e in examples], dtype=int)
    split = np.array([split_of(e.text) for e in examples])
    fit_rows = split == "fit"
    if len(set(is_event[fit_rows])) < 2:
        fit_rows = np.ones(len(examples), dtype=bool)
        split[:] = "fit"
    calibrate = split == "calibrate"
    can_calibrate = calibrate.sum() >= MIN_CALIBRATION_ROWS and len(set(is_event[calibrate])) == 2
    gates = {l2: _binary(*fit_softmax(x[fit_rows], is_event[fit_rows], 2, l2=l2))
             for l2 in (GATE_L2_GRID if can_calibrate else (L2,))}
    gate_l2 = min(gates, key=lambda l2: _log_loss(x[calibrate] @ gates[l2][0] + gates[l2][1], is_event[calibrate]))
    weights, bias = gates[gate_l2]
    logits = x @ weights + bias
    scale, shift = platt(logits[calibrate], is_event[calibrate]) if can_calibrate else (1.0, 0.0)

    labels = sorted({e.label for e in examples if e.label != NON_EVENT})
    label_index = np.array([labels.index(e.label) if e.label != NON_EVENT else -1 for e in examples])
    sub_rows = fit_rows & (is_event == 1)
    if len(labels) > 1:
        sub_weights, sub_bias = fit_softmax(x[sub_rows], label_index[sub_rows], len(labels))
    else:
        sub_weights, sub_bias = np.zeros((1, x.shape[1])), np.zeros(1)

    measure = split == "measure"
    figures: dict = {"measured_rows": int(measure.sum())}
    if measure.any() and len(set(is_event[measure])) == 2:
        probability = 1 / (1 + np.exp(-(scale * logits[measure] + shift)))
        figures.update(gate_accuracy=round(float(((probability >= model.DEFAULT_THRESHOLD) == is_event[measure]).mean()), 4),
                       gate_ece=round(calibration_error(list(zip(probability, is_event[measure] == 1))), 4))
    measured_events = measure & (is_event == 1)
    if measured_events.any() and len(labels) > 1:
        predicted = [labels[i] for i in np.argmax(x[measured_events] @ sub_weights.T + sub_bias, axis=1)]
        truth = [labels[i] for i in label_index[measured_events]]
        figures.update(subtype_accuracy=round(sum(p == t for p, t in zip(predicted, truth)) / len(truth), 4),
                       subtype_weighted_f1=round(f1_scores(truth, predicted)["weighted_f1"], 4))
    counts = Counter(e.label for e in examples)
    return {
        "about": "Event gate and sub-type layer over sitrep.trained.model.features; built by `sitrep train`",
        "built_with": {"sitrep train": "numpy " + np.__version__},
        "embeddings": "shipped",
        "training": {
            "rows": len(examples),
            "events": int(is_event.sum()),
            "non_events": int(len(examples) - is_event.sum()),
            "by_label": dict(sorted(counts.items())),
            "fit_rows": int(fit_rows.sum()),
            "gate_l2": gate_l2,
            "calibration_rows": int(calibrate.sum()),
            "held_out": figures,
        },
        "gate": {"platt_scale": scale, "platt_shift": shift, "weights": _rounded(weights), "bias": bias},
        "subtype": {"labels": labels, "weights": [_rounded(row) for row in sub_weights], "bias": _rounded(sub_bias)},
    }


def _rounded(values) -> list[float]:
    return [round(float(v), 6) for v in values]


def write_model(payload: dict, sources: list[Path], output: Path) -> Path:
    """Write the model directory: event-model.json and a generated MODEL_CARD.md; returns the directory."""
    output.mkdir(parents=True, exist_ok=True)
    (output / model.MODEL_FILE.name).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    (output / "MODEL_CARD.md").write_text(model_card(payload, sources), encoding="utf-8")
    return output


def model_card(payload: dict, sources: list[Path]) -> str:
    """The model card of a trained directory: data, counts, held-out figures, how to use it."""
    training = payload["training"]
    held = training["held_out"]
    lines = [
        "# Model card: event gate and sub-type layer trained with `sitrep train`",
        "",
        f"Built {dt.date.today().isoformat()} by `sitrep train` (numpy only) over the static embeddings that ship",
        "with sitrep (by reference: `sitrep/data/models/event-embeddings`). Use it with `--model DIR`.",
        "",
        "## Data",
    ]
    lines += [f"- `{path.name}` (sha256 {hashlib.sha256(path.read_bytes()).hexdigest()[:16]})" for path in sources]
    lines += [
        f"- {training['rows']} rows: {training['events']} events, {training['non_events']} non-events",
        f"- fitted on {training['fit_rows']} rows, gate calibrated (Platt) on {training['calibration_rows']}, "
        f"measured on {held['measured_rows']} (a fixed fifth by hash of the text, split in two)",
        "",
        "| label | rows |",
        "|---|---:|",
    ]
    lines += [f"| {label} | {count} |" for label, count in training["by_label"].items()]
    lines += ["", "## Held-out figures"]
    shown = {"gate_accuracy": "gate accuracy at 0.5", "gate_ece": "gate expected calibration error",
             "subtype_accuracy": "sub-type accuracy (events)", "subtype_weighted_f1": "sub-type weighted F1 (events)"}
    measured = [f"- {name}: {held[key]:.3f}" for key, name in shown.items() if key in held]
    lines += measured or ["- too few held-out rows of both kinds to measure; add data"]
    return "\n".join(lines) + "\n"
