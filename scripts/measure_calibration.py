"""Confidence calibration error on the tune halves, for the rules and trained backends, with and without a map.

    python scripts/measure_calibration.py --benchmarks ../shared/benchmarks --cache .eval/tune_events.json

Each corpus that reports `confidence_ece` (CASE 2021 dev, the three ACLED samples, our everyday reports)
is coded once by the rules with raw scores, tune-half documents only (`sitrep.evaluation.split`); the
check half is never read. For every current event the cache keeps its raw score, its evidence
sentences and whether its event type (CASE: sub-type) is the gold one, so each backend and map is
then scored offline: the trained backend's confidence is `gate_events`' combination of the raw score
with the gate's probability of the best evidence sentence, the main event is the most confident
(ties: the first), and an event is right when it is the main one with the gold type, as the
evaluation adapters judge. A monotone map never reorders events, so only the confidences change.
The maps scored are those of `--maps`, shipped and withheld; a backend with both is scored by its shipped one.
`scripts/fit_calibration.py --sources tune-halves` fits the shipped map on this same cache. The cache
carries `extractor_fingerprint()`; one coded by another extractor is coded afresh. Each event also keeps
a few facts of its evidence (actor 1, place and date found; a hedge word in its sentences), to measure
calibrators that read them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep import calibration  # noqa: E402
from sitrep.evaluation import acled, case2021, everyday  # noqa: E402
from sitrep.evaluation.report import calibration_error  # noqa: E402
from sitrep.evaluation.seeds import current_events, extract_events  # noqa: E402
from sitrep.evaluation.split import half  # noqa: E402
from sitrep.trained.backend import DEFAULT_RULE, combined_confidence  # noqa: E402

ACLED_FILES = {"acled-benin": "acled/acled_benin_2009-2022.csv", "acled-kenya": "acled/acled_kenya_sample.csv",
               "acled-bangladesh": "acled/acled_protests_bangladesh_sample.csv"}
EVERYDAY = ROOT / "tests" / "fixtures" / "everyday" / "reports.jsonl"
CORPORA = ("case2021", *ACLED_FILES, "everyday")


def _record(document_id: str, events: list, type_right: Callable) -> dict:
    return {"id": document_id, "events": [{"raw": e.confidence, "evidence": [s.text for s in e.evidence],
                                           "type_right": bool(type_right(e)), "event_type": e.event_type,
                                           "sub_event_type": e.sub_event_type, "inter1": e.inter1, "inter2": e.inter2,
                                           "fatalities": e.fatalities, "time_precision": e.time_precision,
                                           "geo_precision": e.geo_precision, "actor1": e.actor1 is not None,
                                           "location": e.location is not None, "dated": e.event_date is not None,
                                           "hedged": any(_hedged(s.text) for s in e.evidence)}
                               for e in current_events(events)]}


def _hedged(text: str) -> bool:
    """Whether a sentence holds a word of the pattern file's hedge list ('threatened to', 'accused of')."""
    from sitrep.classify import load_patterns

    return bool(load_patterns().lists["hedge"].search(text))


def tune_documents(corpus: str, benchmarks: Path) -> list[dict]:
    """The tune-half documents of `corpus`, coded by the rules with raw scores, as cache records."""
    records = []
    if corpus == "case2021":
        for snippet_id, snippet, label in case2021.read_corpus(benchmarks / "case2021_task2" / "dev.tsv"):
            if half(snippet_id) == "tune":
                events, _ = extract_events(snippet, document_id=snippet_id)
                records.append(_record(snippet_id, events, lambda e, label=label: e.sub_event_type == label))
    elif corpus in ACLED_FILES:
        rows = acled.read_rows(benchmarks / ACLED_FILES[corpus])
        country = acled.main_country(rows)
        for index, row in enumerate(rows):
            doc_id = row.get("event_id_cnty") or f"row{index + 1}"
            if half(doc_id) == "tune":
                events, _ = extract_events(row["notes"], document_id=doc_id, country=country)
                records.append(_record(doc_id, events, lambda e, row=row: acled.field_checks(e, row)["event_type"][0]))
    else:
        for item in everyday.read_items(EVERYDAY):
            if half(item["id"]) == "tune":
                events, _ = everyday.coded_events(item)
                records.append(_record(item["id"], events, lambda e, item=item: everyday.field_checks(
                    e, item["expected"])["event_type"][0]))
    return records


