"""Our own everyday news items as a test set: short conflict reports coded by hand, and non-events.

Two JSON Lines files side by side (`reports.jsonl`, `nonevents.jsonl`; see tests/fixtures/everyday).
Each report carries `expected`, what a careful ACLED coder takes from its text. Sitrep codes each item
with its `published` date and `country`; a report's main event is its current (non-background) event of
highest confidence (ties: the first). Seven fields of the main event are scored: event_type,
sub_event_type, actors (unordered pair, period labels dropped), location (the same name without case,
accents or punctuation, or within 50 km of a place of the coder's name in the item's country, as the ACLED
scorer allows: 'Fasher' is 'El Fasher'), admin1 (the same unit however spelled, as the ACLED scorer compares it:
'Banadir' and GeoNames' 'Banaadir', 'Middle Shabelle' and 'Shabeellaha Dhexe'), event_date and
fatalities (equal to the coder's count, ACLED's lowest reported toll). A non-event is wrong when sitrep gives it any current event.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from sitrep import countries
from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult, negatives
from sitrep.evaluation.acled import LOCATION_KM, NoteOutcome, actor_key, same_admin1, score
from sitrep.evaluation.negatives import NegativeOutcome
from sitrep.evaluation.report import reliability_by_half
from sitrep.evaluation.seeds import current_events, distance_km, extract_events, main_event, plain
from sitrep.evaluation.split import score_by_half
from sitrep.schema import Event

REPORTS_FILE = "reports.jsonl"
NONEVENTS_FILE = "nonevents.jsonl"
FIELDS = ("event_type", "sub_event_type", "actors", "location", "admin1", "event_date", "fatalities")
NONEVENT_KINDS = ("disease", "disaster", "accident", "crime", "sport", "economy", "diplomacy", "politics",
                  "history", "culture", "habitual", "hypothetical")
EXAMPLES_PER_FIELD = 20


def fixture_paths(path: str | Path) -> tuple[Path, Path]:
    """The reports and non-events files: `path` is their folder or either file (the other is its sibling)."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    return folder / REPORTS_FILE, folder / NONEVENTS_FILE


