"""Kinds of text that tell no current event, each on sentences we wrote: violence of a war or an age long over,
violence acted out or told in fiction, quarrels between states, security laid on for an ordinary occasion, a group
named by its campaign, weapons made or bought; and the real events beside them that must still be coded."""

from __future__ import annotations

import pytest

from sitrep import classify, relevance


def kept(text: str, previous: str = "", armed: bool = False, following: str = "") -> list[str]:
    return [sub for sub, _ in relevance.relevant_types(text, classify.classify(text), previous, armed, following)]


@pytest.mark.parametrize("text", [
    "Archaeologists uncovered a mass grave of soldiers killed in the Battle of Hastings.",
    "A bomb dropped during the Second World War was defused in Frankfurt on Sunday, and 60,000 residents were "
    "evacuated.",
    "Bomb disposal experts removed a grenade from the Vietnam War found in a school yard in Hue.",
    "A Second World War mine washed up on a beach in Normandy and was destroyed by the navy.",
    "Divers found the wreck of a warship sunk during the First World War off the coast of Jutland.",
    "A pensioner was hurt when a wartime shell he kept in his shed exploded.",
    "The remains of 30 soldiers who died in the Korean War were returned to their families.",
])
def test_violence_of_a_war_long_over_is_history(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Unexploded ordnance left by the fighting killed two children in Idlib on Sunday.",
    "Gunmen opened fire on veterans of the Korean War at a memorial in Seoul on Monday, wounding three.",
])
def test_violence_of_today_beside_an_old_war_is_kept(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "Police and firefighters staged a drill simulating a bomb attack at the central station on Sunday.",
    "Actors played wounded passengers in a mock terrorist attack at the airport.",
    "The actors rehearsed a scene in which soldiers open fire on a crowd.",
    "In the video game, players storm a village and kill enemy soldiers.",
    "The new film tells how rebels attacked the capital during the war of independence.",
    "Volunteers posing as hostages were freed by commandos in an exercise at the port.",
])
def test_violence_acted_out_or_told_in_fiction_is_no_event(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Spain and Morocco clashed over the border crossings after a row about migrants.",
    "Japan and China clashed over the disputed islands in a diplomatic spat on Friday.",
    "The foreign ministers of Egypt and Ethiopia clashed over the filling of the dam.",
    "Germany clashed with Poland over energy policy at the summit in Brussels.",
    "Australia and China locked horns over barley tariffs at the trade body in Geneva.",
])
def test_a_quarrel_between_states_is_no_clash(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Indian and Chinese troops clashed over a disputed stretch of the border on Monday, leaving 20 soldiers dead.",
    "Armenia and Azerbaijan clashed over the border on Tuesday, with both sides reporting soldiers killed.",
    "Pokot and Turkana herders clashed over grazing land in Baringo on Sunday.",
    "Supporters of the two parties clashed over the results in Dhaka on Tuesday.",
])
def test_a_clash_of_forces_or_crowds_is_kept(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "Police were deployed to polling stations across the state as a precaution.",
    "Troops were deployed to guard the stadium during the final on Saturday.",
    "Security was tightened around the summit venue, with 5,000 police on duty.",
    "The governor sent the National Guard to polling places, though officials reported no trouble.",
])
def test_security_for_an_ordinary_occasion_is_no_strategic_development(text):
    assert kept(text) == []


def test_a_deployment_against_an_attack_on_voters_is_kept():
    assert kept("Gunmen attacked a polling station in Borno on Saturday, killing two election officials.")


@pytest.mark.parametrize("text", [
    "Students who have led weeks of protests said they would meet the minister on Thursday.",
    "The union, which has staged months of strikes, said it would sign the new contract.",
])
def test_a_group_named_by_its_campaign_tells_no_demonstration(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Police fired tear gas at students who have led weeks of protests on Monday.",
    "Students who have led weeks of protests marched on parliament again on Tuesday.",
])
def test_a_group_named_by_its_campaign_keeps_its_act_of_the_day(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "Britain and France agreed to build a new generation of fighter jets together.",
    "India and Russia signed a deal to jointly produce assault rifles at a factory in Uttar Pradesh.",
    "The two defence ministers agreed to develop a new main battle tank by 2035.",
])
def test_weapons_made_or_bought_together_are_no_event(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Students rioted against mock examinations at the school, destroying property.",
    "Youths attacked police during the mock elections held in the town.",
])
def test_a_mock_exam_or_election_is_civil_life_where_real_riots_happen(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "The war in Yemen has killed more than 150,000 people, according to aid agencies.",
    "The insurgency, which has displaced two million people, shows no sign of ending.",
])
def test_a_war_as_the_doer_of_its_whole_toll_is_no_event(text):
    assert kept(text) == []


def test_a_toll_of_fighting_since_a_day_of_the_news_is_kept():
    assert kept("The fighting has killed 12 people since Monday in Marsabit, police said.")


@pytest.mark.parametrize("text", [
    "Oil prices jumped after the attack on the tanker, traders said.",
    "Tensions remain high in the region after last week's clashes.",
    "Schools reopened in the town a month after the attack.",
    "Life returned to normal in the capital after days of protests.",
])
def test_the_aftermath_of_an_event_already_told_is_no_event(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Soldiers lifted the siege and killed 12 militants after the attack on the base.",
    "Protests resumed in the capital on Sunday after the police killed a student.",
    "Militants attacked a school that had reopened after last month's raid, killing two teachers.",
])
def test_an_act_told_beside_an_aftermath_is_kept(text):
    assert kept(text)


