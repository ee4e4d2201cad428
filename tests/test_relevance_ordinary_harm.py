"""Harm and words of violence that are no political violence: accidents of many kinds, animals, suicide,
violence in the family, visits to the wounded, mourning, sport, warnings and a state's protest, on
sentences we wrote; and the acts beside them that must still be coded."""

from __future__ import annotations

import pytest

from sitrep import classify, relevance


def kept(text: str, previous: str = "", armed: bool = False, following: str = "") -> list[str]:
    return [sub for sub, _ in relevance.relevant_types(text, classify.classify(text), previous, armed, following)]


@pytest.mark.parametrize("text", [
    "Toxic fumes from a tannery killed four workers in the industrial zone on Friday.",
    "A cargo plane carrying relief goods went down shortly after leaving the airstrip, killing its crew.",
    "Two airmen died when their helicopter hit power lines during a routine training flight.",
    "Forty shacks were burned in a fire that started in a kitchen late on Saturday.",
    "A gas explosion in the kitchen of a restaurant killed the cook and a waiter.",
])
def test_fumes_air_crashes_and_kitchen_fires_are_accidents(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "A leopard attacked and killed a goatherd near the edge of the reserve.",
    "Two poachers said they had shot a deer and two wild boars in the forest.",
])
def test_harm_done_by_animals_or_to_game_is_no_event(text):
    assert kept(text) == []


def test_a_visit_to_the_wounded_tells_no_act():
    assert kept("The governor visited the wounded police officers at the district hospital on Sunday.") == []


def test_national_mourning_for_victims_tells_no_act():
    assert kept("The cabinet declared two days of national mourning for the victims of the massacre.") == []


@pytest.mark.parametrize("text", [
    "A farmer killed himself after losing his harvest to the drought.",
    "The young officer took his own life at the barracks, the ministry said.",
])
def test_suicide_is_no_attack(text):
    assert kept(text) == []


def test_a_gunman_who_kills_others_and_then_himself_is_still_an_attack():
    assert kept("A gunman shot dead four guards at the bank and then killed himself.")


@pytest.mark.parametrize("text", [
    "A woman was beaten to death by her husband after a quarrel over money.",
    "A man stabbed his brother during a domestic dispute over their late father's land.",
])
def test_violence_in_the_family_is_no_political_violence(text):
    assert kept(text) == []


def test_a_hunting_accident_is_no_attack():
    assert kept("A boy was shot dead in a hunting accident near the river on Saturday.") == []


def test_goals_scored_are_play():
    assert kept("The visitors attacked from the kick and scored twice before the break.") == []


@pytest.mark.parametrize("text", [
    "The embassy warned its citizens of a high risk of kidnapping on the coast road.",
    "Ankara warned Athens against sending troops to the islands.",
])
def test_a_warning_tells_no_act(text):
    assert kept(text) == []


def test_the_matter_of_a_state_s_protest_is_no_event():
    assert kept("Delhi summoned the envoy to protest the killing of three border guards.") == []


def test_a_nuclear_test_is_no_strategic_development():
    assert kept("The regime carried out a nuclear test on Sunday, drawing condemnation from its neighbours.") == []


def test_an_arrest_for_smuggling_is_ordinary_crime():
    assert "Arrests" not in kept("Customs officers arrested two men for smuggling drugs at the border post.")


def test_a_tally_over_the_past_month_is_no_event():
    assert kept("The army spokesman said 35 fighters were killed in operations over the past month.") == []


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a village chief and his wife in their home on Monday.",
    "Elephants were killed by the gunmen who raided the park headquarters, rangers said.",
    "Soldiers visited the village and shot three men dead on Tuesday.",
])
def test_attacks_beside_these_words_are_kept(text):
    assert kept(text)


def test_a_headline_s_state_that_protests_something_is_no_demonstration():
    assert kept("Tokyo protests Seoul's drills near disputed islets") == []


def test_a_headline_s_protests_of_people_are_kept():
    assert kept("Kenya protests turned deadly on Tuesday as police fired live rounds.")


def test_a_visit_to_a_camp_for_the_displaced_tells_no_act():
    assert kept("Envoys from a dozen countries toured the camp for displaced families on Monday.") == []


@pytest.mark.parametrize("text, following", [
    ("The army sent 800 soldiers to the eastern districts on Monday.", "Rains have cut off forty villages there."),
    ("Troops have been deployed to the coast.", "The cyclone destroyed thousands of homes on Saturday."),
])
def test_a_deployment_beside_a_disaster_is_relief(text, following):
    assert kept(text, following=following) == []


