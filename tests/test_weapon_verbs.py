"""Strikes told by their doer's verb and weapon (tests/fixtures/weapon_verbs.tsv), written by us before sitrep was run
on any of them: states and armed groups that "bombed" a place, a state named as the doer ("Turkey bombed hideouts",
"Russia launched glide bombs at Sumy"), towns "struck", "hit" or "pounded" with drones, missiles, artillery or bombs
made to be dropped from aircraft (guided aerial bombs, glide bombs), kamikaze drones and barrel bombs. 40 reports in
20 countries; every fourth (ids 'h', 10) is held out. Coded as a careful ACLED coder codes them: the sub-type by the
weapon and how it was delivered (codebook 'Explosions/Remote violence': bombs dropped by aircraft or drones are an
Air/drone strike, artillery, rockets and missiles fired from the ground a Shelling/artillery/missile attack, a bomb
set off by a group without aircraft a Remote explosive), actor 1 the state force or group that struck (ACLED names a
state's Military Forces for the state itself), actor 2 its target where the text names one.

First pass (sitrep at main after stop 43's merges, before any rule of this batch): the 30 reports not held out had
sub-type 15 of 30, event type 16, actors 10 of 21, fatalities 13 of 22, admin1 14 of 27. No event at all for
"militants/insurgents/jihadists/Maoists bombed" a place, for "Russia/Turkey bombed", for "the junta bombed", for
"dropped aerial bombs" and "launched glide bombs", and for an oil depot "struck ... with long-range drones" (read as
an accident at a depot); "struck ... with guided aerial bombs, killing three residents" and "hit a market town with a
drone, killing nine civilians" read as a ground attack; "kamikaze drones" read as a suicide bomber; a state named as
the doer ("Russia launched glide bombs") read as an unidentified armed group. Two keys were corrected after the first
pass, by ACLED's naming: the Islamic State in Iraq is "Islamic State" with no branch (w31), and Cameroon's
unidentified separatists are "Ambazonian Separatists" in North-West (w37); the figures above are with the corrected
keys. The held-out reports with the code before the rules: sub-type 6 of 10, event type 6, actors 4 of 7, fatalities
6 of 8, admin1 6 of 9.

After the rules (a non-state group that "bombed" sets off explosives, `event_patterns.tsv`; a state by its name
(built-in word list {state_subject}) or a junta that "bombed" strikes from the air; bombs made for aircraft are an
air strike; a kamikaze drone is a drone; an act done "with" a weapon of remote violence is typed by the weapon, not
read as a ground attack or clash; a place struck with such a weapon is a hostile act, `relevance.acts`; a state named
as the doer of a strike is its Military Forces, `actors.STATE_STRIKES`): sub-type 30 of 30, event type 30, actors 19
of 21, fatalities 22 of 22, admin1 24 of 27. Held out, run once after the rules: sub-type 10 of 10, event type 10,
actors 6 of 7, fatalities 8 of 8, admin1 8 of 9.
"""

from __future__ import annotations

from pathlib import Path

from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes

FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "15/30", "event_type": "16/30", "actors": "10/21",
                               "fatalities": "13/22", "admin1": "14/27"},
    "tune, after the rules": {"sub_event_type": "30/30", "event_type": "30/30", "actors": "19/21",
                              "fatalities": "22/22", "admin1": "24/27"},
    "held out, with the code before the rules": {"sub_event_type": "6/10", "event_type": "6/10", "actors": "4/7",
                                                 "fatalities": "6/8", "admin1": "6/9"},
    "held out, run once after the rules": {"sub_event_type": "10/10", "event_type": "10/10", "actors": "6/7",
                                           "fatalities": "8/8", "admin1": "8/9"},
}
"""Fields right on the tune part (30 reports) and on the held-out part (10), before and after this batch's rules."""

NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "weapon_verbs.tsv", NOTE_COLUMNS, NOTE_FIELDS)
_miss = NOTES.miss

_miss("a town that shares its name with one in another province (Balakliia, Bijapur) is placed at the other one",
      "w01:admin1", "w38:admin1")
_miss("Kostiantynivka is not in the gazetteer under that spelling", "w39:admin1")
_miss("the civilian places a strike damaged (a school, homes in a village) are not read as its target",
      "w13:actors", "h08:actors")
_miss("held out: Lebanon's provinces keep the gazetteer's Arabic names (An Nabatiyah), which do not match the coder's",
      "h12:admin1")

test_strikes_are_coded_by_their_weapon = NOTES.coding_test()

test_every_known_miss_names_a_checked_case, test_the_batch_is_broad = NOTES.batch_tests(40, 20)
