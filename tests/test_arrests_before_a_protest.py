"""Arrests made before a demonstration takes place are Arrests, not an intervention in a protest that has not begun
(our own sentences, several countries)."""

from __future__ import annotations

import pytest

import sitrep

AHEAD = [
    "Police arrested opposition activists ahead of the planned hartal in Sylhet.",
    "Police detained twelve union leaders in Mombasa ahead of a planned strike.",
    "Gendarmes arrested five student leaders in Cotonou on the eve of the announced march.",
    "Security forces detained opposition organisers in Harare to prevent a scheduled rally.",
    "Police arrested ten activists in Lagos before the planned demonstration.",
    "Officers detained party workers in Rajshahi ahead of the upcoming blockade.",
    "Police arrested three teachers' union officials in Kampala ahead of the proposed protest.",
    "Soldiers detained youth leaders in Bamako on the eve of their planned rally.",
]


@pytest.mark.parametrize("text", AHEAD)
def test_arrests_before_a_protest_are_arrests(text):
    events = sitrep.extract_text(text)
    assert events, text
    assert events[0].sub_event_type == "Arrests", (text, events[0].sub_event_type)


def test_arrests_at_a_protest_are_still_an_intervention():
    events = sitrep.extract_text("Police arrested twenty protesters at a rally in Eldoret.")
    assert events[0].sub_event_type == "Protest with intervention"
