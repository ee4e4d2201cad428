"""Text with no ACLED event: the share of documents sitrep nevertheless gives a current event.

Two kinds of corpus: snippets of disasters, accidents and diplomacy (a TSV with id, EventSnippet
and a non-event label, as CASE 2021's negatives) and whole articles about something else (JSON
lines with doc_id and text, as GeoVirus's disease-outbreak news). A careful coder reports no
current event for any of them, so every current event sitrep reports is a false one. History
an article mentions (`is_background`) is not counted: it is reported as context, not as news.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation.case2021 import read_snippets
from sitrep.evaluation.seeds import current_events, extract_events
from sitrep.evaluation.split import score_by_half

EXAMPLE_CHARS = 240
MAX_EXAMPLES = 40
REFERENCE = {"false_event_rate": "a careful coder: 0"}


@dataclass
class NegativeOutcome:
    """One document with no gold event: its kind and the current events sitrep gave it."""

    document_id: str
    kind: str
    text: str
    false_events: list[str]
    """The sub-types of the current events reported."""


def score(outcomes: list[NegativeOutcome]) -> dict[str, float]:
    """The share of documents with a false event, and false events per document."""
    total = max(len(outcomes), 1)
    return {"false_event_rate": sum(bool(o.false_events) for o in outcomes) / total,
            "false_events_per_document": sum(len(o.false_events) for o in outcomes) / total}


def read_articles(path: str | Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(doc_id, text, kind) of JSON lines with doc_id (or id) and text; the kind is the corpus name."""
    rows = []
    try:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                record = json.loads(line)
                if "text" not in record:
                    raise EvaluationError(f"{path}:{number}: a document needs 'text'")
                rows.append((str(record.get("doc_id", record.get("id", number))), record["text"],
                             str(record.get("corpus") or Path(path).stem)))
                if limit is not None and len(rows) >= limit:
                    break
    except (OSError, json.JSONDecodeError) as error:
        raise EvaluationError(f"cannot read {path}: {error}") from error
    return rows


def evaluate(path: str | Path, limit: int | None = None) -> EvalResult:
    """Code every document of a corpus with no ACLED event and count the false events."""
    started = time.perf_counter()
    rows = read_snippets(path, limit) if str(path).endswith(".tsv") else read_articles(path, limit)
    outcomes = []
    for document_id, text, kind in rows:
        events, _ = extract_events(text, document_id=document_id)
        outcomes.append(NegativeOutcome(document_id, kind, text, [e.sub_event_type for e in current_events(events)]))
    metrics, halves, sizes = score_by_half(outcomes, lambda o: o.document_id, score)
    by_kind = Counter(o.kind for o in outcomes)
    wrong_by_kind = Counter(o.kind for o in outcomes if o.false_events)
    examples = [ErrorExample("false event", o.text[:EXAMPLE_CHARS], o.false_events, None, o.document_id)
                for o in outcomes if o.false_events][:MAX_EXAMPLES]
    return EvalResult(
        corpus=Path(path).stem,
        path=str(path),
        documents=len(rows),
        metrics=metrics,
        reference=dict(REFERENCE),
        examples=examples,
        details={"false_event_rate_by_kind": {k: wrong_by_kind[k] / n for k, n in sorted(by_kind.items())},
                 "false_sub_types": dict(Counter(t for o in outcomes for t in o.false_events).most_common()),
                 "notes": "No document has an ACLED event: every current event sitrep reports is false."},
        seconds=time.perf_counter() - started,
        halves=halves,
        half_documents=sizes,
    )
