"""Non-event sentences of our own in the style of wire news (tests/fixtures/unseen_non_events5.tsv, task nonevents6):
single sentences and two-sentence snippets, over 60 countries: political statements about violence or protest
(condemnations, calls for calm, vows to punish, warnings of protests to come, rallies announced), security laws,
courts and sentences for past attacks, commissions of inquiry, anniversaries, statistics and reports, elections,
strikes announced or called off, economy, disasters, disease, accidents, ordinary crime and police work, sport and
entertainment in the words of war, and history. None is an ACLED event. Beside them, near misses of our own
(tests/fixtures/unseen_near_misses5.tsv) in the same settings that tell an act and stay events of their sub-type.

All 300 items were written before sitrep ran on any of them; a quarter of each kind is held out (batch B).
FIRST_PASS"""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import batched_items, batched_params, reported_sub_types

FIXTURES = Path(__file__).parent / "fixtures"
NON_EVENTS = batched_items(FIXTURES / "unseen_non_events5.tsv")
NEAR_MISSES = batched_items(FIXTURES / "unseen_near_misses5.tsv")


def test_enough_sentences_in_many_kinds_with_a_held_out_quarter():
    """240 non-events (180 development, 60 held out) in at least 18 kinds, and 60 near misses (45 and 15); every
    item is one sentence or two."""
    assert [sum(item[0] == batch for item in NON_EVENTS) for batch in "AB"] == [180, 60]
    assert [sum(item[0] == batch for item in NEAR_MISSES) for batch in "AB"] == [45, 15]
    assert len({category for _, category, _, _ in NON_EVENTS}) >= 18
    assert all(text.count(". ") <= 1 for _, _, text, _ in NON_EVENTS + NEAR_MISSES)


@pytest.mark.parametrize("batch,category,text", batched_params(NON_EVENTS))
def test_non_event_sentence_tells_no_event(batch, category, text):
    """A statement, plan, court case, report, accident, crime or game told in the words of conflict is no event."""
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("batch,accepted,text", batched_params(NEAR_MISSES))
def test_near_miss_sentence_stays_an_event_of_its_sub_type(batch, accepted, text):
    """The sentence tells an act: some event is coded, and one of the accepted sub-types is among them."""
    sub_types = reported_sub_types(text)
    assert sub_types and (not accepted or set(accepted.split(";")) & set(sub_types)), sub_types
