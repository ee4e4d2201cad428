"""Fit the confidence calibration of a backend on data we may learn from; write sitrep/data/calibration.json.

    python scripts/fit_calibration.py --backend rules --muc4 ../shared/benchmarks/muc4

The backend codes every item of training/events_train.jsonl (all hand-written items, and every
`--every`-th generated one) with its raw scores, once without and once with a publication date, and,
with `--muc4`, the MUC-4 *train* documents that report one incident with a sound ACLED sub-type
(`training/muc4_train.muc4_documents`, coded as the MUC-4 evaluation codes a document: no publication
date). Each current (not background) event is judged as the evaluation judges it: right when it is the
item's main event (highest score, ties the first) and its event type is the item's labelled one; every
event coded from a non-event item is wrong. `--sources` picks the data: our corpus, the one-incident
MUC-4 train documents, the labelled MUC-4 train sentences (`muc4_sentence_cases`), or several.
An isotonic (pool-adjacent-violators) map from raw score to share right is fitted, with blocks of
at least `--min-block` events so no knot rests on a handful; its knots go into the file under the
backend's name, with the counts and the held-out calibration error (fitted on four fifths of the
template groups and MUC-4 documents, measured on the rest). Nothing from the evaluation corpora is read:
MUC-4 train is training data by issue #11; MUC-4 dev and the rest of ../shared are not.
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
from sitrep.errors import SitrepError  # noqa: E402
from sitrep.evaluation.report import calibration_error  # noqa: E402
from sitrep.evaluation.seeds import current_events  # noqa: E402
from sitrep.extract import extract_document  # noqa: E402
from sitrep.sources import read_text  # noqa: E402
from training.muc4_train import GATE_ONLY_EVENT, muc4_documents, muc4_items  # noqa: E402

CORPUS = ROOT / "training" / "events_train.jsonl"
PUBLISHED = "2024-06-15"
"""The publication date items are also coded with (any date: the corpus's relative dates resolve against it)."""
BACKENDS = ("rules", "trained")
"""Backends this script can fit: the rules' raw scores, and those scores combined with the event gate."""


def coded_cases(cases: list[tuple[str, str, str | None, str | None, str]]) -> list[dict]:
    """Every case (text, document id, publication date, wanted event type or None for a non-event, group)
    coded by the rules with raw scores (a text the rules refuse, such as one taken for another language,
    codes no event, as in the evaluation): its group and, per current event, the raw score, the evidence
    sentences (so the trained backend's score follows offline) and whether its event type is the wanted one."""
    records = []
    for text, document_id, published, wanted, group in cases:
        try:
            events = extract_document(read_text(text, document_id=document_id, published=published), calibrated=False)
        except SitrepError:
            events = []
        records.append({"id": document_id, "group": group, "events": [
            {"raw": e.confidence, "evidence": [s.text for s in e.evidence], "type_right": e.event_type == wanted}
            for e in current_events(events)]})
    return records


def case_key(case: tuple) -> str:
    """A stable key of a case (its text, id, date, wanted type and group) for the cache of coded cases."""
    return hashlib.sha256(json.dumps(case).encode("utf-8")).hexdigest()[:24]


def judged_events(records: list[dict], backend: str) -> list[tuple[float, bool, str]]:
    """(uncalibrated score, right?, group) of every coded event under `backend`, judged as the evaluation
    judges: right when it is its document's most confident event and has the wanted event type."""
    from measure_calibration import backend_confidence, gate_scores, judged

    gate = gate_scores({"cases": records}) if backend == "trained" else {}
    confidence = backend_confidence(backend, gate)
    return [(score, right, record["group"]) for record in records for score, right in judged([record], confidence)]


def corpus_cases(items: list[dict]) -> list[tuple[str, str, str | None, str | None, str]]:
    """Our corpus items as cases, each twice: with no publication date and with PUBLISHED (articles come
    both ways, and a date resolved from "on Tuesday" raises the raw score)."""
    return [(item["text"], f"train-{index}", published, taxonomy.EVENT_TYPE_OF.get(item["label"]), item["group"])
            for index, item in enumerate(items) for published in (None, PUBLISHED)]


def muc4_cases(directory: Path) -> list[tuple[str, str, str | None, str | None, str]]:
    """The one-incident MUC-4 train documents as cases, with the ACLED event type of their incident."""
    return [(d["text"], d["docid"], None, taxonomy.EVENT_TYPE_OF[d["sub_event_type"]], f"muc4:{d['docid']}")
            for d in muc4_documents(directory)]


def muc4_sentence_cases(directory: Path) -> list[tuple[str, str, str | None, str | None, str]]:
    """The labelled MUC-4 train sentences (`training/muc4_train.muc4_items`) as one-sentence cases, like
    CASE snippets: an event sentence with a sound sub-type wants its event type, a non-event sentence
    none; events of no sound sub-type are left out. The split's lower-cased text is given in capitals,
    as the MUC-4 originals are written."""
    return [(item["text"].upper(), f"{item['group']}:{index}", None, taxonomy.EVENT_TYPE_OF.get(item["label"]),
             f"{item['group']}:sentences") for index, item in enumerate(muc4_items(directory))
            if item["label"] != GATE_ONLY_EVENT]


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


def fit(judged: list[tuple[float, bool, str]], min_block: int, sources: dict[str, int]) -> dict:
    """The isotonic map of the judged events, with its counts and held-out figures."""
    scores = np.array([s for s, _, _ in judged])
    right = np.array([r for _, r, _ in judged], dtype=float)
    held = np.array([held_out_group(g) for _, _, g in judged])
    trial = isotonic_knots(scores[~held], right[~held], min_block)
    held_pairs = [(float(s), bool(r)) for s, r in zip(scores[held], right[held])]
    knots = isotonic_knots(scores, right, min_block)
    return {
        "knots": [list(k) for k in knots],
        "fitted_on": {
            **sources,
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
    parser.add_argument("--sources", default="ours,muc4-sentences",
                        help="Comma-separated: ours (our corpus), muc4-documents (one-incident MUC-4 train documents), "
                             "muc4-sentences (labelled MUC-4 train sentences).")
    parser.add_argument("--muc4", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "muc4",
                        help="The MUC-4 folder whose train split is read.")
    parser.add_argument("--section", choices=("backends", "withheld"), default="backends",
                        help="Where the map goes: 'backends' ships it, 'withheld' keeps it with its figures only.")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--every", type=int, default=3, help="Code every N-th generated item (all hand-written ones).")
    parser.add_argument("--min-block", type=int, default=40)
    parser.add_argument("--out", type=Path, default=calibration.CALIBRATION_FILE)
    parser.add_argument("--cache", type=Path, default=ROOT / ".eval" / "calibration_cases.json",
                        help="Where the rules' coding of the cases is kept (reused while the cases are the same).")
    args = parser.parse_args()
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    chosen = [item for index, item in enumerate(items) if item["source"] == "written" or index % args.every == 0]
    available = {"ours": corpus_cases(chosen), "muc4-documents": muc4_cases(args.muc4),
                 "muc4-sentences": muc4_sentence_cases(args.muc4)}
    wanted = args.sources.split(",")
    if set(wanted) - set(available):
        parser.error(f"unknown sources {sorted(set(wanted) - set(available))}; choose from {sorted(available)}")
    cases = [case for cases in available.values() for case in cases]
    cached = json.loads(args.cache.read_text(encoding="utf-8")) if args.cache.exists() else {}
    keys = [case_key(case) for case in cases]
    missing = [case for case, key in zip(cases, keys) if key not in cached]
    if missing:
        cached.update(zip(map(case_key, missing), coded_cases(missing)))
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_text(json.dumps(cached), encoding="utf-8")
    cached = {"records": [cached[key] for key in keys]}
    source_of = {case[1]: name for name, cases in available.items() for case in cases}
    records = [r for r in cached["records"] if source_of[r["id"]] in wanted]
    sources = {f"{name}_cases": len(available[name]) for name in wanted}
    fitted = fit(judged_events(records, args.backend), args.min_block, sources)
    existing = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    section = existing.get(args.section, {})
    section[args.backend] = fitted
    payload = {**existing, args.section: dict(sorted(section.items()))}
    args.out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(fitted["fitted_on"], indent=1))


if __name__ == "__main__":
    main()
