"""Who the sides of a deed are when the text names its doer by "by", by blame, or not at all: sides that only react
to a deed or blame it, a follow-up arrest, an exchange of fire, and people named by their nationality (sentences we
wrote, about invented incidents in many countries)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.actors import find_actors
from sitrep.api import extract_text, geoparse_text
from sitrep.schema import Event

PUBLISHED = dt.date(2022, 3, 9)
VIOLENT = {"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"}


def only_event(text: str) -> Event:
    events = [e for e in extract_text(text, published=PUBLISHED) if not e.is_background and e.event_type in VIOLENT]
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Police in Wajir were on high alert on Tuesday following an attack on a hamlet by armed raiders that left "
         "three camel herders dead.", "Unidentified Ethnic Militia (Kenya)", "Civilians (Kenya)"),
        ("Gendarmes in Kandi stepped up patrols on Friday after an attack on a farm by gunmen that killed two "
         "labourers.", "Unidentified Armed Group (Benin)", "Civilians (Benin)"),
        ("Soldiers in Dori were put on alert in the wake of the killing of three traders by suspected bandits.",
         "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
    ],
)
def test_side_reacting_to_a_deed_done_by_another_is_no_side(text: str, actor1: str, actor2: str) -> None:
    event = only_event(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Four traders were killed on the Garsen road on Thursday in an ambush police attributed to Al Shabaab.",
         "Al Shabaab"),
        ("Two cattle keepers were shot dead near Kismayo on Sunday, an attack elders blamed on Al Shabaab.",
         "Al Shabaab"),
    ],
)
def test_blamed_group_is_the_doer_and_the_victims_stay(text: str, actor1: str) -> None:
    event = only_event(text)
    assert event.actor1 == actor1
    assert event.sub_event_type == "Attack"
    assert event.actor2 is not None and event.actor2.startswith("Civilians")
    assert any(c.claim_type == "attribution" and c.responsible_actor == actor1 for c in event.claims)
    assert "Police" not in (event.actor2 or "")


@pytest.mark.parametrize(
    "text",
    [
        "A mob beat a suspected pickpocket to death in Eldoret on Saturday. Police arrested four of the attackers.",
        "Villagers lynched a man accused of witchcraft in Kitui on Monday. Police later detained two of the assailants.",
    ],
)
def test_follow_up_arrest_names_no_side_of_the_attack(text: str) -> None:
    event = only_event(text)
    assert event.actor2 is not None and event.actor2.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Customs officers traded fire with armed smugglers near Segbana on Wednesday, leaving one officer wounded.",
         "Police Forces of Benin"),
        ("Soldiers traded gunfire with armed villagers near Dori on Monday.", "Military Forces of Burkina Faso"),
    ],
)
def test_traded_fire_is_an_armed_clash(text: str, actor1: str) -> None:
    event = only_event(text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == actor1
    assert event.actor2 is not None and not event.actor2.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen shot dead a Burkina Faso national near Kalale.", "Civilians (Burkina Faso)"),
        ("Robbers stabbed a Malian citizen in Korhogo.", "Civilians (Mali)"),
        ("Bandits wounded two Niger nationals near Gaya.", "Civilians (Niger)"),
    ],
)
def test_person_named_by_nationality_is_a_civilian_of_that_nation(text: str, name: str) -> None:
    assert name in [m.name for m in find_actors(text)]


def test_nationality_is_no_place_of_the_event() -> None:
    nationality = next(t for t in geoparse_text("Gunmen shot dead a Burkina Faso national in Kandi.") if t.text == "Burkina Faso")
    assert nationality.kind == "demonym"
    event = only_event("Gunmen shot dead a Burkina Faso national in Kandi on Sunday.")
    assert (event.country, event.actor1, event.actor2) == ("Benin", "Unidentified Armed Group (Benin)", "Civilians (Burkina Faso)")


@pytest.mark.parametrize("text", [
    "A reporter was kidnapped from his office in Dikwa on Monday by men in civilian clothes, his editor said, blaming a "
    "faction of Boko Haram.",
    "Two herders were shot dead near Dikwa on Monday by men on motorcycles; villagers blamed fighters loyal to Boko Haram.",
])
def test_blame_laid_on_part_of_a_group_names_the_group_before_unnamed_agents(text: str) -> None:
    event = only_event(text)
    assert (event.actor1, event.actor2) == ("Boko Haram - Jamatu Ahli Sunna lid-Dawati wal-Jihad", "Civilians (Nigeria)")


def test_people_arrested_as_members_of_a_named_group_are_that_group():
    events = [e for e in extract_text("On 5 May 2021, Nigerien soldiers detained four men near Diffa, believed to be members "
                                      "of ISWAP who had crossed from Nigeria.", country="NE") if not e.is_background]
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Arrests", "Military Forces of Niger", "Islamic State (West Africa)")]


def test_an_unnamed_group_the_text_blames_is_the_doer_and_the_blamer_no_side():
    events = [e for e in extract_text("Three porters were gunned down on 4 June 2022 near Wamena. The army blamed armed men "
                                      "from the forest and warned of reprisals.", country="ID") if not e.is_background]
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)")]
