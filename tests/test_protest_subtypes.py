"""Protest and riot sub-types by the ACLED codebook, each on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep import classify


def best(text: str) -> str | None:
    """The best-scoring sub-type of `text`, or None when it reports no event."""
    ranked = classify.classify(text)
    return ranked[0][0] if ranked else None


@pytest.mark.parametrize("text", [
    "On Tuesday, bus drivers held a protest on the Eldoret bypass, demanding that the body of a colleague killed in "
    "a crash be handed to his widow.",
    "Hundreds of nurses rallied in Lusaka, demanding the release of colleagues detained by police last week.",
    "Fishermen demonstrated at the harbour in Mombasa, condemning the arrest of two boat owners.",
])
def test_a_cause_opened_by_a_participle_after_a_comma_is_the_cause(text):
    """', demanding ...' opens what the protest is about: a killing or a detention named there is its grievance, so
    the peaceful protest is the event (codebook: the protest is coded, not the harm it protests)."""
    assert best(text) == "Peaceful protest"


def test_a_clause_after_the_cause_still_tells_the_protest_story():
    """', and police fired tear gas' after the cause is the protest's own story: an intervention."""
    assert best("Traders marched to the county offices, protesting the eviction of hawkers, and police fired tear "
                "gas at them.") == "Protest with intervention"
