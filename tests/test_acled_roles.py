"""ACLED's actor and role rules on short reports we wrote: crowds, communities, ethnic militias,
the source's country, and places given with their areas in brackets."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reported import only_reported
from sitrep.actors import find_actors
from sitrep.api import extract_text
from sitrep.cli import main
from sitrep.errors import InputError
from sitrep.geo import geoparse


def only_event(text: str, country: str | None = "BJ"):
    return only_reported(text, country)


def test_a_crowd_beating_a_suspect_is_mob_violence_by_rioters_against_civilians():
    event = only_event("Late on 14 March 2024, shopkeepers in Parakou caught a youth they said had stolen a phone, "
                       "beat him badly and then took him to the police.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", "Rioters (Benin)", "Civilians (Benin)")
    assert event.event_date == "2024-03-14"


def test_a_crowd_turning_on_the_police_keeps_the_police_as_actor_2():
    event = only_event("On 9 June 2021, residents stoned a police vehicle in Kandi.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", "Rioters (Benin)", "Police Forces of Benin")


def test_farmers_killing_in_a_land_feud_are_a_communal_militia():
    event = only_event("On 2 March 2021, farmers killed a pastoralist after his cattle damaged their fields near Nikki.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "Unidentified Communal Militia (Benin)", "Civilians (Benin)")


def test_people_named_by_ethnicity_are_an_ethnic_militia_when_they_act():
    assert [(m.text, m.name, m.inter) for m in find_actors("Members of the Dogon community attacked a Fulani camp.", country="Mali")] == [
        ("Members of the Dogon community", "Dogon Ethnic Militia (Mali)", 4)]
    assert find_actors("The Fulani camp stood empty.", country="Mali") == []
    event = only_event("On 6 April 2021, two Fulani men killed a farmer in Kalale.")
    assert (event.actor1, event.actor2) == ("Fulani Ethnic Militia (Benin)", "Civilians (Benin)")


def test_a_one_line_note_without_a_full_stop_is_still_coded():
    event = only_event("Teachers went to the streets in Cotonou to demand their bonus")
    assert (event.sub_event_type, event.actor1, event.location) == ("Peaceful protest", "Protesters (Benin)", "Cotonou")


def test_the_source_country_names_actors_when_the_text_names_no_country():
    assert only_event("Students demonstrated against the exam reform.", country="Benin").actor1 == "Protesters (Benin)"
    assert only_event("Students demonstrated against the exam reform.", country=None).actor1 == "Protesters"
    with pytest.raises(InputError, match="unknown country"):
        extract_text("Students demonstrated.", country="Atlantis")


def test_the_country_option_is_validated_on_the_command_line(tmp_path):
    article = tmp_path / "note.txt"
    article.write_text("On 4 May 2021, students demonstrated in Parakou.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--country", "Atlantis"])
    assert result.exit_code == 2 and "unknown country" in result.output
    result = CliRunner().invoke(main, ["extract", str(article), "--country", "benin"])
    assert result.exit_code == 0 and '"actor1": "Protesters (Benin)"' in result.output


def test_a_place_is_never_read_outside_the_area_in_its_brackets():
    toponyms = geoparse("Gunmen attacked the market in Lafia (Karimama, Alibori) at dawn.", country_hint="BJ")
    lafia = next(t for t in toponyms if t.text == "Lafia")
    assert lafia.country is None
    assert any(t.name == "Alibori" and t.country == "Benin" for t in toponyms)


@pytest.mark.parametrize("text", [
    "The attack took place in Wuro Lafia at dawn.",
    "Growers in the Tierra Caliente region say they pay a fee.",
    "Fighting broke out in Alpha-Kpara on Sunday.",
    "Herders were robbed in Sikki-Gando on Sunday.",
])
def test_a_known_name_glued_to_unknown_words_is_no_place_elsewhere(text):
    assert [t.text for t in geoparse(text) if t.latitude is not None] == []


def test_a_longer_name_the_gazetteer_knows_is_that_place():
    """Birni Lafia is an arrondissement of Karimama (benin-geo), so the whole name is the place, not Lafia, Nigeria."""
    assert [(t.text, t.country_code, t.admin1) for t in geoparse("The attack took place in Birni Lafia at dawn.")
            if t.latitude is not None] == [("Birni Lafia", "BJ", "Alibori")]


def test_pairs_of_places_and_direction_words_still_resolve():
    found = {t.text: t.country for t in geoparse("Snowplows were out across Fargo-Moorhead overnight, while "
                                                  "dust storms swept Northern Nigeria.")}
    assert found == {"Fargo": "United States", "Nigeria": "Nigeria"}


def test_state_forces_stepping_in_are_actor_2_of_a_riot():
    event = only_event("On 14 June 2020, rioters barricaded the highway near Allada. Police dispersed the crowd with tear gas.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Violent demonstration", "Rioters (Benin)", "Police Forces of Benin")


def test_two_groups_either_of_which_acted_are_named_together():
    event = only_event("JNIM or IS Sahel fighters seized a cattle dealer outside Kandi on 5 June 2024.")
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"


def test_the_first_trigger_splits_doers_from_targets_and_speakers_are_neither():
    event = only_event("On 11 March 2024, ISWAP fighters attacked a Nigerian Army base in Damboa, setting off a gun "
                       "battle that lasted until midnight, according to two residents who fled.", country=None)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Islamic State (West Africa)", "Military Forces of Nigeria")


def test_a_group_claiming_the_deed_is_its_actor_and_a_role_word_is_no_trigger():
    text = ("A suicide attacker detonated his vest inside a cafe in Baidoa on Friday, police said. "
            "Al-Shabaab said in a statement that its fighters had carried out the attack.")
    event = next(e for e in extract_text(text, published=None) if e.sub_event_type == "Suicide bomb")
    assert event.actor1 == "Al Shabaab"
    gunmen = only_event("Gunmen on motorbikes opened fire on traders at the market in Djibo, killing nine.", country=None)
    assert (gunmen.actor1, gunmen.actor2) == ("Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")


def test_a_crowd_that_seizes_someone_is_a_mob_not_an_arrest():
    event = only_event("In Kandi on 8 June 2024, villagers assaulted a stranger and detained him, taking him for a robber.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", "Rioters (Benin)", "Civilians (Benin)")
    arrest = only_event("Police in Kandi arrested two men suspected of links to jihadist groups on 8 June 2024.")
    assert (arrest.sub_event_type, arrest.actor1) == ("Arrests", "Police Forces of Benin")


def test_a_village_abroad_nothing_else_points_to_stays_unresolved():
    toponyms = geoparse("A land row in Belle turned violent on Sunday, near Nikki in Borgou, herders said.",
                        country_hint="BJ")
    belle = next(t for t in toponyms if t.text == "Belle")
    assert belle.country is None
    assert {t.country for t in toponyms if t.country} == {"Benin"}


def test_a_part_of_a_town_is_read_only_near_that_town():
    found = {t.text: t.country for t in geoparse("Troops combed the Dowa area of Porto-Novo, then a market in "
                                                 "Parakou (Parakou, Borgou) and the hamlet of Bogo-Bogo.",
                                                 country_hint="BJ")}
    assert found["Dowa"] is None and found["Porto-Novo"] == "Benin" and found["Parakou"] == "Benin"
    assert "Bogo" not in found or found["Bogo"] is None


def test_police_stepping_in_later_make_a_protest_with_intervention_and_killed_herds_are_property():
    event = only_event("Taxi drivers rallied in Porto-Novo on 4 June 2024 against a fuel tax. Police intervened and halted the rally.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Protest with intervention", "Protesters (Benin)", "Police Forces of Benin")
    herd = only_event("A farmer near Tchaourou shot and killed three cows that had trampled his yams on 2 May 2024.")
    assert herd.sub_event_type == "Looting/property destruction"


def test_a_communal_militia_that_fights_the_police_is_in_an_armed_clash():
    event = only_event("On 6 May 2024, armed villagers clashed with customs officers at a checkpoint in Ketou; four were hurt.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Ketou Communal Militia (Benin)", "Police Forces of Benin")


def test_suspects_arrested_as_militants_are_civilians_until_their_group_is_named():
    event = only_event("Troops detained four young men in Banikoara on 3 May 2024, saying they were suspected militants.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Arrests", "Military Forces of Benin", "Civilians (Benin)")


def test_park_rangers_are_a_forest_guard_unit_of_the_police():
    event = only_event("On 11 May 2023, gunmen fired on a patrol of park rangers near Kerou and fled into the bush.")
    assert "Police Forces of Benin Forest Guards" in (event.actor1, event.actor2)
    assert [m.name for m in find_actors("Rangers chased the herders away.")] == ["Police Forces Forest Guards", "Civilians"]


def test_an_event_placed_only_by_its_country_sits_at_its_seat_of_government_with_precision_3():
    """Benin is governed from Cotonou, not from its constitutional capital Porto-Novo; the point is drawn there, but
    the text names no province, so admin1 stays empty."""
    named = only_event("On 5 May 2023, hundreds of nurses marched across Benin to demand overdue allowances.")
    unnamed = only_event("On 5 May 2023, hundreds of nurses marched to demand overdue allowances.")
    for event in (named, unnamed):
        assert (event.location, event.geo_precision, event.country, event.admin1) == ("Benin", 3, "Benin", None)
        assert (round(event.latitude, 1), round(event.longitude, 1)) == (6.4, 2.4)
    assert only_event("On 5 May 2023, hundreds of nurses marched to demand overdue allowances.", country=None).location is None


def test_stones_thrown_without_a_demonstration_are_mob_violence():
    event = only_event("On 2 June 2023, youths threw stones at gendarmes who had seized a truck in Kandi.")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Benin)")
    event = only_event("On 2 June 2023, youths protesting a fuel price rise threw stones at gendarmes in Kandi.")
    assert event.sub_event_type == "Violent demonstration"


def test_harm_to_people_outranks_the_property_taken_or_destroyed():
    event = only_event("On 8 June 2023, gunmen shot dead a cattle dealer in Nikki and took his motorbike.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    event = only_event("On 9 June 2023, gunmen raided a herders' camp near Nikki, wounded two women "
                       "and burned three huts.")
    assert event.sub_event_type == "Attack"
    event = only_event("On 10 June 2023, farmers burned three huts and killed four goats at a herders' camp near Nikki.")
    assert event.sub_event_type == "Looting/property destruction"


def test_unnamed_branches_that_police_a_protest_or_arrest_people_are_the_police():
    event = only_event("On 12 June 2023, security forces fired tear gas to disperse traders protesting new taxes in Parakou.")
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Police Forces of Benin")
    event = only_event("On 13 June 2023, security forces arrested nine people at a lodge in Parakou.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Arrests", "Police Forces of Benin", "Civilians (Benin)")


def test_the_agent_of_a_passive_clause_acts_on_the_people_before_the_verb():
    event = only_event("On 3 July 2023, a trader was abducted by an unidentified armed group near Segbana.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Benin)", "Civilians (Benin)")


def test_the_armed_side_named_in_another_sentence_completes_a_clash():
    event = only_event("On 4 July 2023, gunmen raided a herders' camp near Kalale. Soldiers arrived and exchanged fire "
                       "with them.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Unidentified Armed Group (Benin)", "Military Forces of Benin")


def test_a_mine_laid_by_a_named_group_is_that_group_s():
    event = only_event("On 5 July 2023, a police truck hit a mine thought to have been laid by JNIM militants near Porga.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Remote explosive/landmine/IED", "JNIM: Group for Support of Islam and Muslims", "Police Forces of Benin")


def test_people_named_by_ethnicity_are_civilians_when_one_sided_violence_hits_them():
    event = only_event("On 6 July 2023, unknown men drove off five cows from Fulani herders near Segbana.")
    assert (event.sub_event_type, event.actor2) == ("Looting/property destruction", "Civilians (Benin)")


def test_two_crowds_that_stone_each_other_are_rioters_on_both_sides():
    event = only_event("On 7 July 2023, Fulani youths and market porters threw stones at each other in Parakou.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", "Rioters (Benin)", "Rioters (Benin)")


def test_barricades_are_a_violent_demonstration_even_with_no_protest_word():
    event = only_event("On 8 July 2023, moto-taxi drivers barricaded the main road into Djougou with logs.")
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Benin)")


def test_demonstrators_who_assault_and_burn_are_rioters_in_a_violent_demonstration():
    event = only_event("On 9 July 2023, demonstrators beat two tax collectors and burned their car in Djougou.")
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Benin)")


def test_a_deadly_fight_between_two_communities_is_an_armed_clash_of_militias():
    event = only_event("On 10 July 2023, herders and farmers clashed over a trampled field near Kalale, leaving three dead.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Unidentified Communal Militia (Benin)", "Unidentified Communal Militia (Benin)")
    event = only_event("On 11 July 2023, herders and farmers clashed over a trampled field near Kalale; two were hurt.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", "Rioters (Benin)", "Rioters (Benin)")


def test_the_towns_a_road_joins_are_not_where_the_event_on_it_was():
    event = only_event("On 12 July 2023, truckers barricaded the Parakou-Malanville highway at Kandi.")
    assert event.location == "Kandi"
    event = only_event("On 13 July 2023, truckers barricaded the Parakou-Malanville highway.")
    assert event.location == "Parakou"


def test_a_group_s_new_activity_and_a_displacement_have_one_actor():
    event = only_event("On 14 July 2023, herders saw some forty armed men riding through Guene on motorbikes.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Change to group/activity", "Unidentified Armed Group (Benin)", None)
    event = only_event("On 15 July 2023, a curfew from 9 pm to 5 am was imposed in Kalale.")
    assert (event.actor1, event.actor2) == ("Government of Benin", None)
    event = only_event("On 16 July 2023, hundreds of villagers fled their homes in Kerou after threats from gunmen.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Other", "Civilians (Benin)", None)


@pytest.mark.parametrize(("text", "place"), [
    ("On 17 July 2023, nurses led by their Union marched through Parakou.", "Parakou"),
    ("On 18 July 2023, pirates boarded a Liberia-flagged tanker off Cotonou.", "Cotonou"),
    ("On 19 July 2023, youths in Kandi barricaded the road towards Malanville.", "Kandi"),
])
def test_a_place_that_describes_a_thing_or_a_destination_is_not_the_event_s(text, place):
    assert only_event(text).location == place


def test_a_loose_crowd_of_farmers_is_a_mob_and_not_a_communal_militia():
    event = only_event("On 20 July 2023, a number of farmers set upon a herder near Nikki and wounded him.")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Benin)")


def test_seizing_livestock_is_looting_and_killing_during_an_arrest_is_an_attack():
    event = only_event("On 21 July 2023, gunmen seized nine oxen from herders near Materi.")
    assert event.sub_event_type == "Looting/property destruction"
    event = only_event("On 22 July 2023, police shot dead two suspected thieves while arresting them in Ouesse.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", "Police Forces of Benin", "Civilians (Benin)")


def test_warning_shots_and_unexplained_operations_are_other_strategic_developments():
    event = only_event("On 23 July 2023, soldiers fired warning shots to turn back a group of armed men near Porga.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")


@pytest.mark.parametrize("text", [
    "On 24 July 2023, court clerks went on a 72-hour strike in Lokossa to demand back pay.",
    "On 25 July 2023, market women took the street in Bohicon, demanding the withdrawal of a new levy.",
])
def test_strikes_and_taking_the_street_are_protests_not_air_strikes_or_withdrawals(text):
    assert only_event(text).sub_event_type == "Peaceful protest"


def test_an_attack_by_no_one_named_is_an_unidentified_armed_group_s():
    event = only_event("On 26 July 2023, a grenade was thrown into the yard of a judge in Cotonou.")
    assert (event.sub_event_type, event.actor1) == ("Grenade", "Unidentified Armed Group (Benin)")


def test_a_crowd_keeps_its_own_nationality():
    event = only_event("On 27 July 2023, Nigerien traders marched in Malanville against a new border tax.")
    assert event.actor1 == "Protesters (Niger)"


@pytest.mark.parametrize(("text", "country"), [
    ("On 14 October 2024, supporters of rival candidates clashed outside a school in Kaliganj, injuring 12 people.",
     "Bangladesh"),
    ("Members of the Awami League and BNP clashed in a market town on 9 June 2023; 20 people were hurt.", "Bangladesh"),
    ("On 4 July 2022, ODM supporters and followers of a rival candidate clashed outside a tallying centre in Kisumu.", "Kenya"),
    ("On 2 February 2021, supporters of the mayor clashed with supporters of his challenger in Kandi; one man "
     "was hacked to death.", "Benin"),
])
def test_party_supporters_who_clash_are_rioters_on_both_sides(text, country):
    event = only_event(text, country=country)
    assert (event.event_type, event.sub_event_type, event.actor1, event.actor2) == (
        "Riots", "Mob violence", f"Rioters ({country})", f"Rioters ({country})")


@pytest.mark.parametrize(("text", "country"), [
    ("On 8 March 2023, supporters of a councillor assaulted a journalist in Bogura town.", "Bangladesh"),
    ("On 11 April 2022, members of the BNP set fire to a shop owned by a local leader in Sylhet.", "Bangladesh"),
    ("On 5 August 2021, followers of a local politician beat a trader in Parakou.", "Benin"),
])
def test_party_supporters_who_attack_people_are_rioters_in_mob_violence(text, country):
    event = only_event(text, country=country)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", f"Rioters ({country})", f"Civilians ({country})")


def test_villagers_in_a_deadly_feud_stay_a_communal_militia_unlike_party_supporters():
    event = only_event("On 1 May 2021, two groups of villagers clashed over a land dispute near Nikki. One man was killed.")
    assert (event.sub_event_type, event.actor1) == ("Armed clash", "Unidentified Communal Militia (Benin)")


@pytest.mark.parametrize(("text", "country", "militia"), [
    ("On 12 June 2019, Samburu raiders killed three villagers and stole cattle near Baragoi.", "Kenya", "Samburu"),
    ("On 3 March 2020, Turkana cattle rustlers attacked herders near Kakuma, killing two.", "Kenya", "Turkana"),
    ("On 9 January 2021, Fulani raiders killed a farmer near Kalale.", "Benin", "Fulani"),
])
def test_raiders_named_by_their_community_are_its_ethnic_militia(text, country, militia):
    event = only_event(text, country=country)
    assert (event.actor1, event.actor2) == (f"{militia} Ethnic Militia ({country})", f"Civilians ({country})")


@pytest.mark.parametrize(("text", "country"), [
    ("Two teachers are killed by unknown gunmen near Garissa.", "Kenya"),
    ("A trader is shot dead by gunmen in Kandi.", "Benin"),
])
def test_a_present_tense_passive_headline_makes_the_victims_civilians(text, country):
    event = only_event(text, country=country)
    assert (event.event_type, event.actor1, event.actor2) == (
        "Violence against civilians", f"Unidentified Armed Group ({country})", f"Civilians ({country})")


@pytest.mark.parametrize(("text", "country", "looter"), [
    ("Looting: on 31 December 2022, unidentified armed men seized the two oxen of a herder near Kandi.", "Benin",
     "Unidentified Armed Group (Benin)"),
    ("On 21 February 2020, unknown gunmen stole five cows from pastoralists near Gusau.", "Nigeria",
     "Unidentified Armed Group (Nigeria)"),
    ("On 3 May 2020, al-Shabaab militants burned a school in Lamu.", "Kenya", "Al Shabaab"),
])
def test_an_armed_group_that_loots_or_destroys_is_the_doer_and_the_owners_civilians(text, country, looter):
    event = only_event(text, country=country)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Looting/property destruction", looter, f"Civilians ({country})")


@pytest.mark.parametrize(("text", "country"), [
    ("On 17 January 2024, two groups of the Awami League clashed at a village near Meherpur. Seven people were hurt.",
     "Bangladesh"),
    ("On 6 May 2022, two groups clashed at a market in Kisumu over a debt; six people were injured.", "Kenya"),
    ("On 27 November 2023, members of the BNP and Chhatra League clashed in Rangpur over control of a bus stand, a day "
     "after the government raised fares.", "Bangladesh"),
])
def test_two_groups_of_people_or_of_a_party_who_clash_are_rioters(text, country):
    event = only_event(text, country=country)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", f"Rioters ({country})", f"Rioters ({country})")


@pytest.mark.parametrize(("text", "country", "force"), [
    ("On 4 May 2021, traders protested in Nakuru against a government directive and police dispersed them with "
     "tear gas.", "Kenya", "Police Forces of Kenya"),
    ("On 29 December 2023, members of the BNP clashed with police during a demonstration against the government "
     "in Rajbari town.", "Bangladesh", "Police Forces of Bangladesh"),
    ("On 5 March 2020, the authorities dispersed teachers protesting against the government in Parakou.",
     "Benin", "Police Forces of Benin"),
])
def test_the_force_that_intervenes_not_the_government_protested_against_is_actor_2(text, country, force):
    assert only_event(text, country=country).actor2 == force


@pytest.mark.parametrize(("text", "country", "sub_type", "actors"), [
    ("Police shoot dead 15 bandits near Isiolo", "Kenya", "Armed clash",
     ("Police Forces of Kenya", "Unidentified Armed Group (Kenya)")),
    ("Nigerian troops kill 20 bandits in Zamfara", "Nigeria", "Armed clash",
     ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")),
    ("Gunman shoots dead a trader in Kandi", "Benin", "Attack",
     ("Unidentified Armed Group (Benin)", "Civilians (Benin)")),
])
def test_headline_present_tense_verbs_report_the_event(text, country, sub_type, actors):
    event = only_event(text, country=country)
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub_type, *actors)


@pytest.mark.parametrize(("text", "sides"), [
    ("On 4 May 2019, fighting broke out between the Turkana and Pokot herders near Lokori.", {"Turkana", "Pokot"}),
    ("On 8 June 2018, clashes between members of the Ajuran and Degodia clans left six dead near Wajir.",
     {"Arjuran", "Degodia"}),
    ("On 2 February 2016, Kipsigi and Ogiek youths exchange fire over forest land near Njoro.", {"Kipsigi", "Ogiek"}),
])
def test_two_communities_named_together_are_the_two_sides_of_a_clash(text, sides):
    event = only_event(text, country="Kenya")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {f"{side} Ethnic Militia (Kenya)" for side in sides}


def test_a_community_named_before_an_ethnic_militia_word_names_that_militia():
    assert [m.name for m in find_actors("Luo and Kisii ethnic militias fought all night.", country="Kenya")] == [
        "Luo Ethnic Militia (Kenya)", "Kisii Ethnic Militia (Kenya)"]
    assert find_actors("The Turkana and Pokot counties share a border.", country="Kenya") == []


def test_two_sides_both_after_a_shoot_out_are_actor_1_and_actor_2():
    event = only_event("On 5 July 2019, four police officers were killed in a shoot-out with gunmen near Garissa.",
                       country="Kenya")
    assert (event.sub_event_type, {event.actor1, event.actor2}) == (
        "Armed clash", {"Police Forces of Kenya", "Unidentified Armed Group (Kenya)"})


@pytest.mark.parametrize("text", [
    "On 3 April 2015, one trader hacked to death in Kitui.",
    "On 3 April 2015, two refugees killed by unknown gunmen in Dadaab.",
])
def test_a_headline_passive_without_its_auxiliary_makes_the_people_before_it_victims(text):
    event = only_event(text, country="Kenya")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_cattle_raiders_not_named_by_community_are_an_unidentified_ethnic_militia_and_gangs_an_armed_group():
    # ACLED's codebook counts cattle raiding among communal (identity) militias' deeds (actors._pastoral_raid).
    assert [m.name for m in find_actors("Cattle rustlers and an armed gang struck at dawn.", country="Kenya")] == [
        "Unidentified Ethnic Militia (Kenya)", "Unidentified Armed Group (Kenya)"]
    event = only_event("On 9 March 2012, raiders killed three herders and drove off their goats near Baragoi.",
                       country="Kenya")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Violence against civilians", "Unidentified Ethnic Militia (Kenya)", "Civilians (Kenya)")
    assert [m.name for m in find_actors("Masked raiders held up a fuel station in Eldoret.", country="Kenya")] == [
        "Unidentified Armed Group (Kenya)"]


def test_a_harm_verb_followed_by_at_least_keeps_its_doer():
    event = only_event("On 2 May 2016, the attackers killed at least ten villagers near Mandera.", country="Kenya")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_clerics_and_businessmen_are_civilians():
    assert [m.name for m in find_actors("A cleric and two businessmen were shot.", country="Kenya")] == [
        "Civilians (Kenya)", "Civilians (Kenya)"]


def test_a_sentence_naming_the_clash_just_told_is_more_of_that_event():
    event = only_event("On 3 May 2023, party members clashed with police using stones during their march in Khulna. "
                       "At least six people, including two police officers, were hurt in the clash.", country="Bangladesh")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Violent demonstration", "Rioters (Bangladesh)", "Police Forces of Bangladesh")


def test_a_relative_clause_does_not_hide_the_crowd_that_clashed():
    event = only_event("On 4 June 2023, supporters of a councillor and of his rival, who was refused the ticket, clashed using "
                       "bricks in Bogra.", country="Bangladesh")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Bangladesh)")


def test_a_counted_group_of_people_wrecking_property_is_a_mob_but_a_counted_toll_is_not():
    event = only_event("On 31 May 2023, 12 persons wrecked and vandalised a councillor's shop in Bogra.", country="Bangladesh")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Bangladesh)")
    event = only_event("On 6 June 2014, 10 people killed as militants stormed a village near Lamu.", country="Kenya")
    assert (event.sub_event_type, event.actor1) == ("Attack", "Unidentified Armed Group (Kenya)")


def test_police_who_try_to_contain_a_mob_are_its_actor_2_but_not_police_handed_a_suspect():
    event = only_event("On 2 August 2015, a mob burned a minibus after it hit a girl in Thika; police tried to contain "
                       "the mob.", country="Kenya")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", "Rioters (Kenya)", "Police Forces of Kenya")
    event = only_event("Late on 14 March 2024, shopkeepers in Parakou caught a youth they said had stolen a phone, "
                       "beat him badly and then took him to the police.")
    assert event.actor2 == "Civilians (Benin)"


@pytest.mark.parametrize(("text", "raiders"), [
    ("On 4 May 2006, Sudanese cattle raiders shot two herders dead near Lokichoggio.", "Unidentified Ethnic Militia (Sudan)"),
    ("On 9 July 2005, Ugandan rustlers attacked a homestead near Lokiriama and drove off the goats.",
     "Unidentified Ethnic Militia (Uganda)"),
])
def test_raiders_named_by_a_nationality_are_that_nations_identity_militia(text, raiders):
    event = only_event(text, country="Kenya")
    assert (event.actor1, event.actor2) == (raiders, "Civilians (Kenya)")


def test_ethnic_and_clan_fighters_and_tribesmen_are_an_unidentified_ethnic_militia():
    assert [m.name for m in find_actors("Tribesmen and clan fighters met at the wells.", country="Kenya")] == [
        "Unidentified Ethnic Militia (Kenya)", "Unidentified Ethnic Militia (Kenya)"]


@pytest.mark.parametrize(("text", "doer"), [
    ("On 2 June 2008, Samburu attacked a manyatta near Baragoi and set the huts alight.", "Samburu"),
    ("On 8 May 2007, Turkana raided a settlement near Kainuk and killed a herder.", "Turkana"),
])
def test_a_bare_ethnic_name_before_a_violent_verb_is_that_groups_militia(text, doer):
    event = only_event(text, country="Kenya")
    assert event.actor1 == f"{doer} Ethnic Militia (Kenya)"


@pytest.mark.parametrize(("text", "side"), [
    ("On 3 May 2008, two men died in clashes between rival clans near Elwak.", "Unidentified Ethnic Militia (Kenya)"),
    ("On 11 March 2006, ethnic clashes near Moyale left four people dead.", "Unidentified Ethnic Militia (Kenya)"),
    ("On 5 May 2019, two communities clashed over a water point near Moyale, leaving three dead.",
     "Unidentified Communal Militia (Kenya)"),
])
def test_a_fight_between_unnamed_communities_has_an_identity_militia_on_each_side(text, side):
    event = only_event(text, country="Kenya")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", side, side)


def test_protesters_who_clash_with_the_police_are_rioters_facing_the_police():
    event = only_event("On 14 March 2016, students marched through Eldoret over fee increases and clashed with "
                       "riot police near the campus gate.", country="Kenya")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")


def test_a_protest_denied_any_violence_stays_peaceful():
    event = only_event("On 2 August 2017, traders marched in Nakuru against new fees. There were no reports of "
                       "violence or clashes with police.", country="Kenya")
    assert (event.sub_event_type, event.actor1) == ("Peaceful protest", "Protesters (Kenya)")


def test_police_named_as_the_doers_of_the_grievance_are_not_the_rioters_counterpart():
    event = only_event("On 6 June 2015, students rioted in Kakamega over the killing of a classmate by police.",
                       country="Kenya")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Violent demonstration", "Rioters (Kenya)", None)


def test_counted_militants_point_back_to_the_group_the_sentence_names():
    assert [m.name for m in find_actors("Troops killed six militants of Al Shabaab near Kismayo.", country="Somalia")] == [
        "Military Forces of Somalia", "Al Shabaab"]


def test_two_nationalities_sharing_one_role_noun_are_two_forces():
    event = only_event("On 3 April 2023, fighting between Russian and Ukrainian troops went on near Bakhmut.",
                       country="Ukraine")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")


def test_a_strike_named_by_its_states_force_is_the_deed_though_people_die_later_in_the_sentence():
    event = only_event("On 9 May 2022, a US air strike hit Al Shabaab fighters near Bulo Burte, the command said, "
                       "adding that four fighters were killed.", country="Somalia")
    assert (event.actor1, event.actor2) == ("Military Forces of the United States", "Al Shabaab")


@pytest.mark.parametrize(("text", "country", "branch"), [
    ("On 2 March 2021, Islamic State fighters attacked an army post near Gwoza, killing three soldiers.", "Nigeria",
     "Islamic State (West Africa)"),
    ("On 7 June 2022, Islamic State-linked insurgents raided a village near Mocimboa da Praia and burned homes.",
     "Mozambique", "Islamic State (Mozambique)"),
])
def test_the_islamic_state_without_a_branch_is_the_province_that_fights_in_the_events_country(text, country, branch):
    event = only_event(text, country=country)
    assert event.actor1 == branch


def test_a_speaker_telling_of_its_own_deed_is_its_actor():
    event = only_event("The Nigerien army said it had killed twelve bandits near Tillaberi on 4 May 2021.",
                       country="Niger")
    assert (event.actor1, event.actor2) == ("Military Forces of Niger", "Unidentified Armed Group (Niger)")


def test_a_harvest_burnt_by_unknown_people_is_a_communal_militias_act():
    event = only_event("Property destruction: On 3 October 2021, unknown individuals burned two hectares of maize "
                       "harvest near Kalale.", country="Benin")
    assert (event.actor1, event.actor2) == ("Unidentified Communal Militia (Benin)", "Civilians (Benin)")


def test_livestock_taken_by_unknown_people_stays_an_armed_groups_looting():
    event = only_event("Looting: On 4 March 2021, unknown individuals seized three oxen from herders near Kalale.",
                       country="Benin")
    assert event.actor1 == "Unidentified Armed Group (Benin)"


def test_a_crowd_burning_a_customs_checkpoint_acts_against_the_police():
    event = only_event("On 4 June 2021, residents of Kandi burned a customs checkpoint after a smuggler died.",
                       country="Benin")
    assert (event.actor1, event.actor2) == ("Rioters (Benin)", "Police Forces of Benin")


def test_police_whose_arrests_the_crowd_protests_are_not_its_counterpart():
    event = only_event("On 5 August 2019, villagers barricaded the road and burned tyres in Malanville over the arrest by "
                       "the police of two traders.", country="Benin")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Violent demonstration", "Rioters (Benin)", None)


@pytest.mark.parametrize("text", [
    "On 2 May 2018, villagers stoned a police officer and burned two huts in Molo after a land dispute.",
    "On 2 May 2018, villagers burned two huts in Molo and were soon confronted by a police patrol.",
])
def test_a_force_the_mob_hurt_or_that_confronted_it_is_the_mobs_counterpart(text):
    event = only_event(text, country="Kenya")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", "Rioters (Kenya)", "Police Forces of Kenya")


def _draft_of(text: str):
    from sitrep.schema import Draft, Sentence

    return Draft([Sentence(0, len(text), text, 0)])


@pytest.mark.parametrize(("text", "place_country", "named"), [
    ("Traders marched to the market square on Monday over new stall fees.", "Turkey", "Bangladesh"),
    ("Traders in neighbouring Turkey marched over new stall fees.", "Turkey", "Turkey"),
    ("Turkish traders marched over new stall fees.", "Turkey", "Turkey"),
    ("Traders marched over new stall fees.", "Bangladesh", "Bangladesh"),
])
def test_actors_take_the_place_country_only_when_the_text_says_the_story_went_there(text, place_country, named):
    from sitrep.roles import actor_country

    assert actor_country(place_country, "Bangladesh", _draft_of(text)) == named


@pytest.mark.parametrize("text", [
    "On 12 March 2017, opposition supporters stormed the county offices in Kisumu during a demonstration over the tally.",
    "On 12 March 2017, a man was shot dead as police battled villagers protesting a land sale near Kisumu.",
])
def test_demonstrators_who_turn_violent_make_a_violent_demonstration(text):
    event = only_event(text, country="Kenya")
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Kenya)")


def test_demonstrators_attacked_by_others_are_not_said_to_turn_violent():
    from sitrep.demonstrations import CROWD_TURNED_VIOLENT

    assert CROWD_TURNED_VIOLENT.search("the protesters then attacked the clerks")
    assert not CROWD_TURNED_VIOLENT.search("the protesters were attacked by police")


@pytest.mark.parametrize(("text", "country", "pair"), [
    ("On 4 April 2022, government forces drove Al Shabaab fighters out of Bulo Burte after a long battle and "
     "regained control of the town.", "Somalia", ("Military Forces of Somalia", "Al Shabaab")),
    ("On 4 April 2022, troops repelled an attack by Al Shabaab fighters on their base near Kismayo.", "Somalia",
     ("Military Forces of Somalia", "Al Shabaab")),
])
def test_the_side_a_fighting_verb_acts_on_is_actor_2_though_it_stands_before_the_trigger(text, country, pair):
    event = only_event(text, country=country)
    assert (event.actor1, event.actor2) == pair


def test_a_local_government_area_is_a_place_not_the_government():
    assert [m.name for m in find_actors("Gunmen killed two farmers in Bakura local government area.", country="Nigeria")] == [
        "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"]


def test_a_group_saying_its_fighters_did_the_deed_is_its_actor():
    event = only_event("The M23 said on 3 May 2023 that its fighters had captured Rubaya after a day of fighting "
                       "with the army.", country="Democratic Republic of Congo")
    assert event.actor1 == "M23: March 23 Movement"


def test_a_hedged_passive_agent_is_the_attacker_and_its_role_noun_the_same_side():
    event = only_event("On 4 April 2008, a school near Kopsiro was attacked by the suspected SLDF gang and four died.",
                       country="Kenya")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "SLDF: Sabaot Land Defence Force", "Civilians (Kenya)")


def test_two_ethnic_groups_that_clash_are_the_sides_of_a_battle_not_its_counted_dead():
    event = only_event("On 3 July 2015, two men were killed when Pokot and Turkana groups clashed over a water "
                       "point near Kapedo.", country="Kenya")
    assert (event.sub_event_type, {event.actor1, event.actor2}) == (
        "Armed clash", {"Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"})


def test_attacks_without_any_fight_or_side_named_are_one_sided_violence():
    event = only_event("On 8 June 2009, 400 households were displaced after repeated attacks in Molo.", country="Kenya")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Violence against civilians", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_a_group_attacking_a_rally_is_no_violent_demonstration():
    event = only_event("In Kandi on 9 June 2021, a band of men attacked a peaceful rally and injured four people.")
    assert event.sub_event_type == "Mob violence"


def test_a_rally_attacked_by_a_crowd_is_not_told_as_its_demonstrators():
    from sitrep.demonstrations import demonstrators_named
    assert not demonstrators_named("Youths disrupted a party rally and beat two journalists.")
    assert not demonstrators_named("Gunmen opened fire on a march of teachers.")
    assert demonstrators_named("Traders protested the new tax and burned tyres on the main road.")


def test_residents_named_before_a_seizure_of_a_town_do_not_make_it_mob_violence():
    event = only_event("Residents went home to Tessit on Monday after rebel fighters had seized the town from the army.",
                       country="ML")
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_an_organised_armed_group_is_never_taken_for_a_mob():
    from sitrep.roles.sub_types import _organised_doer
    from sitrep.schema import ActorMention
    militants = ActorMention(0, 14, "JNIM militants", "JNIM: Group for Support of Islam and Muslims", 2, True)
    residents = ActorMention(0, 9, "Residents", "Civilians (Benin)", 7, False)
    police = ActorMention(0, 6, "Police", "Police Forces of Benin", 1, True)
    text = "JNIM militants beat residents and burned their huts."
    assert _organised_doer(militants, text)
    assert not _organised_doer(residents, text)
    assert not _organised_doer(police, text)


def test_a_deadly_brawl_of_villagers_with_sticks_stays_mob_violence():
    event = only_event("On 2 May 2023, villagers of two hamlets fought each other with sticks and sharp weapons over a "
                       "pond near Kandi, leaving one man dead.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", "Rioters (Benin)", "Rioters (Benin)")


def test_a_deadly_fight_of_villagers_with_guns_is_an_armed_clash():
    event = only_event("On 2 May 2023, villagers of two hamlets fought each other with guns over a pond near Kandi, "
                       "leaving one man dead.")
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "On 6 May 2025, a grenade was hurled into a church in Malindi during the evening service.",
    "On 6 May 2025, unknown men lobbed a grenade at a crowded bar in Garissa. Nobody was reported hurt.",
    "Grenade attack on bus station in Wajir on 6 May 2025.",
])
def test_a_blast_aimed_at_a_place_where_civilians_gather_targets_civilians(text):
    event = only_event(text, country="Kenya")
    assert (event.event_type, event.actor2) == ("Explosions/Remote violence", "Civilians (Kenya)")


def test_a_blast_at_an_army_post_with_no_one_hurt_has_no_civilian_target():
    event = only_event("On 6 May 2025, an explosive device went off near an army post in Mandera.", country="Kenya")
    assert event.actor2 != "Civilians (Kenya)"


def test_an_armed_side_that_left_a_town_is_not_the_displaced_people():
    """Codebook: the one actor of a displacement is the people who fled; forces that 'left Tanguieta' moved on."""
    event = only_event("On 21 July 2023, gendarmes fired warning shots in Tanguieta and then left Tanguieta.")
    assert (event.sub_event_type, event.actor1) == ("Other", "Police Forces of Benin Gendarmerie")


@pytest.mark.parametrize("text", [
    "Farmers demonstrated in Nikki against the arrest of their village head. The farmers wounded two gendarmes.",
    "On 22 July 2023, traders protested in Bohicon over new market fees. They then beat a tax collector.",
    "On 5 May 2021, people demonstrated in Ouesse against two gendarmes sent to arrest the chief. The local residents "
    "wounded the two gendarmes in a scuffle.",
    "On 6 May 2021, marches were held in Kandi against the mayor. Marchers beat and robbed traders during the march.",
])
def test_demonstrators_who_hurt_people_in_the_next_sentence_make_one_violent_demonstration(text):
    """Codebook: participants who do violence make their demonstration a violent one (rioters), one event."""
    event = only_event(text)
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Benin)")


@pytest.mark.parametrize("text", [
    "On 23 July 2023, teachers marched in Lokossa over unpaid bonuses. Two marchers injured in a fall were treated.",
    "On 24 July 2023, students demonstrated peacefully in Abomey. Students killed by lightning last year were mourned.",
    "On 25 July 2023, hundreds marched in Ouidah to mourn the farmers killed two weeks ago in a dispute.",
    "On 7 May 2021, thousands rallied in Lokossa to mourn students killed last month.",
])
def test_harm_done_to_demonstrators_does_not_make_them_rioters(text):
    events = [e for e in extract_text(text, country="BJ") if not e.is_background]
    assert all(e.actor1 != "Rioters (Benin)" for e in events), [(e.sub_event_type, e.actor1) for e in events]


def test_a_mob_named_again_by_a_definite_noun_is_one_mob_violence_event():
    """A reader takes "the mob" of the next sentence for the crowd just told: ACLED codes one event per mob incident."""
    event = only_event("On 3 July 2020, villagers in Kangema tried to lynch a herder accused of taking a goat. "
                       "Later the mob set his kiosk alight.", country="Kenya")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Kenya)")
    assert len(event.evidence) == 2


def test_a_definite_crowd_after_a_fight_told_as_a_clash_is_not_joined_to_it():
    """Where the first sentence's words read no crowd violence, "the rioters" may be another crowd: left apart."""
    events = [e for e in extract_text("On 4 March 2021, rival youth groups fought in Kitui over a land dispute. "
                                      "Police scattered the rioters with tear gas.", country="Kenya")
              if not e.is_background]
    assert all(e.sub_event_type != "Armed clash" or e.actor1 != "Police Forces of Kenya" for e in events)


def test_property_destroyed_by_no_one_named_is_the_deed_of_an_unidentified_armed_group():
    events = [e for e in extract_text("Five shops were set on fire in Lira on the night of 8 August 2021.",
                                      country="UG") if not e.is_background]
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Looting/property destruction", "Unidentified Armed Group (Uganda)")]
