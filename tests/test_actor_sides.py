"""ACLED's conventions for who the sides are when a text names them only in part, on short reports we wrote:
an armed clash always has two sides (the other armed side the text names, else an unidentified armed group), and
Somali Islamist insurgents in East Africa are Al Shabaab."""

from __future__ import annotations

from sitrep.actors import find_actors
from reported import reported


def main_events(text: str, country: str = "KE"):
    return reported(text, country)


def test_an_armed_clash_with_one_side_takes_the_other_armed_side_the_text_names():
    events = main_events("Police officers answer an Al Shabaab assault at Kinna on 3 March 2016, shooting ten of them.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Kenya", "Al Shabaab")]


def test_an_armed_clash_with_one_side_and_no_other_named_faces_an_unidentified_armed_group():
    events = main_events("Soldiers exchanged fire near Kinna on 3 March 2016; one soldier was wounded.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Military Forces of Kenya", "Unidentified Armed Group (Kenya)")]


def test_an_armed_clash_with_both_sides_named_keeps_them():
    events = main_events("On 4 March 2015, police battled near Isiolo after bandits attacked a convoy.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Kenya", "Unidentified Armed Group (Kenya)")]


def test_somali_islamists_are_al_shabaab():
    assert [m.name for m in find_actors("Somali Islamist militants attacked a border post.", country="Kenya")
            if m.inter == 2] == ["Al Shabaab"]
    events = main_events("On 5 May 2009, Somali Islamist rebels raided a village near Mandera, killing two herders.")
    assert [e.actor1 for e in events] == ["Al Shabaab"]



def sides(text: str, country: str = "KE"):
    return [(e.sub_event_type, sorted(x for x in (e.actor1, e.actor2) if x)) for e in main_events(text, country)]


def test_rioters_who_hurt_people_have_those_civilians_as_actor_2():
    # No protest, riot or street act told: rioters who only harm people are mob violence
    # (demonstrations.demonstration_act).
    assert sides("On 2 May 2017, rioters in Kisumu assaulted and injured two traders who refused to close their shops.") == [
        ("Mob violence", ["Civilians (Kenya)", "Rioters (Kenya)"])]


def test_rioters_who_only_burn_property_or_are_themselves_killed_have_no_civilian_side():
    assert sides("On 2 May 2017, rioters in Kisumu burned tyres and barricaded the main road.") == [
        ("Violent demonstration", ["Rioters (Kenya)"])]
    assert sides("On 2 May 2017, students rioted in Kisumu after a classmate was killed in a road accident.") == [
        ("Violent demonstration", ["Rioters (Kenya)"])]


def test_protesters_arrested_by_no_named_force_are_policed_by_the_police():
    assert sides("On 6 June 2018, ten nurses were arrested during a demonstration over unpaid wages in Nyeri.") == [
        ("Protest with intervention", ["Police Forces of Kenya", "Protesters (Kenya)"])]


def test_a_police_station_a_crowd_damaged_does_not_make_the_police_a_side():
    assert sides("On 6 June 2018, residents of Nyeri barricaded a road and burnt a police post to protest a land sale.") == [
        ("Violent demonstration", ["Rioters (Kenya)"])]


def test_an_arrest_with_no_arrester_named_is_the_police_s():
    assert sides("Arrests: on 8 March 2019, an opposition politician was arrested alongside two of his aides in Nakuru.") == [
        ("Arrests", ["Civilians (Kenya)", "Police Forces of Kenya"])]


def test_a_clash_and_a_destruction_with_no_side_named_are_unidentified_armed_groups():
    assert sides("On 9 April 2019, fierce fighting over grazing land near Garissa left three dead.") == [
        ("Armed clash", ["Unidentified Armed Group (Kenya)", "Unidentified Armed Group (Kenya)"])]
    assert sides("Property destruction: on 3 July 2019, shops in Garissa were set on fire, and the culprits are still not "
                 "known.") == [("Looting/property destruction", ["Unidentified Armed Group (Kenya)"])]
    assert sides("On 3 July 2019, seized bhang and counterfeit goods worth millions were burnt in Garissa by unknown "
                 "culprits.") in ([], [("Looting/property destruction", [])])


