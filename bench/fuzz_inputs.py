"""Longer fuzzing: the properties of tests/test_hardening_fuzz.py with many random examples.

CI runs each property on a few derandomized examples; this runs them with --examples random ones
each (a fresh random seed unless --seed is given, printed so a failure can be replayed).

Run: .venv/bin/python bench/fuzz_inputs.py [--examples 2000] [--seed N] [-k PATTERN]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per property")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    parser.add_argument("-k", default=None, help="only the properties matching this pytest -k pattern")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"fuzzing with {args.examples} examples per property, seed {seed}", flush=True)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--hypothesis-seed={seed}",
               str(ROOT / "tests" / "test_hardening_fuzz.py")]
    if args.k:
        command += ["-k", args.k]
    environment = {**os.environ, "SITREP_FUZZ_EXAMPLES": str(args.examples)}
    sys.exit(subprocess.run(command, cwd=ROOT, env=environment).returncode)


if __name__ == "__main__":
    main()
