"""What a sentence's context says about the cause of the harm it reports, on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep import classify, relevance
from sitrep.api import extract_text

PUBLISHED = dt.date(2025, 2, 14)


def kept(text: str, previous: str = "", armed: bool = False) -> list[str]:
    return [sub for sub, _ in relevance.relevant_types(text, classify.classify(text), previous, armed)]


@pytest.mark.parametrize("text", [
    "The new strain of bird flu has killed two women in the north of the province.",
    "Cholera has killed 41 people in the camps since the start of the rainy season.",
    "Flash floods destroyed more than 300 homes and killed nine people overnight.",
    "An earthquake of magnitude 6.1 killed at least 14 villagers near the border town.",
    "Eleven passengers died when the overloaded ferry capsized on the lake on Sunday.",
    "A gas leak caused an explosion that killed three workers at the bottling plant.",
    "Two firefighters were injured when a transformer exploded at the substation.",
])
def test_harm_from_disease_hazards_and_accidents_is_no_political_violence(text):
    assert kept(text) == []


def test_the_cause_may_be_named_in_the_sentence_before():
    assert kept("Two more people died there on Monday.", previous="Measles is spreading fast in the district.") == []


@pytest.mark.parametrize("text", [
    "Gunmen killed nine villagers during the floods that hit the valley last week.",
    "Protesters angry at the slow flood relief clashed with police in the capital.",
    "Militants shot dead two vaccinators in the district on Tuesday.",
])
def test_a_hostile_act_or_a_demonstration_is_coded_whatever_else_the_sentence_tells(text):
    assert kept(text)


def test_a_capitalised_hazard_word_inside_a_sentence_is_a_name():
    assert relevance.non_violent_cause("A commander of the Storm Brigade was killed in the raid.") is False
    assert relevance.non_violent_cause("Storms cut power to the city.") is True


def test_a_bare_word_of_harm_or_a_weapon_name_alone_reports_no_violence():
    assert kept("A cold storage container exploded behind the supermarket this morning.") == []
    assert kept("The council condemned sanctions on the sale of missiles to the region.") == []
    assert kept("Rockets fired from across the border struck a school, killing two pupils.")


def test_an_armed_actor_keeps_a_bare_word_of_harm():
    text = "The army said its soldiers took losses when their base came under attack."
    assert kept(text, armed=True)


def test_agreements_and_movements_need_a_party_to_a_conflict():
    assert "Agreement" not in kept("The two governments signed a trade agreement on fish exports.")
    assert "Agreement" in kept("The army and the rebels agreed to a ceasefire in the east.")
    assert "Change to group/activity" not in kept("Fifty nurses were deployed to the districts hit by measles.")


def test_extract_reports_no_event_for_an_outbreak_story():
    text = ("Health officials confirmed on Thursday that H5N1 bird flu has killed two women in the eastern "
            "province. A third woman remains in intensive care, the ministry said.")
    assert [e for e in extract_text(text, published=PUBLISHED) if not e.is_background] == []
