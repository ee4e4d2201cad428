"""Non-event sentences of our own in the style of protest-domain wire news and of disease-outbreak news
(tests/fixtures/unseen_non_events6.tsv, task nonevents7), from over 40 countries: protests announced, threatened,
called off or banned, statements about protest or violence, courts and verdicts on past unrest, anniversaries, union
talks, security plans, opinion, elections, outbreak counts, vaccination, quarantine, hospitals, accidents, disasters,
crime, inquiries, the aftermath of unrest, economy, sport, culture, history and policy. None is an ACLED event. Beside
them, near misses of our own (tests/fixtures/unseen_near_misses6.tsv) in the same settings that tell an act and stay
events of their sub-type.

All 305 non-events and 60 near misses of batches A and B were written before sitrep ran on any of them; every fourth
item as written is held out (batch B: 76 non-events, 15 near misses).
Held out, run first with the code before (main, 20ce2f0): batch B 11 of 76 fired (14.5 %), near misses 12 of 15.
Before any run, three near-miss labels we had written as Looting/property destruction (a crowd that burned legislators'
homes or ransacked a party office, looters in a mall) were widened to accept Violent demonstration, as ACLED codes
rioters' destruction, and one (soldiers who shot at people gathered outside a party office) to accept Attack; under
those labels the code before gets 14 of 15 near misses of B right.
Batch A (229 non-events, 45 near misses; development). First pass: 23 of 229 fired (10.0 %): planned 1/14 (organisers
'expect tens of thousands of people at' a march), banned 2/9 (permission refused 'for the 4 June vigil', rallies that
'would not be authorised'), statements 4/16 (protests 'stirred up by' foreign forces, the opposition accused 'of
financing violent demonstrations', what blockades 'had cost the economy', police praised for their conduct 'during the
pension protests'), court 2/15 (a ruling that police 'must not use' shotguns, a judge's order of preventive detention),
union 1/8 ('agreed to continue talks'), opinion 3/8 (generic plurals: 'Protests are the lifeblood of democracy', 'mass
protests rarely lead to change', 'the history of riots'), crime 4/11 (arrests for the murder of a girlfriend, of the
leader of a fuel-theft ring, of people running a fraud ring; a man killed by his relatives), aftermath 1/8
(compensation 'for each family'), inquiry 1/8 (a rights body's notice over a death in custody), sport 1/5, history
1/5 (an uprising that 'began on 16 June 1976 when students protested'), misc 1/8 ('Protest-themed T-shirts'), strike
notice 1 (read as an air strike); outbreaks, vaccination, quarantine, hospitals, accidents, disasters, elections,
anniversaries, security plans, threats and calls-off 0. Near misses right 37 of 45.
After the rules for A (PROTEST_AS_TOPIC and ANYONE_WHO among the statement frames; wider PLANNED_DEMONSTRATION, KIN,
KIN_HARM_CHARGE, DOMESTIC_VIOLENCE, ORDINARY_CHARGE, COMPENSATION, INQUIRY, JUDGED_ARREST, LABOUR_STRIKE and
LONG_PAST_WAR, LONG_PAST_WHEN): 4 of 229 (1.7 %), near misses 37 of 45. Batch B run then, once: 11 of 76 (14.5 %, the
same count as the code before), near misses 14 of 15.
Batch C (30 non-events, development, written after B ran: the kinds B named as still firing, in new words: past unrest
named by its month, bans of plural kinds, security for a march to come, marches being prepared, detainees released,
cases filed after clashes, suspects held in a murder, history, failed peace deals). First pass: 10 of 30 fired: bans
'of all rallies and processions' 2/4, releases of those held at past protests 3/3, a visit to 'relatives of those
injured during the protests', complaints 'filed after the clashes', suspects held 'in the killing of a taxi owner'
2/3, a peace agreement that 'has failed'. After the rules for C (RELEASED_AFTER_PROTEST, MURDER_SUSPECT, plural and
paired kinds in UNREAL_FRAME's ban, VISIT_TO_VICTIMS reading 'met' and 'of those injured', cases filed in INQUIRY, a
failed deal in NO_AGREEMENT): 0 of 30.
Batch D (10 non-events, held out, written with C): the code before 7 of 10 fired; after the rules for C, 4 of 10.
Batch B run again with the rules for C (no rule came from it): 6 of 76 (7.9 %); near misses 14 of 15 (A 37 of 45).
Held out B and D: 18 of 86 fired with the code before (20.9 %), 10 of 86 (11.6 %) after the rules for C.
Batch E (20 non-events, development, written after B and D ran with the rules for C: the kinds still firing there,
in new words: past unrest named 'of last July' or 'of 28 April 2021', protesters released, marches being prepared or
'scheduled' after a place, a truce that 'has failed', an apology to the relatives of those killed). First pass: 8 of
20 fired. After the rules for E (EVENT_NAMED_BY_YEAR reading looting, violence, attacks and events named by 'last'
and a month or by a day; RELEASED_AFTER_PROTEST taking the protesters' noun; PLANNED_DEMONSTRATION reading a march
prepared for or scheduled after its place; a failed truce in NO_AGREEMENT; an apology in VISIT_TO_VICTIMS): 0 of 20.
Batch F (8 non-events, held out, written with E): the code before (main) 5 of 8 fired; before the rules for E 3 of 8;
after them 0 of 8. B and D are no longer held out for E's rules (E was written from what they still showed): with the
final code they give 4 of 86, near misses 14 of 15 for B and 37 of 45 for A.
The ban of C's rules first read any plural ('banned rallies'), which took away a march told beside it ('ignored the
order that banned rallies and gathered outside the office', tests/test_unseen_non_events.py); it now reads a blanket
ban of 'all' gatherings of a kind, with the same outcomes on every batch. The corpora were measured before that
narrowing.
Afterwards eight items (seven of B, one of C) had a stock phrase reworded so that no six-word run is shared with a
corpus (scripts/check_copied_text.py); each gives the same outcome with the code before as it did.
Corpora (check half; tune in brackets), before -> after: case2021-negatives false events 10.3 % (0.0) -> 10.3 % (0.0),
geovirus-negatives 6.2 % (4.7) -> 6.2 % (4.7), case2021 event F1 0.856 (0.885) -> 0.856 (0.885), everyday false
events 2.4 % (0.0) -> 2.4 % (0.0), acled-kenya event recall 0.747 (0.885) -> 0.747 (0.885)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import batched_items, non_event_tests
from sitrep import relevance

FIXTURES = Path(__file__).parent / "fixtures"
NON_EVENTS = batched_items(FIXTURES / "unseen_non_events6.tsv")
NEAR_MISSES = batched_items(FIXTURES / "unseen_near_misses6.tsv")


def test_enough_sentences_in_many_kinds_with_a_held_out_quarter():
    """305 non-events (229 development, 76 held out: every fourth as written) in at least 20 kinds, then 30 + 10 (C and
    D, D held out) and 20 + 8 (E and F, F held out), and 60 near misses (45 and 15); every item is one sentence."""
    assert [sum(item[0] == batch for item in NON_EVENTS) for batch in "ABCDEF"] == [229, 76, 30, 10, 20, 8]
    assert [sum(item[0] == batch for item in NEAR_MISSES) for batch in "AB"] == [45, 15]
    assert len({category for _, category, _, _ in NON_EVENTS}) >= 20
    assert all(text.count(". ") == 0 for _, _, text, _ in NON_EVENTS + NEAR_MISSES)


globals().update(non_event_tests(NON_EVENTS, NEAR_MISSES))


RULE_CASES = [
    (relevance.frames.statement_only, "The minister accused the opposition of financing violent demonstrations.", True),
    (relevance.frames.statement_only,
     "The minister said rioters who were paid by the opposition burned a bus on Monday.",
     False),
    (relevance.frames.statement_only, "Mass protests rarely change a government's mind, the study found.", True),
    (relevance.frames.statement_only, "Protests are continuing in the capital for a third day.", False),
    (relevance.frames.statement_only, "The court ruled that police must not fire rubber bullets at demonstrators.",
     True),
    (relevance.history.long_past_only, "The strike began on 2 May 1968 when workers occupied the factories.", True),
    (relevance.history.long_past_only, "Troops fired on marchers on Monday at the memorial to those killed in 1972.",
     False),
    (relevance.crime.ordinary_crime_arrest, "Police arrested the leader of a car-theft gang in Mombasa.", True),
    (relevance.crime.ordinary_crime_arrest, "Police arrested the leader of the opposition party in Mombasa.", False),
]


@pytest.mark.parametrize("rule,text,expected", RULE_CASES)
def test_rule_frames_and_what_they_leave(rule, text, expected):
    """Each rule of this batch takes its frame away, and an act told beside the frame (a bus burned, protests going
    on, fire on marchers, an opposition leader held) stays."""
    assert rule(text) is expected


FRAME_CASES = [
    (relevance.crime.RELEASED_AFTER_PROTEST, "Forty students detained during the march were released on Friday.", True),
    (relevance.crime.RELEASED_AFTER_PROTEST, "Police detained a woman in the clashes at the march on Friday.", False),
    (relevance.crime.MURDER_SUSPECT, "Police arrested a suspect in the killing of a shop owner in Thika.", True),
    (relevance.crime.MURDER_SUSPECT, "Gunmen killed a shop owner in Thika on Sunday.", False),
    (relevance.history.EVENT_NAMED_BY_YEAR, "The mayor said the looting of last July must not be repeated.", True),
    (relevance.history.EVENT_NAMED_BY_YEAR, "Looters emptied shops in the town on Monday.", False),
    (relevance.frames.PLANNED_DEMONSTRATION, "Nurses are preparing to travel to the capital for a march.", True),
    (relevance.frames.PLANNED_DEMONSTRATION, "Nurses travelled to the capital and marched to parliament.", False),
]


@pytest.mark.parametrize("frame,text,expected", FRAME_CASES)
def test_frames_of_release_murder_inquiry_past_unrest_and_plans(frame, text, expected):
    """A release of people held at a protest, an arrest in a murder inquiry, unrest named by a past month and a march
    prepared for are frames only when told as such: an arrest at clashes with no release, a killing or looting told as
    done, and a march made, are not."""
    assert bool(frame.search(text)) is expected
