"""Answers that read every match of a filter (facets, map clusters), kept per store version and request.

A key holds the store's change counter (`Store.changes`), so a write (ingest, a submitted article, another
process) makes every older answer unreachable at once; the least recently used answers make room.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from sitrep.store import Store

CACHED_ANSWERS = 512
"""Answers kept: facets of a filter are a few kilobytes, clusters of a view some tens."""


class StoreCache:
    """Least-recently-used answers keyed by (store version, request); computed outside the lock."""

    def __init__(self, store: Store, size: int = CACHED_ANSWERS) -> None:
        self.store = store
        self.size = size
        self.answers: OrderedDict[tuple[int, Hashable], Any] = OrderedDict()
        self.lock = threading.Lock()
        self.computed = 0
        """How many answers were computed rather than found (for tests and the benchmark)."""

    def get(self, request: Hashable, compute: Callable[[], Any]) -> Any:
        """The answer to `request` for the store as it is now: kept, or computed and kept."""
        key = (self.store.changes(), request)
        with self.lock:
            if key in self.answers:
                self.answers.move_to_end(key)
                return self.answers[key]
        answer = compute()
        with self.lock:
            self.computed += 1
            self.answers[key] = answer
            while len(self.answers) > self.size:
                self.answers.popitem(last=False)
        return answer
