"""Actors named by a branch, a unit, a nickname or an alias, as news names them (tests/fixtures/actor_notes9.tsv),
written by us before sitrep was run on any of them: a federation's "federal forces" (Ethiopia's, Somalia's), a side's
"assault groups" and its air bases, Ansar Allah, Indian "jawans" and the CRPF, BSF and Assam Rifles, Kenya's GSU,
KDF, Kenya Police Reservists and Administration Police, Nigeria's DSS, Civilian JTF and Amotekun, Pakistan's FC, CTD
and Rangers, the Philippines' CAFGU, Mexico's Guardia Nacional, Colombia's Gaitanista Army and ELN, Somalia's Danab,
Burkina Faso's VDP, Mali's FAMa, Ukraine's Territorial Defense and SBU, Israel's Border Police, Iran's IRGC, Myanmar's
Tatmadaw, the DRC's Wazalendo, Sudan's SAF, Haiti's Viv Ansanm, Nigeria's named operations, FARC dissidents,
Cameroon's BIR, Turkish-backed factions and Iraq's PMF. 40 notes in 21 countries; every fourth (ids 'h', 10) is held
out. Coded as a careful ACLED coder codes them, each actor under ACLED's name for it (a unit or a branch under its
state's Military or Police Forces, as the project's knowledge base records it).

First pass (sitrep at main 9ae8918, before any rule of this batch), the 30 notes not held out: sub-type 27 of 30,
event type 27, actors 20 of 30, fatalities 28 of 30, admin1 27 of 30. Misses of actors: "federal forces" read as an
unidentified armed group (a01), "Russian assault groups" not read and "Ukrainian defences" read as civilians (a02),
"FC personnel" and "Guardia Nacional agents" not read (a11, a18), "Gaitanista Army fighters" read as Colombia's
army (a19), "Territorial Defense units" not read and "a Russian assault" not read as Russia's forces (a26), "a Russian
air base" not read as Russia's military (a35), "Turkish-backed factions" not read as the Syrian National Army (a38);
no event for Civilian JTF members who "repelled Boko Haram fighters" (a09); "shot dead a suspected cattle smuggler"
read as livestock killed (a15). Held out, with the code before the rules: sub-type 9 of 10, event type 10, actors 6
of 10, fatalities 10, admin1 10.

After the rules, tune: sub-type 30 of 30, event type 30, actors 29 of 30, fatalities 29 of 30, admin1 27 of 30.
Held out, run once after the rules of actors.py, actors.csv and event_patterns.tsv: sub-type 9 of 10, event type 10,
actors 7 of 10, fatalities 10, admin1 10. The instrument rule (below) came after that run, written for a gap another
batch records (tests/test_weapon_verbs.py w23, "struck a navy base ... with armed drones"), not for any held-out
note; with it the held-out actors are 8 of 10 (h36's police station, struck "with explosive-laden drones").

The rules (sitrep/actors.py, sitrep/data/actors.csv, sitrep/data/event_patterns.tsv), each stating what it encodes:
- `actors.GENERIC`: a "jawan" is a soldier; "federal forces/troops" are a federation's central military ("federal"
  left `actors.QUALIFIERS`, where it made "federal forces" a bare "forces" with no nation); a nation's assault groups,
  saboteurs and sabotage groups, bases, air bases, barracks, lines and defences, and its assault, offensive or
  incursion, are its Military Forces ("assault" joined the qualifiers: "Russian assault troops").
- `actors.MEMBER_NOUNS`: "CRPF jawans" are the CRPF's members.
- `actors.COUNTRY_BOUND_ACRONYMS`: FC (Frontier Corps, also a football club) and CTD (Pakistan's police
  counter-terrorism departments) only in their country's stories.
- sitrep/data/actors.csv: aliases of real organisations (the FC; the CTD and Levies; the Guardia Nacional; the
  Gaitanista Army; Ukraine's Territorial Defense; Turkish-backed factions, the Syrian National Army; Kenya's
  Anti-Stock Theft Unit, Border Patrol Unit, Rapid Deployment Unit and DCI; Nigeria's NDLEA).
- event_patterns.tsv: a side that "repelled" or "repulsed" fighters, jihadists, terrorists or gunmen, also named by
  their group ("repelled Boko Haram fighters"), fought them; "shot dead a cattle smuggler" kills a person, not cattle.
- `actors._of_named_group`: "jawans of the District Reserve Guard" are that unit's men, as "gunmen of JNIM" are JNIM's.
- `roles.sentence._verb_of_instrument`: in "struck a navy base with armed drones" the deed's pivot is the verb, not
  the weapon told after the object, so the base's side is acted on (weapons of remote violence only).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import first_reported
from sitrep.actors import find_actors

FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "27/30", "event_type": "27/30", "actors": "20/30",
                               "fatalities": "28/30", "admin1": "27/30"},
    "tune, after the rules": {"sub_event_type": "30/30", "event_type": "30/30", "actors": "29/30",
                              "fatalities": "29/30", "admin1": "27/30"},
    "held out, with the code before the rules": {"sub_event_type": "9/10", "event_type": "10/10", "actors": "6/10",
                                                 "fatalities": "10/10", "admin1": "10/10"},
    "held out, run once after the rules": {"sub_event_type": "9/10", "event_type": "10/10", "actors": "7/10",
                                           "fatalities": "10/10", "admin1": "10/10"},
    "held out, with the instrument rule too": {"sub_event_type": "9/10", "event_type": "10/10", "actors": "8/10",
                                               "fatalities": "10/10", "admin1": "10/10"},
}
"""Fields right on the tune part (30 notes) and on the held-out part (10), before and after this batch's rules."""

NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "actor_notes9.tsv", NOTE_COLUMNS, NOTE_FIELDS)
_miss = NOTES.miss

_miss("cattle rustlers with no community named read as an ethnic militia (`actors._pastoral_raid`); the coder keeps "
      "them an unidentified armed group", "a05:actors")
_miss("Konduga is placed in no first-level unit", "a09:admin1")
_miss("Bijapur district is placed at the Karnataka town of the same name", "a14:admin1")
_miss("'shot dead a suspected cattle smuggler': the dead not counted", "a15:fatalities")
_miss("Bui division is placed in no first-level unit", "a37:admin1")
_miss("held out: Border Police officers in a Palestinian story read as Palestine's police", "h28:actors")
_miss("held out: a police station 'attacked ... with explosive-laden drones' read as a bombing",
      "h36:sub_event_type")
_miss("held out: herders in Laikipia read as a communal militia named after the county", "h40:actors")

test_actors_named_by_unit_or_alias_are_coded_as_a_coder_does = NOTES.coding_test()

test_every_known_miss_names_a_checked_case, test_the_batch_is_broad = NOTES.batch_tests(40, 20)


@pytest.mark.parametrize(("country", "text", "names"), [
    ("Somalia", "Federal troops shelled a Jubaland camp near Dolow.", ["Military Forces of Somalia"]),
    ("Nigeria", "Nigerian federal forces raided a camp near Lokoja.", ["Military Forces of Nigeria"]),
    ("Mexico", "Federal police set up roadblocks near Iguala.", ["Police Forces of Mexico"]),
    ("India", "Militants fired at jawans guarding a bridge near Sopore.",
     ["Unidentified Armed Group (India)", "Military Forces of India"]),
    ("India", "CRPF jawans patrolled a forest road near Dornapal.", ["Police Forces of India"]),
    ("India", "Jawans of the District Reserve Guard patrolled a road near Dornapal.", ["Police Forces of India"]),
    ("Ukraine", "Russian assault troops stormed a hamlet near Siversk.", ["Military Forces of Russia"]),
    ("Russia", "Ukrainian sabotage groups crossed the border near Sudzha.", ["Military Forces of Ukraine"]),
    ("Ukraine", "Defenders repelled a Russian offensive near Lyman.", ["Military Forces of Russia"]),
    ("Iraq", "Rockets hit a US air base in Anbar.", ["Military Forces of the United States"]),
    ("Pakistan", "FC personnel cordoned off a village near Turbat.", ["Military Forces of Pakistan"]),
    ("Pakistan", "CTD officials raided a house in Quetta.", ["Police Forces of Pakistan"]),
    ("Syria", "Turkish-backed factions entered a village near Afrin.", ["Syrian National Army"]),
    ("Colombia", "Gaitanista Army fighters blocked a road near Tierralta.", ["Clan del Golfo"]),
    ("Mexico", "Guardia Nacional agents set up a checkpoint near Uruapan.", ["Military Forces of Mexico"]),
])
def test_units_aliases_and_a_sides_installations(country, text, names):
    """GENERIC's jawans, federal forces, assault and sabotage groups, bases and offensives; MEMBER_NOUNS; FC and CTD
    bound to Pakistan; the new aliases."""
    assert [m.name for m in find_actors(text, country=country)] == names


@pytest.mark.parametrize("text", [
    "The Barcelona FC squad trained in Madrid on Monday.",
    "The town hall imposed new levies on imported goods.",
])
def test_no_force_in_a_football_club_or_a_tax(text):
    """FC names the Frontier Corps only in a story from Pakistan (country-bound); plain levies are taxes."""
    assert [m.name for m in find_actors(text, country="Spain")] == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Rebels struck navy positions near Kyaukphyu with drones.",
     ("Unidentified Armed Group (Myanmar)", "Military Forces of Myanmar")),
    ("Insurgents hit an army base near Sittwe with rockets on Monday.",
     ("Unidentified Armed Group (Myanmar)", "Military Forces of Myanmar")),
])
def test_a_weapon_told_as_instrument_leaves_the_object_acted_on(text, pair):
    """roles.sentence._verb_of_instrument: in "struck X with drones" the verb is the deed and X its object."""
    event = first_reported(text, "MM", "2025-03-04")
    assert (event.actor1, event.actor2) == pair
