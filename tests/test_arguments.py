"""Event arguments (attacker, target, victim, instrument) on sentences we wrote ourselves."""

from __future__ import annotations

import pytest

from sitrep import classify, nlp
from sitrep.arguments import find_arguments, noun_phrases
from sitrep.schema import ActorMention


def _arguments(sentence: str, **kwargs) -> dict[str, list[str]]:
    doc = nlp.parse(sentence)
    triggers = classify.event_triggers(sentence)
    trigger = triggers[-1][0] if triggers else None
    found: dict[str, list[str]] = {}
    for argument in find_arguments([t for t in doc if not t.is_space], sentence, 0, trigger, **kwargs):
        assert sentence[argument.start : argument.end] == argument.text
        found.setdefault(argument.role, []).append(argument.text)
    return found


def _phrases(sentence: str) -> list[str]:
    tokens = [t for t in nlp.parse(sentence) if not t.is_space]
    return [sentence[tokens[a].idx : tokens[b - 1].idx + len(tokens[b - 1].text)] for a, b in noun_phrases(tokens)]


def test_noun_phrases_drop_determiners_and_keep_of_complements() -> None:
    phrases = _phrases("Members of the Popular Front burned the offices of the electoral council.")
    assert "Members of the Popular Front" in phrases
    assert "offices of the electoral council" in phrases


def test_perpetrator_description_and_physical_target() -> None:
    found = _arguments("Heavily armed guerrillas dynamited an electricity pylon outside the town on Sunday.")
    assert any("guerrillas" in a for a in found["attacker"])
    assert any("pylon" in t for t in found["target"])


def test_target_before_a_passive_trigger_and_agent_after_by() -> None:
    found = _arguments("The bank branch was bombed by urban commandos before dawn.")
    assert "bank branch" in found["target"]
    assert "urban commandos" in found["attacker"]


def test_people_are_attackers_only_as_subject_or_agent() -> None:
    assert "attacker" not in _arguments("The bomb exploded near a group of students in the square.")
    assert "Two unidentified men" in _arguments("Two unidentified men shot a driver in the market.")["attacker"]


def test_named_victim_after_trigger_but_not_a_speaker() -> None:
    found = _arguments("Gunmen killed Judge Maria Fernandez outside her home, Colonel Pedro Ruiz said.")
    assert found["victim"] == ["Maria Fernandez"]


def test_instrument_and_actor_split() -> None:
    sentence = "Rebels attacked the police with grenades."
    doers = [ActorMention(0, 6, "Rebels", "Rebels", 2)]
    done_to = [ActorMention(20, 26, "police", "Police", 1)]
    found = _arguments(sentence, doers=doers, done_to=done_to)
    assert found["attacker"] == ["Rebels"]
    assert found["target"] == ["police"]
    assert found["instrument"] == ["grenades"]


@pytest.mark.parametrize("harms_people, role", [(True, "victim"), (False, "target")])
def test_those_acted_on_are_victims_of_violence_against_civilians(harms_people: bool, role: str) -> None:
    sentence = "Militiamen attacked villagers near the river."
    done_to = [ActorMention(20, 29, "villagers", "Civilians", 7, organization=False)]
    assert _arguments(sentence, done_to=done_to, harms_people=harms_people)[role] == ["villagers"]


@pytest.mark.parametrize(
    "sentence, victim",
    [
        ("The murder of presidential candidate Rafael Quintana shocked the country.", "Rafael Quintana"),
        ("Rafael Quintana's kidnapping was condemned by the church.", "Rafael Quintana"),
        ("Elena Ruiz and her driver, who worked for the ministry, were killed on Friday.", "Elena Ruiz"),
    ],
)
def test_named_victims_of_harm_nouns_and_passives(sentence: str, victim: str) -> None:
    assert victim in _arguments(sentence).get("victim", [])
