"""`sitrep recode` and `sitrep delete`: change what the event store holds for documents already in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from sitrep.commands.common import (COUNTRY, EXIT_CODES_HELP, EXIT_SOME_FAILED, ISO_DATE, MODEL_OPTION, backend_option,
                                    progress_console)
from sitrep.commands.store import DB_OPTION, _open_store
from sitrep.untrusted import plain, printable


def _say(*parts) -> None:
    progress_console().print(plain(*parts), highlight=False, emoji=False, soft_wrap=True)


@click.command("recode", epilog=EXIT_CODES_HELP)
@click.argument("document_ids", nargs=-1)
@DB_OPTION
@click.option("--all", "everything", is_flag=True, help="Re-code every stored document that has its text.")
@click.option("--published", type=ISO_DATE,
              help="New publication date (YYYY-MM-DD); relative dates resolve against it.")
@click.option("--source", help="New source name (the outlet).")
@click.option("--url", help="New URL to record.")
@click.option("--country", type=COUNTRY, help="New country hint (name or ISO code), for text that names none.")
@MODEL_OPTION
@backend_option(default=None, help_text="New extractor backend (default: the one of the document's current coding, "
                                        "rules for codings that name none).")
def recode_command(document_ids: tuple[str, ...], db: str, everything: bool,
                   published: dt.date | None, source: str | None, url: str | None, country: str | None,
                   backend: str | None, model: Path | None) -> None:
    """Code stored documents again from their stored text, with new options, and replace their events.

    Each document is re-coded in one transaction: its new events replace the old ones, every incident
    they touched is re-clustered (an incident whose id changes still answers to its old id), and the
    previous coding (its events, options and time) is kept in the store's coding history. Options not
    given keep the document's current ones (--published, --source, --url, --country, --backend). Documents
    stored as coded events (`ingest --events`) have no text and cannot be re-coded.

    Example: sitrep recode 3f1c9a... --published 2020-04-05

    Example: sitrep recode --all --country Iraq --db sitrep.db

    Example: sitrep recode --all --backend rules
    """
    from sitrep import backends
    from sitrep.api import extract_documents
    from sitrep.errors import SitrepError
    from sitrep.sources import read_text
    from sitrep.store import coding_options

    if bool(document_ids) == everything:
        raise click.UsageError("give DOCUMENT_IDS or --all (not both)")
    store = _open_store(db)
    recoded = failed = events = 0
    try:
        ids = list(document_ids) or store.document_ids()
        for document_id in ids:
            stored = store.stored_document(document_id)
            if stored is None or not stored["text"]:
                failed += 1
                why = "no such document" if stored is None else "stored as coded events, without text"
                _say(("failed", "red"), f" {document_id}: {why}")
                continue
            stored_date = dt.date.fromisoformat(stored["published"]) if stored["published"] else None
            try:
                document = read_text(stored["text"], document_id=document_id, title=stored["title"],
                                     published=published or stored_date, source=source or stored["source"],
                                     url=url or stored["url"], country=country or stored["options"].get("country"))
                coded_with = backend or stored["options"].get("backend", backends.DEFAULT)
                _, result = next(extract_documents([document], backend=coded_with, model=model))
                if isinstance(result, Exception):
                    raise result
                version = store.replace_coding(document, result, coding_options(document, backend=coded_with))
            except SitrepError as exc:
                failed += 1
                _say(("failed", "red"), f" {document_id}: ", str(exc))
                continue
            recoded += 1
            events += len(result)
            _say(f"re-coded {document_id} (coding version {version}): {len(result)} event(s)")
    finally:
        store.close()
    _say(f"{recoded} document(s) re-coded with {events} event(s), {failed} failed")
    if failed:
        raise SystemExit(EXIT_SOME_FAILED)


@click.command("delete")
@click.argument("document_ids", nargs=-1, required=True)
@DB_OPTION
def delete_command(document_ids: tuple[str, ...], db: str) -> None:
    """Remove stored documents with their events, sources and coding history, and re-cluster their incidents.

    Incidents that lose a member are rebuilt from the members left; an old incident id still answers
    `sitrep incident` while some of its members remain. Exits 1 when an id is not in the store.

    Example: sitrep delete 3f1c9a... --db sitrep.db
    """
    store = _open_store(db)
    missing = []
    try:
        for document_id in document_ids:
            if store.delete_document(document_id):
                _say(f"deleted {document_id}")
            else:
                missing.append(document_id)
    finally:
        store.close()
    if missing:
        raise click.ClickException(printable(f"no document with id {', '.join(missing)} in {db}; "
                                             "`sitrep events --per-event` shows each event's document_id"))
