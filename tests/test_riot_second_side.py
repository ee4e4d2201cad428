"""Actor 2 of riots on reports we wrote: rioters killed with no force named were killed by another crowd, and
private security staff a crowd attacks are ACLED's Private Security Forces."""

from __future__ import annotations

from reported import only_reported


def only_event(text: str, country: str):
    return only_reported(text, country)


def test_rioters_killed_with_no_force_named_fought_other_rioters():
    event = only_event("Youths rioted in Nakasongola over a disputed land sale on 3 March 2022, torching shops. "
                       "Two rioters were killed.", "Uganda")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Violent demonstration", "Rioters (Uganda)", "Rioters (Uganda)")


def test_three_of_the_rioters_died_names_a_second_crowd():
    event = only_event("Traders rioted in Kasese market on 3 March 2022 over new taxes, burning stalls; "
                       "three of the rioters died.", "Uganda")
    assert (event.actor1, event.actor2) == ("Rioters (Uganda)", "Rioters (Uganda)")


def test_a_riot_that_only_burns_property_has_no_second_side():
    event = only_event("Traders rioted in Kasese market on 3 March 2022 over new taxes, burning stalls.", "Uganda")
    assert (event.actor1, event.actor2) == ("Rioters (Uganda)", None)


def test_private_security_agents_attacked_by_a_crowd_are_private_security_forces():
    event = only_event("On 3 May 2023, youths in Obuasi assaulted private security agents of a gold mine.", "Ghana")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", "Rioters (Ghana)", "Private Security Forces (Ghana)")
