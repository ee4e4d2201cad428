"""Battles and violence against civilians told in the plainest, most common news wordings
(tests/fixtures/common_phrasings_battles.tsv), written by us before sitrep was run on any of them: varied verbs
(overran, seized, recaptured, retook, ambushed, raided, stormed, torched, opened fire on, gunned down, hacked to death,
executed, beheaded, abducted, snatched, kidnapped, raped, exchanged fire, repulsed, drove out, pushed back, fought off),
doers (gunmen, bandits, gang members, soldiers, a state's troops, armed groups by name), targets (posts, bases, camps,
villages, convoys, checkpoints, a tavern, a bus), the past, the headline present ('Gunmen kill six at a party in ...')
and the passive ('twelve soldiers were killed in an ambush'). 84 reports in 39 countries; every fourth (ids 'h', 21)
is held out. Coded as a careful ACLED coder codes them (codebook 'Battles' and 'Violence against civilians'): an
armed side against another is an armed clash, ground taken by a state or a group from the other is territory
regained or overtaken, armed men against unarmed people an attack, abduction or sexual violence.

First pass (sitrep at main, before any rule of this batch): the 63 reports not held out had sub-type 61 of 63, event
type 62, actors 36 of 40, fatalities 46 of 47, admin1 56 of 60. No event at all for "gang members snatched a pastor
and four churchgoers"; "drove out JNIM fighters who had attacked a post" read as ground retaken. Five keys were
corrected after the first pass: a town taken after the soldiers "pulled out" or "withdrew" is a non-violent transfer of
territory by the codebook (c03, c75); ACLED names the Islamic State in Nigeria "Islamic State (West Africa)" (c35) and
the Congolese army "Military Forces of the Democratic Republic of Congo" (c62), and this project's fixtures spell
Cameroon's region "North-West" (c49, c50); the figures above are with the corrected keys. The held-out reports with the
code before the rules: sub-type 18 of 21, event type 20, actors 11 of 13, fatalities 15 of 15, admin1 15 of 19.

After the rules (gang members who seize or snatch people abduct them, `event_patterns.tsv`; people driven out or back
who "had attacked" a place held no ground, so the fight is an armed clash, `classify._NOT_TERRITORY`): sub-type 63 of
63, event type 63, actors 36 of 40, fatalities 47 of 47, admin1 57 of 60. Held out, run once after the rules: sub-type
18 of 21, event type 20, actors 11 of 13, fatalities 15 of 15, admin1 15 of 19 (unchanged).
Later (stop 44, tests/test_territory_verbs.py: an armed side driven out of a town loses it), held out h60's sub-type,
event type and admin1 are right.
"""

from __future__ import annotations

from pathlib import Path

from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes

FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "61/63", "event_type": "62/63", "actors": "36/40",
                               "fatalities": "46/47", "admin1": "56/60"},
    "tune, after the rules": {"sub_event_type": "63/63", "event_type": "63/63", "actors": "36/40",
                              "fatalities": "47/47", "admin1": "57/60"},
    "held out, with the code before the rules": {"sub_event_type": "18/21", "event_type": "20/21", "actors": "11/13",
                                                 "fatalities": "15/15", "admin1": "15/19"},
    "held out, run once after the rules": {"sub_event_type": "18/21", "event_type": "20/21", "actors": "11/13",
                                           "fatalities": "15/15", "admin1": "15/19"},
}
"""Fields right on the tune part (63 reports) and on the held-out part (21), before and after this batch's rules."""

NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "common_phrasings_battles.tsv", NOTE_COLUMNS, NOTE_FIELDS)
_miss = NOTES.miss

_miss("Kurram, Geneina, Nyangezi: a district or town the gazetteer does not place in its province",
      "c09:admin1", "c38:admin1", "c62:admin1")
_miss("'insurgents' in Cabo Delgado are read as an unidentified group; the coder names the one group active there",
      "c25:actors")
_miss("the side that lost the town is not named in the text; the coder knows it from the war", "c77:actors",
      "c79:actors")
_miss("held out: a military base overrun is read as ground taken; the coder codes a base attacked as a clash",
      "h04:sub_event_type")
_miss("held out: 'pushed back' assault groups is read as ground retaken", "h08:sub_event_type")
_miss("held out: Bijapur is placed in Karnataka, not Chhattisgarh", "h16:admin1", "h68:admin1")
_miss("held out: the W national park is not in the gazetteer", "h32:admin1")
_miss("held out: 'drove insurgents out of the town' (object before 'out') gives no event",
      "h60:actors")

test_common_battle_phrasings_are_coded = NOTES.coding_test()

test_every_known_miss_names_a_checked_case, test_the_batch_is_broad = NOTES.batch_tests(70, 30)
