"""`sitrep extract`: code events from articles and write them (JSONL, CSV, GeoJSON or Parquet)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sitrep.commands.common import (BACKGROUND_OPTION, EXIT_CODES_HELP, JOBS_OPTION, MODEL_OPTION, PROGRESS_OPTION,
                                    BatchProgress, Output,
                                    backend_option, document_count, document_options, fetch_options, output_options,
                                    warn_undated)

if TYPE_CHECKING:
    from sitrep.ingest import FetchOptions


@click.command("extract", epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True)
@document_options
@output_options
@BACKGROUND_OPTION
@JOBS_OPTION
@backend_option()
@fetch_options
@MODEL_OPTION
@PROGRESS_OPTION
def extract_command(
    paths: tuple[str, ...],
    published: dt.date | None,
    source: str | None,
    url: str | None,
    country: str | None,
    output: Output,
    include_background: bool,
    jobs: int,
    backend: str,
    fetch: FetchOptions,
    model: Path | None,
    progress: bool | None,
) -> None:
    """Code conflict events from articles and write one record per event (stdout, or -o FILE).

    PATHS may be .txt, .html/.htm, .jsonl, .warc/.warc.gz files, folders, RSS/Atom feed files
    (.rss, .atom, .xml), http(s) URLs of pages or feeds, or - for stdin (text, HTML or JSONL).
    Documents that cannot be read or coded are named on stderr with the reason; the batch goes on
    and ends with a summary. A document's id is the hash of its text (a JSONL row's own `id` is kept),
    so however its path is written its event ids are the ones `sitrep ingest` stores.

    Example: sitrep extract article.html --published 2020-04-05 --source SouthFront

    Example: sitrep extract archive.jsonl --jobs 4 -o events.parquet

    Example: sitrep extract article.txt --backend rules
    """
    from sitrep.api import extract_documents, read_documents
    from sitrep.ingest import document_key, with_content_id

    with BatchProgress("extract", ("coded",), document_count(paths), progress) as batch:
        events_written = 0
        undated: list[str] = []

        def events():
            nonlocal events_written
            documents = (with_content_id(d, keep_named=True)
                         for d in read_documents(paths, published=published, source=source, url=url,
                                                 country=country, fetch=fetch))
            for document, result in extract_documents(documents, jobs=jobs, backend=backend, model=model):
                if isinstance(result, Exception):
                    batch.done("failed", document_key(document), str(result))
                    continue
                batch.done("coded", document_key(document))
                written = [event for event in result if include_background or not event.is_background]
                if any(not event.event_date for event in written):
                    undated.append(document_key(document))
                events_written += len(written)
                yield from written

        output.write(events())
    warn_undated(undated)
    batch.finish(f"{batch.counts['coded']} document(s) coded into {events_written} event(s), {batch.failed} failed")
