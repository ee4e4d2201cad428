"""What the Spark job reads: input files listed on the driver, read into documents inside tasks.

One task reads one file with sitrep's own readers (`sitrep.api.read_documents`), so each document
gets the id, text and metadata it gets under `sitrep extract`. Parquet inputs are read by Spark
itself (split by row group, local paths or any filesystem URI Spark knows, e.g. s3a:// or hdfs://)
and each row becomes a document through `sitrep.sources.read_text`: the row's own id, title,
published, source, url and country win, the job's options are the defaults, as in a JSONL row.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sitrep.errors import InputError
from sitrep.schema import Document, ReadError

PARQUET_SUFFIX = ".parquet"
ROW_FIELDS = ("id", "title", "published", "source", "url", "country")
"""Optional columns of a Parquet input besides its text column."""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """The options of `sitrep extract` that shape documents, plus the Parquet text column's name."""

    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    country: str | None = None
    text_column: str = "text"


@dataclass(frozen=True, slots=True)
class Inputs:
    """The job's reading units: files for sitrep's readers (one task each) and Parquet sources for Spark."""

    files: list[str]
    parquet: list[str]


def is_uri(path: str) -> bool:
    """Whether a path names a filesystem URI (s3a://, hdfs://, file://) that only Spark can list."""
    return "://" in path


def list_inputs(paths: Iterable[str]) -> Inputs:
    """Expand folders as `sitrep extract` does (sorted, recursive, known suffixes), Parquet files apart."""
    from sitrep.sources import INPUT_SUFFIXES, STDIN, folder_files

    files: list[str] = []
    parquet: list[str] = []
    for path in map(str, paths):
        if path == STDIN:
            raise InputError("a Spark job cannot read standard input", hint="give files or folders")
        if is_uri(path) or path.lower().endswith(PARQUET_SUFFIX):
            parquet.append(path)
        elif os.path.isdir(path):
            files.extend(folder_files(path, suffixes=INPUT_SUFFIXES))
            parquet.extend(folder_files(path, suffixes=(PARQUET_SUFFIX,)))
        else:
            files.append(path)
    return Inputs(files, parquet)


def read_file(path: str, options: ReadOptions) -> Iterator[Document | ReadError]:
    """Every document of one input file, read exactly as `sitrep extract` reads it (tasks fetch nothing)."""
    from sitrep.api import read_documents
    from sitrep.ingest import with_content_id

    return (with_content_id(d, keep_named=True) for d in read_documents(
        [path], published=options.published, source=options.source, url=options.url, country=options.country,
        fetch=False))


def read_rows(rows: Iterable[Any], options: ReadOptions) -> Iterator[Document | ReadError]:
    """Documents from Parquet rows (Spark Rows or dicts); a bad row becomes a ReadError, never an exception."""
    for row in rows:
        yield row_document(row.asDict() if hasattr(row, "asDict") else dict(row), options)


def row_document(row: dict[str, Any], options: ReadOptions) -> Document | ReadError:
    """One Parquet row as a document; without an `id` column its id is the hash of its text."""
    from sitrep.ingest import content_hash
    from sitrep.sources import read_text

    text = row.get(options.text_column)
    document_id = str(row["id"]) if row.get("id") not in (None, "") else None
    if not isinstance(text, str):
        return ReadError(document_id or "parquet row", f"row has no `{options.text_column}` string",
                         path=row.get("_path"))
    document_id = document_id or content_hash(text)
    try:
        return read_text(
            text,
            document_id=document_id,
            published=_row_date(row.get("published")) or options.published,
            source=_text(row, "source") or options.source,
            url=_text(row, "url") or options.url,
            title=_text(row, "title"),
            country=_text(row, "country") or options.country,
        )
    except InputError as exc:
        return ReadError(document_id, str(exc), path=row.get("_path"))


def _text(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"column `{key}` must be a string, not {type(value).__name__}")
    return value


def _row_date(value: Any) -> dt.date | None:
    """A `published` cell: a date, a timestamp, or text starting YYYY-MM-DD."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"`published` {value!r} is not a date", hint="use YYYY-MM-DD") from exc
