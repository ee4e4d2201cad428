"""The wounded who later die move from an event's injured to its killed (our own sentences, several countries)."""

from __future__ import annotations

import pytest

import sitrep

CASES = [
    ("Gunmen killed five people in Garissa on Monday and wounded ten. Two of the wounded later died.", 7, 8),
    ("Militants killed three soldiers near Gao and injured six others. One of the injured later died in hospital.", 4, 5),
    ("Attackers killed four villagers in Kaduna State and wounded nine. Three of the wounded died overnight.", 7, 6),
    ("A bomb killed two traders at a market in Mogadishu and wounded twelve. Two of the wounded later succumbed.", 4, 10),
    ("Rebels killed six civilians near Beni and injured eight. Four of the injured later died.", 10, 4),
    ("Police shot dead two protesters in Kisumu and wounded seven. One of the wounded died on Friday.", 3, 6),
    ("Unknown gunmen killed one farmer in Borno and wounded five. Two of the wounded later died.", 3, 3),
    ("An explosion killed five pilgrims in Peshawar and wounded twenty. Five of the wounded later died.", 10, 15),
]


@pytest.mark.parametrize("text, killed, injured", CASES)
def test_wounded_who_die_move_to_killed(text, killed, injured):
    events = sitrep.extract_text(text)
    assert events, text
    event = events[0]
    assert event.fatalities == killed
    assert event.casualties["injured"][0] == injured
