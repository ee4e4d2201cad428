"""ACLED exports as a test set: code each row's `notes` text and compare with the row's columns.

Any CSV with ACLED's columns works (the current layout, older ones with dates like '12-03-19' or
'10-Mar-24', and exports without an actor2 column). Each note is coded with no publication date
(the note states the date) and with the export's main country as the source's country
(`--country`): ACLED notes leave the country to a column, as a local outlet leaves it unsaid.
Each note is one event: the one compared with the row is sitrep's main event (the current event
it is surest of), and every further current event it reports is spurious. Event precision and
recall count an event right when it is the main one and has the row's event type. Seven fields are
scored on the main event (a note given no event is wrong on all): event_type, sub_event_type,
actors (actor1/actor2 as an unordered pair, ACLED's period labels like '(2016-)' dropped; an
export without actor2 checks that its actor1 is one of the pair), admin1 (the same unit, however
spelled: `same_admin1`), location (predicted
coordinates within 50 km), event_date and fatalities (right when equal to ACLED's count or to a
death toll the note explicitly attributes to a source, 'the police reported 4 dead', since ACLED
applies a source policy to conflicting tolls). Since a note may name no place of the event and no
year, the share of notes that do (`place_named_share`, `year_stated_share`) and the admin1 and date
accuracy on those notes alone are reported beside: what the text supports, not what a coder guessed.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep import countries
from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation.report import calibration_error, f1_figures, reliability_by_half
from sitrep.evaluation.seeds import current_events, distance_km, extract_events, main_event, plain
from sitrep.evaluation.split import half, score_by_half
from sitrep.schema import Event

FIELDS = ("event_type", "sub_event_type", "actors", "admin1", "location", "event_date", "fatalities")
REQUIRED_COLUMNS = frozenset({"notes", "event_date", "event_type", "sub_event_type", "actor1", "admin1",
                              "latitude", "longitude", "fatalities"})
LOCATION_KM = 50.0
EXAMPLES_PER_FIELD = 40
MISSING = frozenset({"", "na", "n/a", "none", "null"})

YEAR_SUFFIX = re.compile(r"\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)")
"""ACLED's period label on state actors, also before a unit: 'Military Forces of Benin (2016-)',
'(1991-2006)', 'Police Forces of Benin (2016-) Forest Guards'."""

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUMBER = r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\b"
_DEATH = r"(?:killed|killing|dead|died|deaths?|fatalities|bodies|slain|lost their lives)"
_ATTRIBUTION = r"(?:reported|reports|said|says|claimed|claims|stated|announced|counted|put the toll at|according to)"
ATTRIBUTED_DEATHS = (
    re.compile(_ATTRIBUTION + r"\W+(?:[\w-]+\W+){0,3}?" + _NUMBER + r"\W+(?:[\w-]+\W+){0,3}?" + _DEATH,
               re.IGNORECASE),
    re.compile(_NUMBER + r"\W+(?:[\w-]+\W+){0,3}?" + _DEATH + r"\W+(?:[\w-]+\W+){0,2}?according to\b",
               re.IGNORECASE),
)
"""A death toll the note gives as some source's ('VoJ reported 4 killed', 'said two died',
'3 dead, according to the police'): ACLED may code another source's figure, and either is right."""


def actor_key(name: str | None) -> str:
    """An actor name for comparison: no period label, lower case, no punctuation, and the groups
    of "A and/or B" in a fixed order (either order names the same pair)."""
    if not name or name.strip().lower() in MISSING:
        return ""
    return " and or ".join(sorted(plain(YEAR_SUFFIX.sub("", part)) for part in name.split(" and/or ")))


UNIT_KIND = re.compile(r"^(?:province|region|state|governorate|oblast|department|prefecture|division|krai|kray|"
                       r"republic)\s+(?:of\s+)?|\s+(?:province|region|state|governorate|oblast|department|prefecture|"
                       r"division|krai|kray|republic)$")
"""The kind of a first-level unit written before or after its name ("Western Province", "Kursk Oblast", "Republic of
Dagestan"): lists name a unit with it or without it ("Western" in ACLED's Sri Lanka, "Western Province" in GeoNames)."""


def unit_name(name: str) -> str:
    """A first-level unit's name without its kind (`UNIT_KIND`), plain; the whole name when nothing else is left."""
    bare = UNIT_KIND.sub("", plain(name))
    return bare or plain(name)


SEAT_FEATURES = frozenset({"ADM1", "PPLA", "PPLC"})
"""GeoNames feature codes of a first-level unit itself and of its seat (PPLA; PPLC, a capital that is one)."""


