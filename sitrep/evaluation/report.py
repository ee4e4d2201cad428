"""Evaluation figures as a terminal table, a JSON report and the Markdown page docs/evaluation.md.

Fractions (0-1) are shown as percentages; metrics named like `*_km`, `*_mae`, `*_seconds` or
`*_per_second` are shown as they are. The Markdown page is committed, so it quotes no corpus text
by default (the corpora are not ours to redistribute): error examples give the document id, what
sitrep said and what the gold says; the JSON report (kept out of git) has the full texts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation.split import HALVES, Item, half

RAW_SUFFIXES = ("_km", "_mae", "_seconds", "_per_second", "_count", "_per_document")
"""Metrics with these endings are not fractions: shown as they are, and never pinned as floors."""
LOWER_IS_BETTER = ("false_event_rate", "no_event_rate", "_ece")
"""Parts of the names of fractions where lower is better (false events on text with none, reports
given no event, calibration error; per kind too, 'false_event_rate_disease'): the gate pins a
ceiling on them instead of a floor."""
CALIBRATION_BINS = 10

EXAMPLES_PER_FIELD = 5
NOT_AVAILABLE = "not available"


def precision_recall_f1(p_num: int, p_den: int, r_num: int, r_den: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; 0 where a denominator is 0."""
    precision = p_num / p_den if p_den else 0.0
    recall = r_num / r_den if r_den else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def f1_figures(prefix: str, p_num: int, p_den: int, r_num: int, r_den: int) -> dict[str, float]:
    """`{prefix}_precision`, `{prefix}_recall` and `{prefix}_f1` from counts, for an EvalResult."""
    precision, recall, f1 = precision_recall_f1(p_num, p_den, r_num, r_den)
    return {f"{prefix}_precision": precision, f"{prefix}_recall": recall, f"{prefix}_f1": f1}


def is_fraction(metric: str) -> bool:
    """True for metrics in 0-1 (the ones a floor or a ceiling can guard)."""
    return not metric.endswith(RAW_SUFFIXES)


def lower_is_better(metric: str) -> bool:
    """True for the fractions the gate caps from above (false-event rates, calibration errors)."""
    return any(part in metric for part in LOWER_IS_BETTER)


def calibration_error(outcomes: list[tuple[float, bool]], bins: int = CALIBRATION_BINS) -> float:
    """Expected calibration error of (confidence, right?) pairs: the gap between the mean confidence
    and the share right in each of `bins` equal-width confidence bins, weighted by the bin's size.
    0 means `confidence` says exactly how often events are right."""
    if not outcomes:
        return 0.0
    grouped: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for confidence, right in outcomes:
        grouped[min(int(confidence * bins), bins - 1)].append((confidence, right))
    gap = 0.0
    for members in grouped.values():
        mean_confidence = sum(c for c, _ in members) / len(members)
        share_right = sum(r for _, r in members) / len(members)
        gap += len(members) * abs(mean_confidence - share_right)
    return gap / len(outcomes)


def reliability(outcomes: list[tuple[float, bool]], bins: int = CALIBRATION_BINS) -> list[list[float]]:
    """The points of a reliability diagram: per non-empty confidence bin (the bins of `calibration_error`),
    [mean confidence, share right, events]; on the diagonal where `confidence` says how often events are right."""
    grouped: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for confidence, right in outcomes:
        grouped[min(int(confidence * bins), bins - 1)].append((confidence, right))
    return [[round(sum(c for c, _ in members) / len(members), 4), round(sum(r for _, r in members) / len(members), 4),
             len(members)] for _, members in sorted(grouped.items())]


def reliability_by_half(items: list[Item], document_id: Callable[[Item], Any],
                        judged: Callable[[Item], list[tuple[float, bool]]]) -> dict[str, list[list[float]]]:
    """`reliability` over all documents' judged events and over each half's, for an EvalResult's details."""
    parts: dict[str, list[tuple[float, bool]]] = {"all": [], **{name: [] for name in HALVES}}
    for item in items:
        parts["all"].extend(judged(item))
        parts[half(document_id(item))].extend(judged(item))
    return {name: reliability(pairs) for name, pairs in parts.items()}


