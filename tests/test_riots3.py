"""Crowds, gangs, raiders, clans and communities (tests/fixtures/riots3.tsv, task riots3): 115 short event notes from 45
countries, in ACLED coders' terse style and in news phrasing, written before sitrep was run on any of them; every
fourth is held out (28, ids 'h'). They lie on the line between ACLED's violent sub-types when the doers are not a
state: Kenya's pastoral raids and election violence, lynchings of suspected thieves and witches, demonstrators who
stone and burn, gangs and bandits who kill, clan and ethnic militias who fight each other or the police reservists.
Each note's main event is checked for its sub-event type, its event type and its two actors (ACLED's names).

The codebook's rules the expectations follow:
- Mob violence (Riots): an unorganised crowd (a mob, residents, villagers, youths, neighbours, riders) attacks people
  or property outside a demonstration; ACLED codes rioters against civilians, the police when the crowd turns on an
  officer. A crowd's punishment of a suspected or accused thief or witch, with no arrest or trial, is mob justice,
  and so is a crowd's looting or wrecking of property; a polling station or ballot boxes burned are the crowd's too.
- Violent demonstration (Riots): demonstrators themselves use violence or destroy property (stones, fire, looting,
  burning barricades); the police are actor 2 when the demonstrators fight them.
- Attack (Violence against civilians): an organised armed group (gunmen, bandits, raiders, a gang, a named militia, a
  people's ethnic or a community's communal militia) harms unarmed people; unnamed gunmen are an Unidentified Armed
  Group of the country, a named group keeps its ACLED name.
- Armed clash (Battles): two organised armed sides fight: clan or ethnic militias against each other ('Pokot and
  Turkana herders exchanged gunfire'), raiders or bandits against police, reservists, soldiers or vigilantes; where
  the text leaves either side's ACLED name open the actors are '?' and only the sub-type is checked.
- Strategic developments: property destroyed by an armed group with no one harmed is Looting/property destruction,
  and people seized and taken away are an Abduction/forced disappearance.

First pass (sitrep at main cb7fa9d, before any rule): the 87 notes not held out had sub-event type 82/87, event
type 82/87, actors 61/76; the 28 held-out notes sub-event type 25/28, event type 25/28, actors 22/27. Misses: a
crowd that 'set upon a woman they accused of witchcraft and beat her to death' coded as no event (the hedge
'accused of' read as reaching over 'and beat her'), a crowd that 'poured petrol on' a man coded as no event,
villagers who 'descended on a family accused of cattle theft', beating and burning, read as a communal militia's
property destruction; actor names (Somali and Marakwet named beside another people, Kenya's clans, gendarmes,
the VDP, Cabo Delgado's insurgents, raiders as an ethnic militia), protesters shot dead after they burned a police
post read as an attack on civilians, and an arson by 'unknown people' of a polling station read as a crowd's.

The rules (all general): a hedge that ends in a preposition ('accused of', 'charged with') governs a noun or a
gerund, so a verb with its own object pronoun after its 'and' ('and beat her to death') is the sentence's finite
verb and the hedge stops before it (`classify._scope_ends`); a crowd that beats, stones, burns, attacks or
descends on someone accused or suspected of theft, witchcraft or kidnapping, the accusation told after the victim,
is mob violence (sitrep/data/event_patterns.tsv); fuel or acid poured over a person, or a person doused in it, is
an assault on that person (sitrep/data/event_patterns.tsv; a crowd's is mob violence by the crowd rules).

After the rules: tune sub-event type 85/87, event type 85/87, actors 64/76. Held out, run once after the rules:
sub-event type 25/28, event type 25/28, actors 22/27 (before → after: 25 → 25, 25 → 25, 22 → 22): no held-out note
is a crowd told with 'accused of ... and' or a fuel-soaked victim; the held-out misses are strict xfails below, with
no rule written for them.
Two notes (h012, t060) were reworded after the runs where a run of six common words also stood in a corpus
(scripts/check_copied_text.py); counted again at main, the first-pass figures above are unchanged by it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import NOTE_COLUMNS, GoldenNotes
from reported import first_reported
from sitrep.classify import classify

FIXTURE = Path(__file__).parent / "fixtures" / "riots3.tsv"
FIELDS = ("sub_event_type", "event_type", "actors")

NOTES = GoldenNotes(FIXTURE, NOTE_COLUMNS, FIELDS)
ROWS = NOTES.rows
miss = NOTES.miss

miss("our coding may differ from sitrep's convention: 'armed raiders' and 'cattle raiders' with no people named are "
     "read as an unidentified ethnic militia (we coded an armed group, and South Sudan's a communal militia)",
     "t003:actors", "t080:actors")
miss("a people named beside another before one noun is lost where the name is also a nation's or a place's ('Afar "
     "and Somali militias', 'Marakwet and Pokot raiders'): the second side becomes an unidentified armed group "
     "(actors.py)", "t007:actors", "t059:actors")
miss("Cabo Delgado's insurgents are not carried to the Islamic State's Mozambique province", "t021:actors")
miss("our coding may be wrong: sitrep names Kenya's clans' fighters '<clan> Ethnic Militia' (ACLED's clan militia "
     "naming is kept for Somalia)", "t035:actors")
miss("protesters who burned a police post and attacked officers, then 'two protesters were shot dead': the passive "
     "killing is read as an unidentified group's attack on civilians, outranking the violent demonstration",
     "t044:sub_event_type", "t044:event_type", "t044:actors")
miss("gendarmes in Guinea are named the gendarmerie, and the VDP without its acronym (actor naming)",
     "t051:actors", "t053:actors")
miss("a demonstration's target named as a place ('stones at the police station') gives no police actor 2, and a "
     "protest over a killing gives the police as actor 2 with no police told", "t056:actors", "t082:actors")
miss("a mob's looting of a warehouse is given civilians as actor 2", "t062:actors")
miss("our coding may be wrong: a polling station burned by 'unknown people' is read as election-day mob violence "
     "(the codebook's rule for ballot boxes and polling stations burned), where we coded property destruction",
     "t084:sub_event_type", "t084:event_type")

# Held out, run once with the code before the rules and once after them; left as they failed (the same both times).
miss("held out: a crowd that 'caught two men said to belong to a gang and burned them' is coded as no event",
     "h003:sub_event_type", "h003:event_type", "h003:actors")
miss("held out: armed men 'linked to a drug faction' who 'executed three young men at a football pitch' are coded "
     "as no event", "h006:sub_event_type", "h006:event_type", "h006:actors")
miss("held out: 'neighbours ... beat to death a man they accused of robbing a pharmacy' is read as an armed group's "
     "attack", "h016:sub_event_type", "h016:event_type", "h016:actors")
miss("held out: Karimojong raiders are named with the Karamojong spelling", "h020:actors")
miss("held out: armed herders who fought the police are named after the valley, a communal militia",
     "h021:actors")


def test_the_notes_are_many_and_from_many_countries():
    assert len(ROWS) == 115
    assert len({row["country"] for row in ROWS.values()}) >= 30
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 28
    assert all(row["id"][0] in "th" for row in ROWS.values())


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_riots3_notes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- the rules this batch added, on sentences of their own -----------------------------------------------------------


@pytest.mark.parametrize(("code", "country", "text"), [
    ("TZ", "Tanzania",
     "On 2 July 2026, residents of Shinyanga set upon a widow they accused of sorcery and beat her to death."),
    ("ZM", "Zambia", "On 2 July 2026, a crowd in Ndola attacked a man accused of stealing a bicycle and stoned him."),
    ("CD", "Democratic Republic of Congo",
     "On 2 July 2026, youths in Butembo descended on two men suspected of kidnapping children."),
])
def test_a_crowd_punishing_an_accused_person_is_mob_violence(code, country, text):
    """event_patterns.tsv and `classify._scope_ends`: a crowd that sets upon someone it accuses of theft, witchcraft or
    kidnapping metes out mob justice (codebook 'Mob violence'); 'accused of X and beat her' hedges X, not the
    beating."""
    event = first_reported(text, code, "2026-07-03")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", f"Rioters ({country})")


def test_a_hedge_ending_in_a_preposition_still_covers_nouns_and_bare_verbs():
    """`classify._scope_ends`: 'accused of theft and rape' and 'vowed to attack and burn' stay hedged."""
    assert not classify("The two men were accused of theft and arson.")
    assert not classify("The rebels vowed to attack and burn the villages.")


@pytest.mark.parametrize("text", [
    "Two attackers on a motorcycle threw acid at the woman outside her college.",
    "Unknown men doused a driver with petrol at the fuel station.",
])
def test_fuel_or_acid_poured_over_a_person_is_an_assault(text):
    """event_patterns.tsv: fuel or acid poured over a person is violence against that person (an Attack cue; the doer
    decides attack or mob violence)."""
    assert classify(text)[0][0] == "Attack"


def test_a_crowd_that_pours_fuel_over_a_suspect_commits_mob_violence():
    """The crowd rules make the crowd's assault mob violence."""
    event = first_reported("On 2 July 2026, a mob in Jinja doused the suspect in petrol before police arrived.", "UG",
                           "2026-07-03")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Uganda)")
