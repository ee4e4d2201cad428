"""Where `sitrep extract` spends its time: cProfile over the benchmark corpus, the top functions by own time.

Usage: python bench/profile_extract.py [corpus.jsonl] [--limit 100] [--top 25] [--sort tottime|cumulative]
The corpus defaults to bench/corpus.jsonl (made by bench/make_corpus.py, our own text). The model
and the gazetteer are loaded before profiling starts, so the figures are the steady state of a batch.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
from pathlib import Path

from bench_extract import load_corpus

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(HERE / "corpus.jsonl"))
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", choices=("tottime", "cumulative"), default="tottime")
    args = parser.parse_args()

    from sitrep.api import extract_documents, extract_text
    from sitrep.sources import read_text

    rows = load_corpus(Path(args.corpus), args.limit)
    extract_text(rows[0]["text"])
    documents = [read_text(row["text"], document_id=str(row.get("id", index))) for index, row in enumerate(rows)]
    profile = cProfile.Profile()
    profile.enable()
    events = sum(len(result) for _, result in extract_documents(documents) if isinstance(result, list))
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats(args.sort)
    print(f"{len(documents)} documents, {events} events, {stats.total_tt:.1f} s "
          f"({len(documents) / stats.total_tt:.1f} documents/s under the profiler)")
    stats.print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
