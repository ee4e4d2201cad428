"""Argument spans on sentences we wrote: modifiers of a head noun, agents after `by`, doers among
those acted on, victims named with a title, and victims after a noun of harm."""

from __future__ import annotations

from sitrep import classify, nlp
from sitrep.arguments import find_arguments, with_modifiers
from sitrep.schema import ActorMention, Argument, CasualtyMention


def _tokens(sentence: str) -> list:
    """The sentence's spaCy tokens without spaces."""
    return [t for t in nlp.parse(sentence) if not t.is_space]


def _mention(sentence: str, words: str, inter: int = 3) -> ActorMention:
    """An actor mention of `words` in the sentence (a non-state armed group unless told)."""
    start = sentence.index(words)
    return ActorMention(start, start + len(words), words, "Unidentified Armed Group (Testland)", inter)


def _found(sentence: str, **kwargs) -> list[Argument]:
    """The arguments `find_arguments` gives for a sentence, with its last trigger."""
    triggers = classify.event_triggers(sentence)
    trigger = triggers[-1][0] if triggers else None
    return find_arguments(_tokens(sentence), sentence, 0, trigger, **kwargs)


def _widened(sentence: str, words: str) -> str:
    """The words a mention covers once widened to its head's modifiers."""
    start = sentence.index(words)
    begin, end = with_modifiers(_tokens(sentence), start, start + len(words))
    return sentence[begin:end]


def test_a_head_noun_takes_its_modifiers() -> None:
    assert _widened("Several urban guerrillas fired on the guards of a water plant.", "guerrillas") == \
        "urban guerrillas"
    assert _widened("Heavily armed cattle rustlers raided the village of Kembo.", "rustlers") == "armed cattle rustlers"


def test_widening_stops_at_counts_hedges_and_times() -> None:
    assert _widened("Four alleged smugglers shot a ranger near Tarvo.", "smugglers") == "smugglers"
    assert _widened("On Monday night gunmen burned a clinic in Orrel.", "gunmen") == "gunmen"


def test_a_mention_inside_a_longer_noun_is_not_widened() -> None:
    assert _widened("A rebel patrol ambushed a convoy near Dassa.", "rebel") == "rebel"


def test_actor_mentions_give_widened_attackers() -> None:
    sentence = "Masked urban guerrillas attacked a fuel depot in Ostrava Nova on Friday."
    found = _found(sentence, doers=[_mention(sentence, "guerrillas")])
    assert "Masked urban guerrillas" in [a.text for a in found if a.role == "attacker"]


def test_the_agent_of_a_participle_is_an_attacker() -> None:
    sentence = "A magistrate died when a mine planted by rebels exploded under his jeep."
    found = _found(sentence, done_to=[_mention(sentence, "rebels")], harms_people=True)
    assert [a.text for a in found if a.role == "attacker"] == ["rebels"]
    assert "rebels" not in [a.text for a in found if a.role == "victim"]


def test_a_victim_named_with_a_title_is_a_person() -> None:
    sentence = "Mr. Okonkwo Baraka was killed outside his shop in Lemdi."
    start = sentence.index("Mr. Okonkwo Baraka")
    casualty = CasualtyMention("killed", 1, 1, start, start + 40, sentence, victim="Mr. Okonkwo Baraka")
    victims = [a for a in _found(sentence, casualty_mentions=[casualty]) if a.role == "victim"]
    assert victims and victims[0].person == "Okonkwo Baraka"


def test_a_victim_described_is_no_person() -> None:
    sentence = "The young nephew of Tomas Albescu was wounded in the blast."
    start = sentence.index("young nephew of Tomas Albescu")
    casualty = CasualtyMention("injured", 1, 1, start, start + 40, sentence, victim="young nephew of Tomas Albescu")
    victims = [a for a in _found(sentence, casualty_mentions=[casualty]) if a.role == "victim"]
    assert victims and victims[0].person is None


def test_the_person_after_a_noun_of_harm_is_a_victim() -> None:
    sentence = "Crowds marched after the fatal shooting of Darnell Oyelaran by a guard in Pressfield."
    victims = [a.person for a in _found(sentence) if a.role == "victim"]
    assert "Darnell Oyelaran" in victims


def test_perpetrators_among_those_acted_on_are_attackers() -> None:
    sentence = "Bandits shot a baker in Miroslav."
    found = _found(sentence, done_to=[_mention(sentence, "Bandits")], harms_people=True)
    assert [a.text for a in found if a.role == "attacker"] == ["Bandits"]
    follow_up = "The kidnappers drove off toward the hills with the two engineers."
    found = find_arguments(_tokens(follow_up), follow_up, 0, None, done_to=[_mention(follow_up, "kidnappers")],
                           harms_people=True)
    assert [a.text for a in found if a.role == "attacker"] == ["kidnappers"]


def test_perpetrators_attacked_stay_targets() -> None:
    sentence = "Soldiers ambushed the rebels near the Koro bridge."
    found = _found(sentence, done_to=[_mention(sentence, "rebels")])
    assert "rebels" in [a.text for a in found if a.role == "target"]
