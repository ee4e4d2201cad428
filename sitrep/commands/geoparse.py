"""`sitrep geoparse`: print every place mention of each document, resolved to coordinates."""

from __future__ import annotations

import json
import sys

import click

from sitrep.commands.common import EXIT_CODES_HELP, BatchProgress

TOPONYM_FIELDS = (
    "start", "end", "text",
    "name", "latitude", "longitude", "geonameid",
    "country", "admin1", "feature_code", "kind",
)
"""The fields of each toponym in the output line (EVENT_SCHEMA.md)."""


def toponym_record(document_id: str, toponyms) -> dict:
    """One output line: the document id and its toponyms with the contract's fields."""
    return {"document_id": document_id,
            "toponyms": [{name: getattr(t, name) for name in TOPONYM_FIELDS} for t in toponyms]}


@click.command("geoparse", epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True)
def geoparse_command(paths: tuple[str, ...]) -> None:
    """Find and resolve the places each document names; print one JSON line per document.

    PATHS are read as by `sitrep extract`: files, folders, feeds, URLs, or - for stdin.
    Each line holds the toponyms with span, coordinates, GeoNames id, country, admin1 and kind
    (place, or demonym for words like "Iraqi"). Failures go to stderr; the batch goes on.

    Example: sitrep geoparse article.txt
    """
    from sitrep.errors import SitrepError
    from sitrep.geo import geoparse
    from sitrep.schema import ReadError
    from sitrep.api import read_documents

    with BatchProgress("geoparse", ("geoparsed",), show=False) as batch:
        for item in read_documents(paths):
            if isinstance(item, ReadError):
                batch.done("failed", item.document_id, item.message)
                continue
            try:
                toponyms = geoparse(item.text, regions=item.body)
            except SitrepError as exc:
                batch.done("failed", item.id, str(exc))
                continue
            batch.done("geoparsed", item.id)
            sys.stdout.write(json.dumps(toponym_record(item.id, toponyms), ensure_ascii=False) + "\n")
    batch.finish(f"{batch.counts['geoparsed']} document(s) geoparsed, {batch.failed} failed")
