"""CASE 2021 task 2: fine-grained event classification of news snippets into ACLED sub-event types.

The corpus is a TSV with columns id, EventSnippet, SubType (CASE labels, mapped one to one onto
ACLED sub-types by `sitrep.taxonomy.CASE2021_LABELS`). Each snippet gets `classify`'s best type;
a snippet classified as no event counts as wrong. Metrics follow scikit-learn's definitions,
written out here so sklearn is not a runtime dependency.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from pathlib import Path

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.taxonomy import CASE2021_LABELS

NO_EVENT = "(no event)"
"""The prediction recorded when `classify` finds no event in a snippet."""

REFERENCE = {"weighted_f1": "best published 83.9 (subtask 1)"}
MAX_EXAMPLES = 50
SNIPPET_CHARS = 240


def read_corpus(path: str | Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(id, snippet, ACLED sub-type) rows of a CASE 2021 task 2 TSV; EvaluationError if malformed."""
    rows: list[tuple[str, str, str]] = []
    try:
        with open(path, encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = {"id", "EventSnippet", "SubType"} - set(reader.fieldnames or ())
            if missing:
                raise EvaluationError(f"{path}: missing columns {sorted(missing)}")
            for line, row in enumerate(reader, start=2):
                label = (row.get("SubType") or "").strip()
                if label not in CASE2021_LABELS:
                    raise EvaluationError(f"{path} line {line}: unknown CASE 2021 label {label!r}")
                rows.append((row["id"], row["EventSnippet"] or "", CASE2021_LABELS[label]))
                if limit is not None and len(rows) >= limit:
                    break
    except OSError as error:
        raise EvaluationError(f"cannot read {path}: {error}") from error
    return rows


def f1_scores(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """Micro, macro and support-weighted F1 and accuracy over the gold labels (sklearn's definitions).

    Macro and weighted averages run over the labels present in gold or predictions, except the
    no-event marker, which can only be a wrong prediction; a label never predicted has precision 0.
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must have the same length")
    if not gold:
        return {"micro_f1": 0.0, "macro_f1": 0.0, "weighted_f1": 0.0, "accuracy": 0.0}
    support = Counter(gold)
    predicted_count = Counter(predicted)
    correct = Counter(g for g, p in zip(gold, predicted) if g == p)
    labels = sorted((set(gold) | set(predicted)) - {NO_EVENT})
    per_label = {}
    for label in labels:
        precision = correct[label] / predicted_count[label] if predicted_count[label] else 0.0
        recall = correct[label] / support[label] if support[label] else 0.0
        per_label[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    true_positive = sum(correct.values())
    predicted_positive = sum(n for label, n in predicted_count.items() if label != NO_EVENT)
    micro_precision = true_positive / predicted_positive if predicted_positive else 0.0
    micro_recall = true_positive / len(gold)
    micro = (
        2 * micro_precision * micro_recall / (micro_precision + micro_recall)
        if micro_precision + micro_recall
        else 0.0
    )
    return {
        "micro_f1": micro,
        "macro_f1": sum(per_label.values()) / len(labels) if labels else 0.0,
        "weighted_f1": sum(per_label[label] * support[label] for label in labels) / len(gold),
        "accuracy": true_positive / len(gold),
    }


def confusion(gold: list[str], predicted: list[str]) -> dict[str, dict[str, int]]:
    """Nested counts gold -> predicted -> n."""
    table: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, predicted):
        row = table.setdefault(g, {})
        row[p] = row.get(p, 0) + 1
    return table


def evaluate(path: str | Path, limit: int | None = None) -> EvalResult:
    """Classify every snippet of the corpus at `path` and score the best type against the gold."""
    from sitrep.classify import classify

    started = time.perf_counter()
    rows = read_corpus(path, limit)
    gold: list[str] = []
    predicted: list[str] = []
    examples: list[ErrorExample] = []
    for snippet_id, snippet, label in rows:
        ranked = classify(snippet)
        best = ranked[0][0] if ranked else NO_EVENT
        gold.append(label)
        predicted.append(best)
        if best != label and len(examples) < MAX_EXAMPLES:
            examples.append(
                ErrorExample("sub_event_type", snippet[:SNIPPET_CHARS], best, label, document_id=snippet_id)
            )
    return EvalResult(
        corpus="case2021_task2",
        path=str(path),
        documents=len(rows),
        metrics=f1_scores(gold, predicted),
        reference=dict(REFERENCE),
        examples=examples,
        details={"confusion": confusion(gold, predicted)},
        seconds=time.perf_counter() - started,
    )


def main(argv: list[str]) -> int:
    """Print the figures for the corpus named on the command line (and the worst confusions)."""
    if len(argv) != 1:
        print("usage: python -m sitrep.evaluation.case2021 PATH/TO/dev.tsv", file=sys.stderr)
        return 2
    try:
        result = evaluate(argv[0])
    except EvaluationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    per_snippet = 1000 * result.seconds / max(result.documents, 1)
    print(f"{result.corpus}: {result.documents} snippets in {result.seconds:.2f}s ({per_snippet:.2f} ms each)")
    for name, value in result.metrics.items():
        print(f"  {name:12s} {value:.4f}")
    print(f"  reference    {REFERENCE['weighted_f1']}")
    mistakes = Counter(
        (gold, pred)
        for gold, row in result.details["confusion"].items()
        for pred, n in row.items()
        for _ in range(n)
        if gold != pred
    )
    print("most frequent confusions (gold -> predicted):")
    for (gold, pred), n in mistakes.most_common(12):
        print(f"  {n:3d}  {gold} -> {pred}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
