"""`sitrep extract`: code events from articles and write them (JSONL, CSV, GeoJSON or Parquet)."""

from __future__ import annotations

import datetime as dt

import click

from sitrep.commands.common import BACKGROUND_OPTION, Output, document_options, output_options, progress_console, \
    warn_undated
from sitrep.untrusted import plain


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@document_options
@output_options
@BACKGROUND_OPTION
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes coding documents in parallel (output is the same, in the same order).")
def extract_command(
    paths: tuple[str, ...],
    published: dt.date | None,
    source: str | None,
    url: str | None,
    country: str | None,
    output: Output,
    include_background: bool,
    jobs: int,
) -> None:
    """Code conflict events from articles and write one record per event (stdout, or -o FILE).

    PATHS may be .txt, .html/.htm, .jsonl, .warc/.warc.gz files, folders, or - for stdin.
    Documents that cannot be read or coded are reported on stderr; the batch goes on. A document's id is the
    hash of its text (a JSONL row's own `id` is kept), so however its path is written its event ids are the
    ones `sitrep ingest` stores.

    Example: sitrep extract article.html --published 2020-04-05 --source SouthFront

    Example: sitrep extract archive.jsonl --jobs 4 -o events.parquet
    """
    from sitrep.api import extract_documents, read_documents
    from sitrep.ingest import document_key, with_content_id

    console = progress_console()
    failures = 0
    undated: list[str] = []

    def events():
        nonlocal failures
        documents = (with_content_id(d, keep_named=True)
                     for d in read_documents(paths, published=published, source=source, url=url, country=country))
        for document, result in extract_documents(documents, jobs=jobs):
            if isinstance(result, Exception):
                failures += 1
                where = document_key(document)
                console.print(plain(("error", "red"), " ", where, ": ", result),
                              highlight=False, emoji=False, soft_wrap=True)
                continue
            written = [event for event in result if include_background or not event.is_background]
            if any(not event.event_date for event in written):
                undated.append(document_key(document))
            yield from written

    output.write(events())
    warn_undated(undated, console)
    if failures:
        console.print(f"{failures} document(s) could not be coded (see above)", style="yellow", markup=False)
