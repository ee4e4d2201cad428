"""The `trained` backend: the rules' events checked by the learned gate, on sentences we wrote."""

from __future__ import annotations

import dataclasses

from sitrep import backends, calibration
from sitrep.api import extract_text
from sitrep.extract import extract_document as extract_with_rules
from sitrep.sources import read_text
from sitrep.trained import backend

ATTACK = ("Gunmen attacked a police checkpoint near the northern town of Kano on Tuesday, killing three officers, "
          "police said.")
WINDSTORM = "Forty homes and a bridge were destroyed in the coastal district of Khulna on Wednesday."
"""A disaster told with no hazard named, which the rules still code as property destruction (a violent verb, nobody
named, no casualty figure; strong winds or floodwaters named are known as hazards)."""


def _document(text: str):
    return read_text(text, document_id="t", published="2024-03-04")


def _without_confidence(event) -> dict:
    return {key: value for key, value in event.to_dict().items() if key != "confidence"}


def test_clear_attack_is_kept_with_every_field_of_the_rules() -> None:
    rules = extract_with_rules(_document(ATTACK))
    trained = backend.extract_document(_document(ATTACK))
    assert len(rules) == len(trained) == 1
    assert trained[0].fatalities == 3
    assert _without_confidence(trained[0]) == _without_confidence(rules[0])
    assert trained[0].confidence >= rules[0].confidence


def test_disaster_coded_by_the_rules_loses_confidence() -> None:
    rules = extract_with_rules(_document(WINDSTORM))
    trained = backend.extract_document(_document(WINDSTORM))
    assert [e.sub_event_type for e in rules] == [e.sub_event_type for e in trained] == ["Looting/property destruction"]
    assert trained[0].confidence < rules[0].confidence


def test_weak_event_the_gate_rejects_is_dropped_under_a_dropping_rule() -> None:
    events = extract_with_rules(_document(WINDSTORM))
    assert backend.weak_evidence(events[0], backend.GateRule(drop_below=0.5, weak_confidence=0.95))
    assert backend.gate_events(events, backend.GateRule(drop_below=0.5, weak_confidence=0.95)) == []


def test_strong_evidence_is_never_dropped() -> None:
    events = extract_with_rules(_document(ATTACK))
    assert not backend.weak_evidence(events[0], backend.GateRule(weak_confidence=1.01))
    assert len(backend.gate_events(events, backend.GateRule(drop_below=1.01, weak_confidence=1.01))) == 1


def test_background_events_pass_through_unscored() -> None:
    events = extract_with_rules(_document(ATTACK))
    history = dataclasses.replace(events[0], is_background=True, confidence=0.42)
    assert backend.gate_events([history], backend.GateRule(drop_below=1.01, weak_confidence=1.01, gate_weight=0.5),
                               probability=lambda texts: [0.0] * len(texts)) == [history]
    assert history.confidence == 0.42


def test_combined_confidence_moves_towards_the_gate() -> None:
    assert backend.combined_confidence(0.7, 0.99, 0.1) > 0.7
    assert backend.combined_confidence(0.7, 0.01, 0.1) < 0.7
    assert backend.combined_confidence(0.7, 0.01, 0.0) == 0.7


def test_deterministic() -> None:
    text = ATTACK + " " + WINDSTORM
    first = [e.to_dict() for e in backend.extract_document(_document(text))]
    second = [e.to_dict() for e in backend.extract_document(_document(text))]
    assert first == second


def test_registered_behind_the_extractor_seam() -> None:
    assert "trained" in backends.names()
    extractor = backends.get("trained")
    assert isinstance(extractor, backends.Extractor) and extractor.name == "trained"
    through_seam = extract_text(ATTACK, document_id="t", published="2024-03-04", backend="trained")
    assert [e.to_dict() for e in through_seam] == [e.to_dict() for e in backend.extract_document(_document(ATTACK))]


def test_gate_reads_raw_rule_scores_and_the_trained_map_comes_last() -> None:
    text = ATTACK + " " + WINDSTORM
    raw_rules = extract_with_rules(_document(text), calibrated=False)
    combined = backend.extract_document(_document(text), calibrated=False)
    assert [e.confidence for e in combined] == [e.confidence for e in backend.gate_events(raw_rules)]
    final = backend.extract_document(_document(text))
    assert [e.confidence for e in final] == [calibration.calibrate(e.confidence, "trained") for e in combined]
