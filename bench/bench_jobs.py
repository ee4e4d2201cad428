"""How `sitrep extract --jobs N` scales: the benchmark corpus coded with one job, then with N, in CPU seconds.

Usage: python bench/bench_jobs.py [corpus.jsonl] [--limit N] [--jobs 2]
Each run is a fresh `sitrep extract` process (so every worker loads the models, as the CLI does).
On a machine shared with other jobs the wall clock says little; the CPU seconds of the parent and
of its workers say how the work divides: with the work spread evenly, N free cores code the corpus
in between max(parent, workers / N) and parent + workers / N seconds, against the one-job run's CPU
seconds. Every worker loads the models once, so a small corpus scales less.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_extract import load_corpus

HERE = Path(__file__).resolve().parent
SITREP_WITH_CPU = ("import resource, sys\nfrom sitrep.cli import main\n"
              "try:\n    main(sys.argv[1:], prog_name='sitrep')\n"
              "finally:\n    own, workers = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
              "    print(f'CPU {own.ru_utime + own.ru_stime:.3f} {workers.ru_utime + workers.ru_stime:.3f}', file=sys.stderr)\n")
"""`sitrep` run so that it reports its own CPU seconds and its workers' (before the interpreter's teardown)."""


def code(corpus: Path, jobs: int, out: Path) -> dict:
    """Wall and CPU seconds of one `sitrep extract` run over `corpus`, and the number of output lines."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", SITREP_WITH_CPU, "extract", str(corpus), "--jobs", str(jobs),
                           "-o", str(out), "--no-progress"], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    parent, workers = (float(x) for x in done.stderr.rsplit("CPU ", 1)[1].split()[:2])
    return {"jobs": jobs, "wall": wall, "cpu": parent + workers, "parent": parent, "workers": workers,
            "lines": len(out.read_text(encoding="utf-8").splitlines())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(HERE / "corpus.jsonl"))
    parser.add_argument("--limit", type=int, default=192)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    rows = load_corpus(Path(args.corpus), args.limit)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        one = code(corpus, 1, Path(folder) / "one.jsonl")
        many = code(corpus, args.jobs, Path(folder) / "many.jsonl")
        same = (Path(folder) / "one.jsonl").read_bytes() == (Path(folder) / "many.jsonl").read_bytes()
    for run in (one, many):
        print(f"--jobs {run['jobs']}: {run['wall']:.1f} s wall, {run['cpu']:.1f} CPU s "
              f"(parent {run['parent']:.1f}, workers {run['workers']:.1f}), {run['lines']} events")
    spread = many["workers"] / args.jobs
    print(f"output identical: {same}")
    print(f"on {args.jobs} free cores, work spread evenly: {one['cpu'] / (many['parent'] + spread):.2f} to "
          f"{one['cpu'] / max(many['parent'], spread):.2f} times one job (one job's CPU s over parent + workers / "
          f"{args.jobs}, the parent all in series, to max of the two, the parent all alongside); "
          f"wall clock here: {one['wall'] / many['wall']:.2f}")

if __name__ == "__main__":
    main()
