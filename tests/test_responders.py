"""Forces who come to an incident already told: a follow-up sentence about them belongs to that incident (its
second side when they step in or fight), an arrest after the fact does not, and forces who part two fighting
crowds fill no actor slot. Sentences written by us."""

from __future__ import annotations

import datetime as dt

from reported import reported

PUBLISHED = dt.date(2025, 2, 12)


def coded(text):
    return reported(text, "KE", PUBLISHED)


def test_police_who_step_in_to_a_road_blockade_are_its_second_side():
    events = coded("Angry traders blocked the highway in Nakuru on Tuesday to protest new market fees. "
                   "Police sent for more officers to control the situation.")
    assert len(events) == 1
    assert events[0].actor2 == "Police Forces of Kenya"
    assert len(events[0].evidence) == 2


def test_a_crowd_that_fights_the_police_it_faces_is_one_riot():
    events = coded("Students of a college in Kisumu rioted on Tuesday over the closure of their hostels. "
                   "They put up barricades on the highway and stoned police officers, who battled them until evening.")
    riots = [e for e in events if e.event_type == "Riots"]
    assert len(riots) == 1 and riots[0].actor2 == "Police Forces of Kenya"


def test_an_arrest_after_the_fact_makes_the_police_no_side_of_the_attack(monkeypatch):
    joined = _spy(monkeypatch)
    events = coded("Gunmen attacked a bus near Garissa on Tuesday, killing three passengers. "
                   "Police later arrested two suspects.")
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert (attack.actor1, attack.actor2) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    assert joined == []


def test_presence_is_no_response_but_an_exchange_of_fire_is():
    from sitrep.grouping import AFTER_THE_FACT, RESPONSE

    assert not RESPONSE.search("Police officers were deployed to the area.")
    assert RESPONSE.search("Police arrived and exchanged fire with the raiders.")
    assert AFTER_THE_FACT.search("Police later arrested two suspects.")


def test_forces_who_part_two_fighting_crowds_do_not_join_as_a_side(monkeypatch):
    joined = _spy(monkeypatch)
    events = coded("Two groups of herders fought with spears near Isiolo on Tuesday. "
                   "Police officers intervened to stop the fighting.")
    assert joined == []
    assert [(e.actor1, e.actor2) for e in events] == [("Rioters (Kenya)", "Rioters (Kenya)")]


def _spy(monkeypatch):
    from sitrep import grouping

    real, joined = grouping.responds, []

    def spy(sentence, draft):
        found = real(sentence, draft)
        if found:
            joined.append(sentence.text)
        return found

    monkeypatch.setattr(grouping, "responds", spy)
    return joined