def test_a_warrant_is_no_arrest():
    assert kept("The court issued an arrest warrant for the general over war crimes.") == []


def test_an_arrest_on_a_warrant_is_kept():
    assert "Arrests" in kept("Police arrested the opposition leader on Tuesday on a warrant issued last year.")


def test_a_hard_landing_is_an_accident():
    assert kept("A military helicopter made a hard landing in the desert, injuring five crew.") == []


@pytest.mark.parametrize("text", [
    "Intelligence officials believe the group is planning attacks on Western targets.",
    "The government is considering sending troops to help the neighbouring country.",
    "The rebels rejected claims that they had killed civilians in the market.",
    "The envoy said the fighting in the east had to stop and called for a truce.",
])
def test_an_act_planned_considered_rejected_or_demanded_to_stop_is_no_event(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Teachers voted to go on strike from next Monday.",
    "The opposition announced a nationwide protest for next Friday.",
])
def test_a_demonstration_voted_for_or_announced_is_still_to_come(text):
    assert kept(text) == []


def test_a_strike_announced_beside_a_march_done_keeps_the_march():
    assert kept("Thousands of teachers marched to the ministry on Monday and announced a new strike.")


@pytest.mark.parametrize("text", [
    "NATO foreign ministers agreed to boost support for the country's air defences.",
    "The two neighbours agreed to deepen cooperation between their coast guards.",
])
def test_allies_that_agree_to_cooperate_make_no_agreement_of_a_conflict(text):
    assert "Agreement" not in kept(text)


def test_the_war_graves_of_a_past_war_are_history():
    assert kept("The cemetery holds the graves of 3,000 soldiers killed at Gallipoli.") == []


@pytest.mark.parametrize("text", [
    "The ambassador tore up a copy of the charter at the assembly in protest at the vote.",
    "The minister resigned on Monday in protest against the budget cuts.",
])
def test_an_office_holder_acting_in_protest_is_no_demonstration(text):
    assert kept(text) == []


def test_lawmakers_who_march_in_protest_are_demonstrating():
    assert kept("Opposition lawmakers marched to the electoral commission in protest against the results.")


def test_the_wounded_moved_for_treatment_tell_no_new_harm():
    assert kept("The border crossing opened to let wounded people leave the enclave for treatment.") == []


def test_a_missile_that_only_entered_airspace_struck_nothing():
    assert kept("Poland said a Russian missile had briefly entered its airspace and demanded an explanation.") == []


def test_a_missile_that_entered_airspace_and_hit_a_farm_is_kept():
    assert kept("A missile hit a farm in eastern Poland on Tuesday after it violated Polish airspace, killing two men.")


def test_accusations_rejected_tell_no_act():
    assert kept("Rwanda rejected accusations by Congo that its troops were fighting alongside the rebels.") == []


@pytest.mark.parametrize("text", [
    "US and China clash over Taiwan at security forum in Singapore",
    "The two sides exchanged fire over the report at a heated session of the council.",
    "Diplomats described the meeting as a bruising battle over the text of the resolution.",
    "The US and Russia fought a diplomatic battle at the UN over the resolution.",
    "The minister came under fire from his counterparts for his comments on migration.",
])
def test_battles_and_fire_in_diplomacy_are_figures_of_speech(text):
    assert kept(text) == []


def test_a_minister_whose_convoy_came_under_fire_was_attacked():
    assert kept("The minister's convoy came under fire from gunmen near the border on Monday.")


@pytest.mark.parametrize("text", [
    "Historians believe the massacre at the monastery was carried out by royal troops in 1650.",
    "The exhibition displays photographs of the 1976 uprising, in which police shot schoolchildren.",
])
def test_an_act_dated_long_before_acled_began_is_history(text):
    assert kept(text) == []


def test_a_year_of_the_late_eighties_is_left_alone():
    assert kept("Guerrillas attacked the army barracks in the capital in November 1989, killing 12 soldiers.")


def test_a_toll_of_destruction_summed_up_by_a_war_is_no_event():
    assert kept("The conflict has destroyed most of the clinics in the province, the health agency said.") == []


@pytest.mark.parametrize("text", [
    "The US approved 1.2 billion dollars in military aid for Taiwan, including missiles and drones.",
    "The EU launched a naval mission to protect shipping in the Red Sea from attacks by the militia.",
])
def test_weapons_given_and_attacks_guarded_against_are_no_event(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Britain and Japan signed a defence pact allowing their troops to train in each other's countries.",
    "Kenya agreed to lead a multinational police mission to Haiti to fight gangs.",
])
def test_an_alliance_or_a_mission_abroad_is_no_agreement_of_a_conflict(text):
    assert "Agreement" not in kept(text)


def test_a_ceasefire_pact_is_still_an_agreement():
    text = "The army and the rebels signed a ceasefire agreement in Juba on Monday, ending the fighting."
    assert "Agreement" in kept(text)


def test_the_disposal_of_old_ordnance_told_before_is_no_event():
    previous = "Workers found an unexploded shell from the First World War on a building site on Monday."
    assert kept("Bomb disposal experts sealed off the area and defused it.", previous=previous) == []


def test_a_bomb_planted_after_old_ordnance_was_found_is_kept():
    previous = "Workers found an unexploded shell from the First World War on a building site on Monday."
    assert kept("On Tuesday gunmen planted a bomb at the site, which exploded and killed a guard.", previous=previous)
