"""ACLED codebook distinctions between event types (battles, remote violence, attacks, riots, protests), each on
sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep import classify
from sitrep.api import extract_text
from reported import only_reported


def best(text: str) -> str | None:
    """The best-scoring sub-type of `text`, or None when it reports no event."""
    ranked = classify.classify(text)
    return ranked[0][0] if ranked else None


def only_current(text: str, country: str = "Mali"):
    """The one current event extracted from `text` (with the source's country)."""
    return only_reported(text, country)


@pytest.mark.parametrize("text", [
    "Gunmen tossed a grenade at a gendarmerie patrol in Sikasso and the gendarmes returned fire.",
    "Jihadists lobbed a grenade at an army outpost near Douentza before trading fire with the soldiers until dawn.",
    "A landmine hit a supply truck outside Menaka, after which a long gunfight broke out with the escort.",
])
def test_an_explosion_the_target_answered_with_fire_is_a_battle(text):
    assert best(text) == "Armed clash"
    assert only_current(text).event_type == "Battles"


@pytest.mark.parametrize(("text", "expected"), [
    ("Unknown men threw a grenade into a crowded bar in Segou, wounding nine drinkers.", "Grenade"),
    ("A roadside bomb tore through an army pickup near Gao on Friday, killing three soldiers.",
     "Remote explosive/landmine/IED"),
])
def test_an_explosion_nobody_answered_stays_remote_violence(text, expected):
    assert best(text) == expected


@pytest.mark.parametrize("text", [
    "Masked gunmen fired on a gendarmerie post in Kayes during the riots, killing a gendarme.",
    "Jihadists shot dead two soldiers at a checkpoint near Bourem amid post-election unrest.",
])
def test_an_armed_groups_attack_told_during_riots_is_no_riot(text):
    assert only_current(text).event_type == "Battles"


def test_rioters_own_violence_during_the_riots_stays_a_riot():
    assert only_current("Youths burned a gendarmerie post in Koutiala during the riots.").sub_event_type == \
        "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Party supporters stoned the convoy of a rival candidate in Sikasso, injuring two of his aides.",
    "Opposition supporters pelted a campaign bus with stones in Mopti.",
])
def test_party_supporters_stoning_people_are_a_mob(text):
    assert only_current(text).sub_event_type == "Mob violence"


@pytest.mark.parametrize(("text", "country"), [
    ("Boda boda riders clashed with police at a stage in Mbale.", "Uganda"),
    ("Okada riders fought with soldiers at a junction in Ilorin.", "Nigeria"),
])
def test_motorcycle_taxi_riders_fighting_the_police_are_a_crowd_not_an_armed_group(text, country):
    event = only_current(text, country)
    assert (event.event_type, event.actor1) == ("Riots", f"Rioters ({country})")


@pytest.mark.parametrize("text", [
    "Police in Arusha on Monday arrested an opposition legislator over remarks he made at a rally in the town.",
    "Gendarmes detained a union leader in Parakou for inflammatory comments made during a march last week.",
])
def test_an_arrest_over_words_spoken_at_a_rally_is_a_political_arrest(text):
    assert best(text) == "Arrests"
    assert only_current(text, "Tanzania").sub_event_type == "Arrests"


def test_an_arrest_at_a_rally_with_tear_gas_stays_an_intervention():
    assert best("Police fired tear gas at a rally in Dodoma and arrested ten marchers.") == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Youths allied to the regional governor assaulted a senator at a rally in Mwanza on Sunday.",
    "Supporters loyal to a former minister roughed up a journalist outside the party office in Kumasi.",
])
def test_a_partisan_crowds_assault_on_a_person_is_mob_violence(text):
    assert best(text) == "Mob violence"
    assert only_current(text, "Tanzania").sub_event_type == "Mob violence"


def test_demonstrators_assaulting_an_officer_at_their_march_stay_a_violent_demonstration():
    text = "Protesters assaulted a police officer during the march in Lome on Friday."
    assert only_current(text, "Togo").sub_event_type == "Violent demonstration"


def test_a_navy_sinking_a_fishing_boat_attacks_civilians():
    event = only_current("A navy patrol boat sank a fishing dhow off Mombasa on Tuesday, killing five fishermen.",
                         "Kenya")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_a_boat_that_sank_by_itself_is_no_event():
    assert extract_text("A ferry sank off Zanzibar on Tuesday after its engine failed.", country="Tanzania") == []
