"""Whether a speed change left sitrep's output unchanged: code every evaluation corpus's texts and our
fixtures, write every event (every field) and every geoparsed place, and compare two such runs.

Usage:
  python bench/check_identical.py capture INPUTS.pickle [--benchmarks ../shared/benchmarks] [--seeds DIR]
      the documents each evaluation adapter codes, and the texts it geoparses, without coding them
  python bench/check_identical.py run INPUTS.pickle OUTPUT.jsonl [--limit N]
      code them all as `sitrep extract` does (batched) and geoparse the geoparse texts, one JSON line each
  python bench/check_identical.py compare BEFORE.jsonl AFTER.jsonl
      exit 1 and list the documents whose output differs
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
import time
from pathlib import Path


def capture(out: Path, benchmarks: Path, seeds: Path | None) -> None:
    """Run each corpus's adapter with the coding functions replaced by recorders of their input."""
    from sitrep import api, geo
    from sitrep.commands.evaluate import CORPORA, corpus_path, run_corpus
    from sitrep.evaluation import geoparsing
    from sitrep.sources import read_text

    documents: list = []
    geoparsed: list[str] = []

    def record_text(text, **kwargs):
        documents.append(read_text(text, **kwargs))
        return []

    def record_documents(items, jobs=1):
        for item in items:
            documents.append(item)
            yield item, []

    def record_geoparse(text, *args, **kwargs):
        geoparsed.append(text)
        return []

    api.extract_text = record_text
    api.extract_documents = record_documents
    geoparsing.geoparse = record_geoparse
    geo.geoparse = record_geoparse
    for corpus in CORPORA:
        run_corpus(corpus, corpus_path(benchmarks, corpus), corpus.limit)
        print(f"{corpus.name}: {len(documents)} documents, {len(geoparsed)} geoparse texts so far", file=sys.stderr)
    if seeds is not None:
        from sitrep.evaluation import seeds as seeds_module

        seeds_module.evaluate(str(seeds))
    fixtures = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
    documents.extend(d for d in api.read_documents([str(fixtures / "inputs"), str(fixtures / "clean")]))
    print(f"all: {len(documents)} documents, {len(geoparsed)} geoparse texts", file=sys.stderr)
    with out.open("wb") as handle:
        pickle.dump({"documents": documents, "geoparse": geoparsed}, handle)


def run(inputs: Path, out: Path, limit: int | None) -> None:
    """Every document's events (all fields) and every geoparse text's places, one JSON line each."""
    from sitrep.api import extract_documents
    from sitrep.geo import geoparse

    with inputs.open("rb") as handle:
        data = pickle.load(handle)
    documents = data["documents"][:limit]
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for index, (document, outcome) in enumerate(extract_documents(documents)):
            result = str(outcome) if isinstance(outcome, Exception) else [dataclasses.asdict(e) for e in outcome]
            handle.write(json.dumps({"key": f"doc {index}", "result": result}, default=str, sort_keys=True) + "\n")
        for index, text in enumerate(data["geoparse"][:limit]):
            places = [dataclasses.asdict(t) for t in geoparse(text)]
            handle.write(json.dumps({"key": f"geoparse {index}", "result": places}, default=str, sort_keys=True) + "\n")
    print(f"{len(documents)} documents in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def compare(before: Path, after: Path) -> int:
    """The number of lines that differ (missing lines count)."""
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    differing = [i for i in range(max(len(old), len(new))) if i >= len(old) or i >= len(new) or old[i] != new[i]]
    for index in differing[:20]:
        print(json.loads(old[index])["key"] if index < len(old) else f"line {index}: missing before")
    print(f"{len(old)} lines before, {len(new)} after, {len(differing)} differ")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    capture_parser = commands.add_parser("capture")
    capture_parser.add_argument("out", type=Path)
    capture_parser.add_argument("--benchmarks", type=Path, default=Path("../shared/benchmarks"))
    capture_parser.add_argument("--seeds", type=Path, default=None)
    run_parser = commands.add_parser("run")
    run_parser.add_argument("inputs", type=Path)
    run_parser.add_argument("out", type=Path)
    run_parser.add_argument("--limit", type=int, default=None)
    compare_parser = commands.add_parser("compare")
    compare_parser.add_argument("before", type=Path)
    compare_parser.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "capture":
        capture(args.out, args.benchmarks, args.seeds)
    elif args.command == "run":
        run(args.inputs, args.out, args.limit)
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
