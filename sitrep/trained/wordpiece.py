"""BERT-style uncased WordPiece tokenisation in pure Python, so the static embeddings need no tokenizer library.

Reproduces the `tokenizers` pipeline of all-MiniLM-L6-v2 (BertNormalizer with lower-casing and
accent stripping, BertPreTokenizer, WordPiece with '##' continuations); the training script
checks it id for id against `tokenizers` on the whole training corpus.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

MAX_WORD_CHARS = 100
CONTINUATION = "##"


def _is_control(char: str) -> bool:
    if char in "\t\n\r":
        return False
    return unicodedata.category(char).startswith("C")


def _is_whitespace(char: str) -> bool:
    return char in " \t\n\r" or unicodedata.category(char) == "Zs"


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


def normalise(text: str) -> str:
    """Drop control characters, space out CJK, lower-case and strip accents (BertNormalizer)."""
    out = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD or _is_control(char):
            continue
        if _is_whitespace(char):
            out.append(" ")
        elif _is_cjk(code):
            out.append(f" {char} ")
        else:
            out.append(char)
    lowered = "".join(out).lower()
    return "".join(c for c in unicodedata.normalize("NFD", lowered) if unicodedata.category(c) != "Mn")


def pre_tokenise(text: str) -> list[str]:
    """Split on whitespace and make every punctuation character its own word (BertPreTokenizer)."""
    words: list[str] = []
    for chunk in text.split():
        current = []
        for char in chunk:
            if _is_punctuation(char):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(char)
            else:
                current.append(char)
        if current:
            words.append("".join(current))
    return words


def word_ids(word: str, vocab: Mapping[str, int], unk_id: int) -> list[int]:
    """Greedy longest-match WordPiece ids of one word; the unknown id when it cannot be split."""
    if len(word) > MAX_WORD_CHARS:
        return [unk_id]
    ids = []
    start = 0
    while start < len(word):
        end = len(word)
        found = None
        while start < end:
            piece = word[start:end] if start == 0 else CONTINUATION + word[start:end]
            found = vocab.get(piece)
            if found is not None:
                break
            end -= 1
        if found is None:
            return [unk_id]
        ids.append(found)
        start = end
    return ids


def token_ids(text: str, vocab: Mapping[str, int], unk_id: int) -> list[int]:
    """WordPiece ids of a text, without special tokens."""
    ids: list[int] = []
    for word in pre_tokenise(normalise(text)):
        ids.extend(word_ids(word, vocab, unk_id))
    return ids
