"""Answers kept per store version: those that read every match of a filter (facets, map clusters), and whole
responses to repeated requests (`ResponseCache`).

A key holds the store's change counter (`Store.changes`), so a write (ingest, a submitted article, another
process) makes every older answer unreachable at once; the least recently used answers make room.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any

import anyio.to_thread

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


CACHED_RESPONSE_BYTES = 64 * 1024 * 1024
"""Response bodies kept per server process: about a thousand pages of 100 incidents."""


class KeptResponses:
    """Whole responses (headers, body) by (store version, path, query string); the least recently sent make room
    when the bodies pass `budget` bytes."""

    def __init__(self, budget: int = CACHED_RESPONSE_BYTES) -> None:
        self.budget = budget
        self.kept_bytes = 0
        self.answers: OrderedDict[tuple[int, str, bytes], tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self.lock = threading.Lock()
        self.sent = 0
        """How many answers were sent from memory (for tests and the benchmark)."""

    def find(self, key: tuple[int, str, bytes]) -> tuple[list[tuple[bytes, bytes]], bytes] | None:
        with self.lock:
            found = self.answers.get(key)
            if found is not None:
                self.answers.move_to_end(key)
                self.sent += 1
            return found

    def keep(self, key: tuple[int, str, bytes], headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        if len(body) > self.budget:
            return
        with self.lock:
            if key in self.answers:
                return
            self.answers[key] = (headers, body)
            self.kept_bytes += len(body)
            while self.kept_bytes > self.budget:
                _, (_, dropped) = self.answers.popitem(last=False)
                self.kept_bytes -= len(dropped)


class ResponseCache:
    """ASGI middleware that sends a GET of one of `paths` again from `kept` while the store is unchanged.

    The key is (store version, path, query string as sent): an answer is a function of the request and the
    stored data alone, so a repeated request (the page's first table page, the next page by the same cursor)
    skips parameter validation, filter resolution, SQL and JSON, and costs a lookup. Only whole 200 answers
    are kept."""

    def __init__(self, app: Any, store: Store, paths: Iterable[str], kept: KeptResponses) -> None:
        self.app = app
        self.store = store
        self.paths = frozenset(paths)
        self.kept = kept

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        if self.store.dialect == "sqlite":  # a read of one row in a local file: cheaper than a thread hop
            version = self.store.changes()
        else:
            version = await anyio.to_thread.run_sync(self.store.changes)
        key = (version, scope["path"], scope["query_string"])
        found = self.kept.find(key)
        if found is not None:
            headers, body = found
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(status=message["status"], headers=list(message.get("headers", [])))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                start["whole"] = not message.get("more_body", False)
            await send(message)

        await self.app(scope, receive, keep)
        if start.get("status") == 200 and start.get("whole"):
            self.kept.keep(key, start["headers"], b"".join(chunks))
