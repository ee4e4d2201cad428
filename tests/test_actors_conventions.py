"""ACLED's actor naming conventions on sentences we wrote: a ship's crew, and victims told in the passive."""

from __future__ import annotations

from sitrep.actors import find_actors
from sitrep.api import extract_text
from reported import only_reported


def only_event(text: str, country: str | None = "BJ"):
    return only_reported(text, country)


def test_a_crew_of_no_stated_nation_are_international_civilians():
    names = [m.name for m in find_actors("The trawler and its eleven crew members never reached port.", country="Benin")]
    assert names == ["Civilians (International)"]


def test_a_crew_given_a_nationality_are_that_nation_s_civilians():
    names = [m.name for m in find_actors("Three Ghanaian sailors were missing after the storm.", country="Benin")]
    assert names == ["Civilians (Ghana)"]


def test_a_crew_mostly_of_one_nation_are_that_nation_s_civilians():
    names = [m.name for m in find_actors("Raiders took six crew members: four Georgians and a Filipino.", country="Togo")]
    assert names[-1] == "Civilians (Georgia)"
    names = [m.name for m in find_actors("Raiders took five sailors, including three Ukrainians and two Turks.",
                                         country="Togo")]
    assert names[-1] == "Civilians (Ukraine)"
    names = [m.name for m in find_actors("Raiders seized three sailors including two South Africans and a Kenyan.",
                                         country="Togo")]
    assert names[-1] == "Civilians (South Africa)"


def test_a_crew_of_no_one_majority_nation_stays_international():
    names = [m.name for m in find_actors("Raiders took four sailors - two Indians and two Filipinos - off Lome.",
                                         country="Togo")]
    assert names[-1] == "Civilians (International)"
    names = [m.name for m in find_actors("Raiders took nine crew members, among them a Ghanaian.", country="Togo")]
    assert names[-1] == "Civilians (International)"


def test_sailors_killed_at_sea_are_the_international_victims_of_the_attack():
    event = only_event("On 4 May 2023, gunmen in a speedboat attacked a cargo vessel off Cotonou and shot two sailors dead.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Benin)", "Civilians (International)")


def test_a_crew_whose_ship_has_been_seized_is_acted_on_not_acting():
    event = only_event("A bulk carrier with a crew of 14 has been seized by pirates south of Cotonou on 2 June 2023.")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 == "Civilians (International)"
    assert event.actor1 != "Rioters (Benin)"


def test_police_named_only_in_a_riot_s_grievance_are_not_its_actor_2():
    event = only_event("On 3 March 2022, students in Eldoret burned tyres and blocked the highway over police brutality.",
                       country="KE")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Violent demonstration", "Rioters (Kenya)", None)


def test_a_mob_burning_the_home_of_a_man_freed_from_police_custody_hits_civilians():
    event = only_event("On 8 May 2021, a mob in Embu torched the home of a man just released from police custody.",
                       country="KE")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")


def test_police_who_disperse_rioters_stay_actor_2():
    event = only_event("On 3 March 2022, students in Eldoret burned tyres over police brutality until police "
                       "dispersed them with tear gas.", country="KE")
    assert event.actor2 == "Police Forces of Kenya"


def test_gunmen_believed_to_be_members_of_a_group_are_that_group_on_suspicion():
    event = only_event("On 23 April 2019, heavily armed gunmen believed to be members of an Al-Shabaab cell kidnapped a village "
                       "elder near Mandera.", country="KE")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Civilians (Kenya)")
    assert any(c.claim_type == "suspicion" and c.responsible_actor == "Al Shabaab" for c in event.claims)


def test_a_note_s_bare_suspicion_names_the_group_behind_a_bomb():
    event = only_event("On 3 March 2020, a roadside bomb went off beside an army patrol near Wajir (al-Shabaab assumed "
                       "responsible). Nobody was hurt.", country="KE")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Kenya")


def test_people_hurt_by_a_grenade_with_no_side_named_are_its_civilian_victims():
    event = only_event("At least six people were injured when a grenade was thrown into a bar in Garissa on 2 May 2015.", country="KE")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Grenade", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_a_grenade_that_hurt_nobody_gets_no_invented_victims():
    event = only_event("On 2 May 2015, a grenade was thrown into a market in Garissa but failed to explode.", country="KE")
    assert event.actor2 is None


def test_a_community_named_before_the_word_raid_is_the_raider():
    event = only_event("On 2 March 2021, three herders were shot dead in a Turkana raid near Lokori.", country="KE")
    assert (event.actor1, event.actor2) == ("Turkana Ethnic Militia (Kenya)", "Civilians (Kenya)")


