"""Options and helpers shared by the commands."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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


FORMAT_OF_SUFFIX: dict[str, str] = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".geojson": "geojson",
                                    ".parquet": "parquet"}
"""The export format an output file's extension names when --format is not given."""

ALSO_ALLOWED: dict[str, frozenset[str]] = {".json": frozenset({"geojson"})}
"""Formats an extension also takes with an explicit --format (GeoJSON is JSON)."""


@dataclass(frozen=True, slots=True)
class Output:
    """Where and how a command writes its events: `fmt` in export.FORMATS, `path` None for stdout."""

    fmt: str
    path: str | None

    def write(self, events: Iterable[Any]) -> int:
        """Write the events (a file is opened only now, so a refused option leaves nothing behind)."""
        from sitrep.export import write_events

        if self.path is None:
            return write_events(events, self.fmt, sys.stdout)
        if self.fmt == "parquet":
            with open(self.path, "wb") as binary:
                return write_events(events, self.fmt, binary)
        with open(self.path, "w", encoding="utf-8", newline="") as text:
            return write_events(events, self.fmt, text)


def resolve_output(fmt: str | None, path: str | None) -> Output:
    """The output of `--format` and `-o`: the format from the extension when --format is absent; an
    unknown extension without --format, a --format the extension contradicts, or Parquet to the
    terminal is a usage error that says what to do."""
    from sitrep.export import FORMATS

    if path is None:
        if fmt == "parquet":
            raise click.UsageError("Parquet is binary: give -o FILE.parquet")
        return Output(fmt or "jsonl", None)
    suffix = os.path.splitext(path)[1].lower()
    named = FORMAT_OF_SUFFIX.get(suffix)
    if fmt is None:
        if named is None:
            raise click.UsageError(
                f"cannot tell the format of {path!r} from its extension: name it "
                f"{', '.join(sorted(set(FORMAT_OF_SUFFIX)))} or give --format {'|'.join(FORMATS)}")
        return Output(named, path)
    if named is not None and fmt != named and fmt not in ALSO_ALLOWED.get(suffix, ()):
        raise click.UsageError(f"--format {fmt} contradicts the extension of {path!r} ({named}): "
                               f"drop --format, or name the file *{_suffix_of(fmt)}")
    return Output(fmt, path)


def _suffix_of(fmt: str) -> str:
    return next(suffix for suffix, named in FORMAT_OF_SUFFIX.items() if named == fmt)


def output_options(function):
    """Add `--format` and `-o/--output` to a command; it receives them as one `output: Output`."""
    from sitrep.export import FORMATS

    @functools.wraps(function)
    def command(*args, fmt: str | None, output: str | None, **kwargs):
        return function(*args, output=resolve_output(fmt, output), **kwargs)

    options = (
        click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                     help="jsonl (default; the Event records of docs/schema.md), csv, geojson or parquet; "
                          "with -o, taken from the file's extension when not given."),
        click.option("--output", "-o", type=click.Path(dir_okay=False),
                     help="Write to this file instead of stdout (.jsonl/.json, .csv, .geojson, .parquet)."),
    )
    for option in reversed(options):
        command = option(command)
    return command


BACKGROUND_OPTION = click.option(
    "--include-background/--no-background", default=False, show_default=True,
    help="Also write events the articles mention as history or context (is_background); ACLED counts "
         "only current events, so they are left out by default.")
"""The one background default of every command that writes article-level events."""

UNDATED_SHOWN = 10
"""How many undated documents a warning names before it says how many more."""


def warn_undated(documents: list[str], console: Console | None = None) -> None:
    """Warn on stderr that these documents gave events with no date (and so no year), and how to date them."""
    if not documents:
        return
    from sitrep.untrusted import printable

    named = ", ".join(printable(name) for name in documents[:UNDATED_SHOWN])
    more = f" and {len(documents) - UNDATED_SHOWN} more" if len(documents) > UNDATED_SHOWN else ""
    (console or progress_console()).print(
        f"warning: {len(documents)} document(s) gave events with no event_date or year (no publication date, "
        f"and the text names no day): {named}{more}. Give --published YYYY-MM-DD (or a JSONL `published`) "
        f"to date them.", style="yellow", markup=False, highlight=False, emoji=False, soft_wrap=True)
