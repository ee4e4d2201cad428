"""Toponym resolution scored on corpora of the form {doc_id, text, toponyms: [{start, end, name, lat, lon}]} (LGL, GeoVirus).

A gold toponym is found when a predicted span overlaps it; accuracy@161 km and the error in
km are measured over the found ones, as in the Pragmatic Guide to Geoparsing Evaluation.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation.split import score_by_half
from sitrep.gazetteer import distance_km
from sitrep.geo import geoparse
from sitrep.schema import Toponym

ACCURATE_KM = 161.0
"""100 miles: the customary threshold for a correct resolution."""

MAX_EXAMPLES = 12


def read_corpus(path: Path, limit: int | None = None) -> list[dict]:
    """The documents of a geoparsing corpus file (JSON lines)."""
    documents = []
    try:
        with Path(path).open(encoding="utf-8") as handle:
            for line_number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                row = json.loads(line)
                if "text" not in row or "toponyms" not in row:
                    raise EvaluationError(f"{path}:{line_number}: a document needs 'text' and 'toponyms'")
                documents.append(row)
                if limit is not None and len(documents) >= limit:
                    break
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}") from exc
    return documents


def _overlapping(gold: dict, predicted: list[Toponym]) -> Toponym | None:
    hits = [t for t in predicted if t.start < gold["end"] and gold["start"] < t.end and t.latitude is not None]
    return min(hits, key=lambda t: abs(t.start - gold["start"]) + abs(t.end - gold["end"])) if hits else None


@dataclass
class DocumentOutcome:
    """One document geoparsed: the error in km of each gold toponym found, the gold count, and how
    many predicted toponyms there are and how many of them overlap a gold one."""

    document_id: str
    errors_km: list[float]
    gold: int
    predicted: int
    predicted_matching: int


def score(outcomes: list[DocumentOutcome]) -> dict[str, float]:
    """Recall of gold toponyms, accuracy@161 km and error in km over the found ones, span precision."""
    errors_km = [error for o in outcomes for error in o.errors_km]
    gold = sum(o.gold for o in outcomes)
    predicted = sum(o.predicted for o in outcomes)
    return {
        "recall": len(errors_km) / gold if gold else 0.0,
        "accuracy_161km": sum(e <= ACCURATE_KM for e in errors_km) / len(errors_km) if errors_km else 0.0,
        "median_km": statistics.median(errors_km) if errors_km else 0.0,
        "mean_km": statistics.fmean(errors_km) if errors_km else 0.0,
        "precision": sum(o.predicted_matching for o in outcomes) / predicted if predicted else 0.0,
    }


def evaluate(path: str | Path, limit: int | None = None) -> EvalResult:
    """Geoparse every document and score its toponyms (see `score`)."""
    path = Path(path)
    documents = read_corpus(path, limit)
    started = time.perf_counter()
    outcomes: list[DocumentOutcome] = []
    examples: list[ErrorExample] = []
    for document in documents:
        text = document["text"]
        predicted = [t for t in geoparse(text) if t.latitude is not None]
        gold = [g for g in document["toponyms"] if g.get("lat") is not None and g.get("lon") is not None]
        outcome = DocumentOutcome(str(document.get("doc_id")), [], len(gold), len(predicted),
                                  sum(1 for t in predicted if any(t.start < g["end"] and g["start"] < t.end
                                                                  for g in gold)))
        for g in gold:
            hit = _overlapping(g, predicted)
            if hit is None:
                continue
            error = distance_km(hit.latitude, hit.longitude, float(g["lat"]), float(g["lon"]))
            outcome.errors_km.append(error)
            if error > ACCURATE_KM and len(examples) < MAX_EXAMPLES:
                window = text[max(0, g["start"] - 60):g["end"] + 60].replace("\n", " ")
                examples.append(ErrorExample(
                    field="coordinates", text=window, document_id=outcome.document_id,
                    predicted={"name": hit.name, "country": hit.country, "admin1": hit.admin1,
                               "lat": hit.latitude, "lon": hit.longitude, "km": round(error)},
                    gold={"name": g.get("name"), "lat": g["lat"], "lon": g["lon"]}))
        outcomes.append(outcome)
    seconds = time.perf_counter() - started
    metrics, halves, sizes = score_by_half(outcomes, lambda o: o.document_id, score)
    return EvalResult(corpus=path.stem, path=str(path), documents=len(documents), metrics=metrics,
                      reference={"accuracy_161km": "Mordecai3 82.7 (LGL)"}, examples=examples,
                      details={"gold_toponyms": sum(o.gold for o in outcomes),
                               "found": sum(len(o.errors_km) for o in outcomes),
                               "predicted": sum(o.predicted for o in outcomes)},
                      seconds=seconds, halves=halves, half_documents=sizes)
