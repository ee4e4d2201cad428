"""An armed doer told in the active voice as wounding people or striking a settlement is an attack (codebook:
violence by an armed group on civilians; an armed raid on a settlement is an attack on its people). A flood that
hits villages, or fighters wounded themselves, is not. Sentences written by us."""
import pytest

from sitrep import classify, relevance


def kept(text: str) -> str | None:
    types = relevance.relevant_types(text, classify.classify(text))
    return types[0][0] if types else None


@pytest.mark.parametrize("text", [
    "Raiders injured three herders near Kapedo.",
    "Turkana raiders crossing into South Sudan wounded several fishermen.",
    "Bandits struck a village in Zamfara at dawn.",
    "Two people were hurt when gunmen struck a homestead near Moyale.",
])
def test_armed_doer_wounding_or_striking_is_attack(text: str) -> None:
    assert kept(text) == "Attack"


@pytest.mark.parametrize("text", [
    "Floods hit villages in Tana River.",
    "The drought hit herders in Turkana hard.",
    "A storm struck the fishing village of Kilwa overnight.",
])
def test_hazards_are_no_event(text: str) -> None:
    assert kept(text) is None


def test_wounded_fighters_are_not_victims() -> None:
    assert kept("Militants injured in the fighting were taken to hospital.") != "Attack"
