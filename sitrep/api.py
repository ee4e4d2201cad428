"""The public Python API: read documents, code their events, geoparse text. The CLI wraps these."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator

from sitrep.errors import SitrepError
from sitrep.schema import Document, Event, ReadError, Toponym

log = logging.getLogger("sitrep")

__all__ = ["extract_text", "extract_documents", "read_documents", "geoparse_text"]


def read_documents(
    paths: Iterable[str],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Iterator[Document | ReadError]:
    """Documents from files, folders, JSONL, WARC or '-' (stdin); unreadable ones as ReadError."""
    from sitrep.sources import read_paths

    return read_paths(paths, published=published, source=source, url=url)


def extract_text(
    text: str,
    *,
    document_id: str = "text",
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> list[Event]:
    """Code the events of one article given as a string."""
    from sitrep.extract import extract_document
    from sitrep.sources import read_text

    document = read_text(
        text, document_id=document_id, published=published, source=source, url=url, title=title
    )
    return extract_document(document)


def extract_documents(
    documents: Iterable[Document | ReadError],
) -> Iterator[tuple[Document | ReadError, list[Event] | SitrepError]]:
    """Code each document; a failure is yielded as an error for that document, never raised."""
    from sitrep.extract import extract_document

    for document in documents:
        if isinstance(document, ReadError):
            yield document, SitrepError(document.message)
            continue
        try:
            yield document, extract_document(document)
        except SitrepError as exc:
            yield document, exc
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            log.exception("extraction failed for %s", document.id)
            yield document, SitrepError(f"extraction failed: {type(exc).__name__}: {exc}",
                                        hint="please report this document as a bug")


def geoparse_text(text: str) -> list[Toponym]:
    """Every place mention in `text`, resolved against the gazetteer."""
    from sitrep.geo import geoparse

    return geoparse(text)
