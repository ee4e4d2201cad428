"""Non-event sentences of our own in the style of wire news (tests/fixtures/unseen_non_events5.tsv, task nonevents6):
single sentences and two-sentence snippets, over 60 countries: political statements about violence or protest
(condemnations, calls for calm, vows to punish, warnings of protests to come, rallies announced), security laws,
courts and sentences for past attacks, commissions of inquiry, anniversaries, statistics and reports, elections,
strikes announced or called off, economy, disasters, disease, accidents, ordinary crime and police work, sport and
entertainment in the words of war, and history. None is an ACLED event. Beside them, near misses of our own
(tests/fixtures/unseen_near_misses5.tsv) in the same settings that tell an act and stay events of their sub-type.

All 300 items were written before sitrep ran on any of them; a quarter of each kind is held out (batch B).
Batch A (180 non-events, 45 near misses; development). First pass: 14 of 180 fired (7.8 %): legislation 3/10 (an
arms law's amendments, a vote to lower the age of responsibility 'for murder', a bill 'withdrew'n), inquiry 2/8 (a
report 'on the prison massacres', a commission 'to look into' the violence of protests), anniversary 1/10 (a memorial
service for those 'killed by a gunman'), economy 1/8 ('fighting to hold on to' a market), crime 6/12 (killed in a
robbery, in a dispute over a debt, by a former partner; arrests in a meth haul and a gambling raid; a robbers' gang
dismantled with its weapons), entertainment 1/4 (riots that 'fill the new album'); every other kind 0. Near misses
right 41 of 45. After the rules (relevance.law_making_only, document_on_violence_only, personal_crime_only, and
wider DOMESTIC_VIOLENCE, COMMEMORATION, SIMULATION, FIGURATIVE, ORDINARY_CRIME, SEIZED_GOODS, ORDINARY_CHARGE and
CAUSE_CLAUSE): 1 of 180 fired (0.6 %), near misses 42 of 45.
Held out, run once after those rules: batch B 6 of 60 fired (10.0 %; the code before the rules, 6feb04c: 8 of 60,
13.3 %), near misses 12 of 15 (12 before). What still fires or misses stays a strict xfail with its reason."""

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
