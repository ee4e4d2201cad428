"""Screen coded events with a trained gate: `--model DIR` keeps the events its model takes for events.

The rules code each event from its evidence sentences; a model trained with `sitrep train` on a user's
own coded data (or the shipped one) then reads those sentences and drops the event when its calibrated
probability of reporting an event falls below `model.DEFAULT_THRESHOLD`. Fields are left as coded.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.schema import Event
from sitrep.trained import model


def evidence_text(event: Event) -> str:
    """The sentences an event rests on, in order, as one text."""
    return " ".join(evidence.text for evidence in event.evidence)


def screen_events(events: list[Event], model_dir: Path | str | None) -> list[Event]:
    """The events whose evidence the gate of `model_dir` (None: the shipped model) takes for an event."""
    if not events:
        return []
    probabilities = model.event_probability([evidence_text(event) for event in events], model_dir)
    return [event for event, probability in zip(events, probabilities) if probability >= model.DEFAULT_THRESHOLD]