def unavailable(corpus: str, path: str, reason: str) -> EvalResult:
    """The result shown for a corpus that could not be evaluated (module or file missing, or an error)."""
    return EvalResult(corpus=corpus, path=path, documents=0, metrics={}, details={"status": NOT_AVAILABLE,
                                                                                   "reason": reason})


def chance_points(documents: int) -> float:
    """Half the 95 % interval, in points, of a share measured over this many documents (at 50 %,
    where it is widest): how far a figure of one half may stand from the other's by chance."""
    return 100 * 1.96 * (0.25 / documents) ** 0.5 if documents else 100.0


def format_value(metric: str, value: float) -> str:
    """A metric as shown to people: percentages with one decimal, raw figures with two."""
    return f"{value * 100:.1f}" if is_fraction(metric) else f"{value:.2f}"


# --- terminal -------------------------------------------------------------------------------------


COLUMNS = ("corpus", "metric", "all", "tune", "check", "gap", "reference")
"""The columns of the figures table: the whole corpus, each half, and check minus tune."""


def figure_cells(result: EvalResult, metric: str) -> tuple[str, str, str, str]:
    """A metric of a result as shown: over all documents, on the tune and check halves, and the gap
    (check minus tune, in points for fractions); halves are blank for a corpus that is not split."""
    value = format_value(metric, result.metrics[metric])
    tune, check = (result.halves.get(name, {}).get(metric) for name in ("tune", "check"))
    if tune is None or check is None:
        return value, "", "", ""
    gap = (check - tune) * 100 if is_fraction(metric) else check - tune
    return value, format_value(metric, tune), format_value(metric, check), f"{gap:+.1f}"


def terminal_table(results: list[EvalResult]) -> Table:
    """A rich table: corpus | metric | all | tune | check | gap | reference (fractions in percent)."""
    split = any(result.halves for result in results)
    columns = COLUMNS if split else tuple(c for c in COLUMNS if c not in ("tune", "check", "gap"))
    table = Table(title="sitrep evaluation", show_lines=False)
    for column in columns:
        table.add_column(column, justify="right" if column in ("all", "tune", "check", "gap") else "left",
                         overflow="fold")
    for result in results:
        label = f"{result.corpus} ({result.documents} docs, {result.seconds:.0f} s)"
        if not result.metrics:
            reason = result.details.get("reason", "")
            table.add_row(result.corpus, NOT_AVAILABLE, "-", *[""] * (len(columns) - 4), reason[:80],
                          end_section=True)
            continue
        names = list(result.metrics)
        for index, metric in enumerate(names):
            cells = figure_cells(result, metric)
            table.add_row(
                label if index == 0 else "",
                metric,
                *(cells if split else cells[:1]),
                result.reference.get(metric, ""),
                end_section=index == len(names) - 1,
            )
    return table


def print_results(results: list[EvalResult], console: Console | None = None, examples: int = 0) -> None:
    """Print the table, and up to `examples` error examples per field of each corpus."""
    console = console or Console()
    console.print(terminal_table(results))
    for result in results:
        for field, items in _by_field(result.examples, examples).items():
            console.print(f"{result.corpus} · {field}", style="bold", highlight=False, markup=False)
            for item in items:
                console.print(f"  {item.document_id}: said {item.predicted!r}, gold {item.gold!r}", highlight=False,
                              markup=False)
                console.print(f"    {' '.join(str(item.text).split())[:200]}", style="dim", highlight=False,
                              markup=False)


def _by_field(examples: list[ErrorExample], limit: int) -> dict[str, list[ErrorExample]]:
    grouped: dict[str, list[ErrorExample]] = defaultdict(list)
    for example in examples:
        if len(grouped[example.field]) < limit:
            grouped[example.field].append(example)
    return {name: items for name, items in grouped.items() if items}


# --- JSON -----------------------------------------------------------------------------------------------


def to_json(results: list[EvalResult]) -> dict[str, Any]:
    """The JSON report: when it was made and every result with its details and examples."""
    return {
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "results": [dataclasses.asdict(r) for r in results],
    }


