"""A protest's cause is not the protest's act: damage told after "after", "over" or "against" is the grievance, so the
protest stays peaceful (our own sentences, several countries)."""

from __future__ import annotations

import pytest

import sitrep

CAUSES = [
    "Villagers in Kitui protested after floods destroyed their crops.",
    "Farmers in Narok protested after elephants destroyed farms.",
    "Residents of Tamale demonstrated after a storm destroyed their homes.",
    "Fishermen in Chittagong protested over a cyclone that destroyed their boats.",
    "Herders in Mopti protested after locusts destroyed pastures.",
    "Growers in Parakou protested against hailstorms that destroyed their maize.",
    "Villagers in Sylhet demonstrated after wild elephants damaged their houses.",
    "Farmers near Gulu protested after baboons destroyed their crops.",
]


@pytest.mark.parametrize("text", CAUSES)
def test_grievance_damage_is_not_the_protest_act(text):
    events = sitrep.extract_text(text)
    assert events, text
    assert events[0].sub_event_type == "Peaceful protest", (text, events[0].sub_event_type)


def test_protesters_own_damage_is_still_a_riot():
    events = sitrep.extract_text("Students in Rajshahi protested and destroyed buses.")
    assert events[0].sub_event_type == "Violent demonstration"
