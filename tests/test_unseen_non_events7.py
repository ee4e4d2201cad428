"""Non-event sentences of our own in the style of disease-outbreak, health and general wire news
(tests/fixtures/unseen_non_events7.tsv, task nonevents8), from over 40 countries, in 26 kinds the earlier batches did
not cover: vaccination drives, health teams deployed, quarantines, lockdowns enforced without force, hospital capacity,
outbreak death tolls, animal culls, economic 'wars' and 'attacks', cyber attacks, election campaigns and results,
strikes announced, petitions, online campaigns, refugee flows, aid convoys, mine rescues, building collapses,
stampedes at religious gatherings, traffic police operations, military parades, military and police recruitment,
verdicts on old massacres, anniversaries, sanitation drives and evacuations. None is an ACLED event. Beside them, near
misses of our own (tests/fixtures/unseen_near_misses7.tsv) in the same settings that tell an act and stay events of
their sub-type (a health worker shot at a vaccination centre, traders protesting a lockdown dispersed with tear gas).

All 312 non-events and 66 near misses were written before sitrep ran on any of them; every fourth item as written is
held out (batch B: 78 non-events, 16 near misses).
Batch A (234 non-events, 50 near misses; development). First pass (main, 38e443a): 22 of 234 fired (9.4 %): economy
5/9 (an 'all-out assault on discount stores with cheaper bread', a pound defended against 'a fresh attack by
speculators', cement makers 'battling for control of the East African market', a tax called 'an attack on small
businesses', a takeover bid 'beaten off'), cyber 2/9 ('repelled a massive attack on its network', websites 'flooded
with bot traffic in an attack'), recruitment 4/9 (recruits queuing, graduating, 'recruitment rallies', an army that
'began recruiting'), refugees 2/9 and convoys 1/9 (a repatriation convoy, refugees relocated, an aid convoy read as
changes to a group's activity), strike notice 1/9 (a walkout 'announced'), petition 1/9 (one 'submitted online'),
online 1/9 (a 'virtual march'), collapse 1/9 (the owner of a collapsed factory arrested), traffic 1/9 (motorbikes
seized by police, read as looting), parade 1/9 (soldiers who 'marched past' a stand), anniversary 1/9 ('wreaths were
laid'), evacuation 1/9 (a mall evacuated after a bomb threat); vaccination, deployment, quarantine, lockdown,
hospital, toll, cull, campaign, results, mine, stampede, verdict and sanitation 0. Near misses right 38 of 50.
Held out, run first with the code before: batch B 6 of 78 fired (7.7 %), near misses right 11 of 16.
After the rules (relevance.frames.MARKET_WAR and CYBER_TARGET among the figures of speech, HUMANITARIAN_MOVEMENT beside
RELIEF_WORK, ENLISTMENT_STEP, MILITARY_MARCH beside FESTIVE_GATHERING, VEHICLES_IMPOUNDED, ACCIDENT_BLAME among the
ordinary arrests, ONLINE_ACTION with online_only; wider COMMEMORATION ('wreaths were laid'), CIVILIAN_EVACUATION
(malls, stations, hotels), PLANNED_DEMONSTRATION (a walkout or stoppage announced), HOSTILE_ACT (people beaten with
batons, a fight with machetes) and COURT_CHARGE (a participle after an article, 'the convicted general', names a
person)): A 1 of 234 fired (0.4 %), near misses 40 of 50; held-out B 4 of 78 (5.1 %), near misses 11 of 16. What
still fires or misses stays a strict xfail with its reason.
Afterwards nine items (six non-events, three near misses) had a stock phrase reworded so that no six-word run is shared
with a corpus (scripts/check_copied_text.py); each gives the same outcome as before, on main and with the rules.
The rules also made a held-out item of tests/test_unseen_non_events3.py pass (vehicles seized by customs and
auctioned), and its xfail went; an aid convoy bombed from the air with its drivers killed
(tests/test_relevance_tests_and_measures.py) stays an event: HUMANITARIAN_MOVEMENT gives way to harm told beside it.

Corpora (check half; tune in brackets), before -> after: case2021-negatives false events 10.3 % (0.0) -> 10.3 % (0.0),
geovirus-negatives 6.2 % (4.7) -> 6.2 % (4.7), case2021 weighted F1 88.2 (91.9) unchanged, acled-kenya sub-type 72.2
(85.3) -> 72.6 (85.3), event recall 74.7 (88.5) -> 75.1 (88.5), actors 57.4 (73.0) -> 57.8 (73.0); acled-benin,
acled-bangladesh, muc4, geoparse-geovirus and everyday unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reported import batched_items, non_event_tests
from sitrep import relevance

FIXTURES = Path(__file__).parent / "fixtures"
NON_EVENTS = batched_items(FIXTURES / "unseen_non_events7.tsv")
NEAR_MISSES = batched_items(FIXTURES / "unseen_near_misses7.tsv")


def test_enough_sentences_in_many_kinds_with_a_held_out_quarter():
    """312 non-events (234 development, 78 held out: every fourth as written) in 26 kinds and 66 near misses (50 and
    16); every item is one sentence."""
    assert [sum(item[0] == batch for item in NON_EVENTS) for batch in "AB"] == [234, 78]
    assert [sum(item[0] == batch for item in NEAR_MISSES) for batch in "AB"] == [50, 16]
    assert len({category for _, category, _, _ in NON_EVENTS}) >= 25
    assert all(text.count(". ") == 0 for _, _, text, _ in NON_EVENTS + NEAR_MISSES)


globals().update(non_event_tests(NON_EVENTS, NEAR_MISSES))


FRAME_CASES = [
    (relevance.frames.MARKET_WAR, "The supermarket chain launched an assault on its rivals with cheaper milk.", True),
    (relevance.frames.MARKET_WAR, "Gunmen launched an assault on the market with rifles on Monday.", False),
    (relevance.frames.CYBER_TARGET, "The bank said it had repelled an attack on its network on Sunday.", True),
    (relevance.frames.CYBER_TARGET, "Soldiers repelled an attack on their camp near Gao on Sunday.", False),
    (relevance.deals.HUMANITARIAN_MOVEMENT, "Some 500 refugees returned home from the camp in a repatriation convoy.",
     True),
    (relevance.deals.HUMANITARIAN_MOVEMENT, "Rebels moved a convoy of fighters towards the town on Monday.", False),
    (relevance.games.ENLISTMENT_STEP, "Thousands of young men queued at the stadium for the police recruitment.", True),
    (relevance.games.ENLISTMENT_STEP, "Rebels recruited hundreds of fighters in the border villages.", False),
    (relevance.games.MILITARY_MARCH, "Cadets marched past the president's stand on Army Day.", True),
    (relevance.games.MILITARY_MARCH, "Hundreds of students marched through the city on Monday.", False),
    (relevance.crime.VEHICLES_IMPOUNDED, "Police impounded 50 taxis whose drivers lacked permits.", True),
    (relevance.crime.VEHICLES_IMPOUNDED, "Rioters set fire to 50 taxis at the depot.", False),
    (relevance.crime.ACCIDENT_BLAME, "The owner of the collapsed building was arrested on Friday.", True),
    (relevance.crime.ACCIDENT_BLAME, "The owner of the opposition newspaper was arrested on Friday.", False),
    (relevance.frames.ONLINE_ACTION, "Activists held a virtual march on Sunday.", True),
    (relevance.frames.ONLINE_ACTION, "Activists marched through the city centre on Sunday.", False),
    (relevance.acts.HOSTILE_ACT, "Police beat traders with batons at the market.", True),
    (relevance.acts.HOSTILE_ACT, "Farmers fought with the bank over their loans for a year.", False),
]


@pytest.mark.parametrize("frame,text,expected", FRAME_CASES)
def test_frames_of_trade_computers_aid_hiring_parades_traffic_and_blame(frame: re.Pattern[str], text: str,
                                                                        expected: bool):
    """Each frame of this batch reads its setting (prices, networks, refugees and aid, enlistment, a parade, vehicles
    impounded, blame for an accident, a protest online, blows with a weapon), and the act beside it does not: an
    assault made with rifles, an attack on a camp, a convoy of fighters, rebels recruiting, students marching, taxis
    set on fire, a newspaper owner held, a march in the streets, a quarrel with a bank."""
    assert bool(frame.search(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("Activists held a virtual march on Sunday against the new bill.", True),
    ("Hundreds of young people who organised on social media marched through Lagos on Saturday.", False),
])
def test_protest_only_online(text: str, expected: bool):
    """A protest made only online is none; people who organised online and then marched in the street protest."""
    assert relevance.frames.online_only(text) is expected
