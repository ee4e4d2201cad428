"""Doers named only as people ("a group of men", "four people") who came armed or shot: an unidentified armed group's
attack, not mob violence (`roles._armed_faceless_doers`), on short reports we wrote (Uganda, Tanzania, Zambia, Ghana).

ACLED's codebook: unknown people who shoot or come armed are an unidentified armed group whatever their number, and
"men armed with machetes" are the "armed men" the codebook names; mob violence is for disorganised crowds (mobs,
villagers, youths), who stay rioters, and party supporters stay rioters too. Faceless assailants who only came to
blows, with no arms and no death told, are such a crowd (`roles._unarmed_assailants`); with a blade or a killing they
stay an armed group (Sri Lanka, Pakistan, Nepal).
"""

from __future__ import annotations

import pytest

from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2022-05-14")


ARMED = [
    ("A group of men armed with machetes attacked a family in Tororo on 12 May, killing two.", "Uganda"),
    ("On 12 May, a group of men shot dead a boda boda rider in Kasese.", "Uganda"),
    ("Four people armed with guns attacked a shop in Mbeya on Thursday.", "Tanzania"),
    ("On 12 May, two people opened fire on a minibus near Kabwe, wounding three passengers.", "Zambia"),
    ("On 12 May, two men on a motorcycle shot dead a lawyer in Kampala.", "Uganda"),
    ("A man shot dead a maize trader in Arua on 12 May.", "Uganda"),
]


@pytest.mark.parametrize(("text", "country"), ARMED)
def test_armed_people_are_an_armed_group(text, country):
    event = main_event(text, country)
    assert event.sub_event_type == "Attack"
    assert event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2.startswith("Civilians")


CROWDS = [
    ("On 12 May, a group of people attacked and killed a watchman in Mwanza.", "Tanzania"),
    ("On 12 May, a mob lynched a suspected thief in Mbarara.", "Uganda"),
    ("On 12 May, villagers beat a man suspected of witchcraft to death near Tamale.", "Ghana"),
]


@pytest.mark.parametrize(("text", "country"), CROWDS)
def test_unarmed_crowds_stay_rioters(text, country):
    event = main_event(text, country)
    assert event.sub_event_type == "Mob violence"
    assert event.actor1.startswith("Rioters")


def test_people_shot_are_not_the_shooters():
    event = main_event("On 12 May, two men were shot dead by police in Gulu.", "Uganda")
    assert event.sub_event_type == "Attack"
    assert event.actor1.startswith("Police Forces of Uganda")


BLOWS_ONLY = [
    ("On 3 June 2023, unidentified assailants beat up a ward councillor in Jaffna.", "Sri Lanka"),
    ("On 3 June 2023, attackers assaulted a journalist outside his home in Lahore.", "Pakistan"),
]


@pytest.mark.parametrize(("text", "country"), BLOWS_ONLY)
def test_assailants_who_only_came_to_blows_are_rioters(text, country):
    event = main_event(text, country)
    assert event.sub_event_type == "Mob violence"
    assert event.actor1.startswith("Rioters")


ARMED_ASSAILANTS = [
    ("On 3 June 2023, assailants stabbed a trader in Multan.", "Pakistan"),
    ("On 3 June 2023, assailants beat a shopkeeper to death in Biratnagar.", "Nepal"),
    ("On 3 June 2023, two councillors were injured by attackers at a meeting in Kandy.", "Sri Lanka"),
]


@pytest.mark.parametrize(("text", "country"), ARMED_ASSAILANTS)
def test_assailants_with_blades_or_a_death_stay_an_armed_group(text, country):
    event = main_event(text, country)
    assert event.sub_event_type == "Attack"
    assert event.actor1.startswith("Unidentified Armed Group")
