"""`sitrep actors`: list, search and check the actor knowledge base (ours plus the files in SITREP_ACTORS)."""

from __future__ import annotations

import contextlib

import click

from sitrep.commands.common import COUNTRY, progress_console


def _country_name(code: str | None) -> str | None:
    """ACLED's name for a country code from the --country option."""
    if not code:
        return None
    from sitrep import countries

    return countries.country_by_code(code).name


@contextlib.contextmanager
def _clear_errors():
    """A bad actor file (ours, SITREP_ACTORS or the one given) ends the command with its message, not a traceback."""
    from sitrep.errors import SitrepError

    try:
        yield
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("actors")
def actors_command() -> None:
    """List, search and check the actors sitrep names (ACLED-style names with inter codes).

    Your own actor files (CSV: name,inter,country,kind,aliases; aliases |-separated) are merged on top of
    ours when named in SITREP_ACTORS (several separated by ':'); their aliases override ours.

    Example: sitrep actors search "RSF fighters shelled El Fasher" --country Sudan
    """


@actors_command.command("list")
@click.option("--country", type=COUNTRY, help="Only actors of this country (name or ISO code, e.g. Iraq).")
@click.option("--inter", type=click.IntRange(1, 8), help="Only actors with this inter code (1 state ... 8 external).")
def list_command(country: str | None, inter: int | None) -> None:
    """Print every actor: name, inter code, country and aliases, one per line (tab-separated).

    Example: sitrep actors list --country Syria --inter 2
    """
    from sitrep.actors import knowledge_base

    wanted = _country_name(country)
    shown = 0
    with _clear_errors():
        entries = knowledge_base()
    for entry in entries:
        if (wanted and entry.country != wanted) or (inter and entry.inter != inter):
            continue
        click.echo("\t".join([entry.name, str(entry.inter), entry.country or "", "|".join(entry.aliases)]))
        shown += 1
    progress_console().print(f"{shown} actors")


@actors_command.command("search")
@click.argument("text")
@click.option("--country", type=COUNTRY, help="The article's country (name or ISO code), for generic roles and shared acronyms.")
def search_command(text: str, country: str | None) -> None:
    """Show the actors sitrep finds in TEXT and which entry and alias matched each.

    Example: sitrep actors search "Turkish drones struck an SDF post" --country Syria
    """
    from sitrep.actors import explain

    with _clear_errors():
        results = explain(text, _country_name(country))
    for mention, how in results:
        click.echo("\t".join([repr(mention.text), mention.name, str(mention.inter), how]))
    if not results:
        progress_console().print("no actor found")


@actors_command.command("check")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def check_command(path: str) -> None:
    """Read an actor file as SITREP_ACTORS would, and say what it adds and which of our aliases it overrides.

    Example: sitrep actors check my_actors.csv && export SITREP_ACTORS=$PWD/my_actors.csv
    """
    from sitrep.actors import ActorResolver, load_actor_file

    with _clear_errors():
        entries = load_actor_file(path)
        ours = ActorResolver.from_files([]).by_alias
    overridden = sorted({a for e in entries for a in e.aliases
                         if (old := ours.get(" ".join(a.split()).casefold())) is not None and old.name != e.name})
    click.echo(f"{len(entries)} entries, {sum(len(e.aliases) for e in entries)} aliases")
    for alias in overridden:
        click.echo(f"overrides {alias!r} (was {ours[' '.join(alias.split()).casefold()].name})")
