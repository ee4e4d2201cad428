"""An armed group's non-violent rule over civilians (codebook 'Other' under Strategic developments): preaching,
leaflets, taxes, a blockade on a town; the same acts by a priest or a government are no event. Sentences written
by us."""
import pytest

from sitrep import classify


def top(text: str) -> str | None:
    ranked = classify.classify(text)
    return ranked[0][0] if ranked else None


@pytest.mark.parametrize("text", [
    "Suspected JNIM fighters preached in a mosque in Tanwalbougou on Friday.",
    "An unidentified armed group held a sermon for villagers in Kompienga on Tuesday.",
    "ISWAP fighters distributed leaflets in Damasak on Monday ordering farmers to pay a tax.",
    "Al-Shabaab militants collected zakat from herders near Baardheere.",
    "Armed men imposed a blockade on Farabougou, residents said.",
])
def test_armed_group_rule_is_other(text: str) -> None:
    assert top(text) == "Other"


@pytest.mark.parametrize("text", [
    "The priest preached peace in Bamako on Sunday.",
    "The government imposed a new tax on fuel.",
    "Volunteers distributed leaflets about cholera in Mopti.",
])
def test_same_acts_by_others_are_no_event(text: str) -> None:
    assert top(text) is None
