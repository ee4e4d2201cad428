"""Evaluation adapters: one module per corpus, each with `evaluate(path, limit=None) -> EvalResult`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ErrorExample:
    """One wrong field: the text, what sitrep said and what the gold says, so a developer sees why."""

    field: str
    text: str
    predicted: Any
    gold: Any
    document_id: str | None = None


@dataclass
class EvalResult:
    """Figures for one corpus: `metrics` maps a metric name to its value (fractions in 0-1) over the
    whole corpus; `halves` gives them on its tune and check halves, and the gate reads the check half."""

    corpus: str
    path: str
    documents: int
    metrics: dict[str, float]
    reference: dict[str, str] = field(default_factory=dict)
    """Published figures to show beside ours, metric name -> 'system value'."""
    examples: list[ErrorExample] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    halves: dict[str, dict[str, float]] = field(default_factory=dict)
    """The same metrics on the tune and the check half (`sitrep.evaluation.split`); empty for a
    corpus that is not split (the seed articles)."""
    half_documents: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Keep only error examples from tune documents of a split corpus: the check half is read only
        as figures, so no printout, page or JSON report shows a developer one of its texts."""
        from sitrep.evaluation.split import half

        if self.halves:
            self.examples = [e for e in self.examples if e.document_id is not None and half(e.document_id) == "tune"]
