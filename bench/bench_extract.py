"""Throughput of `sitrep extract` on one core, peak memory, and spaCy's own NER speed on the same text.

Usage: python bench/bench_extract.py [corpus.jsonl] [--limit N]
The corpus defaults to bench/corpus.jsonl, made by bench/make_corpus.py when missing. sitrep and
bare NER run in turn on chunks of the corpus, so a load that changes affects both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHUNK = 32
"""Documents coded, then run through bare spaCy NER, in turn: on a machine shared with other jobs
both see the same load. CPU time (this process's own) is steadier than the wall clock there."""


def load_corpus(path: Path, limit: int | None) -> list[dict]:
    """The benchmark documents, generating the default corpus on first use."""
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(path)], check=True)
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[:limit] if limit else rows


def load_bare_ner(package: str):
    """The spaCy model as a user running only its NER loads it (issue #17): parser, tagger,
    lemmatizer and attribute ruler excluded, the sentence splitter off, so `tok2vec` and `ner` run.
    Loaded apart from sitrep's pipeline, which no longer has the model's `tok2vec`."""
    import spacy

    return spacy.load(package, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=str(HERE / "corpus.jsonl"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    import datetime as dt

    from sitrep import nlp
    from sitrep.api import extract_documents
    from sitrep.extract import extract_document
    from sitrep.geo import geoparse
    from sitrep.sources import read_text

    rows = load_corpus(Path(args.corpus), args.limit)
    words = sum(len(r["text"].split()) for r in rows)
    documents = [
        read_text(r["text"], document_id=r["id"], source=r.get("source"),
                  published=dt.date.fromisoformat(r["published"]) if r.get("published") else None)
        for r in rows
    ]
    warm = time.perf_counter()
    extract_document(documents[0])
    geoparse("Warm-up in Baghdad.")
    warmup = time.perf_counter() - warm

    bare_ner = load_bare_ner(nlp.MODEL_PACKAGE)
    elapsed = ner_elapsed = cpu = ner_cpu = 0.0
    events = 0
    for at in range(0, len(documents), CHUNK):
        chunk = documents[at:at + CHUNK]
        start, start_cpu = time.perf_counter(), time.process_time()
        events += sum(len(result) for _, result in extract_documents(chunk))
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        start, start_cpu = time.perf_counter(), time.process_time()
        for doc in bare_ner.pipe((d.text for d in chunk), batch_size=32):
            len(doc.ents)
        ner_elapsed += time.perf_counter() - start
        ner_cpu += time.process_time() - start_cpu

    print(f"corpus: {len(documents)} documents, {words} words ({words / len(documents):.0f} per document)")
    print(f"first document (loads model and gazetteer): {warmup:.2f} s")
    print(f"sitrep extract (batched, as the CLI runs): {len(documents) / elapsed:.1f} documents/s on one core "
          f"({len(documents) / cpu:.1f} per CPU second), {events} events")
    print(f"spaCy NER only (tok2vec+ner, nlp.pipe): {len(documents) / ner_elapsed:.1f} documents/s "
          f"({len(documents) / ner_cpu:.1f} per CPU second)")
    print(f"sitrep / spaCy NER: {ner_elapsed / elapsed:.2f} (wall clock), {ner_cpu / cpu:.2f} (CPU time)")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
