"""Battle or one-sided violence (ACLED codebook: a battle is a violent interaction between two organised armed sides;
violence against civilians needs unarmed victims), on short reports we wrote."""

from __future__ import annotations

from sitrep import grouping
from sitrep.api import extract_text
from reported import only_reported


def only_event(text: str, country: str | None = "KE"):
    return only_reported(text, country)


def test_an_armed_group_whose_own_men_were_killed_fought_someone():
    event = only_event("During a sweep of the hills near Garsen on Friday, many insurgents were killed.")
    assert event.sub_event_type == "Armed clash"


def test_a_battle_word_keeps_a_clash_with_one_named_side_a_battle():
    event = only_event("A band of bandits drove 90 camels off near Ileret, which led to a battle between the two groups.")
    assert event.event_type == "Battles"


def test_a_gunfight_is_an_exchange_of_fire():
    event = only_event("Cattle rustlers engaged security officers in a gunfight in Tiaty on Monday.")
    assert event.sub_event_type == "Armed clash"
    # Cattle rustlers named by no community are an identity militia (actors._pastoral_raid).
    assert "Unidentified Ethnic Militia (Kenya)" in (event.actor1, event.actor2)


def test_raiders_who_battle_police_and_kill_fight_a_battle():
    event = only_event("Raiders from across the border battled police near Todenyang, killed a herder and took two boys away.")
    assert event.sub_event_type == "Armed clash"
    assert "Police Forces of Kenya" in (event.actor1, event.actor2)


def test_herders_who_then_exchange_fire_with_police_are_a_militia_in_a_battle():
    event = only_event("A ranch near Rumuruti was attacked by herders looking for grass. "
                       "They exchanged fire with police and set the ranch house on fire.")
    assert event.sub_event_type == "Armed clash"
    assert "Unidentified Communal Militia (Kenya)" in (event.actor1, event.actor2)


