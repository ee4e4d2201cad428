"""Non-event news of our own next to conflict news (tests/fixtures/unseen_non_events2.tsv, task negatives3): verdicts
and trials for past attacks, anniversaries, statements, threats and warnings, protests still to come, bans and
emergencies, campaigning, parliament debates, reports with statistics, interviews, peace talks, sport and business in
words of war, outbreaks, accidents and disasters, crime figures, ordinary arrests, drug seizures, drills, parades,
arms deals and history, one or two sentences each in over 40 countries. None is an ACLED event. Beside them, near
misses of our own that tell an act and stay events under the same rules.

Each batch was written before sitrep ran on it. First pass (the same on main): batch A (115 items, development) 9
fired (7.8 %): a threat with a phrase before its 'to', a report's day told 'in a report on Thursday', attendance
expected at a march, a short seller's attack on accounts, a battle with management, a drug-den raid with 15 held,
missile launchers on Army Day, a protest movement named as a body, an early warning for districts where groups
recruit. Batch B (54, held out from A's fixes: run once for its figure and never fixed against) 7 fired (13.0 %).
Batch C (40, development, man-made disasters and diplomacy, the kinds the CASE 2021 negatives are sorted into) 2 fired
(5.0 %): a 'cylinder blast' in a market, states that agreed to resume talks. Batch D (20, held out from C's fixes) 0
fired. Batch E (15, development, accidents with words of chemical and explosive weapons) 3 fired (20 %): mustard oil,
chemical bombs used in fishing, exploding transformers that set houses alight. Batch F (20 written, 17 kept,
development, diplomacy about weapons and more blasts at work) 5 of 20 fired (25 %), 2 of the 17 kept: a request for
help in destroying old explosives, flowers laid at the site of 'the Hiroshima bombing'. After the fixes: A 0 of 115,
C 0 of 40, E 0 of 15, F 1 of 17 (an xfail), G (10, development, Indian and South African English for accidents;
1 fired first, a refrigerator compressor that exploded) 0 of 10; the held-out batches B 7 of 54 and D 0 of 20,
unchanged (B's seven are xfails with their reason).
The corpora's figures did not move: case2021-negatives check (tune) 10.3 % (0 %), geovirus-negatives 7.4 % (4.7 %).
Later four of B's xfails pass and are no longer marked, by rules written for other tasks' own fresh text (task
negatives4, tests/test_unseen_non_events3.py; task articles3, whole articles): a 'heated clash' of football, a peso
'under attack' in the markets, a man suspected of 'robbing' tourists, and a toll counted 'since the coup'; B now fires
3 of 54."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import batched_items, batched_params, reported_sub_types

FIXTURE = Path(__file__).parent / "fixtures" / "unseen_non_events2.tsv"
ITEMS = batched_items(FIXTURE)
HELD_OUT = {"B", "D"}


def test_enough_items_in_many_kinds_with_a_third_held_out():
    """About a third (at least 30 %) of each round written at once is held out (E and F are development only)."""
    assert len(ITEMS) >= 150
    assert len({category for _, category, _, _ in ITEMS}) >= 15
    for development, held_out in (("A", "B"), ("C", "D")):
        written_together = sum(batch in (development, held_out) for batch, _, _, _ in ITEMS)
        assert 10 * sum(batch == held_out for batch, _, _, _ in ITEMS) >= 3 * written_together


@pytest.mark.parametrize("batch,category,text", batched_params(ITEMS))
def test_unseen_non_event_tells_no_event(batch, category, text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Rebels threatened villagers near Beni on Monday and then shot dead two farmers.", "Attack"),
    ("The group vowed revenge and on Sunday attacked an army post near Menaka, killing four soldiers.", "Armed clash"),
    ("Soldiers shot dead three men who threatened them at a checkpoint in Goma on Friday.", "Attack"),
    ("A drone strike killed 12 people at a market in Idlib on Monday, the monitor said in a report on Thursday.",
     "Air/drone strike"),
    ("Gunmen killed nine farmers in Zamfara on Sunday, Zamfara police said in their statement on Monday.", "Attack"),
    ("Thousands of students marched through Santiago on Saturday, more than the organisers had expected.",
     "Peaceful protest"),
    ("Organisers said 20,000 people attended Saturday's march for climate action in Melbourne.", "Peaceful protest"),
    ("Striking workers fought a battle with management's security guards at the factory gate in Gazipur on Monday, "
     "leaving ten injured.", "Violent demonstration"),
    ("Police raided a drug den in Cox's Bazar on Monday and shot dead two suspects in a gunfight.", "Armed clash"),
    ("Police arrested 40 opposition activists in Dhaka on Monday, some of them with leaflets calling for a strike.",
     "Arrests"),
    ("Gunmen opened fire on the Army Day parade in Ahvaz on Saturday, killing 25 people.", ""),
    ("Supporters of the protest movement marched through Belgrade on Saturday to demand new elections.",
     "Peaceful protest"),
    ("Thousands of young people in Lome joined the protest movement's rally on Saturday.",
     "Peaceful protest"),
    ("Police fired tear gas at students in Nairobi on Monday, hours after the ministry issued a warning about the "
     "march.", "Protest with intervention"),
    ("A bomb blast in a crowded market in Peshawar killed four people on Monday, and police said it had been planted "
     "on a motorbike.", "Remote explosive/landmine/IED"),
    ("A suicide bomber detonated his explosives near a gas cylinder shop in Quetta on Friday, killing six people.",
     "Suicide bomb"),
    ("The army and the rebels agreed to resume talks in Doha after a ceasefire took hold on Sunday.", "Agreement"),
    ("Soldiers destroyed a cache of explosives found in a rebel camp near Beni on Monday, days after the governor "
     "asked for help.", "Disrupted weapons use"),
    ("The governor asked for help in rebuilding the market that rioters burned in Jos on Sunday.", ""),
    ("A bomb hidden in a pressure cooker exploded at a market in Kabul on Friday, killing five people.",
     "Remote explosive/landmine/IED"),
])
def test_acts_beside_the_same_words_stay_events(text, expected):
    """Each act stays an event; where '' is given, any type will do (the type is not what the rule is about)."""
    reported = reported_sub_types(text)
    assert reported and (not expected or expected in reported)
