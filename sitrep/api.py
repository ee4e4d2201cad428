"""The public Python API: read documents, code their events, geoparse text. The CLI wraps these."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
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
) -> list[Event]:
    """Code the events of one article given as a string.

    `published` is its publication date, a date or 'YYYY-MM-DD' (InputError for anything else);
    relative dates ("on Monday") resolve against it. `country` is the country it covers, if known.
    """
    from sitrep.extract import extract_document
    from sitrep.sources import read_text

    document = read_text(
        text, document_id=document_id, published=published, source=source, url=url, title=title, country=country
    )
    return extract_document(document)


def extract_documents(
    documents: Iterable[Document | ReadError], *, jobs: int = 1
) -> Iterator[tuple[Document | ReadError, list[Event] | SitrepError]]:
    """Code each document: yields one `(document, result)` pair per input, in input order, where
    `result` is the list of its events or, when it could not be read or coded, the `SitrepError`
    saying why (a ReadError input gives its error). Nothing is raised for one bad document.

    Documents are parsed in small batches (spaCy is markedly faster that way); results still
    come one document at a time, in input order. With `jobs` above 1 the batches are coded by
    that many worker processes (each loads the models once); the results are the same and in
    the same order as with one.
    """
    from sitrep import nlp

    batches = _batches(documents, nlp.BATCH_SIZE)
    if jobs <= 1:
        for batch in batches:
            yield from _code_batch(batch)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for coded in pool.imap(_code_batch, batches):
            yield from coded


def _code_batch(batch: list[Document | ReadError]) -> list[tuple[Document | ReadError, list[Event] | SitrepError]]:
    """One batch parsed together, then each document coded on its own."""
    from sitrep.extract import extract_document

    readable = [d for d in batch if isinstance(d, Document) and d.language in (None, "en")]
    parses = dict(zip((id(d) for d in readable), _parse_all(readable)))
    return [(document, _extract_one(document, parses.get(id(document)), extract_document)) for document in batch]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse_all(documents: list[Document]) -> list:
    """Batch-parse the documents: all split into sentences, then tags and entities for those whose
    sentences may report an event (the others code no events); on any parser failure fall back to
    parsing each on its own."""
    from sitrep import nlp
    from sitrep.extract import analysed_text, may_report_events

    try:
        parses = list(nlp.segment_many(analysed_text(d) for d in documents))
        list(nlp.annotate_many(p for d, p in zip(documents, parses) if may_report_events(d, p)))
    except Exception:  # noqa: BLE001 - the per-document path reports the failing one
        return [None] * len(documents)
    return parses


def _extract_one(document, parsed, extract_document) -> list[Event] | SitrepError:
    from sitrep.nlp import time_budget

    if isinstance(document, ReadError):
        return SitrepError(document.message)
    try:
        with time_budget(CODING_BUDGET_S, "coding this document"):
            return extract_document(document, parsed)
    except SitrepError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        log.exception("extraction failed for %s", document.id)
        return SitrepError(f"extraction failed: {type(exc).__name__}: {exc}", hint="please report this document as a bug")


def geoparse_text(text: str) -> list[Toponym]:
    """Every place mention in `text`, resolved against the gazetteer."""
    from sitrep.geo import geoparse

    return geoparse(text)
