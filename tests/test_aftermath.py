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


def test_arrest_told_after_a_stabbing_does_not_outrank_it():
    ranked = classify.classify("A trader stabbed his neighbour in Parakou before police arrested him.")
    assert ranked[0][0] == "Attack"


def test_blade_attack_with_a_later_detention_is_typed_as_the_attack():
    ranked = classify.classify("A farmer hacked a herder with a cutlass near Bouaflé, and gendarmes later detained him.")
    assert ranked[0][0] == "Attack"


def test_arrest_told_first_stays_an_arrest():
    ranked = classify.classify("Police arrested two men suspected of having stabbed a shopkeeper in Lomé.")
    assert ranked[0][0] == "Arrests"


def test_slashing_prices_is_no_attack():
    assert classify.classify("The ministry slashed fuel prices by a tenth on Monday.") == []


def test_forces_who_arrest_after_a_stabbing_are_no_side_of_it():
    event = _only("A trader stabbed his neighbour in Parakou on Monday before police arrested him.")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 != "Police Forces of Benin"
    assert event.actor1 != "Police Forces of Benin"


def test_attackers_identified_later_are_actor_one_not_a_second_side():
    event = _only("Armed men ambushed a bus near Kitgum on Friday, killing three passengers. "
                  "Police said the attackers were LRA rebels.")
    assert event.actor1 == "LRA: Lord's Resistance Army"
    assert event.actor2 == "Civilians (Uganda)"


def test_gunmen_identified_as_members_of_a_group():
    event = _only("Gunmen attacked an army post near Kismayo on Sunday. "
                  "The army said the attackers were members of al-Shabaab.")
    assert event.actor1 == "Al Shabaab"
    assert event.actor2 == "Military Forces of Somalia"



def test_villagers_beating_a_thief_stay_a_mob():
    event = _only("Villagers beat a suspected thief near Bohicon on Sunday.")
    assert event.sub_event_type == "Mob violence"


def test_a_crowd_including_one_named_person_stays_a_mob():
    event = _only("On Friday, some twenty people, including a schoolteacher, beat a suspected thief to death in Savalou.")
    assert event.sub_event_type == "Mob violence"


def test_forces_deployed_later_did_not_intervene_in_a_riot():
    event = _only("Rioters torched a bus station in Gulu. Soldiers were later deployed and a curfew was imposed.")
    assert event.event_type == "Riots"
    assert event.actor1 == "Rioters (Uganda)"
    assert event.actor2 != "Military Forces of Uganda"


def test_forces_who_disperse_a_protest_later_still_intervene():
    event = _only("Traders protested in Lira over new taxes. Police later used tear gas to scatter them.")
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 == "Police Forces of Uganda"
