"""`sitrep ingest`, `sitrep events`, `sitrep incident`, `sitrep stats`: the event store from the command line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

import click

from sitrep.commands.common import (EXIT_CODES_HELP, ISO_DATE, MAX_ROWS, PROGRESS_OPTION, BatchProgress, document_count,
                                    document_options, fetch_options)
from sitrep.errors import SitrepError
from sitrep.untrusted import plain, printable

if TYPE_CHECKING:
    from sitrep.ingest import FetchOptions

DB_OPTION = click.option(
    "--db", envvar="SITREP_DB", default="sitrep.db", show_default=True,
    help="Store: a SQLite file path, or a database URL such as postgresql+psycopg://user@host/db (env: SITREP_DB).",
)


def _open_store(db: str, *, create: bool = True):
    """The store at `db`; a command that only reads passes `create=False` and never makes an empty one."""
    from sitrep.store import Store

    try:
        return Store(db, create=create)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("ingest", epilog=EXIT_CODES_HELP)
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@document_options
@click.option("--events", "coded", is_flag=True,
              help="INPUTS are coded events (`sitrep extract` JSONL, event Parquet): store them without coding.")
@fetch_options
@PROGRESS_OPTION
def ingest_command(
    inputs: tuple[str, ...],
    db: str,
    published: dt.date | None,
    source: str | None,
    url: str | None,
    country: str | None,
    coded: bool,
    fetch: FetchOptions,
    progress: bool | None,
) -> None:
    """Code articles and add them to the event store; the same article twice changes nothing.

    INPUTS may be .txt, .html, .jsonl, .warc(.gz) files, folders (recursive), RSS/Atom feed files
    (.rss, .atom, .xml), http(s) URLs of pages or feeds, or - for stdin. Each document is stored in
    its own transaction: an interrupted run leaves whole documents only, and running it again
    finishes the job. Documents that fail are kept with their error (see `sitrep stats`). Event Parquet
    (a `sitrep spark extract` output folder, `sitrep events --format parquet` files) is stored as coded events.

    Example: sitrep ingest articles/ feed.xml dump.warc.gz --db sitrep.db
    """
    from sitrep.ingest import ingest_documents, ingest_events, is_event_parquet, read_coded_events, read_inputs

    coded = coded or all(is_event_parquet(value) for value in inputs)
    store = _open_store(db)
    total = None if coded else document_count(inputs)
    with BatchProgress("ingest", ("stored", "duplicate"), total, progress) as batch:
        try:
            if coded:
                report = ingest_events(store, (e for path in inputs for e in read_coded_events(path)),
                                       on_document=batch.done)
            else:
                items = read_inputs(inputs, published=published, source=source, url=url, country=country,
                                    fetch=fetch)
                report = ingest_documents(store, items, on_document=batch.done)
        except SitrepError as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            store.close()
    batch.finish(f"{report.stored} document(s) stored with {report.events} event(s), "
                 f"{report.duplicates} already stored, {report.failed} failed")


def _bbox(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(v) for v in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or parts[0] > parts[2] or parts[1] > parts[3]:
        raise click.BadParameter("give min_lon,min_lat,max_lon,max_lat, e.g. 38,29,49,38")
    return parts  # type: ignore[return-value]


@click.command("events")
@DB_OPTION
@click.option("--country", help="Country name as stored, e.g. Iraq.")
@click.option("--admin1", help="First-level administrative area, e.g. Anbar.")
@click.option("--since", type=ISO_DATE, help="First event date (YYYY-MM-DD).")
@click.option("--until", type=ISO_DATE, help="Last event date (YYYY-MM-DD).")
@click.option("--type", "event_type", help='ACLED event type, e.g. "Explosions/Remote violence".')
@click.option("--sub-type", "sub_event_type", help='ACLED sub-event type, e.g. "Air/drone strike".')
@click.option("--actor", help="An actor named in the event (actor1, actor2 or associated), any case.")
@click.option("--bbox", callback=_bbox, help="min_lon,min_lat,max_lon,max_lat.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), help="Only events at least this confident.")
@click.option("--text", help="Free text found in the notes or location.")
@click.option("--per-event", is_flag=True, help="One row per article-level event instead of per incident.")
@click.option("--include-background", is_flag=True, help="With --per-event: also events told as history.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson", "parquet"]), default="jsonl",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write here instead of stdout (needed for parquet).")
@click.option("--limit", type=click.IntRange(min=1, max=MAX_ROWS), help="At most this many rows.")
@click.option("--offset", type=click.IntRange(min=0, max=MAX_ROWS), default=0, help="Skip this many rows first (paging).")
def events_command(db: str, per_event: bool, include_background: bool, fmt: str, output: str | None,
                   limit: int | None, offset: int, **filters: Any) -> None:
    """Query the store and export incidents (default) or article-level events, newest first.

    CSV has ACLED's 31 columns in ACLED's order, then ours. An incident row merges every source:
    all claims, the range of figures and ACLED's conservative fatalities.

    Example: sitrep events --country Iraq --since 2020-04-01 --type "Explosions/Remote violence" --format csv > out.csv
    """
    from sitrep.export import write_events, write_parquet
    from sitrep.store import EventQuery

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs --output FILE")
    query = EventQuery(**filters, include_background=include_background or not per_event)
    store = _open_store(db, create=False)
    try:
        rows = store.query(query, per_event=per_event, limit=limit, offset=offset)
        if fmt == "parquet":
            write_parquet(rows, output)
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                write_events(rows, fmt, stream)
        else:
            write_events(rows, fmt, sys.stdout)
    finally:
        store.close()


@click.command("incident")
@click.argument("ident")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a readable report.")
def incident_command(ident: str, db: str, as_json: bool) -> None:
    """Show one incident (or the incident of an event id): every source, claim and evidence sentence.

    Example: sitrep incident inc_5158479997f409f8c957
    """
    store = _open_store(db, create=False)
    try:
        view = store.incident(ident)
    finally:
        store.close()
    if view is None:
        raise click.ClickException(f"no incident or event with id {printable(ident)!r} in {printable(db)}")
    figures = {name: dict(zip(("low", "best", "high"), values)) for name, values in
               (("killed", view.killed), ("injured", view.injured))}
    if as_json:
        click.echo(json.dumps({"incident": view.incident.to_dict(), "figures": figures,
                               "members": [m.to_dict() for m in view.members]}, ensure_ascii=False))
        return
    _print_incident(view, figures)


def _range(values: dict[str, int | None]) -> str:
    if values["low"] is None:
        return "not reported"
    return f"low {values['low']}, best {values['best']}, high {values['high']}"


def _print_incident(view, figures: dict[str, dict[str, int | None]]) -> None:
    """A readable report; every value from the store is printed as plain text, never as markup."""
    from rich.console import Console

    console = Console(highlight=False, emoji=False, soft_wrap=True)
    say = lambda *parts: console.print(plain(*parts))  # noqa: E731
    event = view.incident
    say((event.event_id, "bold"), f"  {event.event_date}  {event.event_type} / {event.sub_event_type}")
    say(f"{event.actor1 or '?'} vs {event.actor2 or '?'}  at {event.location}, {event.admin1}, "
        f"{event.country} ({event.latitude}, {event.longitude}; geo_precision {event.geo_precision})")
    say(f"fatalities (ACLED, lowest reported): {event.fatalities}")
    say(f"killed: {_range(figures['killed'])};  injured: {_range(figures['injured'])}")
    for member in view.members:
        ref = next(iter(member.sources), None)
        console.print()
        say((member.source or "unknown source", "bold"), f"  published {ref.published if ref else None}"
            f"  {ref.url if ref and ref.url else ''}")
        say(f"  event {member.event_id}: {member.event_date}, {member.sub_event_type}, {member.location}, "
            f"fatalities {member.fatalities}")
        for claim in member.claims:
            counts = ", ".join(f"{k} {v[0]}-{v[1]}" if v[0] != v[1] else f"{k} {v[0]}"
                               for k, v in (("killed", claim.killed), ("injured", claim.injured),
                                            ("killed or injured", claim.killed_or_injured)) if v)
            say(f"  claim by {claim.claimant or 'the outlet'}: {counts or 'no figure'}")
        for evidence in member.evidence:
            say("  ", (f"\u201c{evidence.text}\u201d", "dim"))


@click.command("stats")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stats_command(db: str, as_json: bool) -> None:
    """Summarise the store: documents, events, incidents, types, countries, and documents that failed.

    Example: sitrep stats --db sitrep.db
    """
    store = _open_store(db, create=False)
    try:
        stats = store.stats()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, default=str))
        return
    click.echo(printable(f"store {stats['url']} (schema version {stats['schema_version']})"))
    click.echo(f"{stats['documents']} documents, {stats['events']} events, {stats['incidents']} incidents, "
               f"{stats['actors']} actors, {stats['places']} places; dates {stats['first_date']} to {stats['last_date']}")
    for title, key in (("incidents by type", "incidents_by_type"), ("incidents by country", "incidents_by_country")):
        if stats[key]:
            click.echo(printable(f"{title}: " + ", ".join(f"{k or 'unknown'} {v}" for k, v in stats[key].items())))
    failures = stats["dead_letters"]
    click.echo(f"{len(failures)} failed document(s)" + (":" if failures else ""))
    for failure in failures:
        click.echo(printable(f"  {failure['key']}: {failure['error']} (attempts {failure['attempts']}, "
                             f"last {failure['last_seen']})"))
