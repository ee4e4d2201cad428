"""General misses other rounds noticed and left, on short reports we wrote (other countries, other names).

- A protest dispersed or chased away with no force named faces the police, also when the protesters' cause follows
  'over' ('over' takes a noun, never a clause, so the passive after it is the crowd's own).
- Miners told striking, protesting or demanding are a crowd in a labour dispute, not victims of a mining accident.
- An armed group named after an animal ('the Cobra Faction') is no wild animal: harm it does is an attack.
- A cartel's hitmen, enforcers or sicarios after its name, and gunmen "of" or "from" a named group, are its members,
  not an unidentified armed group.
- A country the doers drove or crossed into afterwards, and a place they fled into, is not where the event happened.
- Zambia's Patriotic Front (PF) and Kenya's United Democratic Forum (UDF), parties ACLED names, are known by their
  acronyms; an acronym two countries' parties share (Malawi's United Democratic Front) is the article's country's.
"""

from __future__ import annotations

import pytest

from reported import surest_reported
from sitrep.actors import find_actors
from sitrep.api import extract_text


def _main(text: str, country: str):
    return surest_reported(text, country, "2024-03-01")


DISPERSED = [
    ("Street vendors protesting over stall fees were chased away in Arequipa on Tuesday.", "PE",
     "Police Forces of Peru"),
    ("Taxi drivers protesting over new licence charges were dispersed outside the town hall in Kumasi.", "GH",
     "Police Forces of Ghana"),
]


@pytest.mark.parametrize(("text", "country", "actor2"), DISPERSED, ids=[case[0][:40] for case in DISPERSED])
def test_a_crowd_dispersed_with_no_force_named_faces_the_police(text: str, country: str, actor2: str) -> None:
    event = _main(text, country)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 == actor2


def test_a_crowd_dispersed_after_an_earlier_deed_is_still_told_apart() -> None:
    event = _main("Nurses marched in Mzuzu after colleagues were tear-gassed last week.", "MW")
    assert event.sub_event_type == "Peaceful protest"


MINERS_IN_A_DISPUTE = [
    ("Hundreds of miners staged a sit-in at the company offices in Kitwe on Monday to demand unpaid wages.", "ZM",
     "Peaceful protest"),
    ("Police arrested twelve striking miners in Chingola on Monday.", "ZM", "Protest with intervention"),
]


@pytest.mark.parametrize(("text", "country", "sub_type"), MINERS_IN_A_DISPUTE,
                         ids=[case[0][:40] for case in MINERS_IN_A_DISPUTE])
def test_miners_in_a_labour_dispute_are_no_accident(text: str, country: str, sub_type: str) -> None:
    assert _main(text, country).sub_event_type == sub_type


def test_trapped_miners_are_still_an_accident() -> None:
    assert not extract_text("Twelve miners were trapped underground after a shaft collapsed in Kitwe on Monday.",
                            country="ZM", published="2024-03-01")


def test_a_group_named_after_an_animal_is_no_wild_animal() -> None:
    event = _main("The Cobra Faction attacked an army base near Pibor on Sunday, killing four soldiers.", "SS")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "SSDM/A-Cobra Faction"
    assert not extract_text("A cobra attacked a herder near Pibor on Sunday.", country="SS", published="2024-03-01")


@pytest.mark.parametrize("text", [
    "Sinaloa Cartel hitmen shot dead a police commander in Culiacan on Friday.",
    "A Sinaloa Cartel gunman shot dead a police commander in Culiacan on Friday.",
    "Sinaloa Cartel sicarios shot dead a police commander in Culiacan on Friday.",
])
def test_a_cartels_hitmen_are_its_members(text: str) -> None:
    names = [mention.name for mention in find_actors(text, country="Mexico")]
    assert "Sinaloa Cartel" in names
    assert not any(name.startswith("Unidentified Armed Group") for name in names)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police post on Sunday, killing two officers, before they drove into Mozambique.",
    "Gunmen attacked a police post on Sunday, killing two officers, before they crossed back into Mozambique.",
])
def test_a_country_the_doers_went_into_is_not_the_place(text: str) -> None:
    assert _main(text, "TZ").country == "Tanzania"


def test_a_town_the_doers_drove_into_stays_the_place() -> None:
    assert _main("Gunmen drove into Kibiti on Sunday and shot dead two officers.", "TZ").location == "Kibiti"


def test_zambias_patriotic_front_is_known_by_its_acronym() -> None:
    event = _main("Police arrested six PF cadres in Kitwe on Monday.", "ZM")
    assert (event.sub_event_type, event.actor2) == ("Arrests", "PF: Patriotic Front")
    event = _main("Police arrested six supporters of the Rwandan Patriotic Front in Kigali on Monday.", "RW")
    assert event.actor2 != "PF: Patriotic Front"


@pytest.mark.parametrize(("text", "country", "party"), [
    ("Police arrested six UDF members in Kakamega on Monday.", "KE", "UDF: United Democratic Forum"),
    ("Police arrested six UDF members in Zomba on Monday.", "MW", "UDF: United Democratic Front"),
])
def test_a_shared_party_acronym_is_the_articles_countrys_party(text: str, country: str, party: str) -> None:
    event = _main(text, country)
    assert (event.sub_event_type, event.actor2) == ("Arrests", party)


def test_partisans_attacking_a_rival_act_as_their_party() -> None:
    event = _main("UDF supporters attacked a rival candidate's convoy in Kakamega on Sunday, injuring one man.", "KE")
    assert (event.sub_event_type, event.actor1) == ("Attack", "UDF: United Democratic Forum")


def test_gunmen_from_a_named_group_are_its_members() -> None:
    names = [m.name for m in find_actors("Gunmen from the Cobra Faction killed three traders near Pibor.", 0,
                                         "South Sudan")]
    assert names[0] == "SSDM/A-Cobra Faction"
    assert not any(name.startswith("Unidentified Armed Group") for name in names)
    names = [m.name for m in find_actors("Gunmen from Somalia killed three traders near Mandera.", 0, "Kenya")]
    assert names[0] == "Unidentified Armed Group (Somalia)"
