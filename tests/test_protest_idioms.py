"""Protests told by the idioms of the press where they happen (tests/fixtures/protest_idioms.tsv), written by us
before sitrep was run on any of them: South Asia's bandh, chakka jam, rasta roko and rail roko, gherao, shutter-down
and pen-down strikes, work abstention, satyagraha, black flags shown to an official and effigies or copies of a law
burnt; southern and eastern Africa's go-slow and stayaway; Latin America's cacerolazo; France's operation escargot;
and acts at a building of authority (an office padlocked, a gate occupied, an entrance blocked, a palace converged
on, a courthouse where a crowd chants for a release). 40 reports in 23 countries; every fourth (ids 'h', 10) is held
out. Coded as a careful ACLED coder codes them: each is a demonstration (the codebook counts strikes among them), a
'Peaceful protest' by 'Protesters (country)' unless the crowd is violent (stones thrown: 'Violent demonstration' by
'Rioters') or police intervene ('Protest with intervention').

First pass (sitrep at main with stop 44's territory rules, before any rule of this batch): the 30 reports not held out
had sub-type 9 of 30, event type 9, actors 9 of 30, fatalities 12 of 30, admin1 7 of 24. No event at all for a bandh,
a chakka jam, a rasta roko, a gherao, a shutter-down or pen-down strike, an office padlocked, a gate occupied, a
satyagraha, copies of a law or an effigy burnt, a cacerolazo, drivers who converged on a palace, a bank entrance
blocked, a crowd chanting for a release outside a courthouse, teachers who abstained from classes; black flags shown
to a minister's convoy read as a movement of forces. The held-out reports with the code before the rules: sub-type
1 of 10, event type 1, actors 1 of 10, fatalities 3 of 10, admin1 2 of 10.

After the rules (`event_patterns.tsv`: the idioms as words of a protest, @protest_core; people named by their trade or
standing who padlock, occupy, block, besiege or converge on a building of authority; chanting for or against; a
person's convoy is a motorcade, not a force's movement): sub-type 27 of 30, event type 27, actors 27 of 30, fatalities
28 of 30, admin1 22 of 24. Held out, run once after the rules: sub-type 6 of 10, event type 6, actors 6 of 10,
fatalities 7 of 10, admin1 6 of 10.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import reported_sub_types

FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "9/30", "event_type": "9/30", "actors": "9/30",
                               "fatalities": "12/30", "admin1": "7/24"},
    "tune, after the rules": {"sub_event_type": "27/30", "event_type": "27/30", "actors": "27/30",
                              "fatalities": "28/30", "admin1": "22/24"},
    "held out, with the code before the rules": {"sub_event_type": "1/10", "event_type": "1/10", "actors": "1/10",
                                                 "fatalities": "3/10", "admin1": "2/10"},
    "held out, run once after the rules": {"sub_event_type": "6/10", "event_type": "6/10", "actors": "6/10",
                                           "fatalities": "7/10", "admin1": "6/10"},
}
"""Fields right on the tune part (30 reports) and on the held-out part (10), before and after this batch's rules."""

NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "protest_idioms.tsv", NOTE_COLUMNS, NOTE_FIELDS)
_miss = NOTES.miss

_miss("lawyers who boycott the courts are read as a court case between private people, which ACLED does not code",
      "q09:sub_event_type", "q09:event_type", "q09:actors", "q09:fatalities", "q09:admin1")
_miss("a teenager who 'went missing', the cause of the crowd's siege, is read as an abduction and outranks the stones",
      "q15:sub_event_type", "q15:event_type", "q15:actors")
_miss("riders who 'paralysed traffic' over fees tell no protest word", "q18:sub_event_type", "q18:event_type",
      "q18:actors", "q18:fatalities", "q18:admin1")
_miss("held out: produce dumped outside offices over prices tells no protest word", "h04:sub_event_type",
      "h04:event_type", "h04:actors", "h04:fatalities", "h04:admin1")
_miss("held out: India Gate is not placed in Delhi", "h05:admin1")
_miss("held out: graduates who 'camped outside' an office tell no protest word", "h08:sub_event_type",
      "h08:event_type", "h08:actors", "h08:fatalities", "h08:admin1")
_miss("held out: workers who 'walked off the job' after an accident are read as the accident", "h09:sub_event_type",
      "h09:event_type", "h09:actors", "h09:fatalities", "h09:admin1")
_miss("held out: a blockade cleared with detentions is read as the arrests", "h10:sub_event_type", "h10:event_type",
      "h10:actors")

test_protests_are_read_in_their_own_idiom = NOTES.coding_test()

test_every_known_miss_names_a_checked_case, test_the_batch_is_broad = NOTES.batch_tests(40, 20)


NOT_PROTESTS = [
    "Production at the plant came to a work stoppage after the boiler exploded, the company said.",
    "Workers at the mine abstained from work on the public holiday.",
    "Fans chanted for the coach's sacking after the defeat in Nairobi.",
    "The deputy chief minister's convoy was held up for an hour by a landslide near the pass.",
]
"""Sentences we wrote with the idioms' words and no protest: a plant's stoppage, a holiday, fans at a match, a
minister's convoy."""


@pytest.mark.parametrize("text", NOT_PROTESTS)
def test_the_idioms_words_without_a_protest_are_no_event(text: str) -> None:
    assert reported_sub_types(text) == []
