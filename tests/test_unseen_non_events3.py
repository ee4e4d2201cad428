"""Non-event news of our own nearest to conflict news in its words (tests/fixtures/unseen_non_events3.tsv, task
negatives4): outbreaks and epidemics told with death tolls and a fight against them, disasters and accidents with
tolls, ordinary crime, courts for past attacks, anniversaries, exercises, arms deals, peace talks, elections, sport,
business and politics in words of war, one to three sentences each in over 40 countries. None is an ACLED event.
Beside them, near misses of our own that tell an act and stay events under the same rules.

Each batch was written before sitrep ran on it; the first pass is the same on main.
Batch A (150, development): 11 fired (7.3 %): disease 0/30, disaster 0/20, accident 0/15, courts 0/12, anniversary
0/10, election 0/6; crime 1/15 (police who broke up a carjacking gang and recovered stolen cars), drugs 1/6 (a
smuggling gang dismantled, 30 held and speedboats seized), exercise 2/8 (live rounds fired in a named exercise, a mock
enemy airfield bombed in a firepower demonstration), arms 1/5 (drones received, six words after the verb), talks 2/7
(a truce that 'could be agreed', a plan for a ceasefire), sport 1/5 (a rain-hit clash of cricket), business 1/6 (a
currency 'under heavy fire'), politics 2/5 (war declared and fire opened on a plan). After the fixes: 0 of 150.
Batch B (70, held out: written with A in other topics and styles, wildlife, cyber attacks, farm pests, war history
and culture, quotes, local-press headlines, migration, government, science, military routine, religious rites; run
once after the fixes for A and never fixed against): 6 fired (8.6 %), each an xfail with its reason.
Batch C (40, development, written after that run: outbreaks told in two sentences, accidents at work, diplomacy,
words of war in politics and farming): 3 fired (7.5 %): a congress's 'assault on the president', a central bank's
'salvo in its battle with the black market', a 'losing battle against a fungus'. After the fixes: 0 of 40.
Batch D (20, held out from C's fixes, written with C; run once after them): 2 fired (10 %), xfails.
Batch E (30, development, written after D's run: more words of war in politics, sport and business, crime,
accidents, anniversaries): 4 fired (13.3 %): a majority that 'rallied behind' a minister, a party's 'heavy artillery'
at a rally, a gang arrested for extortion, soldiers sent to 'fight illegal mining'. After the fixes: 1 of 30 (the
rally, an xfail).
Batch F (30, development, written after E's fixes: weather in words of war, enforcement raids, military routine,
local-press phrasing): 3 fired (10 %): a call-centre gang 'shut down' with 40 held, an 'offensive against anaemia', a
recruitment drive. After the fixes: 1 of 30 (the recruitment, an xfail).
Batch G (15, held out from F's fixes, written with F; run once after them): 2 fired (13.3 %), xfails.
Held out in all: 10 of 105 fired (9.5 %); development after the fixes 2 of 250. Later (task nonevents5, an animal
that opens its sentence: `causes.animal_doer_only`; a request in UNREAL_FRAME; mock fights and fights against the
weather in FIGURATIVE) the tiger's 'third such attack', 'asked India to withdraw' and the tomato fight of batch B and
the climbers 'battling winds' of batch D no longer fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import batched_items, batched_params, reported_sub_types

FIXTURE = Path(__file__).parent / "fixtures" / "unseen_non_events3.tsv"
ITEMS = batched_items(FIXTURE)


def test_enough_items_in_many_kinds_with_held_out_batches():
    """220 items written first (A and B), 70 of them (batch B) held out; then 40 + 20 (C and D, D held out), 30 (E)
    and 30 + 15 (F and G, G held out), in many kinds."""
    counts = {batch: sum(item[0] == batch for item in ITEMS) for batch in "ABCDEFG"}
    assert counts == {"A": 150, "B": 70, "C": 40, "D": 20, "E": 30, "F": 30, "G": 15}
    assert len({category for _, category, _, _ in ITEMS}) >= 25


@pytest.mark.parametrize("batch,category,text", batched_params(ITEMS))
def test_unseen_non_event_tells_no_event(batch, category, text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Rebels opened fire on a convoy carrying the governor's campaign team near Beni on Monday, killing two.", ""),
    ("Troops opened fire on protesters opposing the plan in Conakry on Tuesday, killing three.", ""),
    ("Gunmen attacked soldiers during a joint exercise near Menaka on Sunday, killing four.", ""),
    ("Insurgents fired mortars at troops taking part in an exercise near Palma on Friday, wounding six soldiers.", ""),
    ("Warplanes bombed a rebel training camp near Kidal on Monday, the army said.", "Air/drone strike"),
    ("A market in Gao came under rocket fire on Sunday, wounding six traders.", ""),
    ("Fans of the two clubs clashed with police after the derby in Buenos Aires on Sunday.", ""),
    ("Rival supporters fought with machetes after the clash between the two clubs in Kaduna, leaving three dead.", ""),
    ("The army and the rebels signed a ceasefire in Juba on Sunday that both sides hope will hold.", "Agreement"),
    ("Mediators said the truce agreed on Monday between the troops and the rebels could be extended by a week.",
     "Agreement"),
    ("Police dismantled a gang that had been smuggling weapons to militants in Kassala and seized 40 rifles.",
     "Disrupted weapons use"),
    ("Police in Port-au-Prince broke up a gang that had abducted 12 people, killing two of its members in a gunfight.",
     ""),
    ("Police arrested 30 opposition activists in Kampala on Monday after breaking up a ring of campaigners.",
     "Arrests"),
    ("Gunmen launched an assault on the parliament in Kabul on Monday, and the senate's guards fought them for hours.",
     ""),
    ("Rebels fired a salvo of rockets at the central bank's headquarters in Khartoum on Sunday.", ""),
    ("Farmers fighting a battle against locusts in Turkana were attacked by bandits on Monday, and two were killed.",
     ""),
    ("Thousands of opposition supporters rallied behind their candidate in Nairobi on Sunday to demand a recount of "
     "the vote.", "Peaceful protest"),
    ("Party members rallied behind the jailed leader outside the court in Dakar on Monday, chanting slogans and "
     "demanding his release.", "Peaceful protest"),
    ("Opposition lawmakers rallied behind the speaker on Monday as thousands of their supporters marched on parliament "
     "in Lusaka.", "Peaceful protest"),
    ("Police arrested 12 opposition activists in Lima on Monday, accusing them of extorting funds for the party.",
     "Arrests"),
    ("Soldiers sent to fight illegal mining clashed with armed miners near Tarkwa on Friday, killing three.", ""),
    ("Police shut down a gang in Nairobi that had been smuggling guns to bandits, seizing 30 rifles.",
     "Disrupted weapons use"),
    ("Gunmen who had launched an offensive against the army near Gao killed four soldiers on Sunday.", ""),
    ("Soldiers shot dead five protesters in Yangon on Monday, the deadliest day since the coup, witnesses said.", ""),
    ("Police arrested three opposition activists in Harare on Tuesday, accusing them of robbing a ruling party office.",
     "Arrests"),
    ("The army received the first batch of Turkish drones and used them on Monday to strike rebel positions near "
     "Gondar, killing 12 fighters.", "Air/drone strike"),
])
def test_acts_beside_the_same_words_stay_events(text, expected):
    """Each act stays an event; where '' is given, any type will do (the type is not what the rule is about)."""
    reported = reported_sub_types(text)
    assert reported and (not expected or expected in reported)
