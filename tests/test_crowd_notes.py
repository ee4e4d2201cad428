"""Golden test of crowd notes (tests/fixtures/crowd_notes.tsv): 160 short reports about crowds, written before sitrep
was run on any of them, from 53 countries of Africa, Asia, Latin America, Europe and the Middle East (Kenya, Benin and
Bangladesh left out), about two thirds in ACLED coders' terse style and one third in wire-news style, on the
boundaries between ACLED's crowd sub-types that sitrep most often confuses on notes it has not seen. Each is coded as
a careful ACLED coder codes it (sub-event type, actor1 and actor2 under ACLED's names, fatalities, admin1): 40 violent
demonstrations, 32 protests with intervention, 25 peaceful protests, 17 of excessive force, 28 of mob violence and
18 attacks. Ids 'c' (120) are the tune part; ids 'h' (40, every fourth note) were held out and run once before and
once after the rules.

The codebook's boundaries the notes are coded by:
- Demonstrators' own violence (stones, petrol bombs, arson, looting, vandalism, barricades or burning tyres, attacks
  on people or property) makes a Violent demonstration, also when the police intervene; the police who face the
  rioters are its actor2, none when the riot has no target, Civilians when the rioters attack people.
- Police who disperse, arrest, tear-gas or remove a crowd that is not violent make a Protest with intervention;
  lethal force or serious injury (shot, killed, beaten into hospital, an eye lost, skulls fractured) on peaceful
  protesters is Excessive force against protesters, the force its actor1.
- A crowd's violence with no protest aim (a lynching, mob justice on a suspected thief or witch, a feud, fans or
  partisans fighting, a crowd that wants a suspect handed over) is Mob violence, its victims Civilians.
- Road blocks made with vehicles, sit-ins, occupations, strikes and marches without violence are Peaceful protests.
- Organised armed men (gunmen, hitmen, armed robbers, men armed with machetes or pistols, a named armed group) who
  kill or wound people commit an Attack, not mob violence; on demonstrators, its actor2 is the Protesters.

First pass (tune part, sitrep at main 20ce2f0, before any rule): sub-event type 107/120 (89.2 %), event type 111/120
(92.5 %), actors 104/120 (86.7 %), fatalities 108/120 (90.0 %), admin1 113/120 (94.2 %); counted again after the
rewording below: 106/120, 110/120, 103/120, 106/120, 112/120. Misses then: a 'flash-mob
protest' read as a mob; protesters beaten into hospital or shot in the eye read as an intervention or a peaceful
protest; farmers fired on 'occupying a road', killing one, read as an attack on civilians; people arrested who had
'sat down on a boulevard' or 'gathered in solidarity with' a cause read as arrests; a motorway blocked with tractors
read as an intervention (the police's 'blocked'), a road blocked with motorcycles as a violent demonstration; men in
plain clothes armed with pistols firing on demonstrators read as a peaceful protest; police named only as the
report's speaker, and bandits whose killings the crowd protested, taken as the riot's actor2; vehicles parked across
roads and an occupied farm gave no event; a crowd 'in Butembo (Nord-Kivu)' that stoned a thief gave none (after the
rewording).

After the rules (tune): sub-event type 118/120 (98.3 %), event type 119/120 (99.2 %), actors 115/120 (95.8 %),
fatalities 109/120 (90.8 %), admin1 115/120 (95.8 %).
Held-out part (40), with the code before the rules (main 20ce2f0): sub-event type 37/40 (92.5 %), event type 37/40,
actors 31/40 (77.5 %), fatalities 37/40, admin1 39/40; after the rules: sub-event type 39/40 (97.5 %), event type
39/40, actors 34/40 (85.0 %), fatalities 37/40, admin1 39/40.

The rules: a road blocked with the crowd's own vehicles, tractors, boats or bodies, or vehicles parked across it, is
a peaceful protest (event_patterns' @vehicles_blocking, which the violent demonstration's road-block cues give way
to); motorways, expressways, avenues and boulevards are roads the protesters block, not a protest the police block
(@intervention); a sit-down on a road, a gathering in solidarity and farmers, workers or students occupying land, a
road or a building are demonstrations (@protest_core); protesters sent to hospital, who lose an eye or are blinded
are seriously hurt, and deaths told in a participle clause after the force's act (', killing one of them') are
lethal force (the excessive force cues); a 'flash mob' is no mob, and a 'riot officer' no riot; men told by their
dress before their arms ('men in plain clothes armed with pistols') are armed doers
(`demonstrations.ARMED_DOER`); police named only as the report's speaker, where no intervention is told, are not a
crowd's actor2 (`sentence._only_the_source`); killings, shootings or abductions by someone that a crowd protests, in
the plural, are its grievance (`roles.crowds.GRIEVED_DEED`); a crowd, like villagers or residents, that stoned, beat,
killed or lynched someone is a mob, also with its town's district in brackets before the verb (the Mob violence cue).

Nine notes were reworded after these runs where scripts/check_copied_text.py found a stock phrase of six words they
shared with the corpora (a sit-in held, a suspect stoned, warning shots); the held-out figures are unchanged by the
rewording, the tune figures above are counted after it.

Fields sitrep gets wrong are strict xfails with their reason: when a change fixes one, it must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import DEVELOPMENT_COUNTRIES, NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import first_reported

FIXTURE = Path(__file__).parent / "fixtures" / "crowd_notes.tsv"

NOTES = GoldenNotes(FIXTURE, NOTE_COLUMNS, NOTE_FIELDS)
ROWS = NOTES.rows
miss = NOTES.miss

# --- known misses, by kind --------------------------------------------------------------------------------------------

miss("our coding disagrees with the project's convention (event_patterns: a road blocked with no vehicles told is a "
     "violent demonstration); a rule that made bare road blocks peaceful raised two check halves but lowered two tune "
     "halves and broke thirteen tests of that convention, and was dropped", "c113:sub_event_type",
     "c113:event_type", "c113:actors")
miss("residents 'angered by' a death who burned shops tell no demand, so their riot is read as mob violence against "
     "civilians, and the death they were angered by is counted", "c077:sub_event_type", "c077:actors",
     "c077:fatalities")
miss("police using tear gas in a second sentence ('to restore order') are not joined to the riot", "c029:actors")
miss("'Syrian refugees' as the victims make the rioters Syrian", "c087:actors")
miss("students marching 'towards parliament' are placed nowhere (where people go is no place of the event); the dateline "
     "KAMPALA had it only while an event of no place took the seat of government's province (stop 42)", "c002:admin1")
miss("of two forces named, the first (the National Guard, military) is taken as actor2", "c098:actors")
miss("the dead a lynching mob 'killed them', 'both died', 'burned him alive', a couple killed, an owner shot dead, "
     "are not counted, or a date's day is counted", "c021:fatalities", "c030:fatalities", "c040:fatalities",
     "c044:fatalities", "c056:fatalities", "c110:fatalities")
miss("a death told only as the crowd's intent ('so that they could kill him') or the cause of the crowd's anger is "
     "counted (c057's anniversary is left out since casualties.CAUSE_BEFORE)", "c099:fatalities", "c115:fatalities",
     "c117:fatalities")
miss("Mamelodi is placed in Mpumalanga, and Rambukkana by its Colombo dateline in the Western province",
     "c004:admin1", "c106:admin1")

# Held out, run once after the rules; left as they failed.
miss("held out: police who lathi-charged the rioters in a second sentence are not joined to the riot", "h002:actors")
miss("held out: cow vigilantes are read as a communal militia, and a driver 'beaten to death' is not counted",
     "h008:actors", "h008:fatalities")
miss("held out: 'marching against military rule' makes the military the force that fired, not the police",
     "h010:actors")
miss("held out: the knowledge base spells CODECO's name without 'the'", "h035:actors")
miss("held out: a man a mob 'burned' is not counted dead", "h038:fatalities")
miss("held out: police who beat marchers, 'leaving three with fractured skulls', are classified as excessive force "
     "but no event is reported", "h039:sub_event_type",
     "h039:event_type", "h039:actors", "h039:fatalities", "h039:admin1")


def test_the_notes_are_many_and_from_many_countries_but_kenya_benin_and_bangladesh():
    assert len(ROWS) == 160
    countries = {row["country"] for row in ROWS.values()}
    assert len(countries) >= 25 and not countries & DEVELOPMENT_COUNTRIES
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 40
    NOTES.assert_rows_well_formed()


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_crowd_notes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- the rules this batch added, on sentences of their own -----------------------------------------------------------


@pytest.mark.parametrize(("code", "text", "sub_type", "actor2"), [
    ("ZM", "On 4 July 2026, minibus drivers in Ndola blocked the Kitwe road with their minibuses to demand lower fuel "
     "levies.", "Peaceful protest", None),
    ("GH", "On 5 July 2026, cocoa farmers in Sunyani blocked the highway with tractors to protest against late "
     "payments.", "Peaceful protest", None),
    ("PE", "On 6 July 2026, police in Arequipa arrested 12 miners who had blocked a road with their trucks to protest "
     "a new permit.", "Protest with intervention", "Police Forces of Peru"),
    ("ZM", "On 7 July 2026, youths in Ndola blocked the Kitwe road with burning tyres to demand jobs.",
     "Violent demonstration", None),
])
def test_a_road_blocked_with_vehicles_is_a_peaceful_blockade(code, text, sub_type, actor2):
    """event_patterns' @vehicles_blocking: a road blocked with the crowd's own vehicles, tractors or boats is a
    peaceful protest (an intervention when police arrest its people); tyres, stones or logs keep it a violent one."""
    event = first_reported(text, code, "2026-07-08")
    assert (event.sub_event_type, event.actor2) == (sub_type, actor2)


@pytest.mark.parametrize(("code", "text", "sub_type"), [
    ("TR", "On 8 July 2026, police detained 25 students who had sat down on an avenue in Ankara.",
     "Protest with intervention"),
    ("JO", "On 9 July 2026, police arrested 15 people who had gathered outside a mosque in Amman in solidarity with "
     "Gaza.", "Protest with intervention"),
    ("PY", "On 10 July 2026, about 300 peasant families occupied a soy estate near Curuguaty to demand land.",
     "Peaceful protest"),
])
def test_sit_downs_solidarity_gatherings_and_occupations_are_demonstrations(code, text, sub_type):
    """@protest_core: a sit-down on a road, a gathering in solidarity and an occupation of land by farmers are
    demonstrations though no protest word is told, so their people arrested make a protest with intervention."""
    assert first_reported(text, code, "2026-07-12").sub_event_type == sub_type


@pytest.mark.parametrize(("code", "text"), [
    ("CL", "On 11 July 2026, a police officer fired a pellet at a student during a peaceful march in Temuco; the "
     "student lost an eye."),
    ("NP", "On 12 July 2026, police caned teachers protesting in Pokhara, sending nine of them to hospital."),
    ("PY", "On 13 July 2026, police fired on peasants occupying a road near Curuguaty, killing two of them."),
])
def test_serious_harm_to_peaceful_protesters_is_excessive_force(code, text):
    """@lethal and the serious-injury cue: an eye lost, protesters sent to hospital, or deaths told in a participle
    clause after the force fired are the codebook's excessive force against protesters, the force its actor 1."""
    event = first_reported(text, code, "2026-07-14")
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1.startswith("Police Forces of")