def test_a_group_named_before_the_word_attack_is_the_attacker():
    event = only_event("On 2 March 2021, a trader was killed in an Al Shabaab attack near Mandera.", country="KE")
    assert event.actor1 == "Al Shabaab"


def test_people_said_to_come_from_a_community_are_its_militia():
    names = [m.name for m in find_actors("Two goats were taken and a herder died at the hands of men thought to have come from the Maasai community.",
                                         country="Kenya")]
    assert "Maasai Ethnic Militia (Kenya)" in names


def test_a_community_from_another_country_is_named_after_that_country():
    assert [m.name for m in find_actors("Toposa raiders from Sudan drove off 200 goats.", country="Kenya")] == [
        "Toposa Ethnic Militia (Sudan)"]
    assert [m.name for m in find_actors("Sudanese Toposa raiders drove off 200 goats.", country="Kenya")] == [
        "Toposa Ethnic Militia (Sudan)"]
    assert [m.name for m in find_actors("Fulani herders from Niger grazed near the river.", country="Benin")] == [
        "Fulani Ethnic Militia (Niger)"]
    assert [m.name for m in find_actors("Fulani herders grazed near the river.", country="Benin")] == [
        "Fulani Ethnic Militia (Benin)"]


def test_kenyan_somali_clans_are_known_communities():
    names = {m.name for m in find_actors("Fighting broke out between Borana and Auliyan herders.", country="Kenya")}
    assert names == {"Borana Ethnic Militia (Kenya)", "Auliyan Ethnic Militia (Kenya)"}


def test_a_government_targeted_by_violence_is_coded_as_civilians():
    event = only_event("On 3 May 2023, twenty unidentified bandits attacked Elwak and torched two government vehicles.",
                       country="KE")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    event = only_event("On 3 May 2023, a roadside bomb hit a car carrying two government officials near Mandera, "
                       "wounding both.", country="KE")
    assert event.actor2 == "Civilians (Kenya)"


def test_men_of_a_community_taken_in_by_soldiers_are_civilians():
    event = only_event("On 3 May 2023, soldiers arrested twenty Fulani men in a camp near Kandi.")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Arrests", "Military Forces of Benin", "Civilians (Benin)")


def test_residents_of_a_town_who_burn_a_post_while_protesting_are_rioters():
    event = only_event("On 2 March 2021, residents of Kalale (Borgou) set fire to a customs post to protest over the "
                       "arrest of a trader.")
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Benin)")


def test_prison_guards_are_a_unit_of_the_police_forces():
    assert [m.name for m in find_actors("Prison guards fired on inmates who tried to escape.", country="Benin")] == [
        "Police Forces of Benin Prison Guards", "Civilians (Benin)"]


def test_nigerian_customs_officers_are_the_nigeria_customs_service():
    assert [m.name for m in find_actors("Nigerian customs officers seized rice near the border.", country="Benin")] == [
        "Police Forces of Nigeria Nigeria Customs Service"]


def test_a_people_of_one_country_raiding_across_the_border_keep_their_country():
    assert [m.name for m in find_actors("Jie warriors drove off cattle near Kotido.", country="Kenya")] == [
        "Jie Ethnic Militia (Uganda)"]


def test_a_communal_militia_is_named_after_the_village_its_people_come_from():
    event = only_event("Last Tuesday, 14 May 2019, dozens of farmers from Malanville fought Fulani herders by the river "
                       "and killed one herder.")
    assert event.actor1 == "Malanville Communal Militia (Benin)"
    event = only_event("Farmers raided a Fulani camp outside Nikki on 9 October 2018, killing a young herder.")
    assert event.actor1 == "Unidentified Communal Militia (Benin)"


def test_cattle_breeders_named_by_their_people_are_that_people_s_militia():
    assert [m.name for m in find_actors("Fulani cattle breeders from Niger watered their herds.", country="Benin")] == [
        "Fulani Ethnic Militia (Niger)"]


def test_bare_officers_are_the_police():
    event = only_event("The officers shot dead a man at a roadblock in Tamale on 3 June 2019.", "GH")
    assert (event.actor1, event.actor2) == ("Police Forces of Ghana", "Civilians (Ghana)")
    names = [m.name for m in find_actors("Armed officers stormed a house in Kumasi.", country="Ghana")]
    assert names == ["Police Forces of Ghana"]


def test_officers_of_another_service_or_beside_soldiers_are_not_the_police():
    assert find_actors("Election officers counted the ballots in Kumasi.", country="Ghana") == []
    names = [m.name for m in find_actors("Two soldiers and an officer died in the ambush near Bawku.", country="Ghana")]
    assert names == ["Military Forces of Ghana"]


