"""Geoparser figures: gazetteer build time, load time and memory, geoparse documents/s per core.

Usage: python bench/bench_geoparse.py [corpus.jsonl] [--limit N] [--build]
The corpus is JSON lines with a "text" field (default: ../shared/benchmarks/geoparsing/LGL.jsonl,
else our own fixtures). --build also times a full gazetteer build into a temporary file.
Throughput is measured in one process on one thread, so documents/s is per core.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "benchmarks" / "geoparsing" / "LGL.jsonl"


def rss_mb() -> float:
    """Current resident memory of this process in MB (from /proc; peak where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_texts(path: Path | None, limit: int | None) -> list[str]:
    """The documents to geoparse."""
    if path and path.exists():
        with path.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "tests/fixtures/geo").glob("*.txt"))]
    return texts[:limit] if limit else texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--build", action="store_true", help="also time a full gazetteer build")
    args = parser.parse_args()

    from sitrep import gazetteer, geo, nlp

    if args.build:
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            gazetteer.build(Path(folder) / "gazetteer.sqlite")
            print(f"gazetteer build: {time.perf_counter() - started:.1f} s")

    before = rss_mb()
    started = time.perf_counter()
    loaded = gazetteer.Gazetteer.open()
    loaded.lookup("Rutba")
    print(f"gazetteer load + first lookup: {(time.perf_counter() - started) * 1000:.0f} ms, "
          f"+{rss_mb() - before:.0f} MB resident")

    texts = load_texts(args.corpus, args.limit)
    characters = sum(len(t) for t in texts)
    nlp.load()
    started = time.perf_counter()
    docs = [nlp.parse(t) for t in texts]
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    toponyms = sum(len(geo.geoparse(t, doc=d)) for t, d in zip(texts, docs))
    geo_seconds = time.perf_counter() - started
    print(f"documents: {len(texts)} ({characters / len(texts):.0f} characters on average), toponyms: {toponyms}")
    print(f"spaCy parse: {len(texts) / parse_seconds:.1f} documents/s per core")
    print(f"geoparse beyond the parse: {geo_seconds / len(texts) * 1000:.1f} ms/document, "
          f"{len(texts) / geo_seconds:.1f} documents/s per core")
    print(f"geoparse including the parse: {len(texts) / (parse_seconds + geo_seconds):.1f} documents/s per core")
    print(f"resident memory after the run: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
