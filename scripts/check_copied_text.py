"""Report every run of six or more words that a repository file shares with an evaluation corpus.

Usage: python scripts/check_copied_text.py BENCHMARKS_DIR [--repo DIR] [--words N]

The repository may hold only text we wrote: a cue, comment, docstring or test sentence that
repeats six words in a row of a development document was copied from it (or fitted to it).
The script reads the documents of every corpus under BENCHMARKS_DIR (ACLED notes, CASE
snippets, MUC-4, WikiEvents, RAMS, LGL, GeoVirus), indexes their word 6-grams, and scans the
repository's .py, .tsv, .csv and .md files line by line. A run made only of capitalised words
and joining words (an organisation's official name such as "Islamic State of Iraq and the
Levant") is a name and a run of number words is a counting list, not copied prose; neither is
reported. Exit status 1 when any run is found,
0 otherwise; the corpora never enter the repository, so this runs outside the test suite.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
JOINING_WORDS = frozenset({"of", "the", "and", "for", "in", "al", "de", "del", "la", "wa", "wal"})
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
SCANNED_SUFFIXES = (".py", ".tsv", ".csv", ".md")
SKIPPED_DIRS = frozenset({".git", ".venv", "node_modules", "__pycache__", ".eval", "sitrep.egg-info"})


def corpus_texts(benchmarks: Path) -> Iterator[tuple[str, str]]:
    """(document id, text) for every document of every corpus found under `benchmarks`."""
    csv.field_size_limit(sys.maxsize)
    for path in sorted(benchmarks.glob("acled/*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                yield f"{path.name}:{row.get('event_id_cnty', '')}", row.get("notes", "")
    for path in sorted(benchmarks.glob("case2021_task2/*.tsv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                yield f"{path.name}:{row.get('id', '')}", row.get("EventSnippet", "")
    for path in sorted(benchmarks.glob("**/*.json*")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield f"{path.name}:{number}", _json_text(json.loads(line))


def _json_text(record: dict) -> str:
    """The prose of one JSON-lines record, whichever corpus layout it follows."""
    if isinstance(record.get("text"), str):
        return record["text"]
    if isinstance(record.get("tokens"), list):
        return " ".join(map(str, record["tokens"]))
    if isinstance(record.get("sentences"), list):
        return " ".join(" ".join(map(str, sentence)) for sentence in record["sentences"])
    return ""


def words(text: str) -> list[str]:
    """The words of `text` in their original case."""
    return WORD.findall(text)


def corpus_ngrams(benchmarks: Path, size: int) -> dict[tuple[str, ...], str]:
    """Every lower-cased word n-gram of the corpora, mapped to one document that holds it."""
    index: dict[tuple[str, ...], str] = {}
    for doc_id, text in corpus_texts(benchmarks):
        tokens = [word.lower() for word in words(text)]
        for start in range(len(tokens) - size + 1):
            index.setdefault(tuple(tokens[start:start + size]), doc_id)
    return index


def is_name(tokens: list[str]) -> bool:
    """True for a run of capitalised words and joining words (an official name) or a run of
    number words (a counting list): neither is prose."""
    if all(token.lower() in NUMBER_WORDS for token in tokens):
        return True
    return all(token[0].isupper() or token.isdigit() or token.lower() in JOINING_WORDS for token in tokens)


def repository_files(repo: Path) -> Iterator[Path]:
    """The repository's text files that could hold copied prose."""
    for path in sorted(repo.rglob("*")):
        if path.suffix in SCANNED_SUFFIXES and path.is_file() and not SKIPPED_DIRS.intersection(path.parts):
            yield path


def find_copies(repo: Path, index: dict[tuple[str, ...], str], size: int) -> Iterator[str]:
    """One report line per repository line sharing a `size`-word run with a corpus document."""
    for path in repository_files(repo):
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            tokens = words(line)
            for start in range(len(tokens) - size + 1):
                run = tokens[start:start + size]
                doc_id = index.get(tuple(token.lower() for token in run))
                if doc_id and not is_name(run):
                    yield f"{path.relative_to(repo)}:{number}: \"{' '.join(run)}\" also in {doc_id}"
                    break


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, scan, print the hits; 1 when any hit was found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmarks", type=Path, help="folder holding the evaluation corpora")
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--words", type=int, default=6, help="run length that counts as copied (default 6)")
    args = parser.parse_args(argv)
    if not args.benchmarks.is_dir():
        parser.error(f"{args.benchmarks} is not a folder")
    index = corpus_ngrams(args.benchmarks, args.words)
    hits = list(find_copies(args.repo, index, args.words))
    for hit in hits:
        print(hit)
    print(f"{len(hits)} line(s) share a {args.words}-word run with the corpora ({len(index)} runs indexed)",
          file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
