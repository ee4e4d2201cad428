"""List the false events sitrep gives the TUNE half of a negative corpus: sentence, sub-type and cues.

Rules against false events are developed by reading these and nothing else: documents of the check
half are never read or printed (sitrep/evaluation/split.py), only their figure in `sitrep eval`.

    python scripts/false_events.py ../shared/benchmarks/case2021_task2/negatives_dev.tsv
    python scripts/false_events.py ../shared/benchmarks/geoparsing/GeoVirus.jsonl --limit 60
"""

from __future__ import annotations

import argparse
import sys

from sitrep import classify
from sitrep.evaluation.case2021 import read_snippets
from sitrep.evaluation.negatives import read_articles
from sitrep.evaluation.seeds import current_events, extract_events
from sitrep.evaluation.split import half
from sitrep.untrusted import printable


def tune_rows(path: str) -> list[tuple[str, str, str]]:
    """(doc_id, text, kind) of the corpus's tune half only."""
    rows = read_snippets(path) if path.endswith(".tsv") else read_articles(path)
    return [row for row in rows if half(row[0]) == "tune"]


def report(path: str, limit: int | None) -> int:
    """Print each tune document that gets a current event; the number of such documents."""
    rows = tune_rows(path)[:limit]
    flagged = 0
    for document_id, text, _ in rows:
        events, failure = extract_events(text, document_id=document_id)
        reported = current_events(events)
        if failure or not reported:
            continue
        flagged += 1
        print(f"== {document_id}")
        for event in reported:
            for evidence in event.evidence:
                cues = "; ".join(f"{hit.sub_type}<-{hit.text!r}@{hit.line}" for hit in classify.explain(evidence.text))
                print(f"  [{event.sub_event_type} {event.confidence:.2f}] {printable(evidence.text)}")
                print(f"      cues: {printable(cues)}")
    print(f"-- {flagged} of {len(rows)} tune documents get a current event", file=sys.stderr)
    return flagged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N tune documents")
    arguments = parser.parse_args()
    report(arguments.path, arguments.limit)


if __name__ == "__main__":
    main()
