"""Code documents inside a Spark task with sitrep's own extractor, loaded once per Python worker process.

`code_partition` runs `sitrep.api.extract_documents` over a partition. The spaCy pipeline and the
gazetteer sit in module-level caches (`sitrep.nlp.load`, the gazetteer's `functools.cache`), and
Spark reuses its Python workers between tasks (`spark.python.worker.reuse`, on by default), so a
worker process loads them for its first partition only. Each partition reports whether it found
the model cold, so the job can show how many loads there were and in how many processes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sitrep.backends import DEFAULT as DEFAULT_BACKEND
from sitrep.schema import Document, Event, ReadError

EVENT, DEAD_LETTER, PARTITION = "event", "dead_letter", "partition"
"""Kinds of record a coding task yields: an event, a document that failed, the task's own report."""

DEAD_LETTER_COLUMNS = ("document_id", "path", "stage", "reason")
"""Columns of the dead-letter Parquet: which document, from which file, at which stage, and why."""


@dataclass(frozen=True, slots=True)
class PartitionReport:
    """What one coding task did, and in which process: whether it had to load the model itself."""

    pid: int
    loaded_model: bool
    documents: int
    events: int
    failed: int
    cpu_seconds: float
    """CPU time of this task's process while it read and coded the partition (the cost per document)."""
    started: float = 0.0
    finished: float = 0.0
    """Wall-clock times (epoch seconds) of the task's start and end: show idle cores and stragglers."""


def code_partition(items: Iterable[Document | ReadError], include_background: bool = True,
                   backend: str = DEFAULT_BACKEND) -> Iterator[tuple[str, Any]]:
    """(EVENT, Event) for every event, (DEAD_LETTER, row) for every failure, then one (PARTITION, report);
    the extractor `backend` codes the documents."""
    from sitrep import nlp
    from sitrep.api import extract_documents

    cold = nlp.load.cache_info().currsize == 0
    started, wall_started = time.process_time(), time.time()
    documents = events = failed = 0
    for document, result in extract_documents(items, backend=backend):
        documents += 1
        if isinstance(result, Exception):
            failed += 1
            yield DEAD_LETTER, dead_letter_row(document, str(result))
            continue
        for event in result:
            if include_background or not event.is_background:
                events += 1
                yield EVENT, event
    loaded = cold and nlp.load.cache_info().currsize > 0
    yield PARTITION, PartitionReport(os.getpid(), loaded, documents, events, failed, time.process_time() - started,
                                      wall_started, time.time())


def dead_letter_row(document: Document | ReadError, reason: str) -> dict[str, str | None]:
    """A failed document's dead-letter row: 'read' when it could not be read, 'code' when coding failed."""
    if isinstance(document, ReadError):
        return {"document_id": document.document_id, "path": document.path, "stage": "read", "reason": reason}
    return {"document_id": document.id, "path": document.path or document.url, "stage": "code", "reason": reason}


def partition_keys(event: Event) -> dict[str, str]:
    """The output folders an event is written under: its country and its month ('unknown', 'undated' when null)."""
    return {"by_country": event.country or "unknown", "by_month": (event.event_date or "")[:7] or "undated"}
