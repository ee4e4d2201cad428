"""Measure the event gate and sub-type layer on the shared development corpora (measurement only, never training).

    .venv/bin/python scripts/measure_event_model.py [--benchmarks ../shared/benchmarks] [--json out.json]

Prints, for gate thresholds 0.3/0.5/0.7 and separately for the tune and check halves (a document is in
the check half when sha256(doc_id) % 3 == 0): CASE 2021 dev recall of the gate (snippet scored whole,
and by its best sentence), sub-type weighted F1 of the model alone, the false-event rate on the
non-event snippets, and on GeoVirus the share of sentences and of documents with a sentence above
the threshold. Also the time per sentence.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.taxonomy import CASE2021_LABELS  # noqa: E402
from sitrep.trained import model  # noqa: E402

THRESHOLDS = (0.3, 0.5, 0.7)
HALVES = ("tune", "check")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“(]?[A-Z0-9])")


def half(doc_id: str) -> str:
    return "check" if int(hashlib.sha256(str(doc_id).encode()).hexdigest(), 16) % 3 == 0 else "tune"


def sentences(text: str) -> list[str]:
    """A plain regex sentence split, good enough to score sentences one by one."""
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


def read_tsv(path: Path) -> list[dict]:
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def weighted_f1(gold: list[str], predicted: list[str]) -> float:
    labels = sorted(set(gold))
    total = 0.0
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += f1 * gold.count(label)
    return total / len(gold) if gold else 0.0


def snippet_scores(rows: list[dict]) -> list[tuple[str, float, float]]:
    """(half, whole-snippet probability, best-sentence probability) per snippet."""
    whole = model.event_probability([row["EventSnippet"] for row in rows])
    out = []
    for row, p_whole in zip(rows, whole):
        parts = sentences(row["EventSnippet"]) or [row["EventSnippet"]]
        out.append((half(row["id"]), p_whole, max(model.event_probability(parts))))
    return out


def share(values: list[bool]) -> float:
    return sum(values) / len(values) if values else float("nan")


def measure(benchmarks: Path) -> dict:
    dev = read_tsv(benchmarks / "case2021_task2" / "dev.tsv")
    negatives = read_tsv(benchmarks / "case2021_task2" / "negatives_dev.tsv")
    geovirus = [json.loads(line) for line in (benchmarks / "geoparsing" / "GeoVirus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

    dev_scores = snippet_scores(dev)
    negative_scores = snippet_scores(negatives)
    geo = [(half(doc["doc_id"]), model.event_probability(sentences(doc["text"]) or [doc["text"]])) for doc in geovirus]
    gold = [(half(row["id"]), CASE2021_LABELS[row["SubType"]], model.subtype_probabilities(row["EventSnippet"])[0][0]) for row in dev]

    results: dict = {"sizes": {}, "subtype_weighted_f1": {}, "thresholds": {}}
    for name in HALVES:
        results["sizes"][name] = {
            "case_dev": sum(h == name for h, *_ in dev_scores),
            "negatives": sum(h == name for h, *_ in negative_scores),
            "geovirus_docs": sum(h == name for h, _ in geo),
            "geovirus_sentences": sum(len(p) for h, p in geo if h == name),
        }
        pairs = [(g, p) for h, g, p in gold if h == name]
        results["subtype_weighted_f1"][name] = weighted_f1([g for g, _ in pairs], [p for _, p in pairs])
    for threshold in THRESHOLDS:
        per_half = {}
        for name in HALVES:
            dev_half = [s for s in dev_scores if s[0] == name]
            neg_half = [s for s in negative_scores if s[0] == name]
            geo_half = [p for h, p in geo if h == name]
            per_half[name] = {
                "case_recall_snippet": share([w >= threshold for _, w, _ in dev_half]),
                "case_recall_best_sentence": share([b >= threshold for _, _, b in dev_half]),
                "false_event_rate_snippet": share([w >= threshold for _, w, _ in neg_half]),
                "false_event_rate_best_sentence": share([b >= threshold for _, _, b in neg_half]),
                "geovirus_sentence_share": share([p >= threshold for doc in geo_half for p in doc]),
                "geovirus_document_share": share([max(doc) >= threshold for doc in geo_half]),
            }
        results["thresholds"][str(threshold)] = per_half
    sample = [s for doc in geovirus[:60] for s in sentences(doc["text"])]
    start = time.perf_counter()
    model.event_probability(sample)
    results["ms_per_sentence"] = 1000 * (time.perf_counter() - start) / max(len(sample), 1)
    return results


def print_table(results: dict) -> None:
    print("sizes:", json.dumps(results["sizes"]))
    print(f"sub-type weighted F1 (model alone, CASE dev): tune {results['subtype_weighted_f1']['tune']:.3f}  check {results['subtype_weighted_f1']['check']:.3f}")
    columns = list(next(iter(results["thresholds"].values()))["tune"])
    print("threshold half  " + "  ".join(columns))
    for threshold, per_half in results["thresholds"].items():
        for name in HALVES:
            cells = "  ".join(f"{per_half[name][c]:.3f}".rjust(len(c)) for c in columns)
            print(f"{threshold:<9} {name:<5} {cells}")
    print(f"time: {results['ms_per_sentence']:.3f} ms per sentence (one process, warm)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = measure(args.benchmarks)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
