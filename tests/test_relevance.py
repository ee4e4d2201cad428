"""What a sentence's context says about the cause of the harm it reports, on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep import classify, relevance
from sitrep.api import extract_text

PUBLISHED = dt.date(2025, 2, 14)


def kept(text: str, previous: str = "", armed: bool = False) -> list[str]:
    return [sub for sub, _ in relevance.relevant_types(text, classify.classify(text), previous, armed)]


@pytest.mark.parametrize("text", [
    "The new strain of bird flu has killed two women in the north of the province.",
    "Cholera has killed 41 people in the camps since the start of the rainy season.",
    "Flash floods destroyed more than 300 homes and killed nine people overnight.",
    "An earthquake of magnitude 6.1 killed at least 14 villagers near the border town.",
    "Eleven passengers died when the overloaded ferry capsized on the lake on Sunday.",
    "A gas leak caused an explosion that killed three workers at the bottling plant.",
    "Two firefighters were injured when a transformer exploded at the substation.",
])
def test_harm_from_disease_hazards_and_accidents_is_no_political_violence(text):
    assert kept(text) == []


def test_the_cause_may_be_named_in_the_sentence_before():
    assert kept("Two more people died there on Monday.", previous="Measles is spreading fast in the district.") == []


@pytest.mark.parametrize("text", [
    "Gunmen killed nine villagers during the floods that hit the valley last week.",
    "Protesters angry at the slow flood relief clashed with police in the capital.",
    "Militants shot dead two vaccinators in the district on Tuesday.",
])
def test_a_hostile_act_or_a_demonstration_is_coded_whatever_else_the_sentence_tells(text):
    assert kept(text)


def test_a_capitalised_hazard_word_inside_a_sentence_is_a_name():
    assert relevance.causes.non_violent_cause("A commander of the Storm Brigade was killed in the raid.") is False
    assert relevance.causes.non_violent_cause("Storms cut power to the city.") is True


def test_a_bare_word_of_harm_or_a_weapon_name_alone_reports_no_violence():
    assert kept("A cold storage container exploded behind the supermarket this morning.") == []
    assert kept("The council condemned sanctions on the sale of missiles to the region.") == []
    assert kept("Rockets fired from across the border struck a school, killing two pupils.")


def test_an_armed_actor_keeps_a_bare_word_of_harm():
    text = "The army said its soldiers took losses when their base came under attack."
    assert kept(text, armed=True)


def test_agreements_and_movements_need_a_party_to_a_conflict():
    assert "Agreement" not in kept("The two governments signed a trade agreement on fish exports.")
    assert "Agreement" in kept("The army and the rebels agreed to a ceasefire in the east.")
    assert "Change to group/activity" not in kept("Fifty nurses were deployed to the districts hit by measles.")


def test_extract_reports_no_event_for_an_outbreak_story():
    text = ("Health officials confirmed on Thursday that H5N1 bird flu has killed two women in the eastern "
            "province. A third woman remains in intensive care, the ministry said.")
    assert [e for e in extract_text(text, published=PUBLISHED) if not e.is_background] == []


def test_weapons_as_the_matter_of_policy_or_trade_report_no_strike():
    assert not relevance.REMOTE_TYPES & set(kept("The council tightened sanctions banning ballistic missile tests."))
    assert kept("The ministry signed a deal for the purchase of twelve armed drones.") == []
    assert kept("Rebels fired two missiles at the airport, the army said.")


def test_a_fuel_accident_is_no_bombing():
    assert kept("A fuel tanker overturned and exploded on the highway, killing at least 40 people.") == []


@pytest.mark.parametrize("text", [
    "The visitors' striker fired three shots at goal and the hosts were crushed 4-0 in the derby.",
    "The champion destroyed the field in the marathon, breaking away at the 30 km mark.",
    "Hardline lawmakers killed the bill late on Tuesday and voted to remove the speaker.",
    "The bank vowed to fight off a hostile takeover bid, calling it an attack on its independence.",
    "Thousands gathered to commemorate the 1995 massacre on its 30th anniversary.",
    "A new film about the 1982 siege opened in cinemas across the capital on Friday.",
    "An unexplained illness has killed 19 people in the remote district, health workers said.",
    "A fire gutted the central market overnight, destroying hundreds of stalls.",
])
def test_sport_figures_of_speech_memory_illness_and_fires_are_no_political_violence(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Fans of the two clubs clashed after the derby and police fired tear gas to disperse them.",
    "Gunmen fired on mourners at the memorial service, killing four.",
    "Veterans marched to parliament on the anniversary to protest cuts to their pensions.",
])
def test_violence_at_a_match_or_a_commemoration_is_still_coded(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "The ministry expelled four embassy staff after the poison attack on a defector living abroad.",
    "The union imposed new sanctions on generals responsible for artillery attacks on border villages.",
    "Two diplomats were expelled for joining unauthorised protests outside parliament.",
])
def test_a_diplomatic_response_names_violence_only_as_its_reason(text):
    assert kept(text) == []


def test_violence_told_as_an_act_beside_a_diplomatic_response_is_coded():
    assert kept("Protesters stormed the embassy compound and burned two cars, the ambassador said.")


@pytest.mark.parametrize("text", [
    "A 35-year-old driver was arrested after officers pulled over his van for speeding on the ring road.",
    "The shop assistant was detained on Friday on suspicion of theft from the till.",
])
def test_an_arrest_for_an_ordinary_crime_is_no_event(text):
    assert "Arrests" not in kept(text)


@pytest.mark.parametrize("text", [
    "Police arrested an opposition leader on Friday on charges of fraud.",
    "Police detained more than 200 people for breaking the curfew and looting shops.",
])
def test_an_arrest_with_political_significance_is_coded(text):
    assert "Arrests" in kept(text)


@pytest.mark.parametrize("text", [
    "The families have been locked in a legal battle with the chemical company for six years.",
    "The company lost the battle to keep the lawsuit out of federal court.",
])
def test_a_battle_in_court_is_a_figure_of_speech(text):
    assert kept(text) == []


def test_harm_from_a_spill_is_an_accident():
    assert kept("The mercury spill near the mine poisoned dozens of villagers.") == []


def test_an_event_of_last_year_is_history_even_when_the_publication_day_is_unknown():
    text = ("Farmers blocked the main highway in the capital on Tuesday to protest against cheap imports. "
            "Last year, a similar protest against the import quota ended with clashes.")
    current = [e for e in extract_text(text) if not e.is_background]
    assert current and all("Last year" not in ev.text for e in current for ev in e.evidence)


def test_the_cause_named_earlier_in_the_paragraph_holds_for_the_sentences_after_it():
    text = ("Cholera has reached the river port of the northern province, health officials said on Monday. "
            "Clinics there are short of beds and clean water. "
            "Four more people were killed overnight in the villages downstream.")
    assert [e for e in extract_text(text, published=PUBLISHED) if not e.is_background] == []


def test_the_future_is_no_reported_event():
    assert "Looting/property destruction" not in kept("The seized cargo is set to be destroyed at a plant next month.")


def test_harm_from_tainted_liquor_is_no_attack():
    assert kept("Contaminated brew sold at a roadside bar killed twelve men and blinded four.") == []


def test_targeting_an_audience_is_no_hostile_act():
    assert kept("The vaccination drive is targeting more children this year and training more volunteers.") == []
    assert kept("Two vaccinators were targeted by gunmen near the clinic.")


def test_a_criminal_case_between_private_people_is_no_political_violence():
    assert kept("The widow told the jury she believed her husband had been murdered.") == []
    assert kept("He was beaten to death in the bar, the coroner told the inquest.") == []


def test_a_case_with_an_armed_group_or_a_political_figure_is_still_coded():
    assert kept("The court heard that gunmen murdered the judge's driver in March.")
    assert kept("Lawyers said the journalist was abducted outside his home on Monday.")


@pytest.mark.parametrize("text", [
    "The navy held live-fire drills off the coast on Tuesday, firing missiles at floating targets.",
    "The North fired two ballistic missiles into the sea, the South's military said.",
])
def test_military_exercises_and_weapons_tests_are_no_attack(text):
    assert not (relevance.REMOTE_TYPES | {"Armed clash"}) & set(kept(text, armed=True))


def test_fire_during_an_exercise_that_harms_people_is_coded():
    assert kept("A shell fired during artillery drills landed on a village school, killing two pupils.")


def test_fire_set_by_an_explosion_is_no_arson():
    assert kept("An explosion at a fireworks store killed 12 people and set nearby homes ablaze.") == []
    assert kept("Rioters set two police cars ablaze in the main square.")


def test_structures_that_give_way_are_accidents():
    assert kept("Hundreds of homes were destroyed and 12 people killed when the river burst its banks.") == []


@pytest.mark.parametrize("text", [
    "An explosion at a gold mine in the north killed 11 miners on Saturday.",
    "Residents were told to stay indoors after chlorine gas escaped from a water treatment works.",
    "Police said there was no sign of foul play after the explosion at the flats killed three people.",
])
def test_mining_disasters_and_leaks_are_no_political_violence(text):
    assert kept(text, armed=True) == []


def test_foul_play_not_ruled_out_keeps_the_explosion():
    assert kept("Police have not ruled out foul play after the explosion at the flats killed three people.")


def test_an_evacuation_of_people_or_a_building_is_no_transfer_of_territory():
    assert "Non-violent transfer of territory" not in kept("Police evacuated the office block and its 200 staff.", armed=True)
    assert "Non-violent transfer of territory" in kept("The rebels evacuated the hilltop town overnight.", armed=True)


@pytest.mark.parametrize("text", [
    "The driver suffered a heart attack at the wheel and the bus hit a wall, killing four.",
    "Firefighters fought the blaze at the timber yard through the night.",
    "A stray round from celebratory gunfire at a wedding killed a boy.",
    "A massive explosion at the chemical plant forced hundreds of families from their homes.",
])
def test_illness_firefighting_celebration_and_plant_explosions_are_no_violence(text):
    assert kept(text) == []


def test_a_day_marking_years_since_a_massacre_is_history():
    assert kept("The village marked twenty years on Sunday since the massacre that killed 80 farmers.") == []


def test_a_trial_for_a_bombing_still_tells_of_the_bombing():
    assert kept("Prosecutors told the jury the defendant detonated a bomb outside the stadium.")


def test_blasts_that_target_civilians_and_attacks_on_a_town_are_hostile():
    assert kept("Twin blasts in the market district target civilians.")
    assert kept("Rebels attack the district capital, killing four quarry workers.", armed=True)


@pytest.mark.parametrize("text", [
    "Spain battled past England 2-1 in the Berlin final, with a late strike from the substitute.",
    "Boston crushed Dallas 106-88 in game five to win the NBA title, their forward shooting 11 of 21.",
    "The Black Stars launched wave after wave of attacks, and a late penalty settled the match.",
])
def test_a_game_with_its_scores_finals_and_penalties_is_sport(text):
    assert kept(text) == []


def test_protesters_at_a_sporting_event_are_still_coded():
    text = "Protesters staged rallies in the capital against the Grand Prix, and police fired tear gas at them."
    assert kept(text) != []


@pytest.mark.parametrize("text", [
    "The central bank killed off the currency peg on Wednesday, letting the pound plunge.",
    "A hacking attack crippled the land registry's computer systems on Tuesday.",
    "The attack rate of the virus was highest among children under five.",
    "Rescue teams were battling to reach survivors trapped under collapsed houses.",
])
def test_things_killed_off_computers_attacked_and_rescuers_battling_are_figures_of_speech(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Mount Lewotobi on Flores island erupted overnight, hurling glowing rocks onto villages; nine residents died.",
    "A series of blasts at the barracks killed 98 people; officials blamed the careless handling of dynamite.",
    "A bus carrying 48 passengers plunged into a ravine near the pass, killing 41 people.",
    "The tanker exploded on the road, and the fire killed 23 people who had gathered to collect fuel.",
    "Flames swept through a detention centre near the border overnight, killing 39 men held there.",
])
def test_eruptions_negligence_fires_and_vehicles_off_the_road_are_disasters(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "The virus attacks the immune system and can kill within days if untreated.",
    "Bird flu attacked poultry farms across three districts, forcing the culling of 200,000 birds.",
    "A crocodile attacked a fisherman on the banks of the river on Sunday, dragging him under the water.",
    "Desert locusts destroyed crops on 20,000 hectares, and farmers said the swarms struck overnight.",
    "Culling teams killed 80,000 chickens at farms around the city after bird flu was confirmed.",
])
def test_harm_done_by_or_to_no_person_is_no_event(text):
    assert kept(text) == []


def test_people_who_attack_health_workers_or_kill_and_steal_cattle_are_still_coded():
    assert kept("Villagers attacked two health workers and burned their vehicle after a burial dispute.") != []
    assert kept("Raiders killed three herders and stole their cattle near the border.") != []
    assert kept("A teacher was shot dead by suspected cattle rustlers near the school.") != []
    assert kept("Pirates boarded a tanker off the coast and held the crew at gunpoint.") != []


def test_a_bomb_hidden_in_a_gas_cylinder_is_planted_not_an_accident():
    assert kept("A bomb hidden in a gas cylinder exploded at the market, killing six people.") != []


@pytest.mark.parametrize("text", [
    "The expulsions were a response to the alleged poisoning attack on a defector living abroad.",
    "The ministry summoned the ambassador and lodged a formal protest over the border incident.",
])
def test_violence_named_as_the_reason_for_a_move_is_no_event(text):
    assert kept(text) == []


def test_a_protest_in_protest_at_a_policy_or_in_response_to_strikes_is_coded():
    text = "Farmers drove tractors into the city centre and dumped hay outside the prefecture in protest at fuel taxes."
    assert kept(text) != []
    assert kept("Unions staged a march in the town in response to the strikes by teachers and nurses.") != []


def test_blame_for_an_attack_still_tells_of_the_attack():
    assert kept("The army said the rebels were responsible for the attack on the market.") != []


@pytest.mark.parametrize("text", [
    "North Korea threatened to attack the South if any of its territory is violated.",
    "Police denied reports that a bomb had exploded near the airport, saying a tyre had burst.",
    "Organisers called off a planned march in the capital, and police said no one had been arrested.",
])
def test_threatened_denied_and_called_off_acts_are_no_events(text):
    assert kept(text) == []


def test_banned_weapons_dropped_on_a_town_are_coded():
    assert kept("Banned chlorine bombs were dropped on the market town in May, inspectors said.") != []


def test_an_explosion_that_hurt_no_one_is_still_an_explosion():
    assert kept("A bomb planted by militants exploded near the airport, but no one was hurt.") != []


@pytest.mark.parametrize("text", [
    "Cambodians visited the killing fields on Wednesday, 49 years after the Khmer Rouge seized the capital.",
    "Veterans laid wreaths to commemorate the 1944 battle in which their countrymen stormed the monastery.",
    "The thriller about a kidnapping gang in the creeks topped box office charts for a third week.",
])
def test_violence_years_back_or_in_a_story_is_history(text):
    assert kept(text) == []


def test_talks_about_a_withdrawal_and_seized_drugs_report_no_event():
    assert kept("The two governments held talks on the withdrawal of military personnel who fly the aircraft.") == []
    assert kept("Federal police seized two tonnes of cocaine hidden in a shipment of coffee at the port.") == []
    assert kept("Customs officers recalled shelled pistachios sold in ten-ounce bags.") == []


def test_a_past_event_named_by_its_year_is_history_unless_the_sentence_tells_a_new_act():
    assert kept("The chemist was to be charged over the 2001 letter attacks, which killed five people.") == []
    assert kept("Militants killed five soldiers near the border, the deadliest raid since the 2014 coup.") != []


@pytest.mark.parametrize("text", [
    "Families who fled attacks on their hamlets now shelter in camps near the town.",
    "The refugees are set up in makeshift camps, lacking food, water and proper shelter.",
    "Officials launched an offensive against mosquito breeding sites in the capital.",
    "Dogs abandoned by residents who evacuated are being shot, a rescue charity said.",
])
def test_flight_from_violence_camps_of_the_displaced_and_wars_on_mosquitoes_are_no_events(text):
    assert kept(text) == []


def test_people_who_fled_after_an_attack_told_as_an_act_are_coded():
    assert kept("Thousands fled after gunmen attacked three villages near the border on Sunday.") != []


def test_a_march_beside_a_past_event_named_by_its_year_is_coded():
    assert kept("Leaders said the march held today spoke for a people oppressed since the 1932 massacre.") != []


def test_a_march_that_honours_people_killed_years_ago_is_coded():
    assert kept("The students were marching to honour a cousin killed six years ago in the capital.") != []


@pytest.mark.parametrize("text", [
    "Nearly 100 people were killed when a passenger train slammed into a stationary freight train.",
    "The foreign minister was attacked in parliament for his handling of the crisis.",
    "Diplomats said the two countries had agreed a deal to end their trade war.",
    "The ministry called the missile test a violation of UN resolutions and asked for an emergency meeting.",
])
def test_collisions_criticism_trade_wars_and_weapons_tests_are_no_events(text):
    assert kept(text) == []


def test_people_named_after_their_cattle_are_people():
    assert kept("Cattle breeders attacked farmers in the village and burned their granaries.") != []


@pytest.mark.parametrize("text", [
    "A hunter was accidentally shot dead by a companion who mistook him for a deer.",
    "Army helicopters lifted 40 villagers trapped by floodwaters to safety on Monday.",
    "The government imposed a curfew in the flood-hit town to prevent looting of empty homes.",
    "The explosion was heard across the city and was caused by a leaking gas main, police said.",
    "Six workers were killed when scaffolding collapsed at a construction site.",
    "A fire in the intensive care ward of the hospital killed 10 patients, officials said.",
])
def test_accidental_shots_floodwaters_leaks_and_fires_in_wards_are_no_events(text):
    assert kept(text) == []


def test_soldiers_who_shoot_villagers_by_mistake_during_a_raid_are_still_coded():
    assert kept("Soldiers raiding the village shot dead two farmers they said they had mistaken for rebels.") != []
