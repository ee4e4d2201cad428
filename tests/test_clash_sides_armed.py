"""Who is armed on each side of a fight (ACLED codebook: a battle is fought between two armed, organised sides, and
violence against civilians needs unarmed victims), on short reports we wrote."""

from __future__ import annotations

from reported import reported


def events_of(text: str, country: str = "NG"):
    return reported(text, country)


def only_event(text: str, country: str = "NG"):
    events = events_of(text, country)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


def test_gunmen_who_shoot_officers_during_riots_fight_a_battle():
    event = only_event("Two police officers were killed during post-election riots in Kano on Monday when gunmen shot "
                       "them at a checkpoint and escaped on motorcycles.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria")


def test_rioters_during_riots_stay_a_riot():
    event = only_event("During the riots in Jos on Monday, rioters burned shops and police fired tear gas.")
    assert event.sub_event_type == "Violent demonstration"


def test_a_grenade_then_gunfire_on_a_patrol_is_a_battle():
    event = only_event("Unknown men threw a grenade at a police patrol in Maiduguri on Tuesday and then opened fire on "
                       "the officers, who withdrew.")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Police Forces of Nigeria")


def test_a_roadside_bomb_then_an_ambush_is_a_battle():
    event = only_event("A roadside bomb hit an army convoy near Damboa on Sunday and militants then fired at the "
                       "soldiers, killing three.")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Military Forces of Nigeria")


def test_gunfire_told_in_the_next_sentence_makes_the_grenade_attack_a_battle():
    event = only_event("Unidentified men riding in a car hurled a grenade at a police lorry in Garissa on Monday "
                       "night. The attackers then directed rifle fire at the officers before fleeing.", "KE")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Police Forces of Kenya")


def test_a_grenade_into_a_market_with_shots_at_shoppers_stays_an_explosion():
    event = only_event("Gunmen threw a grenade into a market in Mubi and fired on shoppers, killing four.")
    assert event.sub_event_type == "Grenade"


def test_a_grenade_at_a_police_post_with_no_gunfire_stays_a_grenade():
    event = only_event("Suspected militants threw a grenade at a police post in Lamu on Friday. Nobody was hurt.", "KE")
    assert event.sub_event_type == "Grenade"


def test_gunfire_aimed_at_a_minibus_is_a_shooting():
    event = only_event("Gunmen on a motorcycle directed automatic fire at a minibus near the market in Wajir on "
                       "Monday, wounding the driver.", "KE")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_villages_that_fight_with_guns_are_militias_in_a_battle():
    event = only_event("Youths of two rival villages clashed with locally made guns near Oturkpo on Sunday, wounding "
                       "eight people.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Unidentified Communal Militia (Nigeria)", "Unidentified Communal Militia (Nigeria)")


def test_villages_that_fight_with_sticks_are_rioters():
    event = only_event("Youths from two villages fought with sticks and machetes near Gboko on Monday, injuring five.")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Nigeria)")


def test_party_factions_that_fight_with_guns_stay_rioters():
    event = only_event("Supporters of two Awami League factions clashed with guns and sharp weapons in Feni on Monday, "
                       "leaving 12 injured.", "BD")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Bangladesh)")


def test_vigilantes_who_clash_with_bandits_fight_a_battle():
    event = only_event("Vigilantes clashed with bandits in Kerio Valley on Friday, and two bandits were killed.", "KE")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Unidentified Communal Militia (Kenya)", "Unidentified Armed Group (Kenya)")


def test_vigilantes_who_lynch_a_thief_are_a_mob():
    event = only_event("Vigilantes lynched a suspected thief in Kisii on Monday.", "KE")
    assert (event.sub_event_type, event.actor2) == ("Mob violence", "Civilians (Kenya)")


def test_a_single_ranger_shot_by_poachers_is_an_armed_side():
    event = only_event("Suspected poachers shot dead a ranger in Tsavo East on Wednesday.", "KE")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Police Forces of Kenya Forest Guards")


def test_the_wife_of_an_officer_is_a_civilian():
    event = only_event("Armed men shot dead a police officer's wife in her home in Zaria on Sunday.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Nigeria)")


def test_the_children_of_soldiers_are_civilians():
    event = only_event("Gunmen killed two soldiers' children near Bama on Sunday.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Nigeria)")


def test_an_army_repulsing_an_attack_on_the_police_fights_the_attackers():
    event = only_event("Soldiers repulsed an attack by bandits on a police station in Baringo on Thursday.", "KE")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Military Forces of Kenya", "Unidentified Armed Group (Kenya)")


def test_a_named_group_repulsed_by_security_forces_is_the_other_side():
    event = only_event("Security forces repulsed an attack by Al-Shabaab militants on a police post in Lamu on "
                       "Thursday.", "KE")
    assert {event.actor1, event.actor2} == {"Military Forces of Kenya", "Al Shabaab"}


def test_soldiers_and_police_of_one_state_who_clash_stay_the_sides():
    event = only_event("Kenyan soldiers and police clashed in Garissa on Monday after a dispute at a checkpoint.", "KE")
    assert {event.actor1, event.actor2} == {"Military Forces of Kenya", "Police Forces of Kenya"}


def test_herders_who_fight_back_make_the_raid_a_battle():
    event = only_event("Raiders attacked herders near Kapedo on Monday and drove away 300 goats; the herders fought "
                       "back and killed one raider.", "KE")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Unidentified Communal Militia (Kenya)")


def test_villagers_who_fight_bandits_off_are_a_communal_militia():
    event = only_event("Bandits raided a village in Samburu on Tuesday night, but villagers fought them off.", "KE")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Unidentified Armed Group (Kenya)", "Unidentified Communal Militia (Kenya)")


def test_villagers_killed_in_a_raid_are_civilians():
    event = only_event("Bandits raided a village in Samburu on Tuesday night and killed two residents.", "KE")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_gunfire_exchanged_in_the_passive_is_a_clash():
    event = only_event("Gunfire was exchanged between soldiers and militants near the base in Lamu on Monday.", "KE")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Military Forces of Kenya", "Unidentified Armed Group (Kenya)")


def test_a_terse_note_of_gunfire_exchanged_between_two_peoples_is_their_clash():
    event = only_event("Heavy gunfire exchanged between Pokot and Turkana warriors along the border on Sunday.", "KE")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)")


def test_bandits_killed_in_an_operation_died_in_a_battle():
    event = only_event("Security operation against bandits in Baringo on Monday; 10 bandits killed.", "KE")
    assert event.sub_event_type == "Armed clash"
    assert "Civilians (Kenya)" not in (event.actor1, event.actor2)


def test_an_armed_confrontation_between_herders_and_rangers_is_a_battle():
    event = only_event("Armed confrontation between herders and KWS rangers near Voi on Sunday.", "KE")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Police Forces of Kenya")


def test_police_reservists_shot_by_raiders_are_an_armed_side():
    event = only_event("Two KPRs shot dead by raiders in Kainuk on Friday.", "KE")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Police Forces of Kenya")


def test_a_chief_killed_for_informing_the_army_is_a_civilian():
    event = only_event("Suspected militants killed a village chief accused of informing the army near Kandi on Monday.",
                       "BJ")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Benin)")


def test_men_killed_for_collaborating_with_the_police_are_civilians():
    event = only_event("Gunmen shot dead two men suspected of collaborating with the police near Kandi on Friday.",
                       "BJ")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Benin)")


def test_soldiers_ambushed_on_patrol_are_a_side():
    event = only_event("Gunmen ambushed a patrol near Kandi on Friday, killing three soldiers.", "BJ")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Military Forces of Benin")
