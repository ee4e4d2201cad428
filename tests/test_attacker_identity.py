"""Golden test of who attacks (tests/fixtures/attacker_identity.tsv): a mob or crowd (Mob violence by rioters), an
organised or faceless armed group (Attack), an identity militia named by its ethnic group, clan or community, and
two armed sides (Armed clash). Each note is coded end to end with its published date and country; the sub-event type,
event type and actors of its main event are checked against what a careful ACLED coder gives. Fields sitrep gets wrong
today are strict xfails (`_miss`), each with its reason.

First pass (all 121 notes written before sitrep was run on any of them, sitrep at main 191684c): sub-event type
114/121 (94.2%), event type 115/121 (95.0%), actors 107/121 (88.4%). Misses: a militia's ambush of vigilantes taken
for a mob (the bare cue 'vigilantes'), fire opened on a police checkpoint taken for a checkpoint set up, another
people's villagers attacked by a militia taken for that people's militia in a battle, men armed with sticks and
rods taken for an armed group, 'mauled' not read as violence, armed men from a named village or a rival tribe left an
unidentified armed group, 'Beni Amer tribesmen' not read as the Beni Amer, and the misses still marked below. Three
notes were reworded afterwards, keeping their meaning and coding, where a six-word run of common words also stood in
a corpus (scripts/check_copied_text.py). After this round's rules (branch attackers): sub-event type 118/121, event
type 119/121, actors 113/121.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from golden_notes import GoldenNotes
from reported import first_reported
from sitrep.api import extract_text
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

COLUMNS = ("id", "country", "published", "sub_event_type", "actor1", "actor2", "note")
FIELDS = ("sub_event_type", "event_type", "actors")



NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "attacker_identity.tsv", COLUMNS, FIELDS)
ROWS = NOTES.rows
_miss = NOTES.miss


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("raiders tied to a community only by 'a neighbouring county' are read as pastoral raiders, an ethnic militia "
      "(actors._pastoral_raid); the county is not taken for their community", "ss4:actors")
_miss("'Arab Choa' (Shuwa Arabs) and 'Arab' are not in the ethnic-group list: 'Arab' alone would also name the Arab "
      "world's states and leagues", "cm2:actors", "sd1:sub_event_type", "sd1:event_type", "sd1:actors")
_miss("tribes that fight in Papua New Guinea are read as ethnic militias; ACLED names the tribes of the Highlands "
      "communal militias", "pg4:actors")
_miss("residents who attack the shops of foreign nationals are read as a violent demonstration, named after the "
      "foreigners' nation, with the police who reported it as their opponent", "zm1:sub_event_type", "zm1:actors")
_miss("cattle rustlers are read as pastoral raiders, an ethnic militia, wherever they strike (actors._pastoral_raid); "
      "in Madagascar they are bandits of no community", "mg1:actors")


def test_the_notes_are_well_formed_and_span_the_attackers():
    assert len(ROWS) >= 100
    assert len({row["country"] for row in ROWS.values()}) >= 30
    assert sum(row["country"] == "KE" for row in ROWS.values()) <= 5
    assert {row["sub_event_type"] for row in ROWS.values()} <= set(ALL_SUB_EVENT_TYPES)
    for kind in ("Attack", "Mob violence", "Armed clash"):
        assert sum(row["sub_event_type"] == kind for row in ROWS.values()) >= 20, kind
    for row in ROWS.values():
        dt.date.fromisoformat(row["published"])


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_attackers_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


def _main(text: str, country: str, published: str = "2023-05-06"):
    """The main current event sitrep codes for a text."""
    return first_reported(text, country, published)


@pytest.mark.parametrize(("country", "text"), [
    ("NG", "On 4 May 2023, bandits ambushed vigilantes near Gusau (Zamfara), killing four of them."),
    ("BF", "On 4 May 2023, jihadist fighters ambushed members of a local self-defence group near Djibo (Sahel)."),
    ("CM", "On 4 May 2023, Fulani militiamen attacked a vigilante group in Mokolo (Extreme-Nord), killing two."),
])
def test_an_armed_group_that_strikes_vigilantes_fights_a_battle(country, text):
    event = _main(text, country)
    assert event.sub_event_type == "Armed clash", text
    assert "Communal Militia" in event.actor2 and not event.actor1.startswith("Rioters"), text


@pytest.mark.parametrize(("country", "text"), [
    ("KE", "Vigilantes lynched a suspected thief in Kisii on Monday."),
    ("TZ", "A vigilante group beat a suspected burglar to death in Musoma on Sunday."),
])
def test_vigilantes_who_kill_a_suspect_stay_a_mob(country, text):
    assert _main(text, country).sub_event_type == "Mob violence", text


@pytest.mark.parametrize(("country", "text", "doer"), [
    ("NG", "On 4 May 2023, Fulani militiamen attacked Berom villagers in Barkin Ladi (Plateau), killing 12.",
     "Fulani Ethnic Militia (Nigeria)"),
    ("CD", "On 4 May 2023, Lendu militiamen killed eight Hema women near Djugu (Ituri).",
     "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ("SS", "On 4 May 2023, Murle raiders attacked Dinka residents of a cattle camp near Bor (Jonglei), killing six.",
     "Murle Ethnic Militia (South Sudan)"),
])
def test_a_peoples_villagers_attacked_by_another_peoples_militia_are_civilians(country, text, doer):
    event = _main(text, country)
    assert (event.sub_event_type, event.actor1) == ("Attack", doer), text
    assert event.actor2.startswith("Civilians"), text


def test_a_fight_between_a_militia_and_a_peoples_villagers_stays_a_battle():
    event = _main("On 4 May 2023, Fulani militiamen and Berom villagers clashed in Barkin Ladi (Plateau), killing 12.",
                  "NG")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Berom Ethnic Militia (Nigeria)")


@pytest.mark.parametrize(("country", "text", "militia"), [
    ("SD", "On 4 May 2023, Beni Amer tribesmen attacked a market in Kassala (Kassala), killing three traders.",
     "Beni Amer Ethnic Militia (Sudan)"),
    ("SD", "On 4 May 2023, Beni Halba tribesmen raided a village near Edd al Fursan (South Darfur).",
     "Beni Halba Ethnic Militia (Sudan)"),
])
def test_a_people_of_two_words_names_its_tribesmen(country, text, militia):
    assert _main(text, country).actor1 == militia, text


@pytest.mark.parametrize(("country", "text", "militia"), [
    ("NG", "On 4 May 2023, armed men from Ukum raided a farming settlement in Katsina-Ala (Benue), killing three.",
     "Ukum Communal Militia (Nigeria)"),
    ("PG", "On 4 May 2023, armed men from a rival tribe attacked a village near Tari (Hela), killing five.",
     "Unidentified Communal Militia (Papua New Guinea)"),
    ("ET", "On 4 May 2023, armed men from a neighbouring village attacked farmers near Gedeb (Gedeo, SNNPR).",
     "Unidentified Communal Militia (Ethiopia)"),
])
def test_armed_men_of_a_community_are_a_communal_militia(country, text, militia):
    assert _main(text, country).actor1 == militia, text


@pytest.mark.parametrize(("country", "text", "group"), [
    ("NG", "On 4 May 2023, armed men from Zamfara State kidnapped 20 pupils in Kebbi (Kebbi).",
     "Unidentified Armed Group (Nigeria)"),
    ("KE", "On 4 May 2023, armed men from Somalia attacked a police post in Mandera (Mandera).",
     "Unidentified Armed Group (Somalia)"),
])
def test_armed_men_from_a_state_or_a_country_stay_an_armed_group(country, text, group):
    assert _main(text, country).actor1 == group, text


@pytest.mark.parametrize(("country", "text"), [
    ("IN", "On 4 May 2023, men armed with sticks and iron rods beat passers-by in Shahdara (Delhi)."),
    ("BD", "On 4 May 2023, a group of men armed with bamboo sticks beat two pedestrians in Savar (Dhaka)."),
])
def test_men_armed_only_with_sticks_are_rioters(country, text):
    event = _main(text, country)
    assert (event.sub_event_type, event.actor1.startswith("Rioters")) == ("Mob violence", True), text


def test_men_armed_with_machetes_stay_an_armed_group():
    event = _main("On 4 May 2023, men armed with machetes beat passers-by in Shahdara (Delhi).", "IN")
    assert (event.sub_event_type, event.actor1) == ("Attack", "Unidentified Armed Group (India)")


@pytest.mark.parametrize(("country", "text"), [
    ("PH", "On 4 May 2023, residents of a village in Cebu (Central Visayas) mauled a suspected thief."),
    ("UG", "Boda boda riders mauled a man suspected of stealing a motorcycle in Mbale on Sunday."),
])
def test_a_crowd_that_mauled_someone_is_a_mob(country, text):
    assert _main(text, country).sub_event_type == "Mob violence", text


def test_an_animal_that_mauled_someone_is_no_event():
    assert not [e for e in extract_text("A lion mauled a herder near Tsavo on Monday.", country="KE",
                                        published="2023-05-06") if not e.is_background]


def test_fire_opened_on_a_checkpoint_is_no_base_established():
    event = _main("On 4 May 2023, gunmen opened fire on a police checkpoint in Ihiala (Anambra), killing two officers.",
                  "NG")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Police Forces of Nigeria")


@pytest.mark.parametrize(("country", "text", "force"), [
    ("CO", "On 4 May 2023, dissidents killed two soldiers in an ambush near Tame (Arauca).",
     "Military Forces of Colombia"),
    ("PE", "On 4 May 2023, remnants of a guerrilla column shot dead three soldiers near Pichari (Cusco).",
     "Military Forces of Peru"),
    ("NG", "On 4 May 2023, hoodlums ambushed a police patrol in Ihiala (Anambra), wounding two officers.",
     "Police Forces of Nigeria"),
])
def test_a_force_killed_by_doers_the_text_leaves_unnamed_is_the_side_attacked(country, text, force):
    event = _main(text, country)
    assert event.sub_event_type == "Armed clash", text
    assert force in (event.actor1, event.actor2) and not any(a.startswith("Civilians") for a in
                                                              (event.actor1, event.actor2)), text


@pytest.mark.parametrize(("country", "text", "militia"), [
    ("SS", "On 4 May 2023, youths from Pakam community attacked a cattle camp of the Rumbek Centre community, killing "
           "eight.", "Pakam Communal Militia (South Sudan)"),
    ("NG", "On 4 May 2023, youths from Adogbe attacked a Fulani settlement near Bassa (Plateau), killing three "
           "herders.", "Adogbe Communal Militia (Nigeria)"),
    ("PK", "On 4 May 2023, armed men of a rival tribe opened fire on a jirga in Kohat (Khyber Pakhtunkhwa), killing "
           "four.", "Unidentified Communal Militia (Pakistan)"),
])
def test_a_communitys_people_who_raid_another_and_kill_are_a_communal_militia(country, text, militia):
    event = _main(text, country)
    assert (event.sub_event_type, event.actor1) == ("Attack", militia), text


@pytest.mark.parametrize(("country", "text"), [
    ("KE", "On 4 May 2023, youths attacked a village in Kisii (Kisii), injuring two."),
    ("TZ", "On 4 May 2023, a mob attacked a village in Geita (Geita), killing two women accused of witchcraft."),
])
def test_a_crowd_that_kills_no_one_or_lynches_stays_a_mob(country, text):
    assert _main(text, country).sub_event_type == "Mob violence", text


@pytest.mark.parametrize(("country", "text"), [
    ("PH", "On 4 May 2023, two Moro clans clashed in Datu Saudi Ampatuan (Maguindanao) over a land dispute, leaving "
           "five dead."),
    ("PG", "PORT MORESBY, May 4, 2023 - Warriors from two clans in Enga province fought with high-powered rifles on "
           "Wednesday, leaving at least 10 dead, police said."),
    ("SS", "On 4 May 2023, two rival Dinka sections fought near Yirol (Lakes), and warring tribes in the area clashed "
           "again, leaving nine dead."),
])
def test_two_unnamed_clans_or_tribes_that_fight_are_identity_militias(country, text):
    event = _main(text, country)
    assert event.sub_event_type == "Armed clash", text
    assert all("Militia" in side for side in (event.actor1, event.actor2)), text


def test_rival_political_clans_are_no_identity_group():
    event = _main("On 4 May 2023, rival political clans clashed during party primaries in Kisumu (Kisumu).", "KE")
    assert "Militia" not in (event.actor1 or "") + (event.actor2 or "")


def test_an_armed_group_that_is_the_agent_of_a_passive_is_no_harmed_side():
    assert _main("A chief was killed by bandits near Kapedo (Turkana) on 4 May 2023.", "KE").sub_event_type == "Attack"
