"""Tune and check halves: every development corpus is split by a hash of each document's id.

Rules, cue lists and thresholds are developed by reading tune documents only; the check part
(a third of each corpus) is read only as figures, and a change is progress when the check figure
rises. The split depends on nothing but the id, so it is the same on every machine and run, and a
document never moves between halves when a corpus grows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

HALVES = ("tune", "check")
CHECK_SHARE = 3
"""One document in this many (by hash) is in the check half."""

Item = TypeVar("Item")


def half(document_id: Any) -> str:
    """'check' for about a third of ids (the sha256 of the id is divisible by 3), else 'tune'."""
    digest = hashlib.sha256(str(document_id).encode("utf-8")).hexdigest()
    return "check" if int(digest, 16) % CHECK_SHARE == 0 else "tune"


def score_by_half(
    items: Sequence[Item], document_id: Callable[[Item], Any], score: Callable[[list[Item]], dict[str, float]]
) -> tuple[dict[str, float], dict[str, dict[str, float]], dict[str, int]]:
    """Figures over all items, over each half, and the number of items in each half.

    `score` turns a list of per-document outcomes into figures, so every metric of a corpus is
    computed the same way on the whole corpus and on each half.
    """
    parts: dict[str, list[Item]] = {name: [] for name in HALVES}
    for item in items:
        parts[half(document_id(item))].append(item)
    return score(list(items)), {name: score(part) for name, part in parts.items()}, {
        name: len(part) for name, part in parts.items()}
