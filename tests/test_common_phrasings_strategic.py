"""Strategic developments and the rarer sub-types told in the plainest news wordings
(tests/fixtures/common_phrasings_strategic.tsv), written by us before sitrep was run on any of them: people rounded
up, detained, picked up or held; bombs defused or dismantled, drones and missiles intercepted or shot down;
ceasefires signed, truces agreed, prisoners swapped; forces that pulled out of, withdrew from or handed over a place
and others that moved in; bases set up; villages set ablaze, looted or razed; grenades lobbed; bombers who blew
themselves up; chlorine used. 71 reports in 39 countries and 16 non-events that share their words (a thief arrested,
a bomb disposal drill, tensions defused, a climbers' base camp, a fire that razed a slum); every fourth (ids 'h', 21)
is held out. Coded as a careful ACLED coder codes them: arrests of political figures, activists and protesters, not
of ordinary criminals (codebook 'Arrests'); a surrender or a faction laying down arms is an Agreement; a mob that
burns houses is Mob violence.

First pass (sitrep at main, before any rule of this batch): the 54 events not held out had sub-type 47 of 54, event
type 47, actors 2 of 2, fatalities 49 of 54, admin1 26 of 28; 4 of the 12 tune non-events gave an event. No event
for police that "picked up" or "held" activists or student leaders, for a "declaration of principles" signed, for a
faction "laying down its arms", for "sent 2,000 more troops" (the number's comma broke the gap), for "signed a charter
to form a rival government"; "defused tensions" read as a bomb defused. Five keys were corrected after the first pass,
by the codebook or the map: protesters rounded up during their march are a Protest with intervention (s01), a mob
that set houses ablaze is Mob violence (s17), "jihadists" not named are an unidentified armed group (s19), Adan Yabaal
is in Middle Shabelle (s45), a faction laying down its arms is an Agreement (s55); the figures above use the corrected
keys. The held-out reports with the code before the rules: sub-type 13 of 17, event type 13, fatalities 13 of 17,
admin1 7 of 9; 2 of 4 held-out non-events gave an event.

After the rules (state forces that "held" or "picked up" activists, leaders, members or protesters arrest them; a
faction "laying down its arms" is an agreement; troops sent in a number written
with a comma are still sent; tensions, a crisis or a row "defused" are no bomb, `event_patterns.tsv`): sub-type 50
of 54, event type 50, actors 2 of 2, fatalities 51 of 54, admin1 26 of 28; 3 of 12 tune non-events give an event.
Held out, run once after the rules: sub-type 13 of 17, event type 13, fatalities 13 of 17, admin1 7 of 9 (unchanged;
two held-out admin1 keys were wrong by the map and were corrected after that run: Mirebalais is in Centre, Jamundi in
Valle del Cauca, which makes admin1 9 of 9); 2 of 4 held-out non-events give an event. Three notes were reworded
afterwards to share no six-word run with the corpora (s62, s65, h48); their codings did not change.
Later (stop 44, tests/test_act_idioms.py: 'picked up' is an act done), s03's fatalities and admin1 are right.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes, unsettled

FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "47/54", "event_type": "47/54", "actors": "2/2",
                               "fatalities": "49/54", "admin1": "26/28", "non-events with an event": "4/12"},
    "tune, after the rules": {"sub_event_type": "50/54", "event_type": "50/54", "actors": "2/2",
                              "fatalities": "51/54", "admin1": "26/28", "non-events with an event": "3/12"},
    "held out, with the code before the rules": {"sub_event_type": "13/17", "event_type": "13/17",
                                                 "fatalities": "13/17", "admin1": "7/9",
                                                 "non-events with an event": "2/4"},
    "held out, run once after the rules": {"sub_event_type": "13/17", "event_type": "13/17", "fatalities": "13/17",
                                           "admin1": "7/9", "non-events with an event": "2/4"},
}
"""Fields right on the tune part and on the held-out part, before and after this batch's rules."""

NON_EVENT = "none"
"""The sub-type column of a report that tells no event."""


def _skipped(row: dict[str, str], field: str) -> bool:
    """A non-event has no fields to check (`test_non_events_give_no_event` checks it); otherwise `unsettled`."""
    return row["sub_event_type"] == NON_EVENT or unsettled(row, field)


NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "common_phrasings_strategic.tsv", NOTE_COLUMNS, NOTE_FIELDS,
                    _skipped)
_miss = NOTES.miss

_miss("'picked up' is not among the verbs that tell an act beside a planned demonstration (relevance.frames), so the "
      "arrest goes with the plan", "s03:sub_event_type", "s03:event_type")
_miss("a sit-in the party 'prepared for' is still to come, but it is read as the demonstration the arrests broke up",
      "s05:sub_event_type", "s05:event_type")
_miss("a 'declaration of principles' signed is read by no cue (one was tried and dropped: ministers of two states sign "
      "such declarations in diplomacy, tests/test_unseen_non_events.py)", "s37:sub_event_type", "s37:event_type",
      "s37:fatalities")
_miss("a river named as the place (the Messalo) is not in the gazetteer", "s51:admin1")
_miss("a charter signed to form a rival government is read by no cue", "s58:sub_event_type", "s58:event_type",
      "s58:fatalities")
_miss("held out: two sides that 'agreed to stop attacking each other' are read by no Agreement cue",
      "h40:sub_event_type", "h40:event_type", "h40:fatalities")
_miss("held out: foreign forces that 'left a base' and 'handed it to' the army are read by no transfer cue",
      "h48:sub_event_type", "h48:event_type", "h48:fatalities")
_miss("held out: a lockdown ordered by separatists is read by no cue (only a 'sit-at-home' is)",
      "h56:sub_event_type", "h56:event_type", "h56:fatalities")
_miss("held out: ballots burned at a polling station taken over are read by no cue",
      "h60:sub_event_type", "h60:event_type", "h60:fatalities")

NON_EVENT_MISSES = {
    "n02": "a bomb disposal team's training drill is read as a bomb disposed of (the drill is told with 'carried out')",
    "n06": "a climbers' base camp is read as a base set up (no armed actor is asked for)",
    "n15": "shoppers 'looted' shelves in a sale (a figure of speech) is read as looting",
    "h09": "held out: farmers who set crop stubble ablaze are read as property destroyed",
    "h13": "held out: a football club's 'truce' with its fans is read as an agreement",
}
"""Non-events sitrep still codes as events, with the reason."""

test_strategic_developments_are_coded_as_acled_codes_them = NOTES.coding_test()


@pytest.mark.parametrize("note_id", [pytest.param(note_id, marks=[pytest.mark.xfail(
    strict=True, reason=NON_EVENT_MISSES[note_id])] if note_id in NON_EVENT_MISSES else [])
    for note_id, row in NOTES.rows.items() if row["sub_event_type"] == NON_EVENT])
def test_non_events_give_no_event(note_id: str) -> None:
    """A crime, a drill, a metaphor or an accident told in the words of these sub-types is no event."""
    event = NOTES.coded(note_id)
    assert event is None, f"{event.sub_event_type} -- {NOTES.rows[note_id]['note']}"


def test_every_known_miss_names_a_checked_case() -> None:
    assert NOTES.unchecked_misses() == set()
    assert set(NON_EVENT_MISSES) <= {note_id for note_id, row in NOTES.rows.items()
                                     if row["sub_event_type"] == NON_EVENT}


def test_the_batch_is_broad() -> None:
    events = [row for row in NOTES.rows.values() if row["sub_event_type"] != NON_EVENT]
    assert len(events) >= 70
    NOTES.assert_broad(70, 30)
