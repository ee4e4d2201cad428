"""Fit the confidence calibration of a backend; write sitrep/data/calibration.json.

    make calibration      # = python scripts/fit_calibration.py --tune-cache .eval/tune_events.json
    python scripts/fit_calibration.py --compare           # every method and weighting; writes nothing

The shipped map (`--sources tune-halves`, the default) is fitted on the tune halves of the development
corpora that judge `confidence` (CASE 2021 dev, the three ACLED samples, our everyday reports; the check
halves are never read), pooled: measurement-derived data, as the model card says. The cache of
scripts/measure_calibration.py keeps every tune-half event's raw score and whether its type is the gold
one; the main event of a document is its most confident, and an event is right when it is the main one
with the gold type, as the evaluation judges. `--method platt` (the default) fits two numbers, a scale
and a shift of the raw score's log-odds, by maximum likelihood; `--method isotonic` fits knots (pool
adjacent violators). The map goes under 'backends' (shipped) only when it lowers the calibration error
on the tune half of every corpus, both fitted on all of them and cross-validated (fitted on two thirds
of the tune documents, measured on the rest, each third in turn); otherwise under 'withheld' with its
figures. The cache carries a fingerprint of the package's code and data (scripts/measure_calibration.py,
`extractor_fingerprint`): a cache coded by another extractor is coded afresh, so one command refits the
map after any change (coding the five tune halves took 1.5 minutes on 2026-12-05, two shared cores; the
fit itself seconds). The fit is deterministic: the same tree gives the same cache and the same map.
The tune halves are right more often than unseen text (rules are written against their misses), which
no tune-half figure shows: keep a refit only when `sitrep eval` shows it lowers the check halves' error
too (the refit of 2026-12-05 raised three of five; see the model card).
`--balance corpora` weighs every corpus the same in the fit instead of every event; `--compare` fits
Platt and isotonic maps, each weighting, and prints their figures. Each corpus's figures also give
`chance_ece_at_check_size`: the error a perfectly calibrated score would still show by chance on half as
many events (a check half's size), drawn like the mapped tune-half confidences (seeded).

The other sources fit on data we may learn from without measuring: the backend codes every item of
training/events_train.jsonl (`ours`: all hand-written items, and every `--every`-th generated one) with
its raw scores, once without and once with a publication date, and, with `--muc4`, the MUC-4 *train*
documents that report one incident with a sound ACLED sub-type (`muc4-documents`,
`training/muc4_train.muc4_documents`, coded as the MUC-4 evaluation codes a document: no publication
date) or the labelled MUC-4 train sentences (`muc4-sentences`). Each current (not background) event is
judged as above; every event coded from a non-event item is wrong. An isotonic map is fitted with
blocks of at least `--min-block` events; its knots go into the file with the counts and the held-out
calibration error (fitted on four fifths of the template groups and MUC-4 documents, measured on the
rest). MUC-4 train is training data by issue #11; MUC-4 dev is not read. These maps raised the error
on every development corpus (the corpora's events are right more often at a given score), so they are
kept under 'withheld'.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep import calibration, taxonomy  # noqa: E402
from sitrep.errors import SitrepError  # noqa: E402
from sitrep.evaluation.report import calibration_error  # noqa: E402
from sitrep.evaluation.seeds import current_events  # noqa: E402
from sitrep.extract import extract_document  # noqa: E402
from sitrep.sources import read_text  # noqa: E402
from sitrep.trained.fit import platt  # noqa: E402
from training.muc4_train import GATE_ONLY_EVENT, muc4_documents, muc4_items  # noqa: E402

CORPUS = ROOT / "training" / "events_train.jsonl"
PUBLISHED = "2024-06-15"
"""The publication date items are also coded with (any date: the corpus's relative dates resolve against it)."""
ABOUT = ("Maps from a backend's raw event score to calibrated confidence, by scripts/fit_calibration.py; read by "
         "sitrep/calibration.py. Shipped maps ('backends') are fitted on the tune halves of the development corpora "
         "that judge confidence (measurement-derived data; check halves never read) and ship only when they lower "
         "the calibration error on every tune half, fitted and cross-validated; 'withheld' keeps maps that did not, "
         "or that were fitted on our own corpus and MUC-4 train, with their figures")
"""The calibration file's description of itself."""
TUNE_HALVES = "tune-halves"
"""The source of the shipped maps: the tune halves of the corpora scripts/measure_calibration.py codes."""
FOLDS = 3
"""Parts of the tune documents for the cross-validated figures (by a hash of the document id)."""
METHODS = ("platt", "isotonic")
"""The forms of map fitted on the tune halves: Platt scaling of the raw score's log-odds, or isotonic knots."""
BALANCES = ("events", "corpora")
"""How the pooled tune-half events weigh in the fit: each event once, or each corpus the same (`corpus_weights`)."""
NOISE_DRAWS = 2000
NOISE_SEED = 11
"""Draws and seed of `noise_floor` (fixed, so every run of the script gives the same figures)."""
BACKENDS = ("rules", "trained")
"""Backends this script can fit: the rules' raw scores, and those scores combined with the event gate."""


def coded_cases(cases: list[tuple[str, str, str | None, str | None, str]]) -> list[dict]:
    """Every case (text, document id, publication date, wanted event type or None for a non-event, group)
    coded by the rules with raw scores (a text the rules refuse, such as one taken for another language,
    codes no event, as in the evaluation): its group and, per current event, the raw score, the evidence
    sentences (so the trained backend's score follows offline) and whether its event type is the wanted one."""
    records = []
    for text, document_id, published, wanted, group in cases:
        try:
            events = extract_document(read_text(text, document_id=document_id, published=published), calibrated=False)
        except SitrepError:
            events = []
        records.append({"id": document_id, "group": group, "events": [
            {"raw": e.confidence, "evidence": [s.text for s in e.evidence], "type_right": e.event_type == wanted}
            for e in current_events(events)]})
    return records


def case_key(case: tuple) -> str:
    """A stable key of a case (its text, id, date, wanted type and group) for the cache of coded cases."""
    return hashlib.sha256(json.dumps(case).encode("utf-8")).hexdigest()[:24]


def judged_events(records: list[dict], backend: str) -> list[tuple[float, bool, str]]:
    """(uncalibrated score, right?, group) of every coded event under `backend`, judged as the evaluation
    judges: right when it is its document's most confident event and has the wanted event type."""
    from measure_calibration import backend_confidence, gate_scores, judged

    gate = gate_scores({"cases": records}) if backend == "trained" else {}
    confidence = backend_confidence(backend, gate)
    return [(score, right, record["group"]) for record in records for score, right in judged([record], confidence)]


def corpus_cases(items: list[dict]) -> list[tuple[str, str, str | None, str | None, str]]:
    """Our corpus items as cases, each twice: with no publication date and with PUBLISHED (articles come
    both ways, and a date resolved from "on Tuesday" raises the raw score)."""
    return [(item["text"], f"train-{index}", published, taxonomy.EVENT_TYPE_OF.get(item["label"]), item["group"])
            for index, item in enumerate(items) for published in (None, PUBLISHED)]


def muc4_cases(directory: Path) -> list[tuple[str, str, str | None, str | None, str]]:
    """The one-incident MUC-4 train documents as cases, with the ACLED event type of their incident."""
    return [(d["text"], d["docid"], None, taxonomy.EVENT_TYPE_OF[d["sub_event_type"]], f"muc4:{d['docid']}")
            for d in muc4_documents(directory)]


def muc4_sentence_cases(directory: Path) -> list[tuple[str, str, str | None, str | None, str]]:
    """The labelled MUC-4 train sentences (`training/muc4_train.muc4_items`) as one-sentence cases, like
    CASE snippets: an event sentence with a sound sub-type wants its event type, a non-event sentence
    none; events of no sound sub-type are left out. The split's lower-cased text is given in capitals,
    as the MUC-4 originals are written."""
    return [(item["text"].upper(), f"{item['group']}:{index}", None, taxonomy.EVENT_TYPE_OF.get(item["label"]),
             f"{item['group']}:sentences") for index, item in enumerate(muc4_items(directory))
            if item["label"] != GATE_ONLY_EVENT]


def isotonic_knots(scores: np.ndarray, right: np.ndarray, min_block: int,
                   weights: np.ndarray | None = None) -> list[tuple[float, float]]:
    """Pool adjacent violators over events sorted by score: blocks with strictly rising share right,
    each of at least `min_block` events; a knot per block at (mean score, share right). The ends are
    pinned at (0, 0) and (1, 1), so the map rises strictly and never ties events the raw score orders.
    With `weights`, each event counts its weight (in the sizes, means and shares) instead of once."""
    order = np.argsort(scores, kind="stable")
    weights = np.ones(len(scores)) if weights is None else np.asarray(weights, dtype=float)
    blocks: list[list[float]] = []  # [events, sum of scores, sum right]
    for score, hit, weight in zip(scores[order], right[order], weights[order]):
        blocks.append([float(weight), float(weight * score), float(weight * hit)])
        while len(blocks) > 1 and (blocks[-2][2] / blocks[-2][0] >= blocks[-1][2] / blocks[-1][0]
                                   or blocks[-2][0] < min_block):
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    while len(blocks) > 1 and blocks[-1][0] < min_block:
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    inner = [(round(total / n, 4), round(hits / n, 4)) for n, total, hits in blocks]
    return [(0.0, 0.0)] + [k for k in inner if 0.0 < k[0] < 1.0 and 0.0 < k[1] < 1.0] + [(1.0, 1.0)]


def held_out_group(group: str) -> bool:
    """A fixed fifth of the template groups, kept out of the fit to measure it."""
    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % 5 == 0


def fit(judged: list[tuple[float, bool, str]], min_block: int, sources: dict[str, int]) -> dict:
    """The isotonic map of the judged events, with its counts and held-out figures."""
    scores = np.array([s for s, _, _ in judged])
    right = np.array([r for _, r, _ in judged], dtype=float)
    held = np.array([held_out_group(g) for _, _, g in judged])
    trial = isotonic_knots(scores[~held], right[~held], min_block)
    held_pairs = [(float(s), bool(r)) for s, r in zip(scores[held], right[held])]
    knots = isotonic_knots(scores, right, min_block)
    return {
        "knots": [list(k) for k in knots],
        "fitted_on": {
            **sources,
            "events_judged": len(judged),
            "share_right": round(float(right.mean()), 4),
            "min_block": min_block,
            "held_out_events": int(held.sum()),
            "held_out_ece_raw": round(calibration_error(held_pairs), 4),
            "held_out_ece_calibrated": round(calibration_error(
                [(calibration.interpolate(s, trial), r) for s, r in held_pairs]), 4),
            "ece_raw": round(calibration_error([(float(s), bool(r)) for s, r in zip(scores, right)]), 4),
        },
    }


def fit_map(scores: np.ndarray, right: np.ndarray, method: str, min_block: int,
            weights: np.ndarray | None = None) -> dict:
    """The map's entry in the calibration file: Platt's scale and shift of the log-odds, or isotonic knots
    (each event counted `weights` times when given)."""
    if method == "platt":
        scale, shift = platt(np.array([calibration.logit(float(s)) for s in scores]), right, weights)
        if scale <= 0:
            raise SystemExit(f"the fitted Platt scale {scale:.4f} does not rise with the raw score: no map")
        return {"scale": round(scale, 4), "shift": round(shift, 4)}
    return {"knots": [list(k) for k in isotonic_knots(scores, right, min_block, weights)]}


def fold_of(document_id: str) -> int:
    """The cross-validation part of a tune document (a hash of its id, unrelated to the tune/check split)."""
    return int(hashlib.sha256(f"calibration-fold:{document_id}".encode()).hexdigest(), 16) % FOLDS


def corpus_weights(corpora: list[str], balance: str) -> np.ndarray | None:
    """Each event's weight in the fit, given its corpus: None (each event once) for 'events'; for 'corpora',
    the number of events over (the number of corpora x its corpus's events), so that every corpus weighs
    the same in the fit, whatever its size, and the weights still add up to the number of events."""
    if balance == "events":
        return None
    sizes = {corpus: corpora.count(corpus) for corpus in set(corpora)}
    return np.array([len(corpora) / (len(sizes) * sizes[corpus]) for corpus in corpora])


def noise_floor(confidences: list[float], events: int, draws: int = NOISE_DRAWS) -> float:
    """The calibration error (percent) that chance alone leaves on `events` events: the mean error of
    `draws` samples of `events` confidences drawn from `confidences`, each event right with exactly its
    confidence as probability (a perfectly calibrated score). Seeded, so it is the same on every run."""
    if not confidences or events < 1:
        return 0.0
    generator = np.random.default_rng(NOISE_SEED)
    pool = np.array(confidences)
    errors = []
    for _ in range(draws):
        drawn = generator.choice(pool, events)
        errors.append(calibration_error(list(zip(drawn.tolist(), (generator.random(events) < drawn).tolist()))))
    return 100 * float(np.mean(errors))


def tune_half_fit(cache: dict[str, list[dict]], backend: str, method: str, min_block: int,
                  balance: str = "events") -> tuple[dict, bool]:
    """The map fitted on every tune-half event of the cached corpora, pooled (each event once, or each
    corpus weighing the same with `balance` 'corpora'), with its figures per corpus (tune-half ECE in
    percent, raw -> mapped, fitted on all and cross-validated, and the error a perfectly calibrated score
    would still show by chance on a check half, half as many events as the tune half), and whether it
    ships: when it lowers every corpus's tune-half error, both fitted on all and cross-validated."""
    from measure_calibration import backend_confidence, gate_scores, judged

    confidence = backend_confidence(backend, gate_scores(cache) if backend == "trained" else {})

    def fitted_on(parts: dict[str, list[dict]]) -> dict:
        pairs = {corpus: judged(records, confidence) for corpus, records in parts.items()}
        pooled_pairs = [pair for corpus_pairs in pairs.values() for pair in corpus_pairs]
        weights = corpus_weights([corpus for corpus, corpus_pairs in pairs.items() for _ in corpus_pairs], balance)
        return fit_map(np.array([s for s, _ in pooled_pairs]), np.array([r for _, r in pooled_pairs], dtype=float),
                       method, min_block, weights)

    def ece(records: list[dict], mapped: calibration.ScoreMap | None = None) -> float:
        mapped_confidence = confidence if mapped is None else lambda event: mapped(confidence(event))
        return 100 * calibration_error(judged(records, mapped_confidence))

    pairs = [pair for records in cache.values() for pair in judged(records, confidence)]
    fitted = fitted_on(cache)
    mapped = calibration.ScoreMap.from_json(fitted)
    folds = [calibration.ScoreMap.from_json(fitted_on({corpus: [r for r in records if fold_of(r["id"]) != part]
                                                       for corpus, records in cache.items()}))
             for part in range(FOLDS)]
    figures, ships = {}, True
    for corpus, records in cache.items():
        raw, whole = ece(records), ece(records, mapped)
        parts = [[r for r in records if fold_of(r["id"]) == part] for part in range(FOLDS)]
        raw_cv = float(np.mean([ece(p) for p in parts]))
        mapped_cv = float(np.mean([ece(p, folds[i]) for i, p in enumerate(parts)]))
        mapped_confidences = [c for c, _ in judged(records, lambda event: mapped(confidence(event)))]
        chance = noise_floor(mapped_confidences, len(mapped_confidences) // 2)
        figures[corpus] = {"documents": len(records), "events": sum(len(r["events"]) for r in records),
                           "tune_half_ece": f"{raw:.1f} -> {whole:.1f}",
                           "cross_validated_ece": f"{raw_cv:.1f} -> {mapped_cv:.1f}",
                           "chance_ece_at_check_size": f"{chance:.1f}"}
        ships = ships and whole < raw and mapped_cv < raw_cv
    balanced = {"balance": balance} if balance != "events" else {}
    return {"method": method, **balanced, **fitted, "fitted_on": {
        "source": "tune halves of the development corpora (measurement-derived; check halves never read)",
        "events_judged": len(pairs), "share_right": round(sum(r for _, r in pairs) / len(pairs), 4),
        "corpora": figures}}, ships


def compare(cache: dict[str, list[dict]], backend: str, min_block: int) -> dict[str, dict]:
    """Every method and weighting fitted on the same cache, with its figures per corpus and whether it would
    ship (nothing is written): the comparison the model card reports."""
    table = {}
    for method in METHODS:
        for balance in BALANCES:
            fitted, ships = tune_half_fit(cache, backend, method, min_block, balance)
            corpora = fitted["fitted_on"]["corpora"]
            table[f"{method}, {balance} weighted"] = {
                "ships": ships,
                "mean_tune_half_ece": _mean_after(corpora, "tune_half_ece"),
                "mean_cross_validated_ece": _mean_after(corpora, "cross_validated_ece"),
                **{corpus: f"{row['tune_half_ece']} (cross-validated {row['cross_validated_ece']})"
                   for corpus, row in corpora.items()}}
    return table


def _mean_after(corpora: dict[str, dict], figure: str) -> float:
    """The mean over corpora of the mapped side of a 'raw -> mapped' figure."""
    return round(float(np.mean([float(row[figure].split(" -> ")[1]) for row in corpora.values()])), 2)


def write_map(path: Path, section: str, backend: str, fitted: dict) -> None:
    """Put `fitted` into the calibration file: shipped under the backend's name, or withheld under
    'BACKEND (tune-halves)' when fitted on the tune halves (so the maps fitted on our corpus stay on
    record); a shipped tune-half map replaces the withheld one. Every other entry is kept."""
    existing = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    payload = {"about": ABOUT, "backends": dict(existing.get("backends", {})),
               "withheld": dict(existing.get("withheld", {}))}
    tune_half = fitted.get("fitted_on", {}).get("source", "").startswith("tune halves")
    name = f"{backend} ({TUNE_HALVES})" if section == "withheld" and tune_half else backend
    if section == "backends" and tune_half:
        payload["withheld"].pop(f"{backend} ({TUNE_HALVES})", None)
    payload[section][name] = fitted
    payload = {key: dict(sorted(value.items())) if isinstance(value, dict) else value
               for key, value in payload.items()}
    path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=BACKENDS, default="rules")
    parser.add_argument("--sources", default=TUNE_HALVES,
                        help=f"{TUNE_HALVES} (the map that may ship), or comma-separated: ours (our corpus), "
                             "muc4-documents (one-incident MUC-4 train documents), "
                             "muc4-sentences (labelled MUC-4 train sentences).")
    parser.add_argument("--method", choices=METHODS, default="platt",
                        help=f"The map fitted on the {TUNE_HALVES} (the other sources are fitted isotonic).")
    parser.add_argument("--balance", choices=BALANCES, default="events",
                        help=f"How the {TUNE_HALVES} events weigh: each event once (the default), or each corpus "
                             "the same.")
    parser.add_argument("--compare", action="store_true",
                        help=f"Fit every method and weighting on the {TUNE_HALVES} and print their figures; "
                             "write nothing.")
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks",
                        help="The corpora whose tune halves are coded when the tune-half cache lacks them.")
    parser.add_argument("--tune-cache", type=Path, default=ROOT / ".eval" / "tune_events.json",
                        help="scripts/measure_calibration.py's cache of the tune halves coded with raw scores.")
    parser.add_argument("--muc4", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "muc4",
                        help="The MUC-4 folder whose train split is read.")
    parser.add_argument("--section", choices=("backends", "withheld"), default=None,
                        help="Where the map goes: 'backends' ships it, 'withheld' keeps it with its figures only "
                             f"(default: {TUNE_HALVES} maps ship when they lower every tune half's error; "
                             "others are withheld).")
    parser.add_argument("--why-withheld", default=None,
                        help="Why a map that lowers every tune half's error is still withheld "
                             "(with --section withheld).")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--every", type=int, default=3, help="Code every N-th generated item (all hand-written ones).")
    parser.add_argument("--min-block", type=int, default=40)
    parser.add_argument("--out", type=Path, default=calibration.CALIBRATION_FILE)
    parser.add_argument("--cache", type=Path, default=ROOT / ".eval" / "calibration_cases.json",
                        help="Where the rules' coding of our corpus and MUC-4 train is kept "
                             "(reused while the cases are the same).")
    args = parser.parse_args()
    if args.sources == TUNE_HALVES:
        from measure_calibration import raw_cache

        cache = raw_cache(args.tune_cache, args.benchmarks)
        if args.compare:
            print(json.dumps(compare(cache, args.backend, args.min_block), indent=1))
            return
        fitted, ships = tune_half_fit(cache, args.backend, args.method, args.min_block, args.balance)
        section = args.section or ("backends" if ships else "withheld")
        if args.why_withheld and section == "withheld":
            fitted["why_withheld"] = args.why_withheld
        write_map(args.out, section, args.backend, fitted)
        print(json.dumps({"section": section, **fitted}, indent=1))
        return
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    chosen = [item for index, item in enumerate(items) if item["source"] == "written" or index % args.every == 0]
    available = {"ours": corpus_cases(chosen), "muc4-documents": muc4_cases(args.muc4),
                 "muc4-sentences": muc4_sentence_cases(args.muc4)}
    wanted = args.sources.split(",")
    if set(wanted) - set(available):
        parser.error(f"unknown sources {sorted(set(wanted) - set(available))}; choose from {sorted(available)} "
                     f"or {TUNE_HALVES}")
    cases = [case for cases in available.values() for case in cases]
    cached = json.loads(args.cache.read_text(encoding="utf-8")) if args.cache.exists() else {}
    keys = [case_key(case) for case in cases]
    missing = [case for case, key in zip(cases, keys) if key not in cached]
    if missing:
        cached.update(zip(map(case_key, missing), coded_cases(missing)))
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_text(json.dumps(cached), encoding="utf-8")
    cached = {"records": [cached[key] for key in keys]}
    source_of = {case[1]: name for name, cases in available.items() for case in cases}
    records = [r for r in cached["records"] if source_of[r["id"]] in wanted]
    sources = {f"{name}_cases": len(available[name]) for name in wanted}
    fitted = fit(judged_events(records, args.backend), args.min_block, sources)
    write_map(args.out, args.section or "withheld", args.backend, fitted)
    print(json.dumps(fitted["fitted_on"], indent=1))


if __name__ == "__main__":
    main()
