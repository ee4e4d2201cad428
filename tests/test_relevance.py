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
    assert relevance.non_violent_cause("A commander of the Storm Brigade was killed in the raid.") is False
    assert relevance.non_violent_cause("Storms cut power to the city.") is True


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
