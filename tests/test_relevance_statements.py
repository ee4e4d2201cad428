"""Speeches and communiques: violence only demanded to stop, groups named by their trade, habits told in the
simple present, attacks on ideas and violence denied are no events; the acts told beside them still are. All
sentences are our own."""

from __future__ import annotations

import pytest

from sitrep import classify, relevance


def kept(text: str) -> list[str]:
    return [sub for sub, _ in relevance.relevant_types(text, classify.classify(text))]


def dropped(text: str) -> bool:
    """The classifier reads an event in `text`, and the relevance rules drop it."""
    return bool(classify.classify(text)) and relevance.frames.statement_only(text) and kept(text) == []


@pytest.mark.parametrize("text", [
    "Stop the bombing of the villages in the valley and withdraw the troops.",
    "END THE KILLINGS OF TRADE UNIONISTS AND THE KIDNAPPING OF STUDENTS; FREE ALL POLITICAL PRISONERS.",
    "The bishops asked the government to cease the arrests and the torture of students.",
    "The rebel command said the army must stop its attacks on the mountain hamlets.",
    "We demand that the colonel halt the massacres of farm workers.",
])
def test_violence_only_demanded_to_stop_is_no_event(text):
    assert dropped(text)


@pytest.mark.parametrize("text", [
    "A magistrate ordered the release of five members of a kidnapping ring last week.",
    "Police said the kidnapping gang was led by a former soldier.",
])
def test_a_group_named_by_its_trade_is_no_act(text):
    assert dropped(text)


@pytest.mark.parametrize("text", [
    "The front denounced the regime, which murders its opponents and kidnaps students.",
    "The rebels, who attack army posts at night, hide in the hills.",
])
def test_a_habit_told_in_the_simple_present_is_no_act(text):
    assert dropped(text)


@pytest.mark.parametrize("text", [
    "The senator called the decree a new attack on our democracy.",
    "The minister called the new press law an attack on the freedom of expression.",
])
def test_an_attack_on_an_idea_is_a_figure_of_speech(text):
    assert dropped(text)


@pytest.mark.parametrize("text", [
    "The movement promised there would be no further kidnappings or bombings of mayors.",
    "Our organisation has never carried out attacks on civilians or killed prisoners.",
])
def test_violence_denied_is_no_event(text):
    assert dropped(text)


@pytest.mark.parametrize("text", [
    "The families were moved out of the district in order to allow the bombing of the rebel camps.",
    "Police patrols were doubled in the market towns to reduce the number of kidnappings.",
])
def test_an_act_named_as_a_purpose_is_no_event(text):
    assert dropped(text)


@pytest.mark.parametrize("text", [
    "Rebels attacked the town on Monday in order to seize weapons from the police station.",
    "Stop the killings, the mayor said after gunmen shot dead two farmers on Sunday.",
    "Police stopped the march and arrested twelve students outside the ministry on Friday.",
    "The regime, which murders its opponents, shelled the northern suburbs on Tuesday, killing four people.",
    "Kidnappers seized a businessman on the coast road on Monday.",
    "Rebels attacked a police post near the capital on Wednesday, killing three officers.",
])
def test_acts_told_beside_a_statement_are_kept(text):
    assert kept(text) != []
