"""`sitrep gazetteer`: build the place index, look a name up, add the user's own places."""

from __future__ import annotations

import json
from pathlib import Path

import click

from sitrep.commands.common import progress_console
from sitrep.untrusted import plain


@click.group("gazetteer")
def gazetteer_command() -> None:
    """Build and inspect the gazetteer that place names are resolved against.

    Example: sitrep gazetteer lookup "Rutba"
    """


@gazetteer_command.command("build")
@click.option("--path", type=click.Path(dir_okay=False, path_type=Path), help="Where to write it (default: $SITREP_GAZETTEER or sitrep/data/gazetteer.sqlite).")
@click.option("--if-missing", is_flag=True, help="Only build when there is no up-to-date gazetteer yet.")
def build_command(path: Path | None, if_missing: bool) -> None:
    """Build the gazetteer from the pinned GeoNames packages, our supplement and your places.

    Example: sitrep gazetteer build
    """
    from sitrep.gazetteer import build, is_current

    console = progress_console()
    if if_missing and is_current(path):
        console.print("gazetteer is up to date", highlight=False)
        return
    build(path, report=lambda message: console.print(message, highlight=False))


@gazetteer_command.command("lookup")
@click.argument("name")
@click.option("--limit", default=10, show_default=True, help="How many candidates to show.")
def lookup_command(name: str, limit: int) -> None:
    """Show the places a name may refer to, with the prior score the resolver starts from.

    Example: sitrep gazetteer lookup "Rutba"
    """
    from sitrep.gazetteer import load, name_key
    from sitrep.geo import candidate_prior

    candidates = sorted(load().lookup(name), key=candidate_prior, reverse=True)[:limit]
    if not candidates:
        progress_console().print(plain((f"no place is called {name!r} (key {name_key(name)!r})", "yellow")),
                                 highlight=False, emoji=False)
    for candidate in candidates:
        place = candidate.place
        click.echo(json.dumps({
            "name": place.name, "score": round(candidate_prior(candidate), 3), "latitude": place.latitude,
            "longitude": place.longitude, "geonameid": place.geonameid, "country_code": place.country_code,
            "admin1": place.admin1, "admin2": place.admin2, "feature_code": place.feature_code,
            "population": place.population, "matched": "name" if candidate.official else "alias",
            "source": place.source}, ensure_ascii=False))


@gazetteer_command.command("add")
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def add_command(csv_path: Path) -> None:
    """Add your own places (columns: name, latitude, longitude, country, admin1, feature_code, aliases).

    They are kept in a user file ($SITREP_USER_PLACES, default ~/.config/sitrep/places.csv) that
    every rebuild reads again, and inserted in the current gazetteer at once.

    Example: sitrep gazetteer add my_places.csv
    """
    from sitrep.errors import SitrepError
    from sitrep.gazetteer import add_user_places, user_places_path

    try:
        added = add_user_places(csv_path)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    progress_console().print(plain(f"added {added} place(s); saved in {user_places_path()}"), highlight=False,
                             emoji=False)
