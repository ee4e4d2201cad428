"""`sitrep extract`: code events from articles and print them (JSONL, CSV or GeoJSON)."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

import click

from sitrep.commands.common import (EXIT_CODES_HELP, PROGRESS_OPTION, BatchProgress, document_count, document_options,
                                    fetch_options)

if TYPE_CHECKING:
    from sitrep.ingest import FetchOptions


@click.command("extract", epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True)
@document_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl", show_default=True)
@click.option("--include-background/--no-background", default=True, show_default=True,
              help="Also print events the article mentions as history or context (is_background).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes coding documents in parallel (output is the same, in the same order).")
@fetch_options
@PROGRESS_OPTION
def extract_command(
    paths: tuple[str, ...],
    published: dt.date | None,
    source: str | None,
    url: str | None,
    country: str | None,
    fmt: str,
    include_background: bool,
    jobs: int,
    fetch: FetchOptions,
    progress: bool | None,
) -> None:
    """Code conflict events from articles and print one record per event.

    PATHS may be .txt, .html/.htm, .jsonl, .warc/.warc.gz files, folders, RSS/Atom feed files
    (.rss, .atom, .xml), http(s) URLs of pages or feeds, or - for stdin (text, HTML or JSONL).
    Documents that cannot be read or coded are named on stderr with the reason; the batch goes on
    and ends with a summary.

    Example: sitrep extract article.html --published 2020-04-05 --source SouthFront

    Example: sitrep extract archive.jsonl --jobs 4 > events.jsonl
    """
    from sitrep.api import extract_documents, read_documents
    from sitrep.export import write_events

    from sitrep.ingest import document_key

    with BatchProgress("extract", ("coded",), document_count(paths), progress) as batch:
        events_written = 0

        def events():
            nonlocal events_written
            documents = read_documents(paths, published=published, source=source, url=url, country=country,
                                       fetch=fetch)
            for document, result in extract_documents(documents, jobs=jobs):
                if isinstance(result, Exception):
                    batch.done("failed", document_key(document), str(result))
                    continue
                batch.done("coded", document_key(document))
                for event in result:
                    if include_background or not event.is_background:
                        events_written += 1
                        yield event

        write_events(events(), fmt, sys.stdout)
    batch.finish(f"{batch.counts['coded']} document(s) coded into {events_written} event(s), {batch.failed} failed")
