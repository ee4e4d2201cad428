"""Strategic developments told by what changes hands or where a group seats itself: 'without a fight' is a
non-violent transfer only where ground is told (not for weapons seized or a suspect held), and an armed group's own
administration, office or court is a headquarters established. Sentences written by us."""
import pytest

from sitrep import classify, relevance


def kept(text: str) -> str | None:
    types = relevance.relevant_types(text, classify.classify(text))
    return types[0][0] if types else None


@pytest.mark.parametrize("text, expected", [
    ("Soldiers seized two rifles and a box of ammunition during a search in Kompienga, without a fight.",
     "Disrupted weapons use"),
    ("Police arrested the gang leader without resistance in Kisumu.", "Arrests"),
    ("The army left its positions near Tessalit without firing a shot.", "Non-violent transfer of territory"),
    ("Government troops vacated the town of Ménaka on Sunday.", "Non-violent transfer of territory"),
])
def test_without_a_fight_needs_ground(text: str, expected: str) -> None:
    assert kept(text) == expected


@pytest.mark.parametrize("text", [
    "M23 rebels installed a parallel administration in Bunagana on Friday.",
    "Al-Shabaab opened an office in Jilib on Monday, residents said.",
    "Taliban fighters set up their own courts in the district of Musa Qala.",
])
def test_armed_group_seat_is_headquarters(text: str) -> None:
    assert kept(text) == "Headquarters or base established"


@pytest.mark.parametrize("text", [
    "The UN opened an office in Goma.",
    "The ministry set up a new office for refugees in Kakuma.",
    "Rebels said they had opened a humanitarian corridor.",
])
def test_other_offices_are_no_event(text: str) -> None:
    assert kept(text) is None


def test_ground_entered_without_fighting_is_a_transfer() -> None:
    text = "Government forces withdrew from Ghadames and the rebels entered without fighting."
    assert kept(text) == "Non-violent transfer of territory"
