"""Aftermath sentences (arrests, recoveries, detentions told after a violent act) must not take over the event.

Every sentence here is our own: other towns, countries and names than any corpus note.
"""

from __future__ import annotations

import sitrep
from sitrep import classify


def _only(text: str):
    events = sitrep.extract_text(text)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


def test_undated_arrest_after_an_attack_is_not_the_main_sentence():
    event = _only("Gunmen attacked soldiers near Gulu on Saturday. Police later arrested ten suspects.")
    assert event.event_type == "Battles"
    assert event.actor1 == "Unidentified Armed Group (Uganda)"
    assert event.actor2 == "Military Forces of Uganda"


def test_recovery_after_a_raid_keeps_the_raiders_as_actor_one():
    event = _only("Bandits raided a cattle post near Moroto. Soldiers later recovered forty head of cattle.")
    assert event.actor1 == "Unidentified Armed Group (Uganda)"
    assert event.actor2 != "Military Forces of Uganda"
