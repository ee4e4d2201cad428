"""`sitrep ingest`, `sitrep events`, `sitrep incident`, `sitrep stats`: the event store from the command line."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sitrep.commands.common import (BACKGROUND_OPTION, EXIT_CODES_HELP, ISO_DATE, JOBS_OPTION, MAX_ROWS, MODEL_OPTION,
                                    PROGRESS_OPTION,
                                    BatchProgress, Output, backend_option, document_count, document_options,
                                    fetch_options, output_options, warn_undated)
from sitrep.errors import SitrepError
from sitrep.untrusted import plain, printable

if TYPE_CHECKING:
    from sitrep.ingest import FetchOptions

DB_OPTION = click.option(
    "--db", envvar="SITREP_DB", default="sitrep.db", show_default=True,
    help="Store: a SQLite file path, or a database URL such as postgresql+psycopg://user@host/db (env: SITREP_DB).",
)


def _open_store(db: str, *, create: bool = True, connections: int | None = None):
    """The store at `db`; a command that only reads passes `create=False` and never makes an empty one."""
    from sitrep.store import Store

    try:
        return Store(db, create=create, connections=connections)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("ingest", epilog=EXIT_CODES_HELP)
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@document_options
@click.option("--events", "coded", is_flag=True,
              help="INPUTS are coded events (`sitrep extract` JSONL, event Parquet): store them without coding.")
@click.option("--force", is_flag=True,
              help="Code documents already stored again and replace their events (the previous coding is kept in "
                   "its history; see `sitrep recode`).")
@backend_option(help_text="Extractor backend that codes the documents, recorded in each coding's history "
                          "(see docs/backends.md).")
@JOBS_OPTION
@fetch_options
@MODEL_OPTION
@PROGRESS_OPTION
def ingest_command(
    inputs: tuple[str, ...],
    db: str,
    published: dt.date | None,
    source: str | None,
    url: str | None,
    country: str | None,
    coded: bool,
    force: bool,
    backend: str,
    jobs: int,
    fetch: FetchOptions,
    model: Path | None,
    progress: bool | None,
) -> None:
    """Code articles and add them to the event store; the same article twice changes nothing.

    A document's id is the hash of its text. The same text read again from another path, URL or outlet
    (--source) is recorded as another source of the stored document (shown by `sitrep incident`);
    with --force it is coded again with the options given, replacing its events.

    INPUTS may be .txt, .html, .jsonl, .warc(.gz) files, folders (recursive), RSS/Atom feed files
    (.rss, .atom, .xml), http(s) URLs of pages or feeds, or - for stdin. Each document is stored in
    its own transaction: an interrupted run leaves whole documents only, and running it again
    finishes the job. Documents that fail are kept with their error (see `sitrep stats`). Event Parquet
    (a `sitrep spark extract` output folder, `sitrep events --format parquet` files) is stored as coded events;
    into PostgreSQL coded events are loaded in bulk (COPY, 50,000 events per transaction).

    Example: sitrep ingest articles/ feed.xml dump.warc.gz --db sitrep.db

    Example: sitrep ingest article.txt --published 2020-04-05 --force
    """
    from sitrep.api import extract_documents
    from sitrep.ingest import (ingest_documents, ingest_events, ingest_events_in_bulk, is_event_parquet,
                               read_coded_events, read_inputs)

    coded = coded or all(is_event_parquet(value) for value in inputs)
    store = _open_store(db)
    total = None if coded else document_count(inputs)
    with BatchProgress("ingest", ("stored", "recoded", "duplicate"), total, progress) as batch:
        try:
            if coded:
                load = ingest_events_in_bulk if store.dialect == "postgresql" else ingest_events
                report = load(store, (e for path in inputs for e in read_coded_events(path)), on_document=batch.done)
            else:
                items = read_inputs(inputs, published=published, source=source, url=url, country=country,
                                    fetch=fetch)
                extract = functools.partial(extract_documents, backend=backend, model=model, jobs=jobs)
                report = ingest_documents(store, items, extract=extract, on_document=batch.done, force=force,
                                          backend=backend)
        except SitrepError as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            store.close()
    warn_undated(report.undated)
    batch.finish(f"{report.stored} document(s) stored and {report.recoded} re-coded with {report.events} event(s), "
                 f"{report.duplicates} already stored ({report.new_sources} from a new source), {report.failed} failed")


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
@click.option("--country", help="Country by name or ISO code, any case, e.g. Iraq, iraq, IQ or IRQ.")
@click.option("--admin1", help="First-level administrative area, any case, with or without al-, e.g. Anbar.")
@click.option("--since", type=ISO_DATE, help="First event date (YYYY-MM-DD).")
@click.option("--until", type=ISO_DATE, help="Last event date (YYYY-MM-DD).")
@click.option("--type", "event_type", help='ACLED event type, any case, e.g. "Explosions/Remote violence" or battles.')
@click.option("--sub-type", "sub_event_type", help='ACLED sub-event type, any case, e.g. "Air/drone strike".')
@click.option("--actor", help="An actor named in the event (actor1, actor2 or associated), any case or alias: ISIS.")
@click.option("--bbox", callback=_bbox, help="min_lon,min_lat,max_lon,max_lat.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), help="Only events at least this confident.")
@click.option("--text", help="Free text found in the notes or location.")
@click.option("--per-event", is_flag=True, help="One row per article-level event instead of per incident.")
@BACKGROUND_OPTION
@output_options
@click.option("--limit", type=click.IntRange(min=1, max=MAX_ROWS), help="At most this many rows.")
@click.option("--offset", type=click.IntRange(min=0, max=MAX_ROWS), default=0, help="Skip this many rows first (paging).")
def events_command(db: str, per_event: bool, include_background: bool, output: Output,
                   limit: int | None, offset: int, **filters: Any) -> None:
    """Query the store and export incidents (default) or article-level events, newest first.

    CSV, Parquet and GeoJSON have ACLED's 31 columns in ACLED's order, then ours (docs/schema.md). An
    incident row merges every source: all claims, the range of figures and ACLED's conservative fatalities.
    Background events (history, context) are article-level only: --per-event --include-background.
    Filter values are matched as people write them (see each option); a value that matches nothing
    stored is an error that lists the closest valid ones.

    Example: sitrep events --country Iraq --since 2020-04-01 --type "Explosions/Remote violence" -o out.csv

    Example: sitrep events --country IQ --admin1 anbar --actor ISIS --type battles
    """
    from sitrep.store import EventQuery

    query = EventQuery(**filters, include_background=include_background or not per_event)
    store = _open_store(db, create=False)
    try:
        output.write(store.query(_resolved(store, query), per_event=per_event, limit=limit, offset=offset))
    finally:
        store.close()


def _resolved(store, query):
    """The filters as stored values; an unknown value is a usage error listing the closest valid ones."""
    from sitrep.errors import FilterError
    from sitrep.filters import resolve_filters

    try:
        return resolve_filters(store, query)
    except FilterError as exc:
        raise click.ClickException(printable(str(exc))) from exc


@click.command("incident")
@click.argument("ident")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a readable report.")
def incident_command(ident: str, db: str, as_json: bool) -> None:
    """Show one incident (or the incident of an event id): every source, claim and evidence sentence,
    and why its reports were merged (date gap, distance, types, shared actors and score of each match).

    An incident's id is a hash of its members, so it changes when a source joins or leaves; its old
    ids still answer here (the report says which incident they became).

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
                               "members": [m.to_dict() for m in view.members],
                               "links": [link.to_dict() for link in view.links], "outlets": view.outlets,
                               "asked": view.asked}, ensure_ascii=False))
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
    if view.asked:
        say(f"{view.asked} is an older id of this incident (a source joined or left since)")
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
        shown = (member.source, ref.url if ref else None)
        for other in (o for o in view.outlets.get(member.document_id, []) if (o["source"], o["url"]) != shown):
            say(f"  also from {other['source'] or 'unknown source'}, published {other['published']}"
                f"  {other['url'] or ''}")
    if view.links:
        console.print()
        say(("why merged", "bold"))
    for link in view.links:
        actors = ", ".join(link.shared_actors) or "none shared"
        say(f"  {link.first} + {link.second}: score {link.score:.2f} (threshold {link.threshold}); dates "
            f"{link.date_gap_days} day(s) apart; {link.place}; {link.types}; actors: {actors}")


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
