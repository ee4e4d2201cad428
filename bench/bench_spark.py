"""Documents per second of `sitrep spark extract` at local[1] and local[2] on our own benchmark corpus.

Usage: python bench/bench_spark.py [--documents 2000] [--shards 16] [--masters local[1] local[2]]
The corpus comes from bench/make_corpus.py (our own text), split into --shards JSONL files as an
archive would be. Each master runs in its own process (one SparkContext per process); the time
is the whole job (read, code, merge incidents, write Parquet) after the session is up. The load
average is printed with each figure: on a shared machine it says how much CPU the run really had.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def make_shards(documents: int, shards: int, folder: Path) -> None:
    """The benchmark corpus, dealt round-robin into `shards` JSONL files."""
    corpus = folder / "corpus.jsonl"
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus), "--documents", str(documents)],
                   check=True)
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus.unlink()
    archive = folder / "archive"
    archive.mkdir()
    for shard in range(shards):
        (archive / f"part-{shard:03d}.jsonl").write_text("\n".join(lines[shard::shards]) + "\n", encoding="utf-8")


def run_once(master: str, archive: str, output: str) -> dict:
    """Run the job under one master in this process and time it."""
    from sitrep.spark.job import run, session

    spark = session(master, shuffle_partitions=4, app_name="sitrep-bench")
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.parallelize(range(2), 2).count()
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    report = run(spark, [archive], output)
    seconds = time.perf_counter() - start
    spark.stop()
    return {"master": master, "documents": report.documents, "events": report.events, "seconds": round(seconds, 1),
            "documents_per_second": round(report.documents / seconds, 2), "partitions": report.partitions,
            "model_loads": report.model_loads,
            "coding_cpu_seconds_per_document": round(report.coding_cpu_seconds / max(1, report.documents), 3),
            "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--shards", type=int, default=16)
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--child", nargs=3, metavar=("MASTER", "ARCHIVE", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_once(*args.child)))
        return
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-spark-") as scratch:
        folder = Path(scratch)
        make_shards(args.documents, args.shards, folder)
        results = []
        for master in args.masters:
            child = subprocess.run([sys.executable, __file__, "--child", master, str(folder / "archive"),
                                    str(folder / f"out-{len(results)}")], check=True, capture_output=True, text=True)
            results.append(json.loads(child.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), flush=True)
    base = results[0]["documents_per_second"]
    for result in results[1:]:
        print(f"{result['master']}: {result['documents_per_second'] / base:.2f}x the documents per second of "
              f"{results[0]['master']}")


if __name__ == "__main__":
    main()
