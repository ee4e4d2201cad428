"""Distil en_core_web_sm's Penn tags into a small tagger with its own tok2vec (issue #17; build time only).

Usage: nice python training/distill_tagger.py [--workdir DIR] [--muc4 ../shared/benchmarks/muc4]
           [--out sitrep/data/models/tagger] [--muc4-documents N] [--max-steps N]

sitrep reads Penn tags (`tag_`) only; en_core_web_sm computes them with a shared tok2vec that costs
about half as much as the entity recogniser and that nothing else reads. This trains a spaCy
`tagger` with a smaller tok2vec of its own (training/tagger.cfg) on the tags en_core_web_sm (the
teacher, run as sitrep ran it) gives to text we may learn from: text we wrote (training items,
fixtures, benchmark documents past the first 400; some short texts again lowered) and the MUC-4
*train* split (public domain, allowed by issue #11) as sitrep reads all-caps copy: lowered for
truecasing, and truecased.
Held out, never trained on: the seed articles and the everyday fixtures (our text), on which
`agreement` reports how often the student's tags equal the teacher's.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "training" / "tagger.cfg"
SEED = 17
BENCH_TRAIN_FROM = 400
"""Benchmark documents before this index are what bench_extract.py times; only later ones are trained on."""
LOWERED_SHARE = 4
"""One in this many of our short texts is also trained on lowered, as truecasing parses all-caps copy."""


def _json_texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _tsv_texts(path: Path) -> list[str]:
    return [line.split("\t")[-1] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def training_texts() -> list[str]:
    """Text we wrote that the student learns from (see the module docstring)."""
    from sitrep.truecase import lowered

    short = (_json_texts(ROOT / "training" / "events_train.jsonl") + _tsv_texts(ROOT / "training" / "written.tsv")
             + _tsv_texts(ROOT / "tests" / "fixtures" / "classify_sentences.tsv")
             + _json_texts(ROOT / "tests" / "fixtures" / "train" / "non_events.jsonl"))
    files = [path.read_text(encoding="utf-8") for folder in ("geo", "inputs") for path
             in sorted((ROOT / "tests" / "fixtures" / folder).glob("*.txt"))
             if path.stem not in ("arabic", "french", "latin1_french", "cp1252", "blank", "empty")]
    bench = ROOT / "bench" / "corpus.jsonl"
    if not bench.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(bench)], check=True)
    documents = _json_texts(bench)[BENCH_TRAIN_FROM:]
    return short + [lowered(text) for text in short[::LOWERED_SHARE]] + files + documents


def held_out_texts() -> list[str]:
    """Text we wrote that the student never sees: the seed articles and the everyday fixtures."""
    from sitrep.sources import read_paths

    texts = [item.text for item in read_paths([ROOT / "examples" / "articles"]) if hasattr(item, "text")]
    for name in ("reports.jsonl", "nonevents.jsonl"):
        texts += _json_texts(ROOT / "tests" / "fixtures" / "everyday" / name)
    return texts


def muc4_texts(directory: Path, limit: int) -> list[str]:
    """The first `limit` MUC-4 train documents as sitrep tags all-caps copy: lowered, then truecased."""
    from sitrep.truecase import lowered, truecase

    rows = [json.loads(line) for line in (directory / "train_full_keys.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip()][:limit]
    teacher = load_teacher()
    return [version for row in rows for version in (lowered(row["text"]), truecase(row["text"], teacher))]


@functools.cache
def load_teacher():
    """en_core_web_sm as sitrep ran it before the student: senter, shared tok2vec, tagger, ner."""
    import spacy

    from sitrep.nlp import MODEL_PACKAGE

    teacher = spacy.load(MODEL_PACKAGE, exclude=["lemmatizer", "parser", "attribute_ruler"])
    teacher.enable_pipe("senter")
    return teacher


def tagged(texts: list[str]):
    """Docs with the teacher's tags (tokens as the pipeline's tokenizer cuts them)."""
    teacher = load_teacher()
    with teacher.select_pipes(enable=["tok2vec", "tagger"]):
        return list(teacher.pipe(texts, batch_size=16))


def write_docbin(docs, path: Path) -> None:
    from spacy.tokens import DocBin

    DocBin(attrs=["ORTH", "TAG", "SPACY"], docs=docs).to_disk(path)


def save_tagger(trained: Path, out: Path) -> None:
    """The trained tagger alone in a blank English pipeline: no strings seen in training, a few MB."""
    import spacy

    tagger_only = spacy.blank("en")
    tagger_only.add_pipe("tagger", source=spacy.load(trained))
    shutil.rmtree(out, ignore_errors=True)
    tagger_only.to_disk(out)


def agreement(student_path: Path, texts: list[str]) -> dict:
    """Share of tokens whose student tag equals the teacher's on `texts`, and the commonest confusions."""
    import spacy

    student = spacy.load(student_path)
    total = same = 0
    wrong: Counter = Counter()
    for gold, guess in zip(tagged(texts), student.pipe(texts, batch_size=16)):
        for a, b in zip(gold, guess):
            total += 1
            same += a.tag_ == b.tag_
            if a.tag_ != b.tag_:
                wrong[(a.tag_, b.tag_)] += 1
    return {"tokens": total, "agreement": round(100 * same / total, 2),
            "confusions": [f"{a}->{b} {n}" for (a, b), n in wrong.most_common(12)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/sitrep_tagger"))
    parser.add_argument("--muc4", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "muc4")
    parser.add_argument("--muc4-documents", type=int, default=1300)
    parser.add_argument("--max-steps", type=int, default=6500,
                        help="where agreement on the held-back texts had levelled off (95.15%%)")
    parser.add_argument("--out", type=Path, default=ROOT / "sitrep" / "data" / "models" / "tagger")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    texts = training_texts() + muc4_texts(args.muc4, args.muc4_documents)
    random.Random(SEED).shuffle(texts)
    cut = len(texts) // 20
    write_docbin(tagged(texts[cut:]), args.workdir / "train.spacy")
    write_docbin(tagged(texts[:cut]), args.workdir / "dev.spacy")
    print(f"{len(texts) - cut} training texts, {cut} for choosing the best epoch", flush=True)
    subprocess.run([sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(args.workdir / "run"),
                    "--paths.train", str(args.workdir / "train.spacy"), "--paths.dev", str(args.workdir / "dev.spacy"),
                    "--training.max_steps", str(args.max_steps)], check=True)
    save_tagger(args.workdir / "run" / "model-best", args.out)
    print(json.dumps(agreement(args.out, held_out_texts()), indent=1))


if __name__ == "__main__":
    main()
