"""Non-event sentences of our own in the style of wire news (tests/fixtures/unseen_non_events5.tsv, task nonevents6):
single sentences and two-sentence snippets, over 60 countries: political statements about violence or protest
(condemnations, calls for calm, vows to punish, warnings of protests to come, rallies announced), security laws,
courts and sentences for past attacks, commissions of inquiry, anniversaries, statistics and reports, elections,
strikes announced or called off, economy, disasters, disease, accidents, ordinary crime and police work, sport and
entertainment in the words of war, and history. None is an ACLED event. Beside them, near misses of our own
(tests/fixtures/unseen_near_misses5.tsv) in the same settings that tell an act and stay events of their sub-type.

All 300 items of batches A and B were written before sitrep ran on any of them; a quarter of each kind is held
out (batch B).
Batch A (180 non-events, 45 near misses; development). First pass: 14 of 180 fired (7.8 %): legislation 3/10 (an
arms law's amendments, a vote to lower the age of responsibility 'for murder', a bill withdrawn), inquiry 2/8 (a
report 'on the prison massacres', a commission 'to look into' the violence of protests), anniversary 1/10 (a memorial
service for those 'killed by a gunman'), economy 1/8 ('fighting to hold on to' a market), crime 6/12 (killed in a
robbery, in a dispute over a debt, by a former partner; arrests in a meth haul and a gambling raid; a robbers' gang
dismantled with its weapons), entertainment 1/4 (riots that 'fill the new album'); every other kind 0. Near misses
right 41 of 45. After the rules (relevance.frames.law_making_only, document_on_violence_only, personal_crime_only, and
wider DOMESTIC_VIOLENCE, COMMEMORATION, SIMULATION, FIGURATIVE, ORDINARY_CRIME, SEIZED_GOODS, ORDINARY_CHARGE and
CAUSE_CLAUSE): 1 of 180 fired (0.6 %), near misses 42 of 45.
Held out, run once after those rules: batch B 6 of 60 fired (10.0 %; the code before the rules, 6feb04c: 8 of 60,
13.3 %), near misses 12 of 15 (12 before). What still fires or misses stays a strict xfail with its reason.
Batch C (34 non-events, development, written after B ran: the kinds B named as still firing, in new words, and more
statements and rallies to come). First pass: 10 of 34 fired (29 %): walkouts planned, suspended or called off 4/4,
farmers and traders 'battling falling prices' or 'fighting a strong peso' 3/4, arrests for a killing in a quarrel
2/4, an inquest 'into the mall attack' that 'heard evidence on Monday' 1/4; courts, anniversaries told with 'when',
statements and rallies 0. After the rules for C (walkouts in PLANNED_DEMONSTRATION, economic battles in FIGURATIVE,
kin and '-ing' forms in DOMESTIC_VIOLENCE, ordinary_crime_arrest reading PERSONAL_CRIME and DOMESTIC_VIOLENCE,
inquests in DOCUMENT_ON): 0 of 34. Three of B's held-out items (a walkout called off, tea farmers 'battling low
prices', an arrest for a killing in a quarrel over parking) no longer fire after C's rules; B's recorded figure stays
that of its one run.
Batch D (10 non-events, held out: written with C, run once after the rules for C): 0 of 10 fired (the code before
all these rules: 3 of 10).
Held out in all (B and D): 6 of 70 fired (8.6 %) on their one run each; the code before: 11 of 70 (15.7 %).
Afterwards nine items had a stock phrase reworded so that no six-word run is shared with a corpus
(scripts/check_copied_text.py): their outcomes stayed, but for A's journalists killed 'in the year's first six
months' (first written with the year's 'first half'), which LONG_PERIOD now reads as a long stretch of time too."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import batched_items, non_event_tests
from sitrep import relevance

FIXTURES = Path(__file__).parent / "fixtures"
NON_EVENTS = batched_items(FIXTURES / "unseen_non_events5.tsv")
NEAR_MISSES = batched_items(FIXTURES / "unseen_near_misses5.tsv")


def test_enough_sentences_in_many_kinds_with_a_held_out_quarter():
    """240 non-events (180 development, 60 held out) in at least 18 kinds, then 34 + 10 (C and D, D held out), and 60
    near misses (45 and 15); every item is one sentence or two."""
    assert [sum(item[0] == batch for item in NON_EVENTS) for batch in "ABCD"] == [180, 60, 34, 10]
    assert [sum(item[0] == batch for item in NEAR_MISSES) for batch in "AB"] == [45, 15]
    assert len({category for _, category, _, _ in NON_EVENTS}) >= 18
    assert all(text.count(". ") <= 1 for _, _, text, _ in NON_EVENTS + NEAR_MISSES)


globals().update(non_event_tests(NON_EVENTS, NEAR_MISSES))


RULE_CASES = [
    (relevance.frames.law_making_only, "Parliament passed a bill that doubles the sentence for arson.", True),
    (relevance.frames.law_making_only, "Parliament passed the bill as police fired tear gas at protesters outside.",
     False),
    (relevance.frames.document_on_violence_only, "The panel published a report on the killings in the north.", True),
    (relevance.frames.document_on_violence_only, "A report on the attack that killed six on Monday blamed the army.",
     False),
    (relevance.crime.personal_crime_only, "A trader was shot dead in a robbery at his shop in Kano.", True),
    (relevance.crime.personal_crime_only, "Bandits shot dead a trader in a robbery on the highway near Kano.", False),
    (relevance.crime.ordinary_crime_arrest, "Police arrested a man accused of stabbing a neighbour in a row over rent.",
     True),
    (relevance.crime.ordinary_crime_arrest, "Police arrested 40 protesters after a row over rent turned into a march.",
     False),
]


@pytest.mark.parametrize("rule,text,expected", RULE_CASES)
def test_rule_frames_and_what_they_leave(rule, text, expected):
    """Each rule of this batch takes its frame away, and an act told beside the frame (fire on protesters, an attack
    told in a relative clause, bandits, protesters held) stays."""
    if rule is relevance.crime.personal_crime_only:
        assert rule(text, False) is expected
    else:
        assert rule(text) is expected
