"""The public Python API: read documents, code their events, geoparse text. The CLI wraps these."""

from __future__ import annotations

import datetime as dt
import collections
import functools
import itertools
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import SitrepError
from sitrep.schema import Document, Event, ReadError, Toponym

if TYPE_CHECKING:
    from sitrep.ingest import FetchOptions

log = logging.getLogger("sitrep")

__all__ = ["extract_text", "extract_documents", "read_documents", "geoparse_text"]

CODING_BUDGET_S = 60.0
"""Most seconds coding one parsed document may take (main thread): a pathological one then fails alone."""


def read_documents(
    paths: Iterable[str],
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    url: str | None = None,
    country: str | None = None,
    fetch: bool | FetchOptions = True,
) -> Iterator[Document | ReadError]:
    """Documents from files, folders, JSONL, WARC, RSS/Atom feeds, URLs or '-' (stdin); unreadable ones
    as ReadError. The same reader as `sitrep extract` and `sitrep ingest`.

    `published` (a date or 'YYYY-MM-DD') is the publication date of documents that carry none;
    `country` (a name or ISO code) is the country the sources cover, for text that names none.
    URLs and feed entries that are only teasers are fetched with `fetch` (True: the default
    `sitrep.ingest.FetchOptions`); with `fetch` False nothing is fetched and those inputs fail.
    """
    from sitrep.ingest import FetchOptions, read_inputs

    options = fetch if isinstance(fetch, FetchOptions) else FetchOptions() if fetch else None
    return read_inputs(paths, published=published, source=source, url=url, country=country, fetch=options)


def extract_text(
    text: str,
    *,
    document_id: str = "text",
    published: dt.date | str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    country: str | None = None,
    backend: str | None = None,
    model: str | Path | None = None,
) -> list[Event]:
    """Code the events of one article given as a string.

    `published` is its publication date, a date or 'YYYY-MM-DD' (InputError for anything else);
    relative dates ("on Monday") resolve against it. `country` is the country it covers, if known.
    `backend` names the extractor (`sitrep.backends.names()`; default `sitrep.backends.current()`, 'rules').
    `model` is a directory written by `sitrep train`: only events its gate takes for events are kept.
    """
    from sitrep import backends
    from sitrep.sources import read_text

    extractor = backends.get(backend)
    document = read_text(
        text, document_id=document_id, published=published, source=source, url=url, title=title, country=country
    )
    events = extractor.extract(document)
    return events if model is None else _screened(events, model)


def extract_documents(
    documents: Iterable[Document | ReadError], *, jobs: int = 1, backend: str | None = None,
    model: str | Path | None = None,
) -> Iterator[tuple[Document | ReadError, list[Event] | SitrepError]]:
    """Code each document: yields one `(document, result)` pair per input, in input order, where
    `result` is the list of its events or, when it could not be read or coded, the `SitrepError`
    saying why (a ReadError input gives its error). Nothing is raised for one bad document.

    Documents are parsed in small batches (spaCy is markedly faster that way); results still
    come one document at a time, in input order. With `jobs` above 1 the batches are coded by
    that many worker processes (forked after this process has loaded the spaCy pipeline, so they share
    it instead of each spending a CPU-second or more loading it; input of one batch is coded in this
    process, where starting workers would cost more than it saves; the input is read in the calling
    thread, a few batches ahead of the workers); the results are the same and in
    the same order as with one. `backend` names the extractor (`sitrep.backends.names()`; default
    `sitrep.backends.current()`, 'rules'); an unknown name raises InputError before anything is coded.
    With `model` (a directory written by `sitrep train`) only the events its gate takes for events
    are kept.
    """
    from sitrep import backends, nlp

    code_batch = functools.partial(_code_batch, backend=backends.validate(backend or backends.current()), model=model)
    batches = _batches(documents, nlp.BATCH_SIZE)
    first = next(batches, None)
    second = next(batches, None) if first is not None else None
    if jobs <= 1 or second is None:
        for batch in itertools.chain(filter(None, (first, second)), batches):
            yield from code_batch(batch)
        return
    import multiprocessing

    nlp.load()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        pending: collections.deque = collections.deque()
        for batch in itertools.chain((first, second), batches):
            pending.append(pool.apply_async(code_batch, (batch,)))
            while len(pending) > 2 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _code_batch(batch: list[Document | ReadError],
                backend: str, model: str | Path | None = None) -> list[tuple[Document | ReadError, list[Event] | SitrepError]]:
    """One batch prepared together by the backend (parsed), then each document coded on its own (and
    screened by `model`'s gate)."""
    from sitrep import backends

    extractor = backends.get(backend)
    documents = [d for d in batch if isinstance(d, Document)]
    parses = dict(zip((id(d) for d in documents), _parse_all(extractor, documents)))
    coded = [(document, _extract_one(document, parses.get(id(document)), extractor)) for document in batch]
    if model is None:
        return coded
    return [(document, result if isinstance(result, SitrepError) else _screened(result, model))
            for document, result in coded]


def _screened(events: list[Event], model: str | Path) -> list[Event]:
    from sitrep.trained.screen import screen_events

    return screen_events(events, model)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse_all(extractor, documents: list[Document]) -> list:
    """The backend's batch preparation of the documents (`Extractor.parse_many`); on any failure fall
    back to each document on its own."""
    try:
        return extractor.parse_many(documents)
    except Exception:  # noqa: BLE001 - the per-document path reports the failing one
        return [None] * len(documents)


def _extract_one(document, parsed, extractor) -> list[Event] | SitrepError:
    from sitrep.nlp import time_budget

    if isinstance(document, ReadError):
        return SitrepError(document.message)
    try:
        with time_budget(CODING_BUDGET_S, "coding this document"):
            return extractor.extract(document, parsed)
    except SitrepError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        log.exception("extraction failed for %s", document.id)
        return SitrepError(f"extraction failed: {type(exc).__name__}: {exc}", hint="please report this document as a bug")


def geoparse_text(text: str) -> list[Toponym]:
    """Every place mention in `text`, resolved against the gazetteer."""
    from sitrep.geo import geoparse

    return geoparse(text)
