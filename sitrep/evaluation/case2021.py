"""CASE 2021 task 2: fine-grained event classification of news snippets into ACLED sub-event types.

The corpus is a TSV with columns id, EventSnippet, SubType (CASE labels, mapped one to one onto
ACLED sub-types by `sitrep.taxonomy.CASE2021_LABELS`). Each snippet is coded as `sitrep extract`
codes it, and the sub-type of its main event (the current event sitrep is surest of) is compared
with the gold: a snippet given no event is wrong, and every further current event is spurious
(counted in precision and in the calibration of `confidence`). Metrics follow scikit-learn's
definitions, written out here so sklearn is not a runtime dependency.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation.report import calibration_error, f1_figures, reliability_by_half
from sitrep.evaluation.seeds import current_events, extract_events, main_event
from sitrep.evaluation.split import score_by_half
from sitrep.taxonomy import CASE2021_LABELS

NO_EVENT = "(no event)"
"""The prediction recorded when sitrep reports no current event for a snippet."""

REFERENCE = {"weighted_f1": "best published 83.9 (subtask 1)"}
MAX_EXAMPLES = 50
SNIPPET_CHARS = 240


def read_snippets(path: str | Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(id, snippet, label as written) rows of a TSV with columns id, EventSnippet, SubType."""
    rows: list[tuple[str, str, str]] = []
    try:
        with open(path, encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = {"id", "EventSnippet", "SubType"} - set(reader.fieldnames or ())
            if missing:
                raise EvaluationError(f"{path}: missing columns {sorted(missing)}")
            for row in reader:
                rows.append((row["id"], row["EventSnippet"] or "", (row["SubType"] or "").strip()))
                if limit is not None and len(rows) >= limit:
                    break
    except OSError as error:
        raise EvaluationError(f"cannot read {path}: {error}") from error
    return rows


def read_corpus(path: str | Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(id, snippet, ACLED sub-type) rows of a CASE 2021 task 2 TSV; EvaluationError if malformed."""
    rows = read_snippets(path, limit)
    for line, (_, _, label) in enumerate(rows, start=2):
        if label not in CASE2021_LABELS:
            raise EvaluationError(f"{path} line {line}: unknown CASE 2021 label {label!r}")
    return [(snippet_id, snippet, CASE2021_LABELS[label]) for snippet_id, snippet, label in rows]


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


@dataclass
class SnippetOutcome:
    """One snippet coded: the gold sub-type, the main event's, and every current event's confidence
    with whether it is right (only the main event can be, and only with the gold sub-type)."""

    snippet_id: str
    gold: str
    predicted: str
    events: list[tuple[float, bool]] = field(default_factory=list)


def code_snippet(snippet_id: str, snippet: str, label: str) -> SnippetOutcome:
    """Code one snippet as `sitrep extract` does and compare its main event with the gold label."""
    events, _ = extract_events(snippet, document_id=snippet_id)
    main = main_event(events)
    predicted = main.sub_event_type if main is not None else NO_EVENT
    judged = [(e.confidence, e is main and predicted == label) for e in current_events(events)]
    return SnippetOutcome(snippet_id, label, predicted, judged)


def score(outcomes: list[SnippetOutcome]) -> dict[str, float]:
    """F1 of the main events' sub-types; event precision and recall (an event is right when it is the
    main one and has the gold sub-type); the share of snippets given any event (detection recall);
    spurious events per snippet; and the calibration error of `confidence`."""
    gold = [o.gold for o in outcomes]
    predicted = [o.predicted for o in outcomes]
    figures = f1_scores(gold, predicted)
    reported = sum(len(o.events) for o in outcomes)
    right = sum(o.predicted == o.gold for o in outcomes)
    figures.update(f1_figures("event", right, reported, right, len(outcomes)))
    figures["detection_recall"] = sum(o.predicted != NO_EVENT for o in outcomes) / max(len(outcomes), 1)
    figures["spurious_per_document"] = (reported - sum(o.predicted != NO_EVENT for o in outcomes)) / max(
        len(outcomes), 1)
    figures["confidence_ece"] = calibration_error([pair for o in outcomes for pair in o.events])
    return figures


def evaluate(path: str | Path, limit: int | None = None) -> EvalResult:
    """Code every snippet of the corpus at `path` and score its main event against the gold type."""
    started = time.perf_counter()
    rows = read_corpus(path, limit)
    outcomes = [code_snippet(snippet_id, snippet, label) for snippet_id, snippet, label in rows]
    metrics, halves, sizes = score_by_half(outcomes, lambda o: o.snippet_id, score)
    examples = [ErrorExample("sub_event_type", snippet[:SNIPPET_CHARS], o.predicted, o.gold, document_id=o.snippet_id)
                for (_, snippet, _), o in zip(rows, outcomes) if o.predicted != o.gold][:MAX_EXAMPLES]
    return EvalResult(
        corpus="case2021_task2",
        path=str(path),
        documents=len(rows),
        metrics=metrics,
        reference=dict(REFERENCE),
        examples=examples,
        details={"confusion": confusion([o.gold for o in outcomes], [o.predicted for o in outcomes]),
                 "reliability": reliability_by_half(outcomes, lambda o: o.snippet_id, lambda o: o.events),
                 "notes": "Each snippet coded as `sitrep extract` codes it (no publication date); the main "
                          "event is the current event with the highest confidence, the others are spurious."},
        seconds=time.perf_counter() - started,
        halves=halves,
        half_documents=sizes,
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
