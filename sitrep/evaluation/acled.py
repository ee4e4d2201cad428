"""ACLED exports as a test set: code each row's `notes` text and compare with the row's columns.

Any CSV with ACLED's columns works. Each note is coded with no publication date (the note
states the date) and with the export's main country as the source's country (`--country`):
ACLED notes leave the country to a column, as a local outlet leaves it unsaid. Of the events sitrep returns, the one agreeing with the row on most fields
is compared (ties go to the first news event). Seven fields are scored: event_type,
sub_event_type, actors (actor1/actor2 as an unordered pair, ACLED's year suffixes like
'(2016-)' dropped), admin1, location (predicted coordinates within 50 km), event_date and
fatalities (right when equal to ACLED's count or to a death toll the note says a source gave,
since ACLED applies a source policy to conflicting tolls).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sitrep import countries
from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation.seeds import distance_km, extract_events, plain
from sitrep.schema import Event

FIELDS = ("event_type", "sub_event_type", "actors", "admin1", "location", "event_date", "fatalities")
REQUIRED_COLUMNS = frozenset({"notes", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
                              "latitude", "longitude", "fatalities"})
LOCATION_KM = 50.0
EXAMPLES_PER_FIELD = 20
MISSING = frozenset({"", "na", "n/a", "none", "null"})

YEAR_SUFFIX = re.compile(r"\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)")
"""ACLED's period label on state actors, also before a unit: 'Military Forces of Benin (2016-)',
'(1991-2006)', 'Police Forces of Benin (2016-) Forest Guards'."""

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_NUMBER = r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\b(?![-\s]+(?:" + _MONTH + r"|year))"
_DEATH = r"(?:killed|killing|dead|died|deaths?|fatalities|bodies|slain|lost their lives)"
DEATH_COUNTS = (
    re.compile(_NUMBER + r"(?=(?:\W+[\w-]+){0,5}?\W+" + _DEATH + ")", re.IGNORECASE),
    re.compile(_DEATH + r"(?:\W+[\w-]+){0,5}?\W+" + _NUMBER, re.IGNORECASE),
)
"""A number a few words before or after a death word: '3 people were killed', 'killed two civilians'."""


def actor_key(name: str | None) -> str:
    """An actor name for comparison: no period label, lower case, no punctuation, and the groups
    of "A and/or B" in a fixed order (either order names the same pair)."""
    if not name or name.strip().lower() in MISSING:
        return ""
    return " and or ".join(sorted(plain(YEAR_SUFFIX.sub("", part)) for part in name.split(" and/or ")))


def reported_death_counts(note: str) -> set[int]:
    """Death tolls the note attributes to some report (every 'N ... killed/dead' figure)."""
    counts = set()
    for pattern in DEATH_COUNTS:
        for match in pattern.finditer(note):
            word = match.group(1).lower()
            counts.add(int(word) if word.isdigit() else NUMBER_WORDS[word])
    return counts


def acled_date(value: str) -> str | None:
    """ACLED's '28 December 2022' (or ISO) as YYYY-MM-DD."""
    for pattern in ("%d %B %Y", "%Y-%m-%d", "%d-%B-%Y", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime(value.strip(), pattern).date().isoformat()
        except ValueError:
            continue
    return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def field_checks(event: Event, row: dict[str, str]) -> dict[str, tuple[bool, Any, Any]]:
    """Each of the seven fields of one event against one ACLED row: (right?, predicted, gold)."""
    gold_actors = sorted(k for k in (actor_key(row["actor1"]), actor_key(row["actor2"])) if k)
    got_actors = sorted(k for k in (actor_key(event.actor1), actor_key(event.actor2)) if k)
    lat, lon = _float(row["latitude"]), _float(row["longitude"])
    if event.latitude is not None and event.longitude is not None and lat is not None and lon is not None:
        km = distance_km(event.latitude, event.longitude, lat, lon)
        location = (km <= LOCATION_KM, f"{event.location} ({km:.0f} km off)", row.get("location"))
    else:
        location = (False, event.location, row.get("location"))
    gold_deaths = int(row["fatalities"]) if row["fatalities"].strip().isdigit() else None
    allowed = {gold_deaths} | reported_death_counts(row["notes"])
    return {
        "event_type": (event.event_type == row["event_type"], event.event_type, row["event_type"]),
        "sub_event_type": (event.sub_event_type == row["sub_event_type"], event.sub_event_type,
                           row["sub_event_type"]),
        "actors": (got_actors == gold_actors, [event.actor1, event.actor2], [row["actor1"], row["actor2"]]),
        "admin1": (bool(event.admin1) and plain(event.admin1) == plain(row["admin1"]), event.admin1, row["admin1"]),
        "location": location,
        "event_date": (event.event_date == acled_date(row["event_date"]), event.event_date, row["event_date"]),
        "fatalities": (event.fatalities in allowed, event.fatalities, row["fatalities"]),
    }


def best_event(events: list[Event], row: dict[str, str]) -> tuple[Event | None, dict[str, tuple[bool, Any, Any]]]:
    """The predicted event agreeing with the row on most fields; ties go to the first news event."""
    best: tuple[tuple[int, int], Event, dict[str, tuple[bool, Any, Any]]] | None = None
    for event in events:
        checks = field_checks(event, row)
        rank = (sum(ok for ok, _, _ in checks.values()), 0 if event.is_background else 1)
        if best is None or rank > best[0]:
            best = (rank, event, checks)
    if best is None:
        return None, {name: (False, None, _gold_value(name, row)) for name in FIELDS}
    return best[1], best[2]


def _gold_value(name: str, row: dict[str, str]) -> Any:
    return [row["actor1"], row["actor2"]] if name == "actors" else row.get(name)


def read_rows(path: str | Path, limit: int | None = None) -> list[dict[str, str]]:
    """Rows of an ACLED CSV export (with a clear error when the columns are not ACLED's)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            reader = csv.DictReader(stream)
            missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
            if missing:
                raise EvaluationError(f"{path} lacks ACLED columns: {', '.join(sorted(missing))}")
            rows = []
            for row in reader:
                rows.append({k: v or "" for k, v in row.items() if k is not None})
                if limit and len(rows) >= limit:
                    break
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EvaluationError(f"cannot read ACLED export {path}: {exc}") from exc


def main_country(rows: list[dict[str, str]]) -> str | None:
    """The country most rows of an export are about (exports are usually one country's)."""
    counts = Counter(row.get("country", "").strip() for row in rows if row.get("country", "").strip())
    if not counts:
        return None
    found = countries.country_by_name(counts.most_common(1)[0][0])
    return found.alpha2 if found else None


def evaluate(path: str, limit: int | None = None) -> EvalResult:
    """Code each note of an ACLED export and score the seven fields against the coded row."""
    started = time.perf_counter()
    rows = read_rows(path, limit)
    country = main_country(rows)
    right = dict.fromkeys(FIELDS, 0)
    examples: list[ErrorExample] = []
    failures: dict[str, str] = {}
    no_event = 0
    for index, row in enumerate(rows):
        doc_id = row.get("event_id_cnty") or f"row{index + 1}"
        events, error = extract_events(row["notes"], document_id=doc_id, country=country)
        if error:
            failures[doc_id] = error
        event, checks = best_event(events, row)
        for name, (ok, _, _) in checks.items():
            right[name] += ok
        if event is None:
            no_event += 1
            if no_event <= EXAMPLES_PER_FIELD:
                examples.append(ErrorExample("no event coded", row["notes"], None, row["sub_event_type"], doc_id))
            continue
        for name, (ok, got, gold) in checks.items():
            if not ok and sum(e.field == name for e in examples) < EXAMPLES_PER_FIELD:
                examples.append(ErrorExample(name, row["notes"], got, gold, doc_id))
    total = len(rows)
    metrics = {f"{name}_accuracy": right[name] / total if total else 0.0 for name in FIELDS}
    metrics["mean_accuracy"] = sum(metrics.values()) / len(FIELDS)
    return EvalResult(
        corpus="acled",
        path=str(path),
        documents=total,
        metrics=metrics,
        reference={"mean_accuracy": "human coding (target 85)"},
        examples=examples,
        details={"failures": failures, "notes_without_event": no_event,
                 "country": country,
                 "notes": "Each note coded with no publication date and the export's main country as the "
                          "source's country; location right within 50 km."},
        seconds=time.perf_counter() - started,
    )