def judged(records: list[dict], confidence: Callable[[dict], float]) -> list[tuple[float, bool]]:
    """(confidence, right?) of every event, the main event being the most confident of its document."""
    pairs = []
    for record in records:
        scores = [confidence(event) for event in record["events"]]
        main = max(range(len(scores)), key=lambda i: scores[i]) if scores else None
        pairs += [(s, i == main and event["type_right"]) for i, (s, event) in enumerate(zip(scores, record["events"]))]
    return pairs


def backend_confidence(backend: str, gate: dict[str, float], gate_weight: float = DEFAULT_RULE.gate_weight) -> Callable:
    """An event's uncalibrated confidence under `backend`: the rules' raw score, or its combination with the gate."""
    if backend == "rules":
        return lambda event: event["raw"]
    return lambda event: combined_confidence(event["raw"], max(gate[t] for t in event["evidence"]), gate_weight)


def extractor_fingerprint() -> str:
    """A hash of everything that decides the raw coding of the tune halves: the package's code and data
    (the calibration file aside: coding reads no map), the everyday reports and this script (the cached
    fields). A cache made under another fingerprint is stale and coded afresh, so a refit never fits
    events the current extractor would not give."""
    package = ROOT / "sitrep"
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and p.suffix != ".pyc" and p != calibration.CALIBRATION_FILE
                   and not p.name.startswith("gazetteer.sqlite-"))
    digest = hashlib.sha256()
    for path in [*files, EVERYDAY, Path(__file__).resolve()]:
        digest.update(path.relative_to(ROOT).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def load_cache(path: Path, benchmarks: Path) -> dict[str, list[dict]]:
    """The cached tune-half records, coding (and caching) the corpora not cached yet; a cache made by
    another extractor (`extractor_fingerprint`) is dropped and coded afresh."""
    fingerprint = extractor_fingerprint()
    stored = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    cache = stored.get("corpora", {}) if stored.get("extractor") == fingerprint else {}
    if stored and not cache:
        print(f"{path} was coded by another extractor: coding the tune halves afresh", file=sys.stderr)
    for corpus in CORPORA:
        if corpus not in cache:
            cache[corpus] = tune_documents(corpus, benchmarks)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"extractor": fingerprint, "corpora": cache}), encoding="utf-8")
            print(f"coded {corpus}: {len(cache[corpus])} tune documents", file=sys.stderr)
    return {corpus: cache[corpus] for corpus in CORPORA}


def gate_scores(cache: dict[str, list[dict]], model_dir: Path | None = None) -> dict[str, float]:
    """The gate's probability of every evidence sentence in the cache."""
    from sitrep.trained.model import event_probability

    texts = sorted({t for records in cache.values() for r in records for e in r["events"] for t in e["evidence"]})
    return dict(zip(texts, event_probability(texts, model_dir)))


def raw_cache(path: Path, benchmarks: Path) -> dict[str, list[dict]]:
    """`load_cache` with every calibration map switched off while coding, so the cache keeps raw scores."""
    calibration.load_maps.cache_clear()
    original = calibration.load_maps
    calibration.load_maps = lambda path=calibration.CALIBRATION_FILE: {}
    try:
        return load_cache(path, benchmarks)
    finally:
        calibration.load_maps = original


def report(cache: dict[str, list[dict]], gate: dict[str, float],
           maps: dict[str, calibration.ScoreMap]) -> dict[str, dict[str, float]]:
    """Tune-half ECE (percent) per corpus for each backend, raw and through its map in `maps` (if any)."""
    figures: dict[str, dict[str, float]] = {}
    for backend in ("rules", "trained"):
        raw = backend_confidence(backend, gate)
        fitted = maps.get(backend)
        for corpus, records in cache.items():
            row = figures.setdefault(corpus, {})
            row[f"{backend}_raw"] = round(100 * calibration_error(judged(records, raw)), 1)
            if fitted:
                row[f"{backend}_mapped"] = round(100 * calibration_error(
                    judged(records, lambda e, raw=raw, fitted=fitted: fitted(raw(e)))), 1)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--cache", type=Path, default=ROOT / ".eval" / "tune_events.json")
    parser.add_argument("--model", type=Path, default=None, help="A model directory (default: the shipped model).")
    parser.add_argument("--maps", type=Path, default=calibration.CALIBRATION_FILE,
                        help="A calibration file; its 'backends' and 'withheld' maps are both scored.")
    args = parser.parse_args()
    cache = raw_cache(args.cache, args.benchmarks)
    raw_file = json.loads(args.maps.read_text(encoding="utf-8"))
    maps = {name: calibration.ScoreMap.from_json(fitted)
            for section in ("withheld", "backends") for name, fitted in raw_file.get(section, {}).items()}
    print(json.dumps(report(cache, gate_scores(cache, args.model), maps), indent=1))


if __name__ == "__main__":
    main()
