"""Stream an exporter that writes to a file (sitrep.export.write_events) as HTTP chunks, with back-pressure."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

CHUNK_BYTES = 64 * 1024
QUEUE_CHUNKS = 16


class ClientGone(Exception):
    """The reader stopped (the HTTP client went away): the writer thread gives up."""


class ChunkPipe:
    """A write-only binary file whose bytes a reader takes in chunks; `write` blocks while the reader lags."""

    def __init__(self) -> None:
        self.chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=QUEUE_CHUNKS)
        self.cancelled = threading.Event()
        self.closed = False
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self._position = 0

    def write(self, data: Any) -> int:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        self._pending.append(raw)
        self._pending_bytes += len(raw)
        self._position += len(raw)
        if self._pending_bytes >= CHUNK_BYTES:
            self.flush()
        return len(data)

    def tell(self) -> int:
        return self._position

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        if self._pending:
            self._put(b"".join(self._pending))
            self._pending, self._pending_bytes = [], 0

    def _put(self, item: bytes | BaseException | None) -> None:
        while not self.cancelled.is_set():
            try:
                self.chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue
        raise ClientGone()


def stream_writer(write: Callable[[ChunkPipe], Any]) -> Iterator[bytes]:
    """Run `write(pipe)` in a thread and yield what it writes, chunk by chunk; an error in it is re-raised here."""
    pipe = ChunkPipe()

    def run() -> None:
        try:
            write(pipe)
            pipe.flush()
            pipe._put(None)
        except ClientGone:
            return
        except BaseException as exc:  # noqa: BLE001 - handed to the reader, which re-raises it
            try:
                pipe._put(exc)
            except ClientGone:
                return

    thread = threading.Thread(target=run, name="sitrep-export", daemon=True)
    thread.start()
    try:
        while True:
            item = pipe.chunks.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        pipe.cancelled.set()
