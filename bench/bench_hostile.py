"""Hostile-input benchmark: 10,000 generated hostile inputs in one `sitrep ingest` batch beside normal reports.

Prints the crashes (an exit status other than 0 or 3, "some inputs failed", or a traceback), the normal reports lost (not stored), how many
documents were stored and failed, the wall time and the peak memory (max RSS) of the ingest process.
Target (issue 14): 0 crashes, 0 lost normal reports, peak memory under 1 GB.

The hostile inputs are our own inventions: rich markup, ESC sequences, lone surrogates and NUL
characters in ids, URLs, sources and text; absurd figures and dates; broken JSON, deep nesting,
binaries, UTF-16/32 without BOM, empty files, script-only and deeply nested HTML, a WARC with a huge
header line, a truncated gzip, long one-sentence texts. Most are JSONL rows (cheap to generate);
a few hundred are files of their own.

Run: .venv/bin/python bench/bench_hostile.py [--hostile 10000] [--seed 14] [--db URL] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NORMAL_DIRS = [ROOT / "examples" / "articles", ROOT / "tests" / "fixtures" / "store" / "articles"]
SITREP = [str(Path(sys.executable).parent / "sitrep")]
EXIT_SOME_FAILED = 3
"""`sitrep ingest`'s exit status when the batch finished but some inputs failed (README, Exit status)."""

NASTY_STRINGS = ["[/x]", "[bold]loud[/bold]", ":100: :fire:", "\x1b[2J\x1b[31mred", "\u202eevil", "\ud800",
                 "a\x00b", "=HYPERLINK(\"http://x.example\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3",
                 "\r\nsplit", "%_\\", "'; DROP TABLE documents; --", "\ufeff", "\u0085line", "x" * 5000]
NASTY_TEXTS = [
    "Gunmen killed 99999999999999999999 villagers in Kano on Monday, police said.",
    "One hundred trillion people were killed in the attack on Gao, officials said.",
    "A billion soldiers were wounded near Mosul on Friday.",
    "killed . " * 400,
    ". " * 3000,
    "[bold]Militants[/bold] attacked :100: a base in \x1b[31mBorno\x1b[0m on Tuesday, killing 12 soldiers.",
    "Soldiers clashed with rebels\r\nnear Goma\ron Sunday; =1+1 fighters died.",
    "\ud800\udfff Troops shelled \x00 a village in Idlib, killing three civilians.",
    "The attack happened on 31 February 0001 and on 9999-12-31 near Aleppo; five killed.",
    "2 " * 2000,
    "\u0000" * 50 + "Protesters were dispersed with tear gas in Khartoum on Thursday.",
]


def hostile_rows(count: int, rng: random.Random) -> list[str]:
    """JSONL lines, each hostile in one or more ways (some not JSON at all)."""
    lines = []
    for number in range(count):
        kind = number % 12
        nasty = rng.choice(NASTY_STRINGS)
        text = rng.choice(NASTY_TEXTS)
        if kind == 0:
            lines.append("{not json " + nasty)
        elif kind == 1:
            lines.append("[" * 5000 + "]" * 5000)
        elif kind == 2:
            lines.append(json.dumps(rng.choice([[1, 2], "text", 3, None, True])))
        elif kind == 3:
            lines.append(json.dumps({"id": nasty, "text": rng.choice([None, 5, [], {"a": 1}])}))
        elif kind == 4:
            lines.append(json.dumps({"id": nasty, "text": text, "published": rng.choice(
                ["9999-12-31", "0001-01-01", "yesterday", "2024-02-30", 20240101])}))
        elif kind == 5:
            lines.append(json.dumps({"id": f"{nasty}-{number}", "url": nasty, "source": nasty, "title": nasty,
                                     "text": text + f" ({number})"}))
        elif kind == 6:
            lines.append(json.dumps({"id": f"r{number}", "html": "<html><body><script>x()</script></body></html>"}))
        elif kind == 7:
            lines.append(json.dumps({"id": f"r{number}", "html": "<div>" * 300 + text + "</div>" * 300}))
        elif kind == 8:
            lines.append(json.dumps({"id": f"r{number}", "text": "   \n\t  "}))
        elif kind == 9:
            lines.append(json.dumps({"id": f"r{number}", "text": text, "country": nasty}))
        elif kind == 10:
            lines.append(json.dumps({"id": f"s{number}\ud800", "text": f"\udfff {text} {number}"}))
        else:
            lines.append(json.dumps({"id": f"r{number}", "text": f"{text} #{number}", "source": nasty,
                                     "url": f"https://example.org/{nasty}"}))
    return lines