def test_demonstrators_who_stone_a_civilian_target_civilians():
    assert sides("On 2 May 2017, demonstrators in Kisumu stoned a journalist who was covering the march.") == [
        ("Violent demonstration", ["Civilians (Kenya)", "Rioters (Kenya)"])]


def test_security_forces_after_an_arrests_heading_are_the_arresters():
    assert sides("Arrests: on 15 May 2020, security forces arrested twelve people at a market in Parakou.", "BJ") == [
        ("Arrests", ["Civilians (Benin)", "Police Forces of Benin"])]


def test_an_armed_gang_that_hurt_police_officers_is_the_other_side_of_the_clash():
    assert sides("Two police officers are in hospital after they were hurt in a gang attack in Eastleigh, Nairobi on "
                 "3 June 2014. Police said the gang of six men carried rifles.") == [
        ("Armed clash", ["Police Forces of Kenya", "Unidentified Armed Group (Kenya)"])]


def test_two_crowds_of_supporters_who_clash_in_a_riot_are_rioters_on_both_sides():
    assert sides("On 3 June 2014, ODM and Jubilee supporters clashed during a rally in Nakuru.") == [
        ("Violent demonstration", ["Rioters (Kenya)", "Rioters (Kenya)"])]


def test_members_of_a_named_group_arrested_are_actor_2_of_the_police_arrest():
    assert sides("Arrests: on 3 June 2014, three Al Shabaab suspects were arrested with grenades in Mombasa.") == [
        ("Arrests", ["Al Shabaab", "Police Forces of Kenya"])]


