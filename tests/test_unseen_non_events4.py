"""Non-event short stories of our own in the words of conflict news (tests/fixtures/unseen_non_events4.tsv, task
nonevents5): two to five sentences each, in over 45 countries: outbreaks and epidemics told with tolls and a fight
against them, floods, quakes, landslides, storms, volcanoes, wildfires, droughts, road, rail, air, boat, mine,
factory, building and gas accidents, stampedes, animal attacks, ordinary crime, courts for past attacks,
anniversaries, parades, exercises, arms purchases, peace talks, elections, sport, business, war in films, books and
games, hypotheticals and threats, and travel advisories. None is an ACLED event. Beside them, near misses of our own
(tests/fixtures/unseen_near_misses4.tsv) in the same settings that tell an act and stay events of the right sub-type.

All 240 stories of batches A and B were written before sitrep ran on any of them; a quarter of each kind is held out.
Batch A (135 non-events, 45 near misses; development). First pass: 19 of 135 fired (14.1 %): disease, disasters,
accidents, stampedes, culture 0; animal 3/4 (a crocodile's 'third such attack', elephants that attacked a village, a
tiger's victim's companions who 'fought the animal off'), crime 3/5 (a wife killed 'police said', a bar fight, an
arrest for fake medicines), drugs 1/2 (a drug raid read as an attack), court 1/5, anniversary 1/6 ('the hour the bomb
went off'), exercise 1/4 (a hulk fired at 'as a target'), arms 1/3 (helicopters that 'will be deployed'), talks 1/4
(a ceasefire 'on the agenda'), election 1/5 (candidates' rallies), sport 3/6, business 1/6 (a 'bitter battle for the
market'), hypothetical 1/9 (a plan to attack uncovered), advisory 1/5 ('attacks could happen'); near misses of the
right sub-type 35 of 45. After the fixes: 2 of 135 fired (1.5 %), near misses 39 of 45 (xfails with reasons).
Batch C (30 non-events, development, written after A's fixes and before B ran: man-made disasters with blasts, fumes
and poison gas, and diplomacy, the kinds of the CASE negatives). First pass: 2 of 30 fired (an arrest 'called
arbitrary', an arrest a reward is offered for). After the fixes: 0 of 30.
Held out, run once after the fixes for A and C: batch B (45 non-events, 15 near misses) 4 of 45 fired (8.9 %) and
13 of 15 near misses right; batch D (10 non-events written with C) 0 of 10. In all 4 of 55 held-out non-events fired
(7.3 %; main gives 5 of 55). What still fires or misses stays a strict xfail with its reason.
Batch E (20 non-events, development, written after B and D ran: the kinds earlier held-out runs named as still
firing, in new words: requests to withdraw, volcanoes that spew or rumble, festivals of mock fights, animal attacks,
plans for the future, weather fought). First pass: 4 of 20 fired (20 %: 'asked India to withdraw', a battle with
flour and eggs, fishermen who 'fought heavy seas', a 'battle against the heat'). After the fixes: 0 of 20.
Batch F (6, held out from E's fixes, written with E; run once after them): 0 of 6 fired.
Held out in all (B, D, F): 4 of 61 non-events fired (6.6 %).
Afterwards twelve stories had a stock phrase reworded so that no six-word run is shared with a corpus
(scripts/check_copied_text.py); one of them, B's military parade in Tehran (its wording of when the war with Iraq
began became 'the Iran-Iraq war's outbreak'), no longer fires, so three of B's four stay xfails."""

from __future__ import annotations

from pathlib import Path

from reported import batched_items, non_event_tests

FIXTURES = Path(__file__).parent / "fixtures"
NON_EVENTS = batched_items(FIXTURES / "unseen_non_events4.tsv")
NEAR_MISSES = batched_items(FIXTURES / "unseen_near_misses4.tsv")


def test_enough_stories_in_many_kinds_with_a_held_out_quarter():
    """180 non-events (135 development, 45 held out) in over 30 kinds, then 30 + 10 (C and D, D held out) and 20 + 6
    (E and F, F held out), and 60
    near misses (45 and 15). Every non-event of A to D is a story of two sentences or more, and so are all but four of
    E and F and 55 of the near misses (the rest tell their act and its setting in one long sentence)."""
    assert [sum(item[0] == batch for item in NON_EVENTS) for batch in "ABCDEF"] == [135, 45, 30, 10, 20, 6]
    assert [sum(item[0] == batch for item in NEAR_MISSES) for batch in "AB"] == [45, 15]
    assert len({category for _, category, _, _ in NON_EVENTS}) >= 30
    assert all(text.count(". ") >= 1 for batch, _, text, _ in NON_EVENTS if batch in "ABCD")
    assert sum(text.count(". ") >= 1 for _, _, text, _ in NON_EVENTS) == len(NON_EVENTS) - 4
    assert sum(text.count(". ") >= 1 for _, _, text, _ in NEAR_MISSES) == 55


globals().update(non_event_tests(NON_EVENTS, NEAR_MISSES))
