"""Options and helpers shared by the commands."""

from __future__ import annotations

import datetime as dt

import click
from rich.console import Console


class IsoDate(click.ParamType):
    """A YYYY-MM-DD date option."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        from sitrep.untrusted import MAX_YEAR, MIN_YEAR, in_range

        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)
        if not in_range(date):
            self.fail(f"{value} is outside {MIN_YEAR}-{MAX_YEAR}; give a real date", param, ctx)
        return date


ISO_DATE = IsoDate()


class CountryCode(click.ParamType):
    """A country option given by name or ISO code, turned into its alpha-2 code."""

    name = "COUNTRY"

    def convert(self, value, param, ctx):
        from sitrep.errors import InputError
        from sitrep.sources import country_code

        try:
            return country_code(value)
        except InputError as exc:
            self.fail(str(exc), param, ctx)


COUNTRY = CountryCode()
MAX_ROWS = 2**62
"""Largest --limit or --offset: every database takes it as a 64-bit integer."""
COUNTRY_HELP = "Country the sources cover (name or ISO code), for text that names none, e.g. ACLED-style notes."

DOCUMENT_OPTIONS = (
    click.option("--published", type=ISO_DATE,
                 help="Publication date (YYYY-MM-DD) for documents that carry none; relative dates resolve against it."),
    click.option("--source", help="Source name for documents that carry none (e.g. the outlet)."),
    click.option("--url", help="URL to record for documents that carry none."),
    click.option("--country", type=COUNTRY, help=COUNTRY_HELP),
)
"""What every command that codes documents takes about them: `published`, `source`, `url`, `country`."""


def document_options(function):
    """Add the DOCUMENT_OPTIONS to a command, in their order."""
    for option in reversed(DOCUMENT_OPTIONS):
        function = option(function)
    return function


def progress_console() -> Console:
    """A console on stderr, so progress and errors never mix with the records on stdout."""
    return Console(stderr=True)