def hostile_files(folder: Path, count: int, rng: random.Random) -> int:
    """`count` files of hostile kinds: binaries, odd encodings, empty, broken WARC and gzip."""
    folder.mkdir(parents=True, exist_ok=True)
    text = "Soldiers clashed with militants near Gao on Tuesday, leaving two soldiers dead."
    makers = [
        lambda: ("bin.txt", bytes(rng.getrandbits(8) for _ in range(2000))),
        lambda: ("u16.txt", text.encode("utf-16-le")),
        lambda: ("u32.txt", text.encode("utf-32-be")),
        lambda: ("empty.txt", b""),
        lambda: ("blank.html", b"   \n"),
        lambda: ("nul.txt", b"\x00" * 100),
        lambda: ("junk.warc", b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"a" * 200_000 + b"\r\n\r\n"),
        lambda: ("cut.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:20]),
        lambda: ("cut.jsonl", b'{"id": "x", "text": "unterminated'),
        lambda: ("deep.html", b"<html><body>" + b"<div>" * 20000 + text.encode() + b"</div>" * 20000 + b"</body></html>"),
        lambda: ("ctl.txt", ("\x1b[31m" * 200 + text).encode()),
        lambda: ("feed.xml", b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>"
                 b"<rss><channel><item><description>&b;&b;</description></item></channel></rss>"),
    ]
    for number in range(count):
        name, data = makers[number % len(makers)]()
        (folder / f"{number:05d}-{name}").write_bytes(data)
    return count


def normal_reports(folder: Path) -> dict[str, str]:
    """Copy the normal reports; returns content hash -> file name, to check each one was stored."""
    from sitrep.ingest import content_hash

    folder.mkdir(parents=True, exist_ok=True)
    found = {}
    for source in NORMAL_DIRS:
        for path in sorted(source.glob("*.txt")):
            target = folder / f"{source.parent.name}-{path.name}"
            shutil.copy(path, target)
            text = path.read_text(encoding="utf-8")
            found[content_hash(unicodedata.normalize("NFC", text))] = target.name
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hostile", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=300, help="how many of the hostile inputs are files of their own")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--db", help="store URL (default: a SQLite file in the work folder)")
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(args.keep or tempfile.mkdtemp(prefix="sitrep-hostile-"))
    inputs = work / "inputs"
    files = hostile_files(inputs / "files", args.files, rng)
    rows = hostile_rows(args.hostile - files, rng)
    normals = normal_reports(inputs / "normal")
    for part in range(4):
        (inputs / f"hostile-{part}.jsonl").write_text("\n".join(rows[part::4]) + "\n", encoding="utf-8", errors="surrogatepass")
    db = args.db or f"sqlite:///{work / 'hostile.db'}"
    started = time.monotonic()
    result = subprocess.run([*SITREP, "ingest", "--no-progress", "--db", db, str(inputs)],
                            capture_output=True, text=True, errors="replace", cwd=ROOT)
    wall = time.monotonic() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    crashes = int(result.returncode not in (0, EXIT_SOME_FAILED)) + result.stderr.count("Traceback")
    from sitrep.store import Store

    with Store(db) as store:
        lost = [name for digest, name in normals.items() if not store.has_document(digest)]
        stats = store.stats()
    summary = next((line for line in reversed(result.stderr.splitlines()) if "document(s) stored" in line), "")
    print(f"hostile inputs: {args.hostile} ({files} files, {len(rows)} JSONL rows); normal reports: {len(normals)}")
    print(f"exit code: {result.returncode}; crashes: {crashes}")
    print(f"normal reports lost: {len(lost)} {lost if lost else ''}")
    print(f"ingest summary: {summary}")
    print(f"store: {stats['documents']} documents, {stats['events']} events, {stats['incidents']} incidents, "
          f"{len(stats['dead_letters'])} dead letters")
    print(f"wall time: {wall:.0f} s; peak memory (max RSS of the ingest process): {peak_mib:.0f} MiB")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if crashes or lost or peak_mib >= 1024 else 0)


if __name__ == "__main__":
    main()
