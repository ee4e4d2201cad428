"""Argument spans on sentences we wrote: a person after a noun of harm ('the fatal shooting of X')
is a victim, and a person named by the weapon they use ('a sniper') is no instrument."""

from __future__ import annotations

from sitrep import classify, nlp
from sitrep.arguments import find_arguments
from sitrep.schema import Argument


def _found(sentence: str) -> list[Argument]:
    """The arguments `find_arguments` gives for a sentence, with its last trigger."""
    triggers = classify.event_triggers(sentence)
    trigger = triggers[-1][0] if triggers else None
    return find_arguments([t for t in nlp.parse(sentence) if not t.is_space], sentence, 0, trigger)


def test_the_person_after_a_noun_of_harm_is_a_victim() -> None:
    sentence = "Crowds marched after the fatal shooting of Darnell Oyelaran by a guard in Pressfield."
    assert "Darnell Oyelaran" in [a.person for a in _found(sentence) if a.role == "victim"]


def test_a_sniper_is_no_instrument() -> None:
    sentence = "A sniper killed a nurse in the old quarter of Brevna."
    assert "sniper" not in [a.text for a in _found(sentence) if a.role == "instrument"]


def test_a_rifle_stays_an_instrument() -> None:
    sentence = "A gunman killed a nurse with a rifle in the old quarter of Brevna."
    assert any("rifle" in a.text for a in _found(sentence) if a.role == "instrument")
