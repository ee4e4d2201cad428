"""Golden test of mob-or-attack notes (tests/fixtures/mob_attack_notes.tsv): 167 short event notes, two thirds in the
terse style of ACLED's coders and one third in wire-news style, written before sitrep was run on any of them, from 42
countries (Kenya, Benin and Bangladesh left out), over the boundary between Attack, Armed clash and Mob violence by who
is armed and organised. Each is coded as a careful ACLED coder codes it (sub-event type, actor1 and actor2 under
ACLED's names, fatalities, admin1). Ids 'm' (126) are the tune part; ids 'h' (41, every fourth note) are held out,
run once with the code before the rules and once after them.

The codebook's boundaries the notes are coded by:
- An Attack is organised armed men (gunmen, bandits, gangs, raiders, militias, soldiers, police) harming people who
  cannot fight back: villagers, travellers, traders, a suspect in custody or a driver at a roadblock (actor2 the
  country's Civilians).
- An Armed clash needs two armed, organised sides: the same groups against police, soldiers, armed guards, vigilantes
  or another militia, an ambush of a patrol, an attack on a police post or an army base, herders who fight raiders
  back with guns; one side's dead alone told, or none, does not change it.
- A blast or shelling told beside fighting on the ground is the Armed clash; a blast or shelling alone stays remote
  violence.
- Mob violence is an unorganised crowd (residents, a mob, villagers) beating, stoning or burning someone, a suspected
  thief above all; a named, organised vigilante group doing the same commits an Attack.
- 'Suspected' attackers are coded as the group named; unknown gunmen are an Unidentified Armed Group.

First pass (tune part, sitrep at main 20ce2f0, before any rule): sub-event type 106/126 (84.1 %), event type 107/126
(84.9 %), actors 100/125 (80.0 %), fatalities 113/126 (89.7 %), admin1 119/126 (94.4 %); with the wording of
now (see below) fatalities 112/126.
Held-out part with the code before the rules (main 20ce2f0): sub-event type 37/41 (90.2 %), event type 37/41, actors
30/40 (75.0 %), fatalities 34/41 (82.9 %), admin1 40/41.

After the rules (tune): sub-event type 118/126 (93.7 %), event type 119/126 (94.4 %), actors 109/125 (87.2 %),
fatalities 115/126 (91.3 %), admin1 122/126 (96.8 %). Held-out part after the rules: sub-event type 37/41 (90.2 %),
event type 37/41, actors 30/40 (75.0 %), fatalities 34/41, admin1 40/41, the same as before them: no held-out note is
a custody death told as 'died in custody', a blast beside a fighting verb or a named vigilante group. After the
merges, actors6's rules (suspects a mob sets upon are civilians; the UPC is the Central African rebel group) gave two
held-out notes their actors (h001, h036): 32/40 now, the single run's 30/40 kept as this batch's held-out figure.

The rules: shelling or a mine told in one sentence with a fighting verb is an Armed clash
(`classify._ground_fighting_beside`); a death in custody is an Attack cue (sitrep/data/event_patterns.tsv) and its
captor, or the force that beat a person who died, is actor1 against a civilian (`captors._captor_who_harmed`); people
detained and then killed are attacked, not arrested (`classify.KILLED_AFTER_ARREST`); a named vigilante group is no
mob (`classify._named_vigilante_group`, which also codes tests/test_east_notes.py's e045 as its coder did); fire
exchanged may be 'heavy' or 'sporadic' (`@fire_strength`). A first form of the blast rule that also read the nouns
'fighting' and 'clashes' and grenades lowered case2021's check half by one document (0.8821 -> 0.8745) and was
narrowed to fighting verbs; the check halves of acled-kenya, acled-benin, acled-bangladesh, case2021 and everyday are
unchanged by the rules as kept.

Ten notes were reworded after these runs where scripts/check_copied_text.py found a stock phrase of six words they
shared with the corpora (a mob's killing, burnt robbers, a patrol fired on); counted again, at main and after the
rules, only m112's fatalities changed ('beat two suspected robbers and burned them to death' is not counted), and the
figures above are those of the reworded notes. The whole suite then showed two things: 'came under fire from
artillery' is the shelling itself (`classify.FIRE_FROM_WEAPON`, tests/test_actor_pairs4.py t062), and 'the custodial
death' named as the topic of a notice is no event (tests/test_relevance_neutral.py), so the custody cue reads the verb
only; tests/test_articles4.py's held-out riot after a death in custody is now dated by the crowd's day, and its xfail
went. The figures above are unchanged by these two narrowings.

Fields sitrep gets wrong are strict xfails with their reason: when a change fixes one, it must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import DEVELOPMENT_COUNTRIES, NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import first_reported
from sitrep.classify import classify

FIXTURE = Path(__file__).parent / "fixtures" / "mob_attack_notes.tsv"

NOTES = GoldenNotes(FIXTURE, NOTE_COLUMNS, NOTE_FIELDS)
ROWS = NOTES.rows
miss = NOTES.miss

# --- known misses, by kind --------------------------------------------------------------------------------------------

miss("a blast or shelling beside fighting told by a noun ('fighting killed five soldiers', 'fighting lasted an hour') "
     "stays remote violence: the rule reads fighting verbs only, as the noun also names the background of a blast",
     "m034:sub_event_type", "m034:event_type", "m075:sub_event_type", "m075:event_type")
miss("armed men on both sides told only by a plural ('armed youths of two rival factions', 'armed village volunteers "
     "of two communities') are not read as two communal militias", "m017:sub_event_type", "m017:event_type",
     "m017:actors", "m086:actors")
miss("a community's armed defenders who 'resisted' the attackers, and gunmen killed after firing on a patrol, leave "
     "the raid or the ambush an attack on civilians", "m059:sub_event_type", "m059:event_type", "m059:actors",
     "m091:sub_event_type", "m091:event_type", "m091:actors")
miss("miners who beat a fellow miner to death are read as an armed group's attack, not a mob",
     "m121:sub_event_type", "m121:event_type", "m121:actors")
miss("a mob's killing told with 'the state prosecutor said' gives no event", "m110:sub_event_type",
     "m110:event_type", "m110:actors", "m110:fatalities", "m110:admin1")
miss("an attack on a post repelled 'after a firefight' is read as the government regaining ground, with no second side",
     "m109:sub_event_type", "m109:actors")
miss("our coding may be wrong: sitrep names gendarmes 'Police Forces of X Gendarmerie', as ACLED codes many "
     "gendarmeries; we coded them as the military", "m033:actors", "m079:actors")
miss("the group a later sentence or a claim names ('identified as part of Tren de Aragua', 'Islamic State claimed') "
     "or the province's insurgency (Cabo Delgado's insurgents) is not carried to the attackers",
     "m054:actors", "m063:actors", "m012:actors", "m088:actors")
miss("'armed raiders' who attack travellers are an unidentified armed group, not an ethnic militia", "m028:actors")
miss("a death told as 'died in custody', 'shooting 14 villagers', 'shot them dead' after a count, 'were beaten and "
     "burned to death', 'after the man had died', 'both men later died' or 'burned them to death' is not counted, "
     "or counted once",
     "m004:fatalities", "m016:fatalities", "m027:fatalities", "m090:fatalities", "m092:fatalities",
     "m095:fatalities", "m117:fatalities", "m123:fatalities", "m112:fatalities")
miss("the officers killed in a firefight are counted with one more", "m015:fatalities")
miss("a place the gazetteer gives another unit (Ndirande as Blantyre's, Dolo Ado as Addis Ababa's, southern "
     "Madagascar as Analamanga)", "m050:admin1", "m071:admin1", "m126:admin1")

# Held out, run once with the code before the rules and once after them; left as they failed (the same both times).
miss("held out: residents who burned two suspected gang members: the dead are not counted (the victims' naming was "
     "missed at the single run, right after actors6's rule on suspects a mob sets upon)", "h001:fatalities")
miss("held out: 'five people from both sides were killed' is counted as two", "h002:fatalities")
miss("held out: herders who gave chase with guns and a shoot-out: the herders are not read as a communal militia "
     "(the sub-type is right since the men who 'died in' the shoot-out are no longer read as its doers)", "h004:actors")
miss("held out: 'two attackers died' is added to the soldiers killed", "h007:fatalities")
miss("held out: a detainee found dead in his cell with signs of beating is read as mob violence",
     "h013:sub_event_type", "h013:event_type", "h013:actors", "h013:fatalities")
miss("held out: 'set ablaze a suspected thief', 'shot dead ... in what police called an encounter' and 'was beaten "
     "to death by residents' are not counted", "h015:fatalities", "h017:fatalities", "h018:fatalities")
miss("held out: Wazalendo Mai-Mai fighters are named Wazalendo", "h019:actors")
miss("held out: traders beaten while a market is looted are read as the looting", "h020:sub_event_type",
     "h020:event_type")
miss("held out: 'jihadist fighters linked to al Qaeda' are al Qaeda, a claim by JNIM is not carried, army auxiliaries "
     "are the army, and eastern Burkina Faso is the Centre", "h032:actors", "h032:admin1")
miss("held out: herders and farmers 'armed with guns' in a deadly fight are read as civilians", "h034:actors")
miss("held out: vigilantes killed by kidnappers they chased are read as a mob's fight",
     "h041:sub_event_type", "h041:event_type", "h041:actors")


def test_the_notes_are_many_and_from_many_countries():
    assert len(ROWS) == 167
    countries = {row["country"] for row in ROWS.values()}
    assert len(countries) >= 25 and not countries & DEVELOPMENT_COUNTRIES
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 41
    NOTES.assert_rows_well_formed()


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_mob_attack_notes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- the rules this batch added, on sentences of their own -----------------------------------------------------------


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Rebels fought soldiers near the dam as the army shelled the hills around it.", "Armed clash"),
    ("A patrol hit a roadside bomb and then came under fire from insurgents near the ford.", "Armed clash"),
    ("The army shelled rebel positions in the hills north of the town.", "Shelling/artillery/missile attack"),
    ("Shells hit a market, killing six civilians, as rebels and soldiers clashed in the town.",
     "Shelling/artillery/missile attack"),
    ("A mortar round landed near the base amid clashes in the district.", "Shelling/artillery/missile attack"),
])
def test_a_blast_beside_ground_fighting_is_an_armed_clash(text, sub_type):
    """classify._ground_fighting_beside: shelling or a mine told in one sentence with a fighting verb is the battle;
    alone, as the background of the fighting, or with unarmed dead it stays remote violence."""
    assert classify(text)[0][0] == sub_type


@pytest.mark.parametrize(("code", "text", "sides"), [
    ("ZM", "On 3 May 2026, a man held over a stolen bicycle died in police custody in Kabwe.",
     ("Police Forces of Zambia", "Civilians (Zambia)")),
    ("SN", "On 3 May 2026, a taxi driver died after soldiers beat him at a roadblock in Ziguinchor.",
     ("Military Forces of Senegal", "Civilians (Senegal)")),
    ("NG", "On 3 May 2026, a suspected cattle thief died in the custody of the Hisbah in Kano.",
     ("Hisbah Corps", "Civilians (Nigeria)")),
])
def test_a_death_in_custody_or_at_a_roadblock_is_the_captors_attack(code, text, sides):
    """captors._captor_who_harmed: a detainee's death, or a death after named forces beat a person, is an Attack by the
    force that held or beat him on a civilian."""
    event = first_reported(text, code, "2026-05-06")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", *sides)


@pytest.mark.parametrize(("code", "text", "sub_type", "actor1"), [
    ("NG", "On 3 May 2026, Yan Sakai vigilantes beat a suspected thief to death near Gusau.", "Attack",
     "Yan Sakai Militia"),
    ("NG", "On 3 May 2026, vigilantes beat a suspected thief to death near Gusau.", "Mob violence",
     "Rioters (Nigeria)"),
])
def test_a_named_vigilante_group_attacks_and_unnamed_vigilantes_are_a_mob(code, text, sub_type, actor1):
    """classify._named_vigilante_group: a vigilante movement with a name is an organised militia, so its lynching is an
    Attack; vigilantes named by no group stay the mob the codebook's mob violence covers."""
    event = first_reported(text, code, "2026-05-06")
    assert (event.sub_event_type, event.actor1) == (sub_type, actor1)


def test_people_detained_and_then_killed_are_attacked_not_arrested():
    """classify.KILLED_AFTER_ARREST: the killing of the detained outranks their arrest."""
    assert classify("Soldiers detained three herders at a checkpoint and later executed them.")[0][0] == "Attack"
    assert classify("Police detained three herders at a checkpoint on Monday.")[0][0] == "Arrests"
