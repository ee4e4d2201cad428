"""Toponym resolution scored on corpora of the form {doc_id, text, toponyms: [{start, end, name, lat, lon}]} (LGL, GeoVirus).

A gold toponym is found when a predicted span overlaps it; accuracy@161 km and the error in
km are measured over the found ones, as in the Pragmatic Guide to Geoparsing Evaluation.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
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


def evaluate(path: str | Path, limit: int | None = None) -> EvalResult:
    """Recall of gold toponyms, accuracy@161 km and error in km over the found ones, and span precision."""
    path = Path(path)
    documents = read_corpus(path, limit)
    started = time.perf_counter()
    errors_km: list[float] = []
    gold_total = predicted_total = predicted_matching = 0
    examples: list[ErrorExample] = []
    for document in documents:
        text = document["text"]
        predicted = [t for t in geoparse(text) if t.latitude is not None]
        gold = [g for g in document["toponyms"] if g.get("lat") is not None and g.get("lon") is not None]
        gold_total += len(gold)
        predicted_total += len(predicted)
        predicted_matching += sum(1 for t in predicted if any(t.start < g["end"] and g["start"] < t.end for g in gold))
        for g in gold:
            hit = _overlapping(g, predicted)
            if hit is None:
                continue
            error = distance_km(hit.latitude, hit.longitude, float(g["lat"]), float(g["lon"]))
            errors_km.append(error)
            if error > ACCURATE_KM and len(examples) < MAX_EXAMPLES:
                window = text[max(0, g["start"] - 60):g["end"] + 60].replace("\n", " ")
                examples.append(ErrorExample(
                    field="coordinates", text=window, document_id=str(document.get("doc_id")),
                    predicted={"name": hit.name, "country": hit.country, "admin1": hit.admin1,
                               "lat": hit.latitude, "lon": hit.longitude, "km": round(error)},
                    gold={"name": g.get("name"), "lat": g["lat"], "lon": g["lon"]}))
    seconds = time.perf_counter() - started
    found = len(errors_km)
    metrics = {
        "recall": found / gold_total if gold_total else 0.0,
        "accuracy_161km": sum(e <= ACCURATE_KM for e in errors_km) / found if found else 0.0,
        "median_km": statistics.median(errors_km) if errors_km else 0.0,
        "mean_km": statistics.fmean(errors_km) if errors_km else 0.0,
        "precision": predicted_matching / predicted_total if predicted_total else 0.0,
        "documents_per_second": len(documents) / seconds if seconds else 0.0,
    }
    return EvalResult(corpus=path.stem, path=str(path), documents=len(documents), metrics=metrics,
                      reference={"accuracy_161km": "Mordecai3 82.7 (LGL)"}, examples=examples,
                      details={"gold_toponyms": gold_total, "found": found, "predicted": predicted_total},
                      seconds=seconds)