def test_either_of_two_groups_is_one_side_never_also_the_other():
    assert sides("Near Kandi on 4 May 2022, JNIM or IS Sahel fighters abducted a wealthy herder.", "BJ") == [
        ("Abduction/forced disappearance",
         ["Civilians (Benin)", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"])]


def test_a_force_named_only_in_the_motive_for_an_abduction_is_no_side():
    assert sides("On 4 May 2022, JNIM militants kidnapped three people near Kandi for collaborating with the security "
                 "forces.", "BJ") == [
        ("Abduction/forced disappearance", ["Civilians (Benin)", "JNIM: Group for Support of Islam and Muslims"])]


def test_two_crowds_stoning_each_other_stay_rioters_on_both_sides_when_police_come_after():
    assert sides("On 4 May 2022, villagers and herders of Ouake pelted each other with stones in a row over a field. Gendarmes "
                 "intervened and restored calm.", "BJ") == [("Mob violence", ["Rioters (Benin)", "Rioters (Benin)"])]


def test_a_group_of_a_merged_alternative_is_the_same_side():
    from sitrep.roles.sentence import same_side
    from sitrep.schema import ActorMention
    merged = ActorMention(0, 20, "JNIM or IS Sahel", "JNIM: Group for Support of Islam and Muslims and/or Islamic State "
                          "(Sahel)", 2)
    assert same_side(ActorMention(0, 4, "JNIM", "JNIM: Group for Support of Islam and Muslims", 2), merged)
    assert not same_side(ActorMention(30, 40, "the army", "Military Forces of Benin", 1), merged)


def test_the_two_sides_of_a_fight_between_a_and_b_are_the_pair_named_after_between():
    assert sides("On 7 March 2016, clashes between Gabra and Borana communities broke out near Moyale after a herder "
                 "was freed by police.") == [
        ("Armed clash", ["Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)"])]
    assert sides("On 7 March 2016, two men died as fighting raged between villagers from Kalale and Fulani herders "
                 "near the river.", "BJ") == [
        ("Armed clash", ["Fulani Ethnic Militia (Benin)", "Kalale Communal Militia (Benin)"])]


def test_an_armed_clash_with_only_its_second_side_named_faces_an_unidentified_armed_group():
    events = main_events("On 12 May 2016, police officers were caught in heavy fighting near Kinna; two officers died.")
    assert [(e.sub_event_type, sorted((e.actor1, e.actor2))) for e in events
            if e.sub_event_type == "Armed clash"] in (
        [], [("Armed clash", ["Police Forces of Kenya", "Unidentified Armed Group (Kenya)"])])


def test_a_crowd_named_by_its_nationality_takes_its_own_country_not_that_of_its_grievance():
    assert sides("On 4 April 2016, Ugandan traders protested in Busia against new levies on goods from Tanzania.") == [
        ("Peaceful protest", ["Protesters (Uganda)"])]
    assert sides("On 4 April 2016, Somali elders protested in Garissa against the closure of a camp.") == [
        ("Peaceful protest", ["Protesters (Somalia)"])]
    assert sides("On 4 April 2016, traders protested in Garissa against attacks on Somali shops.") == [
        ("Peaceful protest", ["Protesters (Kenya)"])]


def test_a_force_named_in_what_sparked_the_protest_is_not_the_force_that_faced_it():
    assert sides("On 4 May 2017, students of Maseno barricaded the highway with burning tyres. The protest was sparked "
                 "by the way police had handled a quarrel at the gate the day before.") == [
        ("Violent demonstration", ["Rioters (Kenya)"])]
    assert [pair for _, pair in sides("On 4 May 2017, students in Maseno, angered by the arrest of a classmate, "
                                      "clashed with police and barricaded the highway.")] == [
        ["Police Forces of Kenya", "Rioters (Kenya)"]]


def test_an_unnamed_armed_group_in_a_feud_between_communities_is_a_communal_militia():
    assert sides("On 2 June 2018, gunmen killed two herders near Kargi. Elders said the killing was tied to a long "
                 "rivalry between the Rendille and Gabra communities.") == [
        ("Attack", ["Civilians (Kenya)", "Unidentified Communal Militia (Kenya)"])]
    assert sides("On 2 June 2018, two farmers were shot with arrows near Kapsowar over a land dispute.") == [
        ("Attack", ["Civilians (Kenya)", "Unidentified Communal Militia (Kenya)"])]
    assert sides("On 2 June 2018, gunmen killed two traders near Kargi over a land dispute.") == [
        ("Attack", ["Civilians (Kenya)", "Unidentified Armed Group (Kenya)"])]


def test_people_who_went_missing_underwent_the_disappearance_and_the_side_named_after_is_its_doer():
    events = main_events("On 16 March 2021, three Tuareg men went missing during an army operation near Menaka.", "ML")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Abduction/forced disappearance", "Military Forces of Mali", "Civilians (Mali)")]
    events = main_events("A trader disappeared after gunmen stopped his bus near Garissa on 2 May 2019.")
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_a_people_killed_in_a_raid_told_with_no_fight_are_civilians_not_a_militia():
    events = main_events("Two Fulani herders were killed when soldiers raided a camp near Gaya on 5 May 2020.", "NE")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Military Forces of Niger", "Civilians (Niger)")]


def test_a_people_who_fought_or_raided_stays_a_militia():
    events = main_events("Soldiers clashed with Fulani herders near Gaya on 5 May 2020; two herders were killed.", "NE")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Fulani Ethnic Militia (Niger)")]
    events = main_events("Three Pokot raiders were killed when police repulsed an attack near Kapedo on 5 May 2020.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Pokot Ethnic Militia (Kenya)")]


def test_an_armed_side_a_state_force_acts_on_without_a_fight_is_actor_2_of_other():
    events = main_events("On 3 May 2021, Ghanaian soldiers fired warning shots to keep gunmen away from Bawku.", "GH")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Other", "Military Forces of Ghana", "Unidentified Armed Group (Ghana)")]
    events = main_events("On 3 May 2021, Ghanaian soldiers fired warning shots at a crowd in Bawku.", "GH")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [("Other", "Military Forces of Ghana", None)]


def test_fighters_name_a_side_not_a_fight():
    events = main_events("Gunmen killed four traders near Gao on 6 May 2022; residents blamed fighters loyal to the Islamic State.", "ML")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Islamic State (Sahel)", "Civilians (Mali)")]


def test_the_owner_of_a_war_machine_named_after_of_is_its_doer():
    events = main_events("Drones of the Turkish army struck a car near Qamishli on 6 May 2022, killing three civilians.", "SY")
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Turkey", "Civilians (Syria)")]


def test_a_bomb_that_went_off_in_its_makers_hands_has_them_as_sole_actor():
    for text in ("On 2 March 2021, a roadside bomb being laid by suspected ISWAP militants accidentally blew up near "
                 "Diffa as a Nigerien army patrol approached, killing four of the bombers.",
                 "On 2 March 2021, an explosive device detonated prematurely while ISWAP fighters were planting it near "
                 "Diffa, killing two of them."):
        events = main_events(text, "NE")
        assert [(e.actor1, e.actor2) for e in events] == [("Islamic State (West Africa)", None)]


def test_people_killed_by_a_bomb_they_were_making_are_an_unidentified_armed_group_not_civilians():
    for text in ("A man died when the bomb he was assembling exploded in his house in Kampala on 7 June 2021.",
                 "Two men were killed while planting an explosive device on a road near Arua on 7 June 2021."):
        events = main_events(text, "UG")
        assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Uganda)", None)]


def test_a_force_shooting_someone_to_end_a_fight_between_two_peoples_faces_the_one_it_shot():
    for text in ("On 3 May 2020, police shot a Kisii man while trying to stop fighting between Luo and Kisii youths in Sondu.",
                 "On 3 May 2020, police shot a Kisii tribesman in a bid to end a clash between Luo and Kisii youths in Sondu."):
        events = main_events(text, "KE")
        assert [(e.actor1, e.actor2) for e in events] == [("Police Forces of Kenya", "Kisii Ethnic Militia (Kenya)")]
    events = main_events("On 3 May 2020, fighting between Luo and Kisii youths in Sondu left two dead.", "KE")
    assert [(e.actor1, e.actor2) for e in events] == [("Luo Ethnic Militia (Kenya)", "Kisii Ethnic Militia (Kenya)")]


def test_supporters_of_a_known_party_arrested_have_the_party_as_actor_2():
    events = main_events("On 4 June 2022, police arrested 9 members of the National Unity Platform in Masaka.", "UG")
    assert [(e.actor1, e.actor2) for e in events] == [("Police Forces of Uganda", "NUP: National Unity Platform")]
    events = main_events("On 4 June 2022, police detained 14 ZANU-PF activists in Gweru.", "ZW")
    assert [e.actor2 for e in events] == ["ZANU-PF: Zimbabwe African National Union-Patriotic Front"]
    events = main_events("On 4 June 2022, police arrested ten hawkers in Kisumu.", "KE")
    assert [e.actor2 for e in events] == ["Civilians (Kenya)"]


def test_a_leader_or_elder_who_tells_the_story_is_no_side_of_it():
    events = main_events("Two suicide bombers detonated their vests at a market in Gwoza on 5 May 2021, killing nine people, "
                         "a local militia leader said.", "NG")
    assert [e.actor2 for e in events] == ["Civilians (Nigeria)"]


def test_territory_handed_over_without_a_fight_has_the_side_that_left_as_actor_2():
    events = main_events("JNIM fighters seized the town of Boni on 6 May 2022 after army units pulled out.", "ML")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Non-violent transfer of territory", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali")]


def test_a_group_named_only_as_what_the_doers_took_their_victims_for_is_no_side():
    events = main_events("A navy patrol boat sank a fishing dhow near Mtwara on 4 May 2015, killing six, believing they "
                         "were Al Shabaab.", country="TZ")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Military Forces of Tanzania", "Civilians (Tanzania)")]
    events = main_events("Troops shot four traders near Damboa on 2 March 2016 after mistaking them for members of "
                         "Boko Haram.", country="NG")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Military Forces of Nigeria", "Civilians (Nigeria)")]
