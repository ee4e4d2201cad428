"""Non-event sentences and short paragraphs of our own in the kinds of story that the tune halves of the CASE 2021 and
GeoVirus negatives hold (tests/fixtures/unseen_non_events8.tsv, task nonevents9), from over 40 countries, in 29 kinds:
sanctions, expulsions, condemnations, threats, denials, missile tests, military drills, earthquakes, floods and
storms, volcanoes and fires, industrial blasts, spills and leaks, crashes, outbreak tolls, animal disease, food
recalls and poisonings, trials, commemorations, history, policy, sport, ordinary crime, reports and statistics,
relief by soldiers, scares and hoaxes, cyber attacks, peace talks, arms deals and elections. None is an ACLED event.
Beside them, near misses of our own (tests/fixtures/unseen_near_misses8.tsv) in the same settings that tell an act
and stay events of their sub-type (a bomb at a memorial ceremony, police firing tear gas outside an embassy).

What fires on the corpora's tune halves (scripts/false_events.py): none of the 47 tune documents of the CASE 2021
negatives (diplomacy: sanctions, expulsions, condemnations, threats of retaliation; natural disasters with their
tolls; man-made disasters: spills, crashes, blasts, chemical incidents); 7 of 148 GeoVirus tune documents, each a
real act told inside disease news (riot police and protesters against beef imports, aid workers killed, cattle
raiders who killed eleven, a journalist arrested, health workers' vehicles attacked by residents, a protest over
typhoid broken up with rubber bullets, a gun battle between soldiers and a cartel). The kinds of sentence in those
stories (statements, denials, tolls of disasters and outbreaks, weapons tests, history) are what this batch holds.

All 313 non-events and 60 near misses were written before sitrep ran on any of them; every fourth item as written is
held out (batch B: 78 non-events, 15 near misses). Before any rule, four near misses were given the sub-types the
codebook accepts (an ambush on an army convoy and gunmen who kill soldiers are armed clashes, a suicide bomber's
blast is a suicide bomb, arrests at a protest are a protest with intervention, a drone's or a strike's hit is an air
strike; for B, arrests at a rally and settlers who burn homes, read blind), and three 'peace talks' items that tell
a ceasefire or a peace deal signed (the codebook's Agreement) were moved to the near misses.
Batch A (232 non-events, 48 near misses; development). First pass (main, cb7fa9d): 20 of 232 fired (8.6 %): sanctions
1/9 (a junta that 'had agreed to a timetable for elections', read as an Agreement), condemnations 4/8 ('deplored the
renewed fighting', 'deeply saddened by the massacre', executions called 'a chilling escalation of the crackdown on
protesters', a statement 'rejecting the violence against protesters'), denials 2/9 ('rejected an Indian claim that it
had shot down a jet', 'denied that inmates had been tortured'), missile tests 2/7 ('a training launch of a
surface-to-surface missile', a missile fired 'over the Black Sea'), recalls 1/8 (spoiled meat destroyed by
inspectors, read as looting), commemorations 1/8 (the remains of massacre victims buried), history 2/9 ('The 1988
chemical attack on Halabja killed', children abducted 'over two decades'), policy 2/8 (a general mobilisation, a new
army chief), reports 1/9 ('1.2 million people have fled their homes since the war began'), scares 3/8 (a drone
sighted near a runway, a controlled explosion of an abandoned suitcase, an unexploded mortar shell removed), arms
deals 1/8 (a weapons package 'including artillery shells and missiles'); the other 17 kinds 0. Near misses right 38
of 48. Held out, run first with the code before: batch B 5 of 78 fired (6.4 %), near misses right 14 of 15 (13 of 15
with the held-out labels as first written).
After the rules (relevance.frames.UNREAL_FRAME: a claim rejected after an article and an adjective of origin, a
'that' clause denied; VIOLENCE_AS_REASON: fighting and clashes condemned or rejected, grief or shock at a massacre;
games.WEAPONS_TEST: a training launch; games.EXERCISE: missiles over a named sea; deals.WEAPON_POLICY: a weapons
package; deals.AIR_PATROL: a drone sighted; deals.CIVIL_DEAL: a timetable for elections; history.LONG_PERIOD: over two
decades; history.TALLY: people who fled, tens of thousands; history.COMMEMORATION: remains buried, identified or
exhumed; history.PAST_EVENT_AS_DOER: a past event named by its year as the subject of its toll;
history.leftover_ordnance_found; crime.LAW_ENFORCERS with inspectors and SEIZED_GOODS with spoiled goods destroyed;
and for the near misses causes.CROWD_NAMED_BY_DISASTER, crime.VIOLENT_VERB with acid thrown, history.NEWS_OF_VIOLENCE
with detentions, deals.NO_AGREEMENT with a truce that ended, relevance.DISPLACED_DESCRIBED): A 4 of 232 fired (1.7
%), near misses 43 of 48; held-out B 5 of 78 (6.4 %), near misses 14 of 15: the held-out figure did not move, so the
rules reach the wording of the items they were written from and little beside it. (While running the other modules'
tests the name of one held-out near miss that fails was seen before the held-out run; no rule was written after it.)
What still fires or misses stays a strict xfail with its reason.
Afterwards seven items (six non-events, one near miss) had a stock phrase reworded so that no six-word run is shared
with a corpus (scripts/check_copied_text.py); each gives the same outcome as before, on main and with the rules.

Corpora (check half; tune in brackets), before -> after: case2021-negatives false events 10.3 % (0.0) unchanged,
geovirus-negatives 6.2 % (4.7) unchanged: the tune halves give no non-event left to read (see above), so the goal of
5 % is not reached; case2021 weighted F1 88.2 (91.9) and accuracy 87.9 (91.6) unchanged, confidence ECE 3.34 -> 3.37
(no tune document's events or confidences moved); everyday event recall 87.7 (96.9) -> 89.5 (96.9), precision 92.6
(97.9) -> 96.2 (97.9), sub-type accuracy 87.7 -> 89.5, actors 86.0 -> 87.7, spurious per document 1.8 -> 0.0,
confidence ECE 4.3 -> 5.8 (worse; its tune half did not move);
muc4 template F1 47.6 (43.3 -> 43.5) check unchanged; acled-benin, acled-kenya, acled-bangladesh, geoparse-lgl,
geoparse-geovirus, wikievents and rams unchanged on both halves. In tests/test_releases.py the ICRC's sorrow at a
killing is no longer coded again (its strict xfail 30:extra went).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reported import batched_items, non_event_tests
from sitrep import relevance

FIXTURES = Path(__file__).parent / "fixtures"
NON_EVENTS = batched_items(FIXTURES / "unseen_non_events8.tsv")
NEAR_MISSES = batched_items(FIXTURES / "unseen_near_misses8.tsv")


def test_enough_items_in_many_kinds_with_a_held_out_quarter():
    """310 non-events (232 development, 78 held out: every fourth as written) in 29 kinds and 63 near misses (48 and
    15)."""
    assert [sum(item[0] == batch for item in NON_EVENTS) for batch in "AB"] == [232, 78]
    assert [sum(item[0] == batch for item in NEAR_MISSES) for batch in "AB"] == [48, 15]
    assert len({category for _, category, _, _ in NON_EVENTS}) >= 25


globals().update(non_event_tests(NON_EVENTS, NEAR_MISSES))


FRAME_CASES = [
    (relevance.frames.UNREAL_FRAME, "Pakistan's military rejected an Indian claim that it had shot down a jet.", True),
    (relevance.frames.UNREAL_FRAME, "The prison service denied that inmates had been beaten in their cells.", True),
    (relevance.frames.UNREAL_FRAME, "Pakistan's military shot down an Indian drone over Kashmir on Monday.", False),
    (relevance.frames.VIOLENCE_AS_REASON, "The chairman deplored the renewed fighting in Sudan.", True),
    (relevance.frames.VIOLENCE_AS_REASON, "Ministers rejected the violence against protesters in Peru.", True),
    (relevance.frames.VIOLENCE_AS_REASON, "The bishop said he was saddened by the massacre in the village.", True),
    (relevance.frames.VIOLENCE_AS_REASON, "Renewed fighting in Sudan killed 40 people on Monday.", False),
    (relevance.games.WEAPONS_TEST, "The army conducted a training launch of a cruise missile.", True),
    (relevance.games.WEAPONS_TEST, "The army launched a cruise missile at the rebel base.", False),
    (relevance.games.EXERCISE, "The navy fired a ballistic missile over the Black Sea from Rize.", True),
    (relevance.games.EXERCISE, "The navy fired a ballistic missile at the port of Odesa.", False),
    (relevance.deals.WEAPON_POLICY, "Washington announced a package of weapons including shells and missiles.", True),
    (relevance.deals.WEAPON_POLICY, "Shells and missiles hit the town overnight.", False),
    (relevance.deals.AIR_PATROL, "Flights were halted after a drone was sighted near the runway.", True),
    (relevance.deals.AIR_PATROL, "A drone struck a fuel depot near the runway.", False),
    (relevance.history.COMMEMORATION, "Families gathered to bury the remains of 14 newly identified victims.", True),
    (relevance.history.COMMEMORATION, "Families gathered to bury the 14 victims of Sunday's attack.", False),
    (relevance.history.PAST_EVENT_AS_DOER, "The 1988 chemical attack on Halabja killed some 5,000 Kurds.", True),
    (relevance.history.PAST_EVENT_AS_DOER, "A chemical attack on the town killed 50 people on Tuesday.", False),
    (relevance.crime.SEIZED_GOODS, "Inspectors destroyed a tonne of spoiled meat seized at a shop.", True),
    (relevance.crime.SEIZED_GOODS, "Rioters destroyed a shop and its stock of meat.", False),
    (relevance.deals.CIVIL_DEAL, "The junta agreed with the bloc on a timetable for elections.", True),
    (relevance.deals.CIVIL_DEAL, "The army and the rebels agreed to a ceasefire in the north.", False),
]


@pytest.mark.parametrize("frame,text,expected", FRAME_CASES)
def test_frames_of_denials_grief_tests_arms_aid_sightings_remains_past_tolls_and_inspections(
        frame: re.Pattern[str], text: str, expected: bool):
    """Each frame of this batch reads its setting (a claim rejected or a 'that' clause denied, fighting deplored or
    grief over a massacre, a training launch or a missile over a sea, a weapons package, a drone sighted, remains of
    victims buried, a past event named by its year as the doer of its toll, spoiled goods destroyed by inspectors, a
    timetable for elections agreed),
    and the act beside it does not."""
    assert bool(frame.search(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("The rebels abducted tens of thousands of children in northern Uganda over two decades.", True),
    ("The UN said 1.2 million people have fled their homes since the war began.", True),
    ("The rebels abducted 30 children from a school in Lira on Monday.", False),
])
def test_tallies_over_decades_and_of_the_displaced(text: str, expected: bool):
    """A count of victims over decades or since a war began is a tally, not an event of a day."""
    assert relevance.history.count_or_habit(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("An unexploded mortar shell found by children in a field was removed by the army.", True),
    ("An unexploded shell found by children exploded and killed two of them.", False),
    ("A mortar shell fired by the rebels landed in the market on Monday.", False),
])
def test_leftover_ordnance_found(text: str, expected: bool):
    """Old or unexploded ordnance found or removed with no harm is no shelling; one that killed keeps its type."""
    assert relevance.history.leftover_ordnance_found(text) is expected


NEAR_MISS_FRAME_CASES = [
    (relevance.causes.CROWD_NAMED_BY_DISASTER, "Survivors of the floods blocked the road with burning tyres.", True),
    (relevance.causes.CROWD_NAMED_BY_DISASTER, "The floods blocked the road to the camp.", False),
    (relevance.crime.VIOLENT_VERB, "Assailants threw acid on a journalist covering the trial.", True),
    (relevance.crime.VIOLENT_VERB, "The court heard that the journalist covered the trial.", False),
    (relevance.history.NEWS_OF_VIOLENCE, "Police detained dozens of people ahead of the anniversary.", True),
    (relevance.history.NEWS_OF_VIOLENCE, "Dozens of people laid flowers on the anniversary.", False),
    (relevance.deals.NO_AGREEMENT, "Troops clashed with the rebels hours after the ceasefire ended.", True),
    (relevance.deals.NO_AGREEMENT, "The army and the rebels agreed a ceasefire on Monday.", False),
    (relevance.DISPLACED_DESCRIBED, "A strike hit a school sheltering displaced families, killing 20.", True),
    (relevance.DISPLACED_DESCRIBED, "Thousands of families were displaced by the fighting on Monday.", False),
]


@pytest.mark.parametrize("frame,text,expected", NEAR_MISS_FRAME_CASES)
def test_frames_that_keep_near_misses(frame: re.Pattern[str], text: str, expected: bool):
    """What keeps an act told beside disaster, court, commemoration, truce or displacement words: a crowd named by the
    disaster it lived through, acid thrown, detentions at an anniversary, a truce that ended (no deal), people described
    as displaced (no flight of the day)."""
    assert bool(frame.search(text)) is expected