def write_json(results: list[EvalResult], path: str | Path) -> None:
    """Write the JSON report, creating its folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_json(results), indent=1, default=str, ensure_ascii=False) + "\n", encoding="utf-8")


def read_json(path: str | Path) -> list[EvalResult]:
    """Results back from a JSON report written by `write_json`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return [
            EvalResult(**{**r, "examples": [ErrorExample(**e) for e in r.get("examples") or []]})
            for r in data["results"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvaluationError(f"cannot read the evaluation report {path}: {exc}") from exc


# --- Markdown ---------------------------------------------------------------------------------------------


def markdown(results: list[EvalResult], *, command: str = "make eval", quote_chars: int = 0) -> str:
    """The docs page: the summary table, then per corpus its figures and error examples per field."""
    lines = [
        "# Evaluation",
        "",
        f"Generated by `{command}` on {dt.date.today().isoformat()}; do not edit by hand.",
        "Figures are sitrep's on the development splits in `../shared/benchmarks` (percentages unless",
        "the metric is in km, seconds, per document or an absolute error), beside published figures on",
        "the same data. Every corpus is split by a hash of the document id into a tune part (two",
        "thirds: rules are developed by reading it) and a check part (one third: read only as figures);",
        "`gap` is check minus tune in points. The gate in CI fails when a check figure drops below its",
        "floor (or a false-event rate or calibration error rises above its ceiling) in `eval/floors.json`.",
        "",
        "| corpus | metric | all | tune | check | gap | reference |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for result in results:
        if not result.metrics:
            lines.append(f"| {result.corpus} | {NOT_AVAILABLE} | - | | | | {_cell(result.details.get('reason', ''))} |")
        for metric in result.metrics:
            cells = (result.corpus, metric, *figure_cells(result, metric), result.reference.get(metric, ""))
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines += _reliability_section(results)
    for result in results:
        lines += _corpus_section(result, quote_chars)
    return "\n".join(lines) + "\n"


def write_markdown(results: list[EvalResult], path: str | Path, **options: Any) -> None:
    """Write the Markdown page, creating its folder, and beside it the reliability diagram it shows."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown(results, **options), encoding="utf-8")
    if _check_reliability(results):
        (path.parent / RELIABILITY_SVG).write_text(reliability_svg(results), encoding="utf-8")


RELIABILITY_SVG = "evaluation-reliability.svg"
"""The reliability diagram's file name, written beside the Markdown page."""
PLOT_COLOURS = ("#1b6ca8", "#d1495b", "#edae49", "#3c8d2f", "#6a4c93", "#00798c", "#8d6a9f", "#444444")


def _check_reliability(results: list[EvalResult]) -> dict[str, list[list[float]]]:
    """Corpus name -> reliability points on its check half, for the corpora that judge `confidence`."""
    return {r.corpus: r.details["reliability"]["check"] for r in results
            if r.details.get("reliability", {}).get("check")}


def _reliability_section(results: list[EvalResult]) -> list[str]:
    """The page's calibration section: the diagram and its points as a table (check halves)."""
    points = _check_reliability(results)
    if not points:
        return []
    lines = ["", "## Calibration of `confidence` (check halves)", "",
             "Each point is one confidence bin of the events coded from a corpus's check half: the mean",
             "`confidence` of its events against the share of them that are right (the main event with the",
             "gold type). On the diagonal, an event at 0.8 is right 80 % of the time; `confidence_ece` is the",
             "events-weighted mean distance from it. `confidence` is the rules' raw score through a Platt map",
             "fitted on the tune halves pooled (`scripts/fit_calibration.py --sources tune-halves`; check halves",
             "never read), shipped because it lowers the error on every tune half, fitted and cross-validated.",
             "Maps fitted on our own corpus and MUC-4 train raised this error on the tune halves and are kept",
             "`withheld` in `sitrep/data/calibration.json` with their figures.",
             "", f"![Reliability diagram, check halves]({RELIABILITY_SVG})",
             "", "| corpus | mean confidence | share right | events |", "|---|---:|---:|---:|"]
    for corpus, bins in points.items():
        lines += [f"| {corpus} | {mean:.2f} | {share:.2f} | {count} |" for mean, share, count in bins]
    return lines


def reliability_svg(results: list[EvalResult], size: int = 360, margin: int = 48) -> str:
    """A hand-drawn reliability diagram (SVG): share right against mean confidence per bin, one line per
    corpus on its check half, dots sized by the bin's events, and the diagonal of perfect calibration."""
    points = _check_reliability(results)
    width = size + 2 * margin + 170

    def x(value: float) -> float:
        return round(margin + value * size, 1)

    def y(value: float) -> float:
        return round(margin + (1 - value) * size, 1)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{size + 2 * margin}" '
             f'viewBox="0 0 {width} {size + 2 * margin}" font-family="sans-serif" font-size="11">',
             f'<rect width="{width}" height="{size + 2 * margin}" fill="white"/>']
    for tick in range(0, 11, 2):
        value = tick / 10
        parts += [f'<line x1="{x(value)}" y1="{y(0)}" x2="{x(value)}" y2="{y(1)}" stroke="#e5e5e5"/>',
                  f'<line x1="{x(0)}" y1="{y(value)}" x2="{x(1)}" y2="{y(value)}" stroke="#e5e5e5"/>',
                  f'<text x="{x(value)}" y="{y(0) + 15}" text-anchor="middle">{value:.1f}</text>',
                  f'<text x="{x(0) - 6}" y="{y(value) + 4}" text-anchor="end">{value:.1f}</text>']
    parts += [f'<rect x="{x(0)}" y="{y(1)}" width="{size}" height="{size}" fill="none" stroke="#888"/>',
              f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(1)}" y2="{y(1)}" stroke="#888" stroke-dasharray="4 3"/>',
              f'<text x="{x(0.5)}" y="{y(0) + 32}" text-anchor="middle">mean confidence of the bin</text>',
              f'<text transform="translate({margin - 34} {y(0.5)}) rotate(-90)" text-anchor="middle">share right</text>',
              f'<text x="{x(0)}" y="{margin - 16}" font-size="13">Reliability of confidence, check halves</text>']
    most = max((count for bins in points.values() for _, _, count in bins), default=1)
    for index, (corpus, bins) in enumerate(points.items()):
        colour = PLOT_COLOURS[index % len(PLOT_COLOURS)]
        line = " ".join(f"{x(mean)},{y(share)}" for mean, share, _ in bins)
        parts.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="1.5"/>')
        parts += [f'<circle cx="{x(mean)}" cy="{y(share)}" r="{2 + 5 * (count / most) ** 0.5:.1f}" fill="{colour}" '
                  f'fill-opacity="0.7"><title>{corpus}: {count} events at {mean:.2f}, {share:.0%} right</title></circle>'
                  for mean, share, count in bins]
        legend_y = margin + 8 + 18 * index
        parts += [f'<rect x="{x(1) + 16}" y="{legend_y - 8}" width="10" height="10" fill="{colour}"/>',
                  f'<text x="{x(1) + 32}" y="{legend_y + 1}">{corpus}</text>']
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _corpus_section(result: EvalResult, quote_chars: int) -> list[str]:
    lines = ["", f"## {result.corpus}", ""]
    if not result.metrics:
        return lines + [f"Not available: {result.details.get('reason', '')}"]
    sizes = result.half_documents
    split = f" ({sizes.get('tune', 0)} tune, {sizes.get('check', 0)} check)" if sizes else ""
    lines.append(f"`{Path(result.path).name}`: {result.documents} documents{split} in {result.seconds:.0f} s.")
    if sizes.get("check"):
        lines.append(f"A share over the check half's documents is known to about ±{chance_points(sizes['check']):.0f} "
                     "points (95 %): a smaller tune/check gap is within chance.")
    notes = result.details.get("notes")
    if notes:
        lines += ["", str(notes)]
    grouped = _by_field(result.examples, EXAMPLES_PER_FIELD)
    if not grouped:
        return lines
    lines += ["", "Error examples from the tune half (at most 5 per field; full texts in the JSON report):", ""]
    header = "| field | document | sitrep said | gold says |" + (" text |" if quote_chars else "")
    lines += [header, "|---|---|---|---|" + ("---|" if quote_chars else "")]
    for field, examples in grouped.items():
        for example in examples:
            cells = (field, _short(example.document_id or "", 30), _short(example.predicted), _short(example.gold))
            row = "| " + " | ".join(_cell(c) for c in cells) + " |"
            if quote_chars:
                row += f" {_cell(' '.join(str(example.text).split())[:quote_chars])} |"
            lines.append(row)
    return lines


def _short(value: Any, limit: int = 45) -> str:
    """A value clipped short: the page must not carry long stretches of corpus text."""
    text = json.dumps(value, ensure_ascii=False, default=str) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(value: Any) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")
