"""Non-event sentences and short paragraphs of our own in the kinds of story that the CASE 2021 and GeoVirus negatives
hold (tests/fixtures/unseen_non_events9.tsv, task nonevents10), from over 40 countries (India, South Africa,
Argentina, Brazil and many more), chosen where they share words with violence: politicians who 'clashed' over a
budget or a minister 'under attack' from business leaders, 'attacks' of dengue or asthma, 'killer' floods, owners
arrested after a factory blast, soldiers who rescue, evacuate or bring relief, bomb scares and hoaxes, a 'war' on
drugs or dengue, targeted sanctions, militants and massacres in history, a country's protest over remarks, tensions,
missile tests, drills, stadium and temple crushes, poisonings, crashes, collapses, court cases, ordinary crime,
policy, sport, reports, ambush marketing. None is an ACLED event. Beside them, near misses of our own
(tests/fixtures/unseen_near_misses9.tsv) in the same settings that tell an act and stay events of their sub-type.

The tune halves give nothing to learn from: no CASE-negative tune document fires, and the GeoVirus tune false events
mostly tell real violent acts; so the batch is fresh text of the corpora's kinds where sitrep might fire.

All 207 non-events and 16 near misses were written before sitrep ran on any of them; every fourth item as written is
held out (batch B: 51 non-events, 4 near misses).
First pass (main, 9ae8918): batch A 12 of 156 non-events fired (7.7 %): a minister 'came under attack from business
leaders', 'an email threatened a bomb attack', 'a grenade that turned out to be merely a cigarette lighter', 'signed a pact
to share intelligence' (Agreement), 'the truth commission found that the military regime tortured and killed',
'cyber attackers crippled the computer systems', a factory 'making fake pesticides' raided and its owner arrested,
'extended the army's deployment by six months', fans who 'left the stadium in separate convoys', an air force that
'evacuated 300 Brazilians from Gaza', navy ships that 'evacuated 1,200 nationals during the fighting', and a march on
March 24 to remember the victims of the dictatorship, which the codebook does code as a peaceful protest (a
commemorative march is a demonstration): it was moved to the near misses after this first pass, so A holds 155.
Near misses right 10 of 12: two labels written too narrowly were widened after the first pass (a Russian missile
strike is coded 'Shelling/artillery/missile attack' as readily as 'Air/drone strike'; fans who set fire to buses
after a match are a riot the codebook may call Mob violence). Held out, run first with the code before: batch B 3 of
51 fired (5.9 %), near misses right 4 of 4.
After the rules (frames.FIGURATIVE: 'under attack from' critics, economists, lawmakers or business leaders, and
'cyber attackers'; frames.UNREAL_FRAME: an act as the object of 'threatened' ('threatened a bomb attack'), and a
deployment or a mission extended by months; games.mistaken_for_a_weapon: a weapon that turned out to be something
harmless; games.CROWD_CONVOY: fans or pilgrims moving in convoys; deals.ALLIANCE_DEAL: a pact to share intelligence;
deals.CIVILIAN_EVACUATION: a state's nationals or citizens evacuated; history.INQUIRY: what a commission, an inquiry
or a report found; history.FIGHTING_AS_TIME: 'during the fighting' as the time of what the sentence tells;
crime.ORDINARY_CRIME: fake or adulterated farm inputs and goods): A 0 of 155 fired, near misses 13 of 13; held-out B
3 of 51 (5.9 %), near misses 4 of 4: the held-out figure did not move, so the rules reach the wording of the items they
were written from and little beside it. What still fires stays a strict xfail with its reason.
Afterwards four non-events had a stock phrase reworded so that no six-word run is shared with a corpus
(scripts/check_copied_text.py); each gives the same outcome as before, on main and with the rules.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reported import batched_items, non_event_tests, reported_sub_types
from sitrep import relevance

FIXTURES = Path(__file__).parent / "fixtures"
NON_EVENTS = batched_items(FIXTURES / "unseen_non_events9.tsv")
NEAR_MISSES = batched_items(FIXTURES / "unseen_near_misses9.tsv")


def test_enough_items_in_many_kinds_with_a_held_out_quarter():
    """206 non-events (155 development, 51 held out: every fourth as written) in 21 kinds and 17 near misses (13
    and 4)."""
    assert [sum(item[0] == batch for item in NON_EVENTS) for batch in "AB"] == [155, 51]
    assert [sum(item[0] == batch for item in NEAR_MISSES) for batch in "AB"] == [13, 4]
    assert len({category for _, category, _, _ in NON_EVENTS}) >= 20


globals().update(non_event_tests(NON_EVENTS, NEAR_MISSES))


FRAME_CASES = [
    (relevance.frames.FIGURATIVE, "The finance minister came under attack from economists over the fuel levy.", True),
    (relevance.frames.FIGURATIVE, "The convoy came under attack from gunmen near the border.", False),
    (relevance.frames.FIGURATIVE, "Cyber attackers shut down the ministry's website for a day.", True),
    (relevance.frames.FIGURATIVE, "The attackers shot the guard at the ministry's gate.", False),
    (relevance.frames.UNREAL_FRAME, "A letter threatened a bomb attack on the station.", True),
    (relevance.frames.UNREAL_FRAME, "A bomb attack hit the station on Monday.", False),
    (relevance.frames.UNREAL_FRAME, "The cabinet extended the navy's mission in the gulf by twelve months.", True),
    (relevance.frames.UNREAL_FRAME, "The navy deployed a frigate to the gulf on Monday.", False),
    (relevance.games.CROWD_CONVOY, "Pilgrims travelled to the shrine in a long convoy of buses.", True),
    (relevance.games.CROWD_CONVOY, "A convoy of rebels entered the town on Monday.", False),
    (relevance.deals.ALLIANCE_DEAL, "Benin and Niger signed an accord to share intelligence on smugglers.", True),
    (relevance.deals.ALLIANCE_DEAL, "The army and the rebels signed an accord on a ceasefire.", False),
    (relevance.deals.CIVILIAN_EVACUATION, "The air force evacuated 200 Filipinos from Beirut.", True),
    (relevance.deals.CIVILIAN_EVACUATION, "The rebels withdrew from Beirut's suburbs.", False),
    (relevance.history.INQUIRY, "A panel found that the police had tortured prisoners for years.", True),
    (relevance.history.INQUIRY, "Police tortured prisoners at the station, their lawyers said.", False),
    (relevance.history.FIGHTING_AS_TIME, "Schools stayed shut during the fighting in Mogadishu.", True),
    (relevance.history.FIGHTING_AS_TIME, "Fighting broke out in Mogadishu on Monday.", False),
    (relevance.crime.ORDINARY_CRIME, "Police raided a workshop making adulterated fertiliser.", True),
    (relevance.crime.ORDINARY_CRIME, "Police raided an opposition office and seized leaflets.", False),
]


@pytest.mark.parametrize("frame,text,expected", FRAME_CASES)
def test_frames_of_critics_threats_extensions_convoys_pacts_evacuations_findings_and_fakes(
        frame: re.Pattern[str], text: str, expected: bool):
    """Each frame of this batch reads its setting (critics' or hackers' attacks, an attack threatened, a mission
    extended by months, travellers in convoys, a pact to share intelligence, nationals evacuated, an inquiry's finding,
    fighting named as the time, fake goods made), and the act beside it does not."""
    assert bool(frame.search(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("A grenade found at the market turned out to be a plastic toy.", True),
    ("The object turned out to be a live grenade, and the army defused it.", False),
    ("A grenade, which later proved to be a flare, injured two children.", False),
])
def test_weapon_mistaken(text: str, expected: bool):
    """A weapon that proved harmless is a scare; one that proved live, or that hurt people, is left to the act."""
    assert relevance.games.mistaken_for_a_weapon(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Hospitals ran out of fuel during the fighting in Khartoum.", []),
    ("Two civilians were killed during the fighting in Khartoum.", None),
])
def test_fighting_named_as_time(text: str, expected: list | None):
    """A closure or a shortage told 'during the fighting' codes nothing; harm told in it is still an event."""
    sub_types = reported_sub_types(text)
    assert sub_types == expected if expected is not None else sub_types
