"""Actor 2 of a protest with intervention told in the passive, on reports we wrote: only a crowd is tear-gassed or
dispersed, so the police that did it are actor 2 even after the participle naming the protest's cause."""

from __future__ import annotations

from sitrep.actors import find_actors
from reported import only_reported


def only_event(text: str, country: str):
    return only_reported(text, country)


def test_protesters_named_by_their_cause_and_teargassed_face_the_police():
    event = only_event("Traders protesting new council levies in Ndola were teargassed.", "Zambia")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Protest with intervention", "Protesters (Zambia)", "Police Forces of Zambia")


def test_dispersal_told_as_the_cause_of_a_later_march_is_no_intervention():
    event = only_event("Students marched in Lusaka on 3 May 2023 protesting after classmates were teargassed "
                       "last week.", "Zambia")
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", None)


def test_a_riot_squad_is_the_police():
    assert [m.name for m in find_actors("The riot squad broke up the march.", country="Zambia")] == [
        "Police Forces of Zambia"]
