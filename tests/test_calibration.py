"""Calibrated confidence: the fitted map, its use in the extractor, and the reliability diagram."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from sitrep import calibration
from sitrep.evaluation import EvalResult
from sitrep.evaluation.report import (RELIABILITY_SVG, calibration_error, markdown, reliability, reliability_by_half,
                                     write_markdown)
from sitrep.evaluation.split import half
from sitrep.extract import extract_document
from sitrep.sources import read_text

REPORT = ("Gunmen shot dead six villagers in Dalori near Maiduguri on Monday, police said. "
          "Soldiers later clashed with the attackers outside the town.")


TWO_EVENTS = ("Rebels ambushed an army convoy near Gao on Monday, killing four soldiers, the army said. "
              "In Bamako, hundreds of students marched peacefully on Tuesday to demand lower fees.")


def fitted_rules_map() -> dict:
    """The isotonic map scripts/fit_calibration.py fitted for the rules on our corpus and MUC-4 train
    (withheld: it did not lower the error on the development corpora)."""
    return json.loads(calibration.CALIBRATION_FILE.read_text(encoding="utf-8"))["withheld"]["rules"]


def tune_half_rules_map() -> dict:
    """The rules' Platt map fitted on the tune halves of the development corpora: the one that ships."""
    return json.loads(calibration.CALIBRATION_FILE.read_text(encoding="utf-8"))["backends"]["rules"]


def test_fitted_map_rises_strictly_within_zero_and_one() -> None:
    knots = [tuple(knot) for knot in fitted_rules_map()["knots"]]
    xs, ys = [x for x, _ in knots], [y for _, y in knots]
    assert xs == sorted(set(xs)) and ys == sorted(set(ys))
    assert knots[0] == (0.0, 0.0) and knots[-1] == (1.0, 1.0) and len(knots) >= 4


def test_interpolate_is_linear_between_knots_and_flat_beyond() -> None:
    knots = ((0.2, 0.1), (0.6, 0.5), (0.8, 0.9))
    assert calibration.interpolate(0.4, knots) == pytest.approx(0.3)
    assert calibration.interpolate(0.7, knots) == pytest.approx(0.7)
    assert calibration.interpolate(0.1, knots) == 0.1 and calibration.interpolate(0.95, knots) == 0.9
    assert calibration.interpolate(0.42, ()) == 0.42


def test_the_fitted_map_never_reorders_scores_and_a_backend_without_one_keeps_its_own() -> None:
    knots = [tuple(knot) for knot in fitted_rules_map()["knots"]]
    scores = [i / 1000 for i in range(1001)]
    mapped = [calibration.interpolate(s, knots) for s in scores]
    assert mapped == sorted(mapped) and 0.0 <= mapped[0] and mapped[-1] <= 1.0
    assert calibration.calibrate(0.5, "no-such-backend") == 0.5
    assert calibration.load_maps()["rules"] == calibration.ScoreMap.from_json(tune_half_rules_map())


def test_platt_scaling_is_a_logistic_curve_in_the_log_odds() -> None:
    assert calibration.platt(0.5, 1.0, 0.0) == pytest.approx(0.5)
    assert calibration.platt(0.8, 1.0, 0.0) == pytest.approx(0.8)
    assert calibration.platt(0.5, 2.0, 1.0) == pytest.approx(1 / (1 + 2.718281828459045 ** -1.0))
    assert 0.0 < calibration.platt(0.0, 1.0, 0.4) < calibration.platt(1.0, 1.0, 0.4) < 1.0
    assert calibration.ScoreMap.from_json({"scale": 1.0, "shift": 0.0})(0.3) == pytest.approx(0.3)
    assert calibration.ScoreMap.from_json({"knots": [[0.0, 0.0], [1.0, 0.5]]})(0.5) == pytest.approx(0.25)


def test_the_tune_half_map_keeps_raw_scores_apart_and_in_order() -> None:
    """Raw scores are rounded to thousandths; their calibrated values (four decimals) never tie or swap,
    so the map cannot change which event is a document's main one."""
    assert "rules" in calibration.load_maps()
    mapped = [calibration.calibrate(i / 1000) for i in range(1001)]
    assert all(a < b for a, b in zip(mapped, mapped[1:]))
    assert 0.0 < mapped[0] and mapped[-1] < 1.0


