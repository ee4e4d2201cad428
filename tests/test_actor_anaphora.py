"""Actors told across sentences, on short reports we wrote: a definite description ("the gunmen") names the side
named earlier in the text, and police who step in later are the second actor of the riot they answer."""

from __future__ import annotations

from reported import only_reported
from sitrep.api import extract_text


def only_event(text: str, country: str | None = "KE"):
    return only_reported(text, country)


def test_the_gunmen_engaged_by_police_are_the_named_side_told_before():
    event = only_event("Pokot gunmen opened fire at a livestock market in Kapedo on Monday. "
                       "Police later engaged the gunmen in a battle.")
    assert {event.actor1, event.actor2} == {"Police Forces of Kenya", "Pokot Ethnic Militia (Kenya)"}
    assert event.sub_event_type == "Armed clash"


def test_the_raiders_who_kill_are_the_named_raiders():
    event = only_event("Turkana raiders attacked herders near Lodwar on Friday. The raiders shot dead two boys.")
    assert (event.actor1, event.actor2) == ("Turkana Ethnic Militia (Kenya)", "Civilians (Kenya)")


def test_the_attackers_are_the_doer_not_the_side_attacked():
    event = only_event("Al-Shabaab militants attacked a police post in Mandera on Sunday. "
                       "The attackers killed two officers.")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Police Forces of Kenya")


def test_the_attackers_are_the_only_side_named_before_when_none_was_named_as_doer():
    events = extract_text("Troops were hunting Al-Shabaab militants near Wajir on Sunday. "
                          "The attackers shot dead two herders.", country="KE")
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert (attack.actor1, attack.actor2) == ("Al Shabaab", "Civilians (Kenya)")


def test_the_raiders_stay_unidentified_when_two_sides_were_named_only_as_targets():
    events = extract_text("Police clashed with Pokot and Turkana herders near Kapedo on Friday. "
                          "The raiders shot dead two boys.", country="KE")
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert attack.actor1 == "Unidentified Armed Group (Kenya)"


def test_the_gunmen_stay_unidentified_when_no_side_was_named():
    event = only_event("Gunmen attacked a bus near Garissa on Monday. The gunmen shot dead three passengers.")
    assert event.actor1 == "Unidentified Armed Group (Kenya)"


def test_police_who_later_disperse_a_riot_are_its_actor_2_though_another_sentence_came_between():
    events = extract_text("Youths rioted in Nakuru on Monday, burning tyres. A minister was giving a speech nearby "
                          "as it began. Police later fired warning shots and broke them up.", country="KE")
    riot = next(e for e in events if e.sub_event_type == "Violent demonstration")
    assert (riot.actor1, riot.actor2) == ("Rioters (Kenya)", "Police Forces of Kenya")
    assert any("Police later fired" in evidence.text for evidence in riot.evidence)


def test_a_bare_passive_agent_after_a_named_side_is_that_side():
    event = only_event("On 4 June 2019, Pokot militiamen raided a village near Tot. Several huts were set alight by "
                       "attackers and a herder was wounded.")
    assert event.actor1 == "Pokot Ethnic Militia (Kenya)"
