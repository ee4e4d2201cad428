"""Options and helpers shared by the commands."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from sitrep.backends import DEFAULT as DEFAULT_BACKEND

EXIT_SOME_FAILED = 3
"""Exit status of a batch command that went through every input but could not read or code some of
them (each named on stderr, then a summary with counts). 0: every input coded; 1: the command itself
failed (one line says why); 2: a usage error (a bad option or argument)."""

EXIT_CODES_HELP = ("Exit status: 0 every input coded; 1 the command failed; 2 usage error; "
                   f"{EXIT_SOME_FAILED} the batch finished but some inputs failed (named on stderr).")


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


class BackendName(click.ParamType):
    """An extractor backend option: a name registered in `sitrep.backends` (an unknown one is refused
    with the list of names and the likeliest)."""

    name = "NAME"

    def convert(self, value, param, ctx):
        from sitrep import backends
        from sitrep.errors import InputError

        try:
            return backends.validate(value)
        except InputError as exc:
            self.fail(str(exc), param, ctx)


class BackendOption(click.Option):
    """`--backend`, whose help lists the backends registered when the help is shown (packages may add some)."""

    def get_help_record(self, ctx):
        from sitrep import backends

        base, self.help = self.help, f"{self.help} Registered: {', '.join(backends.names())}."
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = base


BACKEND_HELP = "Extractor backend that codes the documents (see docs/backends.md)."


def backend_option(default: str | None = DEFAULT_BACKEND, help_text: str = BACKEND_HELP):
    """The `--backend NAME` option of every command that codes documents."""
    return click.option("--backend", cls=BackendOption, type=BackendName(), default=default,
                        show_default=default is not None, help=help_text)


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


FETCH_OPTIONS = (
    click.option("--user-agent", default=None, help="User agent for fetching URLs and feed pages."),
    click.option("--timeout", type=click.FloatRange(min=0, min_open=True, max=3600), default=20.0, show_default=True,
                 help="Seconds in total for one web request (redirects and the whole body included)."),
    click.option("--max-bytes", type=click.IntRange(min=1, max=2**40), default=20 * 1024 * 1024, show_default=True,
                 help="Largest web page or feed read."),
    click.option("--allow-private", is_flag=True,
                 help="Also fetch from loopback, private, link-local and reserved addresses (your own network)."),
)
"""How a command that reads inputs fetches URLs and teaser feed entries' pages."""


def fetch_options(function):
    """Add the FETCH_OPTIONS to a command and hand it one `fetch` (a sitrep.ingest.FetchOptions) instead."""

    @functools.wraps(function)
    def with_fetch(*args, user_agent, timeout, max_bytes, allow_private, **kwargs):
        from sitrep.ingest import DEFAULT_USER_AGENT, FetchOptions

        fetch = FetchOptions(user_agent=user_agent or DEFAULT_USER_AGENT, timeout_s=timeout, max_bytes=max_bytes,
                             allow_private=allow_private)
        return function(*args, fetch=fetch, **kwargs)

    for option in reversed(FETCH_OPTIONS):
        with_fetch = option(with_fetch)
    return with_fetch


