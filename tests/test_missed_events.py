"""Golden test of real events told in the shapes an extractor most easily misses (tests/fixtures/missed_events.tsv):
headlines and present-tense summaries, aftermath-first reports, nominal events with no violent verb ("a gunfight",
"an exchange of fire"), agentless passives, events in a subordinate clause, reports that lead with their source or
hedge, events with only injuries or only damage, vague dates, and ACLED strategic developments. Each note is coded end
to end with its published date and country, and the sub-event type, event type and actors of its main event are
checked against what a careful ACLED coder gives. Fields sitrep gets wrong today are strict xfails (`_miss`).

First pass (all 120 notes, 43 countries, written before sitrep was run on any of them; sitrep at main 191684c): an
event found at all 109/120, sub-event type 97/120, event type 100/120, actors 11/14. Not found: three nominal
fights ('combat between', 'renewed hostilities', a stand-off 'turned deadly'), three aftermath reports (bodies
found or recovered), two headlines in the present ('storm a hospital', 'raid cattle camp'), a headline 'takes
control', a looting told as 'broke into ... and carted away', and a group's announcement that it would join an
offensive. Five notes were coded wrongly by us and recoded after the first pass (the 2023 codebook puts seized arms
caches under Disrupted weapons use, an attack on police at a checkpoint is an Armed clash, a bare 'explosion' is a
Remote explosive, a mob burning houses is Mob violence): on main that gives found 109/120, sub-event type 102/120,
event type 103/120, actors 11/14. After this round's rules (branch recall): found 116/120, sub-event type 110/120,
event type 110/120, actors 12/14. One note (sd1) was reworded after the first pass, keeping its meaning and coding,
where a six-word run of common words also stood in a corpus (scripts/check_copied_text.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from golden_notes import GoldenNotes
from sitrep.api import extract_text
from sitrep.classify import classify
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

COLUMNS = ("id", "country", "published", "style", "shape", "sub_event_type", "actor1", "actor2", "note")
FIELDS = ("sub_event_type", "event_type", "actors")



NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "missed_events.tsv", COLUMNS, FIELDS)
ROWS = NOTES.rows
_miss = NOTES.miss
for _row in ROWS.values():
    _row.update(fatalities="0", admin1="")  # fields GoldenNotes.check reads; this fixture does not check them


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("a bare body found, with no mark of violence, or found with only a claim of the killing after it, is no cue: "
      "bodies are found after drownings and accidents too", "sy1:sub_event_type", "sy1:event_type",
      "in4:sub_event_type", "in4:event_type")
_miss("breaking into a warehouse and carting goods away is told as burglary; no looting cue without 'loot'",
      "ng4:sub_event_type", "ng4:event_type")
_miss("a stand-off that 'turned deadly' names no fight: 'turned deadly' is as often said of a protest or a quarrel",
      "td1:sub_event_type", "td1:event_type")
_miss("a future alliance ('would join the offensive') is hedged by 'would'; the announcement itself is not read",
      "so6:sub_event_type", "so6:event_type")
_miss("rival clans whose fight left 'four people dead' are not taken as two armed sides: the dead are read as "
      "civilians", "gh2:sub_event_type", "gh2:event_type")
_miss("a headline's comma list 'Two soldiers, militant killed' puts the soldiers among the victims of an attack",
      "in1:sub_event_type", "in1:event_type")
_miss("a ruling party's youth league beating an activist is read as a mob; the league is no named militia yet",
      "bi1:sub_event_type", "bi1:event_type")
_miss("an election rally is read as a protest, so a candidate shot dead there is taken for force on protesters",
      "ec1:sub_event_type", "ec1:event_type")
_miss("an ambush is read as a clash whoever suffered it; aid workers in a convoy are civilians",
      "ss5:sub_event_type", "ss5:event_type")
_miss("security forces defusing a bomb are named police, not the army, and the bomb's planter is not a side",
      "so5:actors")
_miss("protesters who torch a police station are named rioters", "pe1:actors")



def test_the_notes_are_well_formed_and_varied():
    assert len(ROWS) >= 100
    assert len({row["country"] for row in ROWS.values()}) >= 30
    assert "KE" not in {row["country"] for row in ROWS.values()}
    assert {row["sub_event_type"] for row in ROWS.values()} <= set(ALL_SUB_EVENT_TYPES)
    styles = [row["style"] for row in ROWS.values()]
    assert abs(styles.count("terse") - styles.count("wire")) <= len(styles) // 10
    for row in ROWS.values():
        dt.date.fromisoformat(row["published"])


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_missed_shapes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


def _main(text: str, country: str, published: str = "2024-03-09"):
    events = [e for e in extract_text(text, country=country, published=published) if not e.is_background]
    return events[0] if events else None


@pytest.mark.parametrize(("country", "text", "sub_type"), [
    ("GH", "Renewed hostilities between two clans in Bunkpurugu have left three people dead and many homes burnt.",
     None),
    ("NG", "Fresh clashes between herders and farmers have killed nine people in Guma, Benue State.", None),
    ("ET", "Renewed fighting between Fano militiamen and federal troops has left 12 dead in Debre Markos.",
     "Armed clash"),
])
def test_a_toll_of_a_new_bout_is_an_event(country, text, sub_type):
    event = _main(text, country)
    assert event is not None, text
    assert sub_type is None or event.sub_event_type == sub_type, text


@pytest.mark.parametrize(("country", "text"), [
    ("YE", "The war in Yemen has killed more than 150,000 people."),
    ("SD", "Renewed fighting since April has displaced four million people across Sudan."),
    ("MM", "The conflict has left thousands dead and displaced more than a million."),
])
def test_a_wars_toll_is_still_no_event(country, text):
    assert _main(text, country) is None, text


@pytest.mark.parametrize(("country", "text"), [
    ("NE", "Authorities in Tahoua closed all schools in two communes following attacks by bandits."),
    ("BF", "The government condemned the attack by jihadists and declared three days of mourning."),
])
def test_a_nominal_attack_named_as_a_cause_is_not_the_news(country, text):
    assert all(sub_type != "Attack" for sub_type, _ in classify(text)), text


def test_a_deployment_to_retake_a_place_is_the_deployment():
    text = "Hundreds of police were deployed to recapture a prison in Guayaquil from gang members on Friday."
    assert classify(text)[0][0] == "Change to group/activity"
