"""`sitrep geoparse`: print every place mention of each document, resolved to coordinates."""

from __future__ import annotations

import json
import sys

import click

from sitrep.commands.common import progress_console
from sitrep.untrusted import plain

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


@click.command("geoparse")
@click.argument("paths", nargs=-1, required=True)
def geoparse_command(paths: tuple[str, ...]) -> None:
    """Find and resolve the places each document names; print one JSON line per document.

    PATHS may be .txt, .html/.htm, .jsonl, .warc/.warc.gz files, folders, or - for stdin.
    Each line holds the toponyms with span, coordinates, GeoNames id, country, admin1 and kind
    (place, or demonym for words like "Iraqi"). Failures go to stderr; the batch goes on.

    Example: sitrep geoparse article.txt
    """
    from sitrep.errors import SitrepError
    from sitrep.geo import geoparse
    from sitrep.schema import ReadError
    from sitrep.sources import read_paths

    console = progress_console()
    failures = 0
    for item in read_paths(list(paths)):
        if isinstance(item, ReadError):
            failures += 1
            console.print(plain(("error", "red"), " ", item.document_id, ": ", item.message),
                          highlight=False, emoji=False, soft_wrap=True)
            continue
        try:
            toponyms = geoparse(item.text, regions=item.body)
        except SitrepError as exc:
            failures += 1
            console.print(plain(("error", "red"), " ", item.id, ": ", exc), highlight=False, emoji=False, soft_wrap=True)
            continue
        sys.stdout.write(json.dumps(toponym_record(item.id, toponyms), ensure_ascii=False) + "\n")
    if failures:
        console.print(f"{failures} document(s) could not be geoparsed (see above)", style="yellow", markup=False)