def _model_dir(_ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """A model directory that loads (checked before any document is coded)."""
    if value is None:
        return None
    from sitrep.errors import SitrepError
    from sitrep.trained import model

    try:
        model.load_model(model.model_paths(value)[0])
    except SitrepError as exc:
        raise click.BadParameter(str(exc)) from exc
    return value


MODEL_OPTION = click.option(
    "--model", "model", type=click.Path(exists=True, file_okay=False, path_type=Path), callback=_model_dir,
    help="A model directory written by `sitrep train`: keep only the events its gate takes for events.")


def available_cores() -> int:
    """The CPU cores this process may run on (its affinity mask, not the machine's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


JOBS_OPTION = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=available_cores, show_default="the cores available",
    help="Worker processes coding documents in parallel (output is the same, in the same order); a single "
         "batch of documents is coded in this process.")


PROGRESS_OPTION = click.option(
    "--progress/--no-progress", default=None,
    help="Show a progress bar (counts, documents/s, time left) on stderr [default: when stderr is a terminal].")


def document_count(inputs: Iterable[str]) -> int | None:
    """How many documents the inputs hold, when that is cheap to know up front: text and HTML files count
    one each, JSONL files one per non-blank line; None when any input is stdin, a URL, a feed or a WARC."""
    from sitrep.sources import HTML_SUFFIXES, INPUT_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, folder_files, is_url

    total = 0
    for value in inputs:
        if value == "-" or is_url(value):
            return None
        files = folder_files(value, suffixes=INPUT_SUFFIXES) if os.path.isdir(value) else [value]
        for name in files:
            lower = name.lower()
            if lower.endswith(JSONL_SUFFIXES) and not lower.endswith(".gz"):
                total += _nonblank_lines(name)
            elif lower.endswith(TEXT_SUFFIXES + HTML_SUFFIXES) or not lower.endswith(INPUT_SUFFIXES):
                total += 1
            else:
                return None
    return total


def _nonblank_lines(path: str) -> int:
    """Non-blank lines of a file (a missing one counts as one input, which will fail)."""
    try:
        with open(path, "rb") as handle:
            return max(1, sum(1 for line in handle if line.strip()))
    except OSError:
        return 1


class BatchProgress:
    """Progress, failures and the closing summary of a command that works through a batch, all on stderr.

    On a terminal (or with --progress): a live bar with the count done (of the total when known), the
    rate in documents per second measured from the start, and the time left. Otherwise plain lines
    only: one per failure, never wrapped, no escape codes, so a log or a pipe reads them whole.
    `exit_code` is 0 when nothing failed, else EXIT_SOME_FAILED.
    """

    def __init__(self, verb: str, outcomes: tuple[str, ...], total: int | None = None, show: bool | None = None):
        self.verb = verb
        self.counts = dict.fromkeys(outcomes + ("failed",), 0)
        self.total = total
        self.terminal = sys.stderr.isatty()
        self.show = self.terminal if show is None else show
        self.console = Console(stderr=True, soft_wrap=True) if self.terminal else None
        self.bar = None

    def __enter__(self) -> "BatchProgress":
        if self.show:
            self.bar = _progress_bar(self.verb, self.console or progress_console())
            self.bar.start()
            self.task = self.bar.add_task(self.verb, total=self.total, counts="")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def done(self, outcome: str, key: str, reason: str = "") -> None:
        """One document finished with `outcome` (e.g. 'stored', 'failed'); a failure is printed with its reason."""
        self.counts[outcome] += 1
        if outcome == "failed":
            self.say(("failed", "red"), " ", key, ": ", reason)
        if self.bar is not None:
            self.bar.update(self.task, advance=1, counts=", ".join(f"{v} {k}" for k, v in self.counts.items()))

    def say(self, *parts: object | tuple[object, str]) -> None:
        """One line on stderr: styled on a terminal, else plain and whole; values never read as markup."""
        from sitrep.untrusted import plain, printable

        console = self.bar.console if self.bar is not None else self.console
        if console is not None:
            console.print(plain(*parts), highlight=False, emoji=False, soft_wrap=True)
        else:
            click.echo("".join(printable(p[0] if isinstance(p, tuple) else p) for p in parts), err=True)

    @property
    def failed(self) -> int:
        """How many inputs failed so far."""
        return self.counts["failed"]

    @property
    def exit_code(self) -> int:
        """0 when nothing failed, else EXIT_SOME_FAILED."""
        return EXIT_SOME_FAILED if self.failed else 0

    def finish(self, summary: str) -> None:
        """Print the summary line and exit with `exit_code` (0 only when nothing failed)."""
        self.say(summary)
        if self.failed:
            self.say((f"{self.failed} input(s) failed (named above); exit status {EXIT_SOME_FAILED}", "yellow"))
        click.get_current_context().exit(self.exit_code)


def _progress_bar(verb: str, console: Console):
    """A rich progress bar: done (of total), documents per second since the start, time left, counts.
    It leaves sys.stdout alone (rich would route it to the bar's console, stderr, moving the records)."""
    from rich.progress import BarColumn, Progress, ProgressColumn, TextColumn
    from rich.text import Text

    class CountColumn(ProgressColumn):
        """'14/120' when the total is known, else '14 docs' (never '14/?')."""

        def render(self, task) -> Text:
            done = int(task.completed)
            return Text(f"{done}/{int(task.total)}" if task.total is not None else f"{done} docs")

    class RateColumn(ProgressColumn):
        """Documents per second over the whole run, and the time left at that rate when the total is known."""

        def render(self, task) -> Text:
            rate = documents_per_second(task.completed, task.elapsed)
            if rate is None:
                return Text("- docs/s")
            text = f"{rate:.1f} docs/s" if rate >= 1 else f"{rate:.2g} docs/s"
            if task.total is not None and task.total > task.completed:
                text += f", {_duration((task.total - task.completed) / rate)} left"
            return Text(text)

    return Progress(TextColumn(f"[bold]{verb}"), BarColumn(), CountColumn(), RateColumn(),
                    TextColumn("{task.fields[counts]}"), console=console, transient=False,
                    redirect_stdout=False, redirect_stderr=False)


def documents_per_second(done: float, elapsed: float | None) -> float | None:
    """The rate over the run so far; None before the first document or the first instant."""
    if not done or not elapsed:
        return None
    return done / elapsed


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