def test_the_faithful_of_a_religion_are_civilians_and_rioters_when_they_fight():
    names = [m.name for m in find_actors("Hindus and Sikhs gathered at the shrine.", country="India")]
    assert names == ["Civilians (India)", "Civilians (India)"]
    event = only_event("On 2 June 2020, Catholics and Pentecostals clashed in Sokode over a disputed plot; a chapel was burnt.", "TG")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", "Rioters (Togo)", "Rioters (Togo)")


def test_a_nation_s_air_defences_are_its_military():
    names = [m.name for m in find_actors("Israeli air defences intercepted 14 Iranian drones.", country="Israel")]
    assert names == ["Military Forces of Israel", "Military Forces of Iran"]


def test_people_known_only_by_a_uniform_they_wore_are_an_unidentified_armed_group():
    event = only_event("A trader was abducted in Gao on 4 May 2021 by men in military uniform.", "ML")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_officers_after_a_verb_of_saying_are_the_police_the_speaker_names():
    event = only_event("Police in Gulu said officers shot dead two robbery suspects on 2 March 2021.", "UG")
    assert (event.actor1, event.actor2) == ("Police Forces of Uganda", "Civilians (Uganda)")
    names = [m.name for m in find_actors("A spokesman confirmed officers had beaten two hawkers near Techiman.", country="Ghana")]
    assert names == ["Police Forces of Ghana", "Civilians (Ghana)"]


def test_police_beating_street_vendors_is_an_attack_on_civilians_but_a_team_beaten_is_no_event():
    event = only_event("On 6 April 2022, police officers beat street vendors in Arusha, injuring four.", "TZ")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", "Police Forces of Tanzania", "Civilians (Tanzania)")
    assert [e for e in extract_text("Simba beat Yanga 2-0 in Dar es Salaam on Saturday.", country="TZ") if not e.is_background] == []


def test_a_politician_s_bodyguards_are_private_security_forces():
    event = only_event("On 9 May 2021, bodyguards of a minister beat a journalist in Masaka.", "UG")
    assert (event.actor1, event.actor2) == ("Private Security Forces (Uganda)", "Civilians (Uganda)")


def test_a_nation_s_attack_drones_are_its_military_but_not_drones_it_only_made():
    names = [m.name for m in find_actors("Israeli air defences shot down 9 Iranian attack drones over the Negev.", country="Israel")]
    assert names == ["Military Forces of Israel", "Military Forces of Iran"]
    names = [m.name for m in find_actors("Israeli air defences shot down 9 Iranian-made attack drones.", country="Israel")]
    assert names == ["Military Forces of Israel"]


def test_an_attempted_lynching_is_mob_violence_by_rioters():
    for text, country, rioters in [
        ("On 4 June 2023, a crowd at Kariakoo market in Dar es Salaam tried to lynch a pickpocket.", "TZ",
         "Rioters (Tanzania)"),
        ("On 9 July 2022, residents of Gulu attempted to lynch a man accused of stealing a goat.", "UG",
         "Rioters (Uganda)"),
    ]:
        event = only_event(text, country=country)
        assert (event.sub_event_type, event.actor1) == ("Mob violence", rioters)


def test_armed_men_hijacking_an_ambulance_attack_its_crew():
    event = only_event("On 2 August 2023, suspected Al-Shabaab fighters hijacked an ambulance near Hagadera "
                       "refugee camp in Garissa county.", country="KE")
    assert (event.sub_event_type, event.actor1) == ("Attack", "Al Shabaab")


def test_gunmen_linked_to_a_group_are_that_group_not_its_enemy():
    event = only_event("On 14 March 2022, fighters loyal to the Islamic State raided a village near Macomia, killing "
                       "three fishermen.", country="MZ")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "Islamic State (Mozambique)", "Civilians (Mozambique)")
    assert any(c.claim_type == "suspicion" for c in event.claims)
    event = only_event("On 20 May 2021, gunmen linked to al-Shabaab ambushed a minibus near Afgooye, killing four "
                       "passengers.", country="SO")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", "Al Shabaab", "Civilians (Somalia)")


def test_an_ambush_on_a_bus_by_gunmen_suspected_of_a_group_is_that_group_s_attack_on_civilians():
    event = only_event("On 20 May 2021, unknown assailants believed to be linked to al-Shabaab ambushed a minibus near "
                       "Afgooye, killing four.", country="SO")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", "Al Shabaab", "Civilians (Somalia)")