def same_admin1(predicted: str | None, gold: str, country: str | None) -> bool:
    """Whether our admin1 and the row's name the same first-level unit: the same name, another spelling
    of it, or the unit by its seat. Names of one unit differ by romanisation and by whose list they come
    from (GeoNames' 'Chattogram' and 'Barishal' are 'Chittagong' and 'Barisal' in older lists; ACLED names
    Kenya's 'Nairobi City' county 'Nairobi', after its capital), so the row's name is looked up in the
    gazetteer: it is the same unit when one of the places it names in the event's country lies in our
    admin1 and is that unit, its seat, or a place called by the unit's own name."""
    if not predicted or not gold.strip():
        return False
    if plain(predicted) == plain(gold) or unit_name(predicted) == unit_name(gold):
        return True
    from sitrep.gazetteer import load

    code = countries.country_by_name(country).alpha2 if country and countries.country_by_name(country) else None
    for candidate in load().lookup(gold):
        place = candidate.place
        if plain(place.admin1) != plain(predicted) or (code and place.country_code != code):
            continue
        if place.feature_code in SEAT_FEATURES or plain(place.name) == plain(predicted):
            return True
    return False


def attributed_death_counts(note: str) -> set[int]:
    """Death tolls the note explicitly attributes to a source (see ATTRIBUTED_DEATHS)."""
    counts = set()
    for sentence in re.split(r"(?<=[.;])\s+", note):
        for pattern in ATTRIBUTED_DEATHS:
            for match in pattern.finditer(sentence):
                word = match.group(1).lower()
                counts.add(int(word) if word.isdigit() else NUMBER_WORDS[word])
    return counts


def acled_date(value: str) -> str | None:
    """ACLED's '28 December 2022' (or ISO) as YYYY-MM-DD."""
    for pattern in ("%d %B %Y", "%Y-%m-%d", "%d-%B-%Y", "%d-%b-%y", "%d-%m-%y", "%m/%d/%Y"):
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
    got_actors = sorted(k for k in (actor_key(event.actor1), actor_key(event.actor2)) if k)
    if "actor2" in row:
        gold_actors = sorted(k for k in (actor_key(row["actor1"]), actor_key(row["actor2"])) if k)
        actors_right = got_actors == gold_actors
    else:
        actors_right = actor_key(row["actor1"]) in got_actors
    lat, lon = _float(row["latitude"]), _float(row["longitude"])
    if event.latitude is not None and event.longitude is not None and lat is not None and lon is not None:
        km = distance_km(event.latitude, event.longitude, lat, lon)
        location = (km <= LOCATION_KM, f"{event.location} ({km:.0f} km off)", row.get("location"))
    else:
        location = (False, event.location, row.get("location"))
    gold_deaths = int(row["fatalities"]) if row["fatalities"].strip().isdigit() else None
    allowed = {gold_deaths} | attributed_death_counts(row["notes"])
    return {
        "event_type": (event.event_type == row["event_type"], event.event_type, row["event_type"]),
        "sub_event_type": (event.sub_event_type == row["sub_event_type"], event.sub_event_type,
                           row["sub_event_type"]),
        "actors": (actors_right, [event.actor1, event.actor2], _gold_value("actors", row)),
        "admin1": (same_admin1(event.admin1, row["admin1"], event.country), event.admin1, row["admin1"]),
        "location": location,
        "event_date": (event.event_date == acled_date(row["event_date"]), event.event_date, row["event_date"]),
        "fatalities": (event.fatalities in allowed, event.fatalities, row["fatalities"]),
    }


def _gold_value(name: str, row: dict[str, str]) -> Any:
    return [row["actor1"], row.get("actor2")] if name == "actors" else row.get(name)


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


MAIN_COUNTRY_SHARE = 0.5
"""The share of an export's rows one country must hold to be taken as the source's country: an export of one country
(or of one country and a few events over its borders) has one; a regional or world export has none, and a country
passed for all of its notes would be the wrong one for most (their actors named after it, their places abroad taken
for namesakes of its own)."""


def main_country(rows: list[dict[str, str]]) -> str | None:
    """The country most rows of an export are about, when it holds more than `MAIN_COUNTRY_SHARE` of them (exports are
    usually one country's); None for an export of many countries, whose notes are then coded with no country."""
    counts = Counter(row.get("country", "").strip() for row in rows if row.get("country", "").strip())
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    if count <= MAIN_COUNTRY_SHARE * sum(counts.values()):
        return None
    found = countries.country_by_name(name)
    return found.alpha2 if found else None


@dataclass
class NoteOutcome:
    """One note coded: each field right or not on the main event, and every current event's
    confidence with whether it is right (the main event, with the row's event type)."""

    document_id: str
    checks: dict[str, tuple[bool, Any, Any]]
    has_event: bool
    events: list[tuple[float, bool]] = field(default_factory=list)
    evidence: dict[str, bool] = field(default_factory=dict)


PLACE_COLUMNS = ("admin1", "admin2", "admin3", "location")


