"""Which ACLED name an actor mention gets, on sentences we wrote: communal militias named after their people's home,
hunters' groups, herding peoples and the ethnic groups of Benin."""

from __future__ import annotations

import pytest

from reported import only_reported
from sitrep.actors import find_actors
from sitrep.api import extract_text


def names(text: str, country: str = "Benin") -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_actors(text, country=country)]


def only_event(text: str, country: str | None = "BJ"):
    return only_reported(text, country)


def test_hunters_acting_as_a_group_are_a_communal_militia():
    assert names("Local hunters guarded the road into the village.") == [
        ("Local hunters", "Unidentified Communal Militia (Benin)")]
    event = only_event("On 2 May 2020, a group of hunters abducted a cattle trader near Bante and demanded a ransom.")
    assert (event.actor1, event.actor2) == ("Unidentified Communal Militia (Benin)", "Civilians (Benin)")


def test_a_single_hunter_is_no_group():
    assert names("A hunter found the body in the forest.") == []


def test_people_named_by_what_they_seek_are_no_hunters_group():
    assert names("Two mushroom hunters went missing in the hills.") == []
    assert names("Three hunters went missing in the hills.") == [("Three hunters", "Unidentified Communal Militia (Benin)")]


def test_hunters_who_demonstrate_stay_protesters():
    event = only_event("Last Monday, 8 March 2021, dozens of hunters held a sit-in outside the park office in "
                       "Tanguieta to demand their season back.")
    assert (event.sub_event_type, event.actor1) == ("Peaceful protest", "Protesters (Benin)")


def test_a_communal_militia_takes_the_name_of_a_village_the_gazetteer_lacks():
    event = only_event("On the night of 12 June 2021, youths from the hamlet of Zebakou burned a herders' camp and "
                       "killed two cows.")
    assert event.actor1 == "Zebakou Communal Militia (Benin)"


def test_people_from_another_country_are_not_a_village_s_militia():
    event = only_event("On 12 June 2021, farmers from Niger attacked a Fulani camp near Kalale and wounded two herders.")
    assert event.actor1 == "Unidentified Communal Militia (Benin)"


def test_a_month_after_from_is_no_place():
    event = only_event("On 12 June 2021, farmers from March onwards attacked a Fulani camp near Kalale and wounded "
                       "two herders.")
    assert event.actor1 == "Unidentified Communal Militia (Benin)"


def test_transhumant_people_named_by_ethnicity_are_their_militia():
    assert names("The camp was burned by transhumant Fulani at dawn.") == [
        ("transhumant Fulani", "Fulani Ethnic Militia (Benin)")]


def test_benin_s_ethnic_groups_are_known_under_their_common_names():
    assert names("Pila-Pila youths and Somba farmers fought over a field.") == [
        ("Pila-Pila youths", "Pila-Pila Ethnic Militia (Benin)"), ("Somba farmers", "Ditammari Ethnic Militia (Benin)")]
    assert names("Nago villagers and Fon traders quarrelled at the market.") == [
        ("Nago villagers", "Yoruba Ethnic Militia (Benin)"), ("Fon traders", "Fon Ethnic Militia (Benin)")]


def test_an_aside_in_brackets_between_a_people_and_its_noun_keeps_them_one_group():
    assert names("Some 60 Ethiopian Merille (Daasanach) bandits crossed the border at night.", country="Kenya") == [
        ("Merille (Daasanach) bandits", "Dassanach Ethnic Militia (Ethiopia)")]
    assert names("Borana [clan] fighters burned two manyattas.", country="Kenya") == [
        ("Borana [clan] fighters", "Borana Ethnic Militia (Kenya)")]


def test_kinsmen_told_with_a_possessive_belong_to_the_community_named_before():
    assert names("Turkana warriors struck back a week after the killing of their tribesmen.", country="Kenya") == [
        ("Turkana warriors", "Turkana Ethnic Militia (Kenya)"), ("tribesmen", "Turkana Ethnic Militia (Kenya)")]
    assert names("Unknown gunmen shot their clansmen near the well.", country="Kenya")[-1] == (
        "clansmen", "Unidentified Ethnic Militia (Kenya)")


def test_fighters_said_to_come_from_a_people_are_its_militia():
    assert names("Two herders were shot by raiders from the neighbouring Samburu on Friday.", country="Kenya")[-1] == (
        "raiders from the neighbouring Samburu", "Samburu Ethnic Militia (Kenya)")
    mention = find_actors("Gunmen from the Borana community attacked a well.", country="Kenya")[0]
    assert (mention.name, mention.organization) == ("Borana Ethnic Militia (Kenya)", True)
    # A country is no people: raiders from a country are that nation's unidentified identity militia, as "Ugandan
    # raiders" are (actors.RAIDERS), never a "Uganda Ethnic Militia".
    assert names("Raiders from Uganda stole forty cows.", country="Kenya") == [
        ("Raiders", "Unidentified Ethnic Militia (Uganda)")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen from neighbouring Ethiopia shot two traders near Sololo.", ("Gunmen", "Unidentified Armed Group (Ethiopia)")),
    ("Bandits, believed to be from Uganda, drove off sixty goats near Lokiriama.",
     ("Bandits", "Unidentified Armed Group (Uganda)")),
    ("Armed men from nearby Tanzania looted a shop in Isebania.", ("Armed men", "Unidentified Armed Group (Tanzania)")),
    ("Gunmen from Kapedo shot two traders near Chemolingot.", ("Gunmen", "Unidentified Armed Group (Kenya)")),
])
def test_an_unidentified_armed_group_is_named_after_the_country_it_comes_from(text, expected):
    assert names(text, country="Kenya")[0] == expected


def test_a_nation_s_people_abroad_are_named_by_their_nationality():
    assert names("The Eritrean community in Nairobi marched to the embassy.", country="Kenya") == [
        ("Eritrean community", "Civilians (Eritrea)")]
    event = only_event("On 3 May 2015, the Eritrean community in Nairobi protested peacefully outside the embassy.",
                       country="KE")
    assert event.actor1 == "Protesters (Eritrea)"
    assert names("The international community condemned the killings.", country="Kenya") == []


@pytest.mark.parametrize("text", [
    "Unknown attackers lobbed two army grenades into a bar in Kasese on Friday, wounding six people.",
    "Gunmen in military fatigues shot dead a trader in Maiduguri on Sunday.",
    "Robbers armed with police-issue pistols raided a bank in Kumasi on Tuesday.",
])
def test_a_force_named_as_the_kind_of_an_item_is_no_side(text):
    """'army grenades', 'military fatigues', 'police-issue pistols': the force names the kind of item, not an actor."""
    assert not any(name and ("Military Forces" in name or "Police Forces" in name)
                   for event in extract_text(text) for name in (event.actor1, event.actor2))
