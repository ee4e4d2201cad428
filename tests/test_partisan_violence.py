"""Golden test of our own notes and wire sentences on political violence by party supporters, activists, cadres,
hired thugs, "assailants", "miscreants" and locals (tests/fixtures/partisan_violence.tsv, 80 items in 16 countries):
ACLED's codebook codes such crowds as rioters in mob violence (the party an associated actor), keeps the attack for
an organised armed group or gunmen, and a rally that turns violent for the violent demonstration. Each item is coded
end to end with its published date and country; the sub-event type, event type and actors of its main event are
checked. Fields sitrep gets wrong today are strict xfails (`_miss`), each with its reason.

First pass (all 80 items written before sitrep was run on any of them, sitrep at main 840d664): sub-event type
60/80 (75.0%), actors 49/80 (61.3%). Sub-type misses: faceless doers in a political or local dispute ("a group of
assailants hacked a union parishad member", "political thugs destroyed ballot boxes", "a group of unidentified men
beat a party activist") taken for an unidentified armed group in an Attack (6); a party's supporters attacking a
rival candidate or figure taken for the party's militia (PARTISANS_ON_RIVAL, 4); "DPP cadets" not read as party
members (1); ballot boxes or a polling station burned, snatched or carried off, crude bombs thrown at a house,
a rival's office smashed, a polling agent thrashed: no event read (7); gunmen burning an election office and shooting
its guard taken for a clash with private security (1); supporters beating a reporter at a campaign rally taken for a
violent demonstration (1). After the first pass four items' actor 2 was recoded from none to Civilians: a named
person's house, home or office attacked is coded with its owner as the victim, as sitrep does; eight items were
reworded, keeping their meaning and coding, where a six-word run of common words also stood in a corpus.
After this round's rules (branch partisans): sub-event type 70/80, actors 59/80.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import GoldenNotes
from reported import first_reported
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

COLUMNS = ("id", "country", "published", "sub_event_type", "actor1", "actor2", "note")
FIELDS = ("sub_event_type", "event_type", "actors")

NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "partisan_violence.tsv", COLUMNS, FIELDS,
                    lambda row, field: False)
ROWS = NOTES.rows
_miss = NOTES.miss

# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("a party's supporters told attacking a rival candidate or politician are coded as the party's militia in an "
      "Attack (PARTISANS_ON_RIVAL, commit d3e4a3c, kept: the Kenya tune half relies on it)",
      "in2:sub_event_type", "in2:event_type", "in2:actors", "lk1:sub_event_type", "lk1:event_type", "lk1:actors")
_miss("a party's youths 'armed with cutlasses', or supporters told in the passive ('were beaten by X supporters'), "
      "are taken for an unidentified armed group",
      "ng5:sub_event_type", "ng5:event_type", "ng5:actors", "in9:sub_event_type", "in9:event_type", "in9:actors")
_miss("no event read: crude bombs thrown at a house, a rival's office windows smashed, a polling agent 'thrashed', "
      "campaign posters and a tent destroyed (no cue for these acts by a crowd)",
      *(f"{note}:{field}" for note in ("bd6", "pk2", "ke3", "zw2") for field in FIELDS))
_miss("gunmen who shoot an office's guard are taken to clash with private security forces",
      "ng4:sub_event_type", "ng4:event_type", "ng4:actors")
_miss("supporters beating a reporter at a campaign rally are taken for a violent demonstration (a campaign rally is "
      "no demonstration)", "mx3:sub_event_type")
_miss("a vehicle, a polling station, ballot boxes or a party's or paper's office attacked: sitrep names Civilians as "
      "actor 2 where the coder names none",
      *(f"{note}:actors" for note in ("bd3", "bd7", "in4", "np3", "ng1", "mw2", "gn2", "id2", "ph3", "mx1", "pk6")))
_miss("two parties' supporters fighting at a rally: the attacked side is taken for protesters", "zw3:actors")


def test_the_items_are_well_formed_and_span_the_boundaries():
    assert len(ROWS) >= 80
    assert len({row["country"] for row in ROWS.values()}) >= 15
    assert {row["sub_event_type"] for row in ROWS.values()} <= set(ALL_SUB_EVENT_TYPES)
    for kind, least in (("Mob violence", 50), ("Attack", 8), ("Violent demonstration", 8)):
        assert sum(row["sub_event_type"] == kind for row in ROWS.values()) >= least, kind
    terse = sum(row["note"].startswith("On ") for row in ROWS.values())
    assert 30 <= terse <= 50


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_partisan_violence_is_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


@pytest.mark.parametrize(("country", "published", "text"), [
    ("GH", "2024-12-09", "On 7 December 2024, a group of assailants hacked a polling agent with a machete at a school "
                         "in Tamale (Northern)."),
    ("NP", "2022-05-15", "On 13 May 2022, unknown men beat a ward chairman candidate's campaigner with sticks in "
                         "Birgunj (Madhesh)."),
    ("ZM", "2021-08-14", "On 12 August 2021, thugs assaulted an opposition party agent in Lusaka (Lusaka)."),
])
def test_faceless_doers_in_a_political_or_local_dispute_are_rioters(country, published, text):
    event = first_reported(text, country, published)
    assert event.sub_event_type == "Mob violence", text
    assert event.actor1.startswith("Rioters"), text


@pytest.mark.parametrize(("country", "published", "text"), [
    ("GH", "2024-12-09", "On 7 December 2024, gunmen shot a polling agent at a school in Tamale (Northern)."),
    ("BD", "2024-01-09", "Assailants hacked a councillor candidate to death in Jashore on Monday, police said."),
    ("KE", "2022-08-10", "On 8 August 2022, armed men raided a tallying centre in Kwale (Kwale), killing two clerks."),
])
def test_faceless_doers_who_kill_or_shoot_stay_an_armed_group(country, published, text):
    event = first_reported(text, country, published)
    assert event.sub_event_type == "Attack", text
    assert event.actor1.startswith("Unidentified Armed Group"), text


@pytest.mark.parametrize(("country", "published", "text"), [
    ("GH", "2024-12-09", "A crowd of party loyalists snatched three ballot boxes from a school in Tamale and set them "
                         "alight on Saturday."),
    ("MW", "2019-05-23", "On 21 May 2019, supporters of a defeated councillor torched a polling centre in Mzuzu "
                         "(Mzimba)."),
    ("IN", "2023-07-09", "Villagers ran off with two ballot boxes from a booth in Cooch Behar, West Bengal, on "
                         "Saturday."),
])
def test_ballot_boxes_or_a_polling_station_destroyed_or_carried_off_is_mob_violence(country, published, text):
    assert first_reported(text, country, published).sub_event_type == "Mob violence", text


def test_a_partys_cadets_are_its_members():
    text = "On 9 October 2023, UDF cadets beat up a DPP official at a market in Zomba (Zomba)."
    event = first_reported(text, "MW", "2023-10-11")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Malawi)")