def note_evidence(row: dict[str, str]) -> dict[str, bool]:
    """What the note itself gives a coder who reads nothing else: whether it names, word for word,
    the row's admin1, admin2, admin3 or location (without one, admin1 and the place can only be
    guessed) and whether it states the year of the event date (coded with no publication date, a
    note without the year cannot be dated). Spellings other than the row's are not counted, so
    these shares are a lower bound of what the text supports."""
    note = row["notes"].lower()
    names = {re.sub(r"\s*\(.*?\)", "", row.get(column) or "").strip().lower() for column in PLACE_COLUMNS}
    date = acled_date(row["event_date"])
    return {
        "place_named": any(name and re.search(rf"\b{re.escape(name)}\b", note) for name in names),
        "year_stated": bool(date and re.search(rf"\b{date[:4]}\b", note)),
    }


def code_note(row: dict[str, str], document_id: str, country: str | None) -> tuple[NoteOutcome, str | None]:
    """Code one note and check the seven fields of its main event against the row."""
    events, error = extract_events(row["notes"], document_id=document_id, country=country)
    main = main_event(events)
    evidence = note_evidence(row)
    if main is None:
        checks = {name: (False, None, _gold_value(name, row)) for name in FIELDS}
        return NoteOutcome(document_id, checks, False, evidence=evidence), error
    checks = field_checks(main, row)
    judged = [(e.confidence, e is main and checks["event_type"][0]) for e in current_events(events)]
    return NoteOutcome(document_id, checks, True, judged, evidence), error


EVIDENCE_LIMITED = (("admin1", "place_named"), ("event_date", "year_stated"))
"""Fields the note can leave without evidence, with the evidence each needs (see `note_evidence`)."""


def score(outcomes: list[NoteOutcome], fields: tuple[str, ...] = FIELDS) -> dict[str, float]:
    """Field accuracies over notes, their mean, event precision/recall/F1, spurious events per note
    and the calibration error of `confidence`."""
    total = len(outcomes)
    metrics = {f"{name}_accuracy": sum(o.checks[name][0] for o in outcomes) / total if total else 0.0
               for name in fields}
    metrics["mean_accuracy"] = sum(metrics.values()) / len(fields)
    reported = sum(len(o.events) for o in outcomes)
    right = sum(o.checks["event_type"][0] for o in outcomes)
    metrics.update(f1_figures("event", right, reported, right, total))
    metrics["spurious_per_document"] = (reported - sum(o.has_event for o in outcomes)) / max(total, 1)
    metrics["confidence_ece"] = calibration_error([pair for o in outcomes for pair in o.events])
    for name, evidence in EVIDENCE_LIMITED if any(o.evidence for o in outcomes) else ():
        supported = [o for o in outcomes if o.evidence.get(evidence)]
        metrics[f"{evidence}_share"] = len(supported) / total if total else 0.0
        metrics[f"{name}_accuracy_where_{evidence}"] = (
            sum(o.checks[name][0] for o in supported) / len(supported) if supported else 0.0)
    return metrics


def evaluate(path: str, limit: int | None = None) -> EvalResult:
    """Code each note of an ACLED export and score the seven fields against the coded row."""
    started = time.perf_counter()
    rows = read_rows(path, limit)
    country = main_country(rows)
    outcomes: list[NoteOutcome] = []
    examples: list[ErrorExample] = []
    failures: dict[str, str] = {}
    for index, row in enumerate(rows):
        doc_id = row.get("event_id_cnty") or f"row{index + 1}"
        outcome, error = code_note(row, doc_id, country)
        outcomes.append(outcome)
        if error:
            failures[doc_id] = error
        shown = half(doc_id) == "tune"
        if not outcome.has_event:
            if shown and sum(e.field == "no event coded" for e in examples) < EXAMPLES_PER_FIELD:
                examples.append(ErrorExample("no event coded", row["notes"], None, row["sub_event_type"], doc_id))
            continue
        for name, (ok, got, gold) in outcome.checks.items():
            if shown and not ok and sum(e.field == name for e in examples) < EXAMPLES_PER_FIELD:
                examples.append(ErrorExample(name, row["notes"], got, gold, doc_id))
    metrics, halves, sizes = score_by_half(outcomes, lambda o: o.document_id, score)
    return EvalResult(
        corpus="acled",
        path=str(path),
        documents=len(rows),
        metrics=metrics,
        reference={"mean_accuracy": "human coding (target 85)"},
        examples=examples,
        details={"failures": failures, "notes_without_event": sum(not o.has_event for o in outcomes),
                 "country": country,
                 "reliability": reliability_by_half(outcomes, lambda o: o.document_id, lambda o: o.events),
                 "notes": "Each note coded with no publication date and the export's main country as the "
                          "source's country; the main event (highest confidence) is compared with the row, "
                          "further current events are spurious; location right within 50 km."},
        seconds=time.perf_counter() - started,
        halves=halves,
        half_documents=sizes,
    )