def test_the_tune_half_map_was_fitted_on_tune_halves_and_lowers_every_tune_error() -> None:
    fitted = tune_half_rules_map()
    assert fitted["method"] == "platt" and fitted["scale"] > 0
    source = fitted["fitted_on"]["source"]
    assert "tune halves" in source and "check halves never read" in source
    corpora = fitted["fitted_on"]["corpora"]
    assert set(corpora) == {"case2021", "acled-benin", "acled-kenya", "acled-bangladesh", "everyday"}
    for figures in corpora.values():
        for key in ("tune_half_ece", "cross_validated_ece"):
            raw, mapped = map(float, figures[key].split(" -> "))
            assert mapped < raw


def test_calibration_moves_confidence_only() -> None:
    document = read_text(TWO_EVENTS, document_id="calibration-two")
    raw = extract_document(document, calibrated=False)
    final = extract_document(document)
    assert len(raw) >= 2
    assert [(e.event_id, e.sub_event_type, e.actor1, e.location) for e in raw] == \
        [(e.event_id, e.sub_event_type, e.actor1, e.location) for e in final]
    order = sorted(range(len(raw)), key=lambda i: -raw[i].confidence)
    assert order == sorted(range(len(final)), key=lambda i: -final[i].confidence)
    assert [e.confidence for e in final] != [e.confidence for e in raw]


def test_extractor_applies_the_map_last() -> None:
    document = read_text(REPORT, document_id="calibration")
    raw = extract_document(document, calibrated=False)
    final = extract_document(document)
    assert raw and [e.event_id for e in raw] == [e.event_id for e in final]
    assert [e.confidence for e in final] == [calibration.calibrate(e.confidence) for e in raw]


def test_reliability_points_match_the_calibration_error() -> None:
    pairs = [(0.15, False), (0.18, True), (0.82, True), (0.85, True), (0.88, False)]
    points = reliability(pairs)
    assert points == [[0.165, 0.5, 2], [0.85, 0.6667, 3]]
    gap = sum(count * abs(mean - share) for mean, share, count in points) / len(pairs)
    assert abs(gap - calibration_error(pairs)) < 1e-3


def test_reliability_by_half_splits_by_document() -> None:
    documents = [(f"doc{i}", [(0.9, i % 2 == 0)]) for i in range(12)]
    split = reliability_by_half(documents, lambda d: d[0], lambda d: d[1])
    assert sum(p[2] for p in split["all"]) == 12
    assert sum(p[2] for p in split["check"]) == sum(half(d[0]) == "check" for d in documents)


def _result(corpus: str, bins: list[list[float]]) -> EvalResult:
    return EvalResult(corpus=corpus, path=f"{corpus}.csv", documents=10, metrics={"confidence_ece": 0.05},
                      details={"reliability": {"all": bins, "tune": bins, "check": bins}},
                      halves={"tune": {"confidence_ece": 0.05}, "check": {"confidence_ece": 0.05}})


def test_markdown_shows_the_diagram_and_its_points(tmp_path) -> None:
    results = [_result("alpha", [[0.32, 0.25, 4], [0.81, 0.8, 10]]), _result("beta", [[0.9, 0.95, 20]])]
    page = markdown(results)
    assert f"![Reliability diagram, check halves]({RELIABILITY_SVG})" in page
    assert "| alpha | 0.81 | 0.80 | 10 |" in page and "| beta | 0.90 | 0.95 | 20 |" in page
    write_markdown(results, tmp_path / "evaluation.md")
    svg = ET.parse(tmp_path / RELIABILITY_SVG).getroot()
    circles = svg.findall("{http://www.w3.org/2000/svg}circle")
    assert len(circles) == 3 and len(svg.findall("{http://www.w3.org/2000/svg}polyline")) == 2
    assert {c.find("{http://www.w3.org/2000/svg}title").text.split(":")[0] for c in circles} == {"alpha", "beta"}


def test_markdown_without_judged_confidence_draws_nothing(tmp_path) -> None:
    plain = EvalResult(corpus="geo", path="geo.xml", documents=3, metrics={"accuracy": 0.5})
    assert "Reliability" not in markdown([plain])
    write_markdown([plain], tmp_path / "evaluation.md")
    assert not (tmp_path / RELIABILITY_SVG).exists()


def test_calibration_file_records_how_it_was_fitted() -> None:
    withheld = fitted_rules_map()
    fitted = withheld["fitted_on"]
    assert fitted["events_judged"] > 1000 and fitted["held_out_ece_calibrated"] < fitted["held_out_ece_raw"]
    assert "tune halves" in withheld["why_withheld"]