def test_a_deployment_beside_an_attack_is_kept():
    assert kept("The army sent 800 soldiers to the eastern districts on Monday.",
                following="Rebels attacked two villages there on Sunday.")


@pytest.mark.parametrize("text", [
    "The government called in the army after the river rose overnight.",
    "Rains have displaced 12,000 people in the lowlands, officials said.",
    "Engineers were flown in to repair the damaged bridge, and soldiers delivered tents to the worst-hit villages.",
    "Blasts inside the crater sent a column of ash over the island.",
])
def test_rivers_rains_relief_and_volcanoes_are_no_events(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "The expulsions follow the poisoning of an exiled banker with a nerve agent.",
    "Nine countries expelled more than 40 Russian diplomats following the nerve agent attack.",
])
def test_expulsions_after_a_poisoning_are_diplomacy(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "A fire in the engine room of the ferry killed two crew members.",
    "Five recruits were hurt when a grenade went off during a training session.",
    "The plant released chlorine gas that sickened hundreds of residents.",
])
def test_engine_rooms_training_mishaps_and_chemical_releases_are_accidents(text):
    assert kept(text) == []


def test_a_person_s_dated_past_told_in_a_clause_is_no_event():
    assert kept("The union leader, who was stabbed by unknown men in March, returned to work on Monday.") == []


def test_an_act_in_the_main_clause_beside_a_dated_past_is_kept():
    assert kept("Gunmen shot the union leader, who had been threatened in March, outside his home on Monday.")


def test_a_blast_followed_by_its_accident_is_no_event():
    assert kept("An explosion killed three workers at the depot on Monday.",
                following="A tanker of liquefied gas had overturned in the yard.") == []


def test_a_blast_followed_by_an_attack_is_kept():
    assert kept("An explosion killed three soldiers at the base on Monday.",
                following="Insurgents said they had planted the device.")


@pytest.mark.parametrize("text", [
    "An explosion at a naval base killed nine sailors early on Monday.",
    "Two cadets died in a fire that swept the military academy's depot on Sunday.",
    "A navy patrol boat exploded while moored in the harbour.",
])
def test_a_blast_at_the_forces_own_base_with_no_attacker_is_no_event(text):
    assert kept(text, armed=True) == []


@pytest.mark.parametrize("text", [
    "Militants attacked a naval base with rockets, killing nine sailors.",
    "An explosion at a military base killed nine soldiers, and the rebels claimed responsibility.",
])
def test_a_blast_at_a_base_with_an_attacker_is_kept(text):
    assert kept(text, armed=True)


@pytest.mark.parametrize("text", [
    "Moscow blocked a draft resolution condemning the gas attack on the town.",
    "The decision follows the poisoning of a defector with a nerve agent.",
    "The capital ordered 12 officials of the embassy to leave within a week.",
])
def test_resolutions_measures_and_orders_to_leave_are_diplomacy(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "A blast blamed on a build-up of natural gas wrecked a block of flats, killing four.",
    "An explosion at a shipyard killed three welders on Thursday.",
    "A blast at a firecracker workshop killed six people.",
    "Crews set off explosives to clear the rubble from the tunnel entrance.",
    "A fire at a fuel storage facility burned through the night.",
])
def test_gas_workplace_blasts_and_civil_explosives_are_accidents_or_work(text):
    assert kept(text) == []


def test_workers_killed_by_a_bomb_are_still_an_attack():
    assert kept("A roadside bomb killed four construction workers on the highway on Monday.")


def test_strikes_ruled_out_are_no_strike():
    assert kept("Air strikes on the smugglers' camps were ruled out by the cabinet on Monday.") == []


def test_sick_animals_killed_are_no_attack():
    assert kept("Soldiers shot dead infected pigs on farms near the border.") == []


@pytest.mark.parametrize("text", [
    "Inspectors arrived in the capital to investigate the alleged gas attack.",
    "The minister said his country has nothing to do with any bombing of pipelines.",
])
def test_an_investigation_or_a_denial_of_an_attack_tells_no_attack(text):
    assert kept(text) == []


def test_an_attack_told_beside_an_investigation_is_kept():
    assert kept("Gunmen killed five traders at the market on Monday, and police are investigating the attack.")