def read_items(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The items of one JSON Lines file (blank lines skipped), with a clear error naming a bad line."""
    items: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError(f"{path}:{number} is not JSON: {exc}") from exc
                if not isinstance(item, dict) or not isinstance(item.get("text"), str) or "id" not in item:
                    raise EvaluationError(f"{path}:{number} lacks an id or a text")
                items.append(item)
                if limit and len(items) >= limit:
                    break
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"cannot read everyday fixtures {path}: {exc}") from exc
    return items


def coded_events(item: dict[str, Any]) -> tuple[list[Event], str | None]:
    """The events sitrep codes from one item, coded with its date and country."""
    published = dt.date.fromisoformat(item["published"]) if item.get("published") else None
    return extract_events(item["text"], document_id=item["id"], published=published, country=item.get("country"))


def _same_name(got: str | None, gold: str | None) -> bool:
    return plain(got) == plain(gold)


def _same_place(event: Event, gold: str | None, country: str | None) -> bool:
    """Whether our location is the coder's place: the same name, or within LOCATION_KM of a place of that name in
    the item's country (names of one place differ by article and romanisation)."""
    if _same_name(event.location, gold):
        return True
    if not gold or event.latitude is None or event.longitude is None:
        return False
    from sitrep.gazetteer import load

    return any((not country or c.place.country_code == country)
               and distance_km(event.latitude, event.longitude, c.place.latitude, c.place.longitude) <= LOCATION_KM
               for c in load().lookup(gold))


def _same_admin1(got: str | None, gold: str | None, country: str | None) -> bool:
    """Whether our admin1 names the coder's unit, by the same name or another spelling of it in the item's country."""
    known = countries.country_by_code(country) if country else None
    return _same_name(got, gold) or bool(gold) and same_admin1(got, gold, known.name if known else None)


def field_checks(event: Event | None, expected: dict[str, Any],
                 country: str | None = None) -> dict[str, tuple[bool, Any, Any]]:
    """Each of the seven fields of the main event against the coder's values: (right?, predicted, gold);
    `country` is the item's ISO code, where the gold admin1 is looked up."""
    gold_actors = sorted(k for k in (actor_key(expected.get("actor1")), actor_key(expected.get("actor2"))) if k)
    gold = {name: expected.get(name) for name in FIELDS}
    gold["actors"] = [expected.get("actor1"), expected.get("actor2")]
    if event is None:
        return {name: (False, None, gold[name]) for name in FIELDS}
    got_actors = sorted(k for k in (actor_key(event.actor1), actor_key(event.actor2)) if k)
    return {
        "event_type": (event.event_type == gold["event_type"], event.event_type, gold["event_type"]),
        "sub_event_type": (event.sub_event_type == gold["sub_event_type"], event.sub_event_type,
                           gold["sub_event_type"]),
        "actors": (got_actors == gold_actors, [event.actor1, event.actor2], gold["actors"]),
        "location": (_same_place(event, gold["location"], country), event.location, gold["location"]),
        "admin1": (_same_admin1(event.admin1, gold["admin1"], country), event.admin1, gold["admin1"]),
        "event_date": (event.event_date == gold["event_date"], event.event_date, gold["event_date"]),
        "fatalities": (event.fatalities == gold["fatalities"], event.fatalities, gold["fatalities"]),
    }


def code_report(item: dict[str, Any]) -> tuple[NoteOutcome, str | None]:
    """Code one report and check the seven fields of its main event against the coder's values."""
    events, error = coded_events(item)
    main = main_event(events)
    checks = field_checks(main, item["expected"], item.get("country"))
    judged = [(e.confidence, e is main and checks["event_type"][0]) for e in current_events(events)]
    return NoteOutcome(item["id"], checks, main is not None, judged), error


def score_reports(outcomes: list[NoteOutcome]) -> dict[str, float]:
    """The ACLED figures over our reports (`acled.score` with our fields) and the share given no event."""
    metrics = score(outcomes, FIELDS)
    metrics["no_event_rate"] = sum(not o.has_event for o in outcomes) / max(len(outcomes), 1)
    return metrics


def score_nonevents(outcomes: list[NegativeOutcome]) -> dict[str, float]:
    """The false-event rate over all non-events and over each kind of them."""
    metrics = negatives.score(outcomes)
    for kind in sorted({o.kind for o in outcomes}):
        metrics[f"false_event_rate_{kind}"] = negatives.score([o for o in outcomes if o.kind == kind])[
            "false_event_rate"]
    return metrics


def evaluate(path: str, limit: int | None = None) -> EvalResult:
    """Code every everyday item (`limit`: the first N of each file) and score reports and non-events."""
    started = time.perf_counter()
    reports_path, nonevents_path = fixture_paths(path)
    reports = read_items(reports_path, limit)
    nonevents = read_items(nonevents_path, limit)
    failures: dict[str, str] = {}
    examples: list[ErrorExample] = []
    report_outcomes = []
    for item in reports:
        outcome, error = code_report(item)
        report_outcomes.append(outcome)
        if error:
            failures[item["id"]] = error
        if not outcome.has_event:
            examples.append(ErrorExample("no event coded", item["text"], None, item["expected"]["sub_event_type"],
                                         item["id"]))
            continue
        for name, (ok, got, gold) in outcome.checks.items():
            if not ok and sum(e.field == name for e in examples) < EXAMPLES_PER_FIELD:
                examples.append(ErrorExample(name, item["text"], got, gold, item["id"]))
    nonevent_outcomes = []
    for item in nonevents:
        events, error = coded_events(item)
        if error:
            failures[item["id"]] = error
        outcome = NegativeOutcome(item["id"], item.get("kind", "other"), item["text"],
                                  [e.sub_event_type for e in current_events(events)])
        nonevent_outcomes.append(outcome)
        if outcome.false_events:
            examples.append(ErrorExample("false event", item["text"], outcome.false_events, None, item["id"]))
    metrics, halves, sizes = score_by_half(report_outcomes, lambda o: o.document_id, score_reports)
    negative_metrics, negative_halves, negative_sizes = score_by_half(nonevent_outcomes, lambda o: o.document_id,
                                                                      score_nonevents)
    metrics.update(negative_metrics)
    for name in halves:
        halves[name].update(negative_halves[name])
        sizes[name] += negative_sizes[name]
    return EvalResult(
        corpus="everyday",
        path=str(reports_path.parent),
        documents=len(reports) + len(nonevents),
        metrics=metrics,
        reference={"mean_accuracy": "hand coding by the ACLED codebook (target 100)",
                   "false_event_rate": "target 0"},
        examples=examples,
        details={"reports": len(reports), "nonevents": len(nonevents), "failures": failures,
                 "reliability": reliability_by_half(report_outcomes, lambda o: o.document_id, lambda o: o.events),
                 "notes": "Each item coded with its published date and country; the main event is the "
                          "current event of highest confidence; names compared without case or accents."},
        seconds=time.perf_counter() - started,
        halves=halves,
        half_documents=sizes,
    )
