"""The `trained` backend: the rule coder's events, checked by the learned event gate.

The rules find every event, with its sub-type, actors, place, date and casualties, and the
sentences it rests on. The gate (`sitrep.trained.model.event_probability`) then reads only those
evidence sentences and answers one question the rules answer worst: does this text report a
political-violence, protest or strategic event at all, or a disease, disaster, accident, crime
or talk about conflict that uses the same words? How the two are combined is a pure function of
the rules' events (`gate_events`), chosen by measurement on the tune halves of the development
corpora (the figures are in sitrep/data/models/MODEL_CARD.md).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sitrep.schema import Document, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
"""ACLED inter codes of organised armed actors: state forces, rebels, political and identity
militias, external forces. An event the rules tie to one rests on more than a violent word."""


@dataclass(frozen=True)
class GateRule:
    """When the gate overrules the rules, and how much it moves their confidence.

    An event is dropped when its best evidence sentence scores below `drop_below` and the rules'
    own evidence is weak (see `weak_evidence`); every other event keeps its fields and gets the
    weighted mean, in log-odds, of the rules' confidence and the gate probability (`gate_weight`).
    """

    drop_below: float = 0.0
    weak_confidence: float = 0.8
    gate_weight: float = 0.1


DEFAULT_RULE = GateRule()
"""Chosen on the tune halves (MODEL_CARD.md, "The trained backend"): with the shipped gate no drop
threshold lowered a false-event rate on any tune half while every one cost CASE detection recall
or ACLED event recall, so nothing is dropped; with the gate trained on our text and MUC-4 train, a
gate weight of 0.1 gives the lowest mean expected calibration error over the five tune halves that
report it, with the rules' CASE main events (scripts/measure_calibration.py)."""

Probability = Callable[[Sequence[str]], list[float]]


class TrainedExtractor:
    """The `trained` backend (`sitrep.backends`): the rules' batch parsing and coding, then `gate_events`."""

    name = "trained"

    def parse_many(self, documents: Sequence[Document]) -> list[Any]:
        """The rules backend's spaCy parses: the gate needs no preparation of its own."""
        from sitrep.backends import RulesExtractor

        return RulesExtractor().parse_many(documents)

    def extract(self, document: Document, parsed: Any = None) -> list[Event]:
        return extract_document(document, parsed)


def extract_document(document: Document, parsed: "Doc | None" = None, *, calibrated: bool = True) -> list[Event]:
    """Code one article as `sitrep.extract.extract_document` does (raw scores), check each event with the
    gate, then map the combined scores through the trained backend's own calibration map
    (`sitrep.calibration`, fitted by scripts/fit_calibration.py --backend trained; none: they stay as
    combined). `calibrated` False keeps the combined scores unmapped."""
    from sitrep import calibration
    from sitrep.extract import extract_document as extract_with_rules

    events = gate_events(extract_with_rules(document, parsed, calibrated=False))
    if calibrated:
        for event in events:
            event.confidence = calibration.calibrate(event.confidence, TrainedExtractor.name)
    return events


def gate_events(events: list[Event], rule: GateRule = DEFAULT_RULE, probability: Probability | None = None) -> list[Event]:
    """The rules' events less those the gate and weak evidence both reject; the rest with combined confidence.

    The gate reads only the evidence sentences of current events (history a text mentions is passed
    through untouched), so a document with no event costs nothing. An event's gate score is that of
    its best evidence sentence: one sentence that reports the event is enough.
    """
    if probability is None:
        from sitrep.trained.model import event_probability as probability
    current = [event for event in events if not event.is_background]
    texts = sorted({evidence.text for event in current for evidence in event.evidence})
    scores = dict(zip(texts, probability(texts))) if texts else {}
    kept = []
    for event in events:
        if event.is_background or not event.evidence:
            kept.append(event)
            continue
        gate = max(scores[evidence.text] for evidence in event.evidence)
        if gate < rule.drop_below and weak_evidence(event, rule):
            continue
        event.confidence = combined_confidence(event.confidence, gate, rule.gate_weight)
        kept.append(event)
    return kept


def weak_evidence(event: Event, rule: GateRule = DEFAULT_RULE) -> bool:
    """The rules' case for an event is weak when it names no casualty figure, ties no organised armed
    actor to it and its cue-based confidence is below `rule.weak_confidence`. An armed side counts only
    where the text names it (an attacker, or a target or victim, argument): the Unidentified Armed Group
    the codebook gives a deed nobody is named for is no evidence of one."""
    roles = {argument.role for argument in event.arguments}
    armed = (event.inter1 in ARMED_INTERS and "attacker" in roles) \
        or (event.inter2 in ARMED_INTERS and bool(roles & {"target", "victim"}))
    return event.fatalities == 0 and not armed and event.confidence < rule.weak_confidence


def combined_confidence(confidence: float, gate: float, gate_weight: float) -> float:
    """Weighted mean of the rules' confidence and the gate probability in log-odds, rounded as the rules round."""
    if gate_weight <= 0.0:
        return confidence
    mixed = (1.0 - gate_weight) * _logit(confidence) + gate_weight * _logit(gate)
    return round(1.0 / (1.0 + math.exp(-mixed)), 3)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))