def test_a_flash_mob_protest_is_no_mob():
    """The Mob violence cue: a 'flash mob' is a staged gathering, a protest, so soldiers who shoot its people use
    excessive force against protesters."""
    event = first_reported("On 14 July 2026, soldiers shot dead two young people at a flash-mob protest in Yangon.",
                           "MM", "2026-07-15")
    assert (event.sub_event_type, event.actor2) == ("Excessive force against protesters", "Protesters (Myanmar)")


def test_men_in_plain_clothes_armed_with_pistols_attack_a_protest():
    """demonstrations.ARMED_DOER: men told by their dress before their arms are armed men, so their fire on a march is
    an attack on the protesters, not a protest."""
    event = first_reported("On 15 July 2026, men in civilian clothes armed with rifles fired on opposition marchers "
                           "in Lome, wounding three.", "TG", "2026-07-16")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "Unidentified Armed Group (Togo)", "Protesters (Togo)")


@pytest.mark.parametrize(("code", "text", "actor2"), [
    ("UG", "On 16 July 2026, students protesting a fee rise in Lira smashed the windows of the library, police said.",
     None),
    ("NG", "On 17 July 2026, youths protesting killings by herders burned a council office in Makurdi; police fired "
     "tear gas.", "Police Forces of Nigeria"),
])
def test_the_riots_second_side_is_a_force_that_faced_it(code, text, actor2):
    """sentence._only_the_source and crowds.GRIEVED_DEED: police named only as the report's speaker did not face the
    riot, and the doers of killings the crowd protests (in the plural) are its grievance, not its actor 2."""
    event = first_reported(text, code, "2026-07-18")
    assert (event.sub_event_type, event.actor2) == ("Violent demonstration", actor2)


def test_a_crowd_that_stones_a_suspect_is_a_mob():
    """The Mob violence cue: a crowd, like villagers or residents, that stoned, beat, killed or lynched someone is a
    mob, also with its town's district in brackets between the crowd and its deed."""
    event = first_reported("On 19 July 2026, a crowd in Korhogo (Poro) stoned a suspected burglar until he died.",
                           "CI", "2026-07-20")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", "Rioters (Ivory Coast)",
                                                                  "Civilians (Ivory Coast)")
