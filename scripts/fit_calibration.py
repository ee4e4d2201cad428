"""Fit the confidence calibration of a backend on our own written corpus; write sitrep/data/calibration.json.

    python scripts/fit_calibration.py --backend rules

The backend codes every item of training/events_train.jsonl (all hand-written items, and every
`--every`-th generated one) with its raw scores, once without and once with a publication date. Each current (not background) event is judged as
the evaluation judges it: right when it is the item's main event (highest score, ties the first)
and its event type is the item's labelled one; every event coded from a non-event item is wrong.
An isotonic (pool-adjacent-violators) map from raw score to share right is fitted, with blocks of
at least `--min-block` events so no knot rests on a handful; its knots go into the file under the
backend's name, with the counts and the held-out calibration error (fitted on four fifths of the
template groups, measured on the rest). Nothing from the evaluation corpora is read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep import calibration, taxonomy  # noqa: E402
from sitrep.evaluation.report import calibration_error  # noqa: E402
from sitrep.evaluation.seeds import current_events, main_event  # noqa: E402
from sitrep.extract import extract_document  # noqa: E402
from sitrep.sources import read_text  # noqa: E402

CORPUS = ROOT / "training" / "events_train.jsonl"
PUBLISHED = "2024-06-15"
"""The publication date items are also coded with (any date: the corpus's relative dates resolve against it)."""
BACKENDS = ("rules",)
"""Backends this script can run; the others are fitted once the backend registry offers them."""


def judged_events(items: list[dict]) -> list[tuple[float, bool, str]]:
    """(raw score, right?, group) for every current event the rules code from the items, each item
    coded twice: with no publication date and with PUBLISHED (articles come both ways, and a date
    resolved from "on Tuesday" raises the raw score)."""
    judged = []
    for index, item in enumerate(items):
        wanted = taxonomy.EVENT_TYPE_OF.get(item["label"])
        for published in (None, PUBLISHED):
            document = read_text(item["text"], document_id=f"train-{index}", published=published)
            events = extract_document(document, calibrated=False)
            main = main_event(events)
            for event in current_events(events):
                judged.append((event.confidence, event is main and event.event_type == wanted, item["group"]))
    return judged


def isotonic_knots(scores: np.ndarray, right: np.ndarray, min_block: int) -> list[tuple[float, float]]:
    """Pool adjacent violators over events sorted by score: blocks with strictly rising share right,
    each of at least `min_block` events; a knot per block at (mean score, share right). The ends are
    pinned at (0, 0) and (1, 1), so the map rises strictly and never ties events the raw score orders."""
    order = np.argsort(scores, kind="stable")
    blocks: list[list[float]] = []  # [events, sum of scores, sum right]
    for score, hit in zip(scores[order], right[order]):
        blocks.append([1.0, float(score), float(hit)])
        while len(blocks) > 1 and (blocks[-2][2] / blocks[-2][0] >= blocks[-1][2] / blocks[-1][0]
                                   or blocks[-2][0] < min_block):
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    while len(blocks) > 1 and blocks[-1][0] < min_block:
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    inner = [(round(total / n, 4), round(hits / n, 4)) for n, total, hits in blocks]
    return [(0.0, 0.0)] + [k for k in inner if 0.0 < k[0] < 1.0 and 0.0 < k[1] < 1.0] + [(1.0, 1.0)]


def held_out_group(group: str) -> bool:
    """A fixed fifth of the template groups, kept out of the fit to measure it."""
    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % 5 == 0


def fit(items: list[dict], min_block: int) -> dict:
    judged = judged_events(items)
    scores = np.array([s for s, _, _ in judged])
    right = np.array([r for _, r, _ in judged], dtype=float)
    held = np.array([held_out_group(g) for _, _, g in judged])
    trial = isotonic_knots(scores[~held], right[~held], min_block)
    held_pairs = [(float(s), bool(r)) for s, r in zip(scores[held], right[held])]
    knots = isotonic_knots(scores, right, min_block)
    return {
        "knots": [list(k) for k in knots],
        "fitted_on": {
            "items": len(items),
            "event_items": sum(item["label"] != "none" for item in items),
            "events_judged": len(judged),
            "share_right": round(float(right.mean()), 4),
            "min_block": min_block,
            "held_out_events": int(held.sum()),
            "held_out_ece_raw": round(calibration_error(held_pairs), 4),
            "held_out_ece_calibrated": round(calibration_error(
                [(calibration.interpolate(s, trial), r) for s, r in held_pairs]), 4),
            "ece_raw": round(calibration_error([(float(s), bool(r)) for s, r in zip(scores, right)]), 4),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=BACKENDS, default="rules")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--every", type=int, default=3, help="Code every N-th generated item (all hand-written ones).")
    parser.add_argument("--min-block", type=int, default=40)
    parser.add_argument("--out", type=Path, default=calibration.CALIBRATION_FILE)
    args = parser.parse_args()
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    chosen = [item for index, item in enumerate(items) if item["source"] == "written" or index % args.every == 0]
    fitted = fit(chosen, args.min_block)
    existing = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    backends = existing.get("backends", {})
    backends[args.backend] = fitted
    payload = {"about": "Isotonic maps from a backend's raw event score to calibrated confidence, "
                        "by scripts/fit_calibration.py on training/events_train.jsonl; read by sitrep/calibration.py",
               "backends": dict(sorted(backends.items()))}
    args.out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(fitted["fitted_on"], indent=1))


if __name__ == "__main__":
    main()
