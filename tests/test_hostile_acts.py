"""Hostile acts with the deaths in a participle (issue #10), on one-sentence wire reports we wrote before running
sitrep on them (tests/fixtures/hostile_acts.tsv): an armed side (state forces, a named group, gunmen, aircraft)
bombs, shells, storms, raids or fires on something, ", killing 11 people". Each report must give a current event of
the sub-type a careful ACLED coder gives (the main event, `surest_reported`), and each near-miss using the same verbs
(sport, box office, deals, a police raid that seizes goods, disasters) must give none.

First pass (dev, 120 reports, before any fix): of 90 events, 79 gave an event and 75 the right sub-type; 6 of
30 near-misses fired. No event: the military 'bombed a school', fighters or bandits who 'stormed' villages, a named
village or a neighbourhood, 'struck RSF positions', 'rocketed'/'mortared' anything, 'targeted a police patrol', soldiers
who 'raided a gold mine'. Overrunning a post was read as territory taken (2), militiamen attacking a rival base or
rebels attacking peacekeepers as an attack on civilians (2). Near-misses firing: a police raid that seized goods, a
film 'shot', the army that 'attacked the problem of recruitment' or 'hit its recruitment target', a rebel leader who
'attacked the peace deal', a drone that 'struck a target' in a test.

Held out (40 reports written last, other phrasings, run once after the fixes): all 30 events gave an
event, 29 the right sub-type (a post 'overran' read as territory taken); 2 of 10 near-misses fired (a film 'shot', a
spokesman who 'attacked' a proposal), both as before the fixes. The same 40 on the code before the fixes: 27 events
found, 25 right, 2 near-misses fired."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import fixture_rows, reported
from sitrep import classify
from sitrep.evaluation.seeds import main_event

FIXTURE = Path(__file__).parent / "fixtures" / "hostile_acts.tsv"
ROWS = fixture_rows(FIXTURE)

# Reports still coded otherwise than a careful coder does, with why: strict xfails, to drop when fixed.
_OVERRAN = ("'overran' a post or base is read as ground taken (Non-state actor overtakes territory); with soldiers "
            "killed and no hold of the place told, a careful coder codes the fight (Armed clash)")
_SIDE = ("the classifier now says Armed clash, but the event coder takes militiamen's rival fighters or UN "
         "peacekeepers for unarmed victims and codes an Attack (actor roles, not classify.py)")
MISSES: dict[str, str] = {
    "e06": _OVERRAN, "e84": _OVERRAN, "h04": _OVERRAN, "e64": _SIDE, "e86": _SIDE,
    "n04": "a police raid that seized goods: 'seized fake goods' is read as looting",
    "n05": "a film 'was shot': the passive 'shot' cue does not know what a film crew shoots",
    "n13": "'recruitment' alone cues a change to the group's activity, though the army only 'attacked the problem'",
    "n24": "'recruitment' alone cues a change to the group's activity, though the army only 'hit its target'",
    "n17": "a 'peace deal' named as what a leader criticised is read as an agreement",
    "n29": "a drone that 'struck a target' in a weapons test is read as an air strike",
    "hn05": "a director who 'shot' a film: the bare 'shot' cue does not know what a film crew shoots",
    "hn08": "a spokesman who 'attacked' a proposal in words: the weak bare 'attacked' cue reads it as a fight",
}


def main_sub_type(text: str, country: str) -> str:
    """The sub-type of the main current event of `text`, or "-" when it gives none."""
    event = main_event(reported(text, country))
    return "-" if event is None else str(event.sub_event_type)


def _param(row: list[str]):
    marks = [pytest.mark.xfail(strict=True, reason=MISSES[row[0]])] if row[0] in MISSES else []
    return pytest.param(row[2], row[3], row[4], id=row[0], marks=marks)


def test_the_reports_are_broad():
    assert len(ROWS) == 160
    assert len({row[2] for row in ROWS}) >= 30
    assert sum(row[3] == "-" for row in ROWS) == 40
    assert sum(row[1] == "held" for row in ROWS) == 40


@pytest.mark.parametrize(("country", "expected", "text"), [_param(row) for row in ROWS])
def test_hostile_act_is_coded_as_a_careful_coder_does(country, expected, text):
    assert main_sub_type(text, country) == expected


def test_the_trigger_is_the_act_and_its_object_not_its_subject():
    """The cue needs the armed subject and the participle, but its trigger words are the act and what it hit."""
    sentence = "Bandits stormed farming hamlets near Gusau on Monday, killing 19 villagers."
    start, end, sub = classify.event_triggers(sentence)[0]
    assert (sentence[start:end], sub) == ("stormed farming hamlets near Gusau on Monday", "Attack")
