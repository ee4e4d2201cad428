"""`sitrep eval`: score sitrep on public corpora, print the table, write the reports, run the gate."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from sitrep.backends import DEFAULT as DEFAULT_BACKEND
from sitrep.commands.common import backend_option, progress_console
from sitrep.errors import SitrepError
from sitrep.evaluation import EvalResult


@dataclass(frozen=True)
class Corpus:
    """An evaluation corpus: the adapter that scores it and where it sits in the benchmarks folder."""

    name: str
    module: str
    function: str
    pattern: str
    limit: int | None = None
    """Documents `eval all` takes (the first ones, in file order), to stay inside the time budget."""
    in_repository: bool = False
    """The pattern is a path in this repository (our own fixtures), not in the benchmarks folder."""


CORPORA: tuple[Corpus, ...] = (
    Corpus("case2021", "sitrep.evaluation.case2021", "evaluate", "case2021_task2/dev.tsv"),
    Corpus("case2021-negatives", "sitrep.evaluation.negatives", "evaluate", "case2021_task2/negatives_dev.tsv"),
    Corpus("acled-benin", "sitrep.evaluation.acled", "evaluate", "acled/acled_benin_*.csv"),
    Corpus("acled-kenya", "sitrep.evaluation.acled", "evaluate", "acled/acled_kenya_*.csv"),
    Corpus("acled-bangladesh", "sitrep.evaluation.acled", "evaluate", "acled/acled_protests_bangladesh_*.csv"),
    Corpus("muc4", "sitrep.evaluation.muc4", "evaluate", "muc4/dev_full_keys.jsonl"),
    Corpus("geoparse-lgl", "sitrep.evaluation.geoparsing", "evaluate", "geoparsing/LGL.jsonl"),
    Corpus("geoparse-geovirus", "sitrep.evaluation.geoparsing", "evaluate", "geoparsing/GeoVirus.jsonl"),
    Corpus("geovirus-negatives", "sitrep.evaluation.negatives", "evaluate", "geoparsing/GeoVirus.jsonl"),
    Corpus("wikievents", "sitrep.evaluation.arguments", "evaluate_wikievents", "wikievents/dev.jsonl"),
    Corpus("rams", "sitrep.evaluation.arguments", "evaluate_rams", "rams/dev.jsonlines"),
    Corpus("everyday", "sitrep.evaluation.everyday", "evaluate", "tests/fixtures/everyday", in_repository=True),
)
"""Every development corpus `eval all` scores. Disease-outbreak news (GeoVirus) is scored twice: for
its places, and as text where every event reported is a false one."""
SEEDS = Corpus("seeds", "sitrep.evaluation.seeds", "evaluate", "")
BY_NAME = {c.name: c for c in (*CORPORA, SEEDS)}


def run_corpus(corpus: Corpus, path: str | Path | None, limit: int | None = None,
               backend: str | None = None) -> EvalResult:
    """One corpus's result; a missing module or file, or a failure, becomes a 'not available' result.
    Every event its adapter codes comes from `backend` (default: `sitrep.backends.current()`)."""
    from sitrep import backends
    from sitrep.evaluation.report import unavailable

    shown = str(path or corpus.pattern)
    if importlib.util.find_spec(corpus.module) is None:
        return unavailable(corpus.name, shown, f"{corpus.module} is not written yet")
    if path is None or not Path(path).exists():
        return unavailable(corpus.name, shown, "corpus file not found")
    evaluate: Callable[..., EvalResult] = getattr(importlib.import_module(corpus.module), corpus.function)
    try:
        with backends.using(backend or backends.current()):
            result = evaluate(str(path), limit=limit)
    except SitrepError as exc:
        return unavailable(corpus.name, shown, str(exc))
    except Exception as exc:  # noqa: BLE001 - one broken adapter must not hide the other corpora
        return unavailable(corpus.name, shown, f"evaluation failed: {type(exc).__name__}: {exc}")
    result.corpus = corpus.name
    if result.seconds and result.documents:
        result.metrics.setdefault("documents_per_second", result.documents / result.seconds)
    return result


REPOSITORY = Path(__file__).resolve().parents[2]
"""The checkout sitrep runs from, where our own fixtures lie (absent from an installed package)."""


def corpus_path(benchmarks: Path, corpus: Corpus) -> Path | None:
    """The corpus file under the benchmarks folder (the first match of its pattern), or in this
    repository for our own fixtures, if present."""
    matches = sorted((REPOSITORY if corpus.in_repository else benchmarks).glob(corpus.pattern))
    return matches[0] if matches else None


def _report(results: list[EvalResult], json_path: str | None, markdown_path: str | None, examples: int,
            quote_chars: int, command: str) -> None:
    from sitrep.evaluation.report import print_results, write_json, write_markdown

    console = Console()
    print_results(results, console, examples=examples)
    for result in results:
        if "articles" in result.details:
            _print_articles(result, console)
    console = progress_console()
    if json_path:
        write_json(results, json_path)
        console.print(f"JSON report: {json_path}")
    if markdown_path:
        write_markdown(results, markdown_path, command=command, quote_chars=quote_chars)
        console.print(f"Markdown page: {markdown_path}")


def _print_articles(result: EvalResult, console) -> None:
    """Per-article pass/fail of every rule, with the reason for each failure (golden-article corpora)."""
    for article in result.details["articles"]:
        verdict = "[green]pass[/green]" if article["passed"] else "[red]FAIL[/red]"
        error = f" error: {article['error']}" if article["error"] else ""
        console.print(f"{verdict} {escape(article['file'])} ({article['events']} events){escape(error)}",
                      highlight=False)
        for outcome in article["required"]:
            console.print(f"  required: {outcome['what'][:90]} -> "
                          f"{'found ' + str(outcome['event_id']) if outcome['found'] else 'not found'}",
                          highlight=False, markup=False)
            for check in outcome["checks"]:
                if not check["ok"]:
                    console.print(f"    x {check['field']}: got {check['got']!r}, want {check['expected']!r} "
                                  f"{check['reason']}", highlight=False, markup=False)
        for check in article["forbidden"]:
            mark = "ok" if check["ok"] else "x"
            console.print(f"  forbidden {check['field']}: {mark} {check['reason'] or check['got'] or ''}",
                          highlight=False, markup=False)


REPORT_OPTIONS = (
    click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents (quick runs)."),
    click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Write the JSON report here."),
    click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False),
                 help="Write the Markdown page here."),
    click.option("--examples", type=click.IntRange(min=0), default=3, show_default=True,
                 help="Error examples per field to print."),
    click.option("--quote-chars", type=click.IntRange(min=0), default=0, show_default=True,
                 help="Quote this much corpus text per example in the Markdown (keep 0 for committed pages)."),
)


def report_options(function: Callable) -> Callable:
    """The options every scoring command shares."""
    for option in reversed(REPORT_OPTIONS):
        function = option(function)
    return function


@click.group("eval")
def eval_command() -> None:
    """Score sitrep on public corpora beside published systems, and guard the figures with floors.

    Example: sitrep eval muc4 ../shared/benchmarks/muc4/dev_full_keys.jsonl --limit 20
    """


NAMED_BY_FILE = frozenset({"acled", "geoparse", "negatives"})
"""Verbs that score any file of their kind: the result is named after the file ('acled-kenya')."""


def _single(verb: str, name: str, help_text: str) -> None:
    """Register `sitrep eval VERB PATH`, scoring one file with the adapter of corpus `name`."""
    corpus = BY_NAME[name]

    @report_options
    @backend_option()
    @click.argument("path", type=click.Path(exists=True))
    def command(path: str, backend: str, limit: int | None, json_path: str | None, markdown_path: str | None,
                examples: int, quote_chars: int) -> None:
        label = f"{verb}-{Path(path).stem.lower().removeprefix(verb + '_')}" if verb in NAMED_BY_FILE else name
        result = run_corpus(Corpus(label, corpus.module, corpus.function, corpus.pattern), path, limit, backend)
        _report([result], json_path, markdown_path, examples, quote_chars, _command(f"sitrep eval {verb}", backend))
        if not result.metrics:
            raise click.ClickException(f"{verb}: {result.details.get('reason')}")

    command.__doc__ = help_text
    eval_command.command(verb)(command)


_single("case2021", "case2021", "CASE 2021 task 2 sub-event types of the events `sitrep extract` returns.\n\n"
                                "Example: sitrep eval case2021 ../shared/benchmarks/case2021_task2/dev.tsv")
_single("negatives", "case2021-negatives", "Text with no ACLED event (a TSV of snippets or JSON lines of "
                                           "articles): the false-event rate.\n\nExample: sitrep eval negatives "
                                           "../shared/benchmarks/case2021_task2/negatives_dev.tsv")
_single("acled", "acled-benin", "An ACLED CSV export: code each note, compare seven fields, count spurious "
                                "events.\n\nExample: sitrep eval acled export.csv")
_single("muc4", "muc4", "MUC-4 templates (GTT metric) and date/location/casualties from the full keys.\n\n"
                        "Example: sitrep eval muc4 ../shared/benchmarks/muc4/dev_full_keys.jsonl")
_single("geoparse", "geoparse-lgl", "A geoparsing corpus (LGL, GeoVirus): toponym resolution.\n\n"
                                    "Example: sitrep eval geoparse ../shared/benchmarks/geoparsing/LGL.jsonl")
_single("wikievents", "wikievents", "WikiEvents argument roles (head and exact F1).\n\n"
                                    "Example: sitrep eval wikievents ../shared/benchmarks/wikievents/dev.jsonl")
_single("rams", "rams", "RAMS argument roles (head and exact F1).\n\nExample: sitrep eval rams "
                        "../shared/benchmarks/rams/dev.jsonlines")
_single("everyday", "everyday", "Our own everyday reports and non-events (tests/fixtures/everyday): fields of the "
                                "main event and the false-event rate.\n\nExample: sitrep eval everyday "
                                "tests/fixtures/everyday/reports.jsonl")
_single("seeds", "seeds", "Golden articles listed in an expected.json: every required field and forbidden rule."
                          "\n\nExample: sitrep eval seeds examples/articles/expected.json")


@eval_command.command("all")
@click.option("--benchmarks", type=click.Path(file_okay=False), default="../shared/benchmarks", show_default=True)
@click.option("--seeds", "seeds_path", type=click.Path(dir_okay=False), help="An expected.json to check too.")
@click.option("--only", multiple=True, type=click.Choice([c.name for c in CORPORA]), help="Only these corpora.")
@click.option("--gate", "floors_path", type=click.Path(dir_okay=False),
              help="Fail when a figure is below its floor in this file (e.g. eval/floors.json).")
@backend_option()
@report_options
def all_command(benchmarks: str, seeds_path: str | None, only: tuple[str, ...], floors_path: str | None,
                backend: str, limit: int | None, json_path: str | None, markdown_path: str | None, examples: int,
                quote_chars: int) -> None:
    """Every corpus in the benchmarks folder (and the seeds): the table, the reports, optionally the gate.

    Every corpus runs in full (a Corpus.limit in sitrep/commands/evaluate.py would cut one to its
    first documents if the run outgrew 10 minutes on 2 cores); --limit caps every corpus.

    Example: sitrep eval all --benchmarks ../shared/benchmarks --seeds ../shared/seeds/expected.json

    Example: sitrep eval all --only case2021 --backend rules
    """
    console = progress_console()
    folder = Path(benchmarks)
    results = []
    for corpus in CORPORA:
        if only and corpus.name not in only:
            continue
        cap = min(x for x in (limit, corpus.limit) if x) if (limit or corpus.limit) else None
        console.print(f"evaluating {corpus.name} ...", style="dim")
        results.append(run_corpus(corpus, corpus_path(folder, corpus), cap, backend))
    if seeds_path and not only:
        results.append(run_corpus(SEEDS, seeds_path, limit, backend))
    made_by = "make eval" if backend == DEFAULT_BACKEND else _command("sitrep eval all", backend)
    _report(results, json_path, markdown_path, examples, quote_chars, made_by)
    if floors_path:
        _gate(results, floors_path)


def _command(command: str, backend: str) -> str:
    """How a report says it was made: the command, with the backend when it is not the default."""
    return command if backend == DEFAULT_BACKEND else f"{command} --backend {backend}"


def _gate(results: list[EvalResult], floors_path: str) -> None:
    from sitrep.evaluation.gate import check, load_floors

    problems = check(results, load_floors(floors_path))
    console = progress_console()
    if problems:
        for line in problems:
            console.print(f"[red]below floor[/red] {escape(line)}", highlight=False)
        sys.exit(1)
    console.print(f"[green]gate passed[/green]: every figure is at or above its floor in {floors_path}")


@eval_command.command("gate")
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False), default="eval/floors.json",
              show_default=True)
@click.option("--report", "report_path", type=click.Path(exists=True, dir_okay=False), required=True,
              help="A JSON report written by `sitrep eval all --json`.")
def gate_command(floors_path: str, report_path: str) -> None:
    """Exit non-zero, listing them, when figures of a JSON report are below their pinned floors.

    Example: sitrep eval gate --floors eval/floors.json --report .eval/report.json
    """
    from sitrep.evaluation.report import read_json

    try:
        results = read_json(report_path)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    _gate(results, floors_path)


@eval_command.command("floors")
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False), default="eval/floors.json",
              show_default=True)
@click.option("--report", "report_path", type=click.Path(exists=True, dir_okay=False), required=True)
@click.option("--update", is_flag=True, help="Write the raised floors (otherwise only show the changes).")
@click.option("--margin", type=click.FloatRange(0, 1), help="Gap below the current figures (default: the file's).")
@click.option("--allow-lower-floors", "reason", metavar="REASON",
              help="Allow floors to go down, recording this reason (repeat it in the commit message).")
@click.option("--reset", "reset_reason", metavar="REASON",
              help="Drop every pinned bound and pin the report's figures anew (when the scorers or corpora "
                   "changed, so the old bounds measure something else), recording this reason.")
def floors_command(floors_path: str, report_path: str, update: bool, margin: float | None,
                   reason: str | None, reset_reason: str | None) -> None:
    """Raise the floors to a report's check figures minus a margin; pin new metrics.

    Example: sitrep eval floors --report .eval/report.json --update
    """
    import datetime as dt

    from sitrep.evaluation.gate import Floors, load_floors, save_floors, updated_floors
    from sitrep.evaluation.report import read_json

    try:
        floors = load_floors(floors_path)
        if reset_reason:
            floors = Floors({}, floors.margin, floors.lowered + [
                {"date": dt.date.today().isoformat(), "corpus": "all", "metric": "all", "reset": True,
                 "reason": reset_reason}])
        floors, changes = updated_floors(floors, read_json(report_path), reason, margin)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    console = progress_console()
    for line in changes or ["no floor changes"]:
        console.print(line, highlight=False)
    if update:
        save_floors(floors, floors_path)
        console.print(f"wrote {floors_path}")