def test_raiders_who_shoot_villagers_with_no_fight_still_attack_civilians():
    event = only_event("Raiders shot two herders dead near Kapedo on Sunday.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_people_named_by_ethnicity_and_a_fighting_noun_are_a_fighting_side():
    event = only_event("Thirty Toposa warriors killed in a failed raid on a village near Lokichoggio.")
    assert event.event_type == "Battles"
    assert "Toposa Ethnic Militia (Kenya)" in (event.actor1, event.actor2)


def test_people_named_by_ethnicity_and_their_livelihood_stay_civilians_when_attacked():
    event = only_event("Gunmen shot dead three Turkana herders near Kapedo on Sunday.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_a_crowd_stoning_vehicles_riots():
    event = only_event("On 6 May, youths stoned lorries on the highway at Salgaa over the arrest of a trader.")
    assert event.event_type == "Riots"


def test_youths_who_were_stoned_are_victims_not_a_crowd():
    from sitrep.classify import classify

    assert "Mob violence" not in dict(classify("Two youths were stoned on the way home."))


def test_burning_someone_to_death_is_an_attack_on_them():
    event = only_event("Unknown people set a house on fire at night in Kilifi, burning an elderly woman to death.")
    assert event.sub_event_type == "Attack"


def test_people_who_died_in_a_fight_between_armed_groups_are_not_a_crowd_that_fought():
    event = only_event("On 2 May, eleven people died near Sololo after heavy fighting between the OLF and a rival faction.")
    assert event.sub_event_type == "Armed clash"


def test_farmers_destroying_boundary_beacons_loot_as_a_communal_militia():
    event = only_event("On 5 June 2021, farmers pulled out and destroyed the boundary beacons of a cattle route near Segbana.",
                       country="BJ")
    assert (event.sub_event_type, event.actor1) == ("Looting/property destruction", "Unidentified Communal Militia (Benin)")


def test_a_crowd_killing_goats_destroys_property():
    event = only_event("On 2 May, a group of villagers killed four goats belonging to herders near Kalale.", country="BJ")
    assert event.sub_event_type == "Looting/property destruction"


def test_a_crowd_killing_a_suspect_is_still_mob_violence():
    event = only_event("On 2 May, villagers killed a suspected goat thief near Kalale.", country="BJ")
    assert event.sub_event_type == "Mob violence"


def test_a_shootout_makes_a_killing_by_police_a_battle():
    """Codebook: violence against civilians needs unarmed victims; people who exchange fire are an armed side."""
    event = only_event("Rangers shot dead two poachers after an exchange of fire in a park near Voi.")
    assert event.sub_event_type == "Armed clash"
    assert "Unidentified Armed Group (Kenya)" in (event.actor1, event.actor2)


def test_a_killing_by_police_with_no_fire_returned_stays_an_attack():
    event = only_event("An officer on patrol shot dead an unarmed hawker at a market in Nakuru on Monday.")
    assert event.sub_event_type == "Attack"


def test_a_gunfight_told_in_the_next_sentence_makes_the_raid_a_battle():
    event = only_event("Armed men raided a village near Moyale on Friday. In the gunfight that followed, two of the "
                       "raiders and a herder were killed.")
    assert event.event_type == "Battles"


def test_people_killed_in_a_cattle_raid_were_attacked():
    """A cattle raid named only as a noun: its dead are the raid's victims (codebook 'Attack')."""
    event = only_event("Three people died in a cattle raid at Kainuk on Saturday.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_warriors_killed_in_a_cattle_raid_fought_a_battle():
    """Raiders named as fighters who died in their own raid were an armed side: a battle, not an attack on them."""
    event = only_event("Forty Turkana warriors were killed in a failed cattle raid near Lokichoggio.")
    assert event.event_type == "Battles"


def test_a_gun_duel_with_armed_robbers_is_a_battle():
    """'Gun duel' is the East and West African English word for a shootout: the robbers fired back, so they were armed."""
    event = only_event("Officers on patrol engaged a band of armed robbers in a gun duel outside Eldoret on Sunday.")
    assert event.sub_event_type == "Armed clash"
    assert "Unidentified Armed Group (Kenya)" in (event.actor1, event.actor2)


def test_noncombatants_killed_in_fighting_make_the_fighting_an_attack_on_them():
    for text in ("Four businessmen were killed after clashes between two rival clans in Kirumbi.",
                 "A schoolteacher was killed during fighting between rival groups near Sagana.",
                 "Clan clashes leave civilians dead in Kirumbi."):
        event = only_event(text)
        assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)"), text


def test_men_killed_when_two_clans_clash_stay_a_clash():
    event = only_event("Three men were killed when two clans clashed in Kirumbi.")
    assert event.sub_event_type == "Armed clash"


def test_named_armed_sides_that_clash_stay_a_clash_though_bystanders_die():
    event = only_event("Soldiers and militants clashed in Kirumbi; two women were killed in the crossfire.")
    assert event.sub_event_type == "Armed clash"


def test_a_person_slain_was_attacked():
    event = only_event("A shopkeeper was slain in Kiwanja on Monday.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_an_attack_on_a_village_told_by_the_noun_is_an_attack_on_its_people():
    event = only_event("An attack on a Pokot village by armed raiders left two herders dead near Kilolo.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_raiders_who_attack_a_homestead_attack_civilians():
    event = only_event("Raiders attacked a homestead in Kilolo at night.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_an_attack_on_a_police_camp_stays_a_battle():
    event = only_event("Militants attacked a police camp in Kilolo.")
    assert event.sub_event_type == "Armed clash"


def test_attacks_on_villages_named_as_a_kind_of_event_report_none():
    from sitrep.classify import classify
    assert not any(sub == "Attack" for sub, _ in classify(
        "Herders who fled attacks on their villages now live in a camp near Kilolo, where food is short."))


def test_the_attack_said_to_take_place_somewhere_is_the_attack_already_told():
    event = only_event("Gunmen killed six villagers in Tana River county on Sunday night. "
                       "The attack took place at Morani and Kivuko villages near the river.")
    assert event.sub_event_type == "Attack"
    assert grouping.EVENT_AS_SUBJECT.search("The attack took place at Morani and Kivuko villages near the river.")
    assert grouping.EVENT_AS_SUBJECT.search("The raid happened in Kivuko.")
    assert not grouping.EVENT_AS_SUBJECT.search("The fighting came after troops attacked Kivuko.")


def test_people_shot_by_the_attackers_after_a_bombing_are_more_of_that_bombing():
    event = only_event("A landmine tore through an army lorry outside Pibor on Monday, killing two soldiers. "
                       "Two more were then shot by the attackers as they fled the wreck.", country="SS")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities == 2


def test_the_attackers_on_another_day_tell_another_event():
    events = [e for e in extract_text("Gunmen raided Pajok village on Monday and killed three herders. "
                                      "On Wednesday the attackers burned a church in Kitgum.", country="UG")
              if not e.is_background]
    assert len(events) == 2


def test_a_reported_comment_on_the_incident_is_the_incident_already_told():
    event = only_event("Two guards were killed in post-poll unrest in Lira on Monday. Witnesses said the incident "
                       "happened near Ojwina, where armed men fired at the guards from a car.", country="UG")
    assert event.fatalities == 2
    assert grouping.EVENT_AS_SUBJECT.search("Police said the attack was linked to a land row.")
    assert not grouping.EVENT_AS_SUBJECT.search("Police said troops attacked the camp.")


def test_the_motive_of_the_attack_is_a_comment_on_the_attack_told():
    only_event("On 2 June 2021, a farmer attacked a cyclist with a cutlass before gendarmes detained him "
               "in Segbana. The motive of the assault remains unclear.", country="BJ")
    assert grouping.EVENT_AS_SUBJECT.search("The reasons for the shooting are not known.")
    assert not grouping.EVENT_AS_SUBJECT.search("The motive was revenge, and gunmen later attacked a bus.")
