"""Violent deaths and wounds told by idiom rather than by "killed" (tests/fixtures/death_idioms.tsv), written by us
before sitrep was run on any of them: an attack, raid, strike, bomb or shelling that "claimed the lives of" people or
"claimed N lives", people who "lost their lives", "perished", "were martyred", "attained martyrdom", "laid down their
lives", "fell in combat" or "fell as martyrs" in an ambush, attack or clash, who "succumbed to" gunshot wounds or
"died of gunshot wounds", who were "slain", "felled by gunfire" or "left dead", bodies "riddled with bullets", a death
toll that "rose to" N, and people "shot and wounded". 40 reports in 30 countries; every fourth (ids 'h', 10) is held
out. Coded as a careful ACLED coder codes them: an act against armed forces or police who can fight back is an Armed
clash, one against unarmed people an Attack, a bomb or shell by its weapon; the dead are those the idiom counts.

First pass (sitrep at main after stop 43's merges, before any rule of this batch): the 30 reports not held out had
sub-type 20 of 30, event type 21, actors 8 of 20, fatalities 19 of 30, admin1 19 of 25. No event at all for sniper fire
that "claimed the life of" a boy, for separatist fighters who "slew" farmers, and for a headline "death toll from
Kunduz mosque blast rises to 19"; the count was lost for "claimed nine lives", "laid down their lives", "felled by
gunfire", "martyred three policemen" (active), "four passengers were left dead", "fell in clashes" and "fell as
martyrs"; soldiers who "lost their lives", "were martyred" or "lose their lives" in an ambush were read as the doers
of an attack on civilians; bodies "riddled with bullets were found" read as weapons seized. A probe of our own beside
the batch found the same gaps: an attack or a drone attack on a market that "claimed the lives of" people gave no
event (the attack on a market read as a figure of speech). The held-out reports with the code before the rules:
sub-type 8 of 10, event type 8, actors 6 of 8, fatalities 7 of 10, admin1 7 of 10.

After the rules (the dying idioms as verbs of killing and dying, `casualties.DIED` and `KILL`, "claimed the lives
of" and "slew" as active killing verbs, `KILL_ACTIVE`, "claimed nine lives" as a count, `casualties._LIVES_TAKEN`,
a headline's toll that "rises to" N, `casualties._TOLL`; the idioms as weak attack and battle cues and "killed in
action" as a battle, `event_patterns.tsv`; the subject of a verb of dying is acted on, `roles.sentence._died`; deaths
told by idiom are harm to bodies, so an attack on a market that claimed lives is no figure of speech,
`relevance.acts.BODILY_HARM`; the toll of a blast named with a gathering place before it ('mosque blast') is a
bombing, `relevance.causes.BLAST_AMONG_PEOPLE`; a boat that sank and a house fire are accidents,
`relevance.causes.HAZARD`; bodies riddled with bullets found are an attack, not weapons found): sub-type 26 of 30,
event type 27, actors 17 of 20, fatalities 30 of 30, admin1 22 of 25. Held out, run once after the rules: sub-type
10 of 10, event type 10, actors 7 of 8, fatalities 10 of 10, admin1 8 of 10. One held-out note (h28) was reworded
after its first run, before the rules, where its words shared a six-word run with a corpus; its idiom is the same.
On the corpora the rules change no check-half figure (sitrep eval all against main).
Later (stop 44, tests/test_event_places4.py: ACLED's admin1 names), held out h20's admin1 is right.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import reported_sub_types

FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "20/30", "event_type": "21/30", "actors": "8/20",
                               "fatalities": "19/30", "admin1": "19/25"},
    "tune, after the rules": {"sub_event_type": "26/30", "event_type": "27/30", "actors": "17/20",
                              "fatalities": "30/30", "admin1": "22/25"},
    "held out, with the code before the rules": {"sub_event_type": "8/10", "event_type": "8/10", "actors": "6/8",
                                                 "fatalities": "7/10", "admin1": "7/10"},
    "held out, run once after the rules": {"sub_event_type": "10/10", "event_type": "10/10", "actors": "7/8",
                                           "fatalities": "10/10", "admin1": "8/10"},
}
"""Fields right on the tune part (30 reports) and on the held-out part (10), before and after this batch's rules."""

NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "death_idioms.tsv", NOTE_COLUMNS, NOTE_FIELDS)
_miss = NOTES.miss

_miss("an 'armed assault' on a family party is read as an assault on an armed side, a battle", "d09:sub_event_type",
      "d09:event_type", "d09:actors")
_miss("a state's forces named by an adjective before the deed's noun ('a junta air strike', 'Russian shelling') are "
      "not named as the doer", "d25:actors", "d33:actors")
_miss("soldiers who lost their lives when fighters overran their base: the base overrun is read as ground the army "
      "took back", "d26:sub_event_type")
_miss("a reservist is not known as a soldier, so killed in action reads as an attack on a civilian",
      "d35:sub_event_type", "d35:event_type")
_miss("a community guard is not known as an armed side, so its dead make an attack on civilians",
      "d39:sub_event_type", "d39:event_type")
_miss("the place is not in the gazetteer (Barkaram island, the Gaza Strip under PS, the Tishreen Dam)", "d26:admin1",
      "d35:admin1", "d38:admin1")
_miss("held out, not examined: seen once after the rules", "h08:actors", "h12:admin1")

test_deaths_told_by_idiom_are_coded = NOTES.coding_test()

test_every_known_miss_names_a_checked_case, test_the_batch_is_broad = NOTES.batch_tests(40, 20)


NOT_EVENTS = [
    "Measles has claimed the lives of 31 children in Nampula province since January.",
    "At least 45 people lost their lives when floodwaters swept through villages near Maiduguri.",
    "Eighteen passengers perished when an overloaded minibus plunged off a bridge near Kasese.",
    "Seven labourers lost their lives when a five-storey building collapsed in Abuja on Tuesday.",
    "Twenty-two miners perished in a methane explosion at a coal mine near Quetta.",
    "A stampede at a food distribution point in Kano claimed the lives of 14 women.",
    "Schools closed for Martyrs' Day in honour of the soldiers who laid down their lives in the 1965 war.",
    "Mourners gathered in Kigali to remember those who lost their lives in the 1994 genocide.",
    "The death toll from the earthquake in western Nepal rose to 150 on Sunday.",
    "A cyclist succumbed to his injuries after being hit by a lorry on the Thika road.",
    "Three children perished in a house fire in Bulawayo early on Saturday.",
    "Cholera has claimed 200 lives in Sudan's Gedaref state this year, the health ministry said.",
    "The governor laid a wreath for the martyrs who fell in the independence struggle.",
    "Veterans unveiled a memorial to the soldiers who fell in the battle of Monte Cassino.",
    "Torrential rain left eleven people dead and hundreds homeless in Kinshasa on Friday.",
    "Extreme heat claimed the lives of 30 pilgrims on the road to Karbala.",
    "Two rangers lost their lives fighting a bushfire in Kruger National Park.",
    "A collision between a tanker and a bus left nine dead on the highway near Kisumu.",
    "The capsizing of a boat on Lake Albert claimed the lives of 26 traders.",
    "A landslide in Sindhupalchok claimed the lives of 12 villagers after days of rain.",
]
"""Deaths told by the same idioms that are no political violence: disease, floods, road, fire, mine and building
accidents, a stampede, a heatwave, and the dead of an old war or genocide remembered."""


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_deaths_of_no_violence_told_by_idiom_are_no_event(text: str) -> None:
    assert reported_sub_types(text) == []
