"""Golden test of wire and local-press reports (tests/fixtures/wire_reports.tsv), written before sitrep was run on any
of them: datelines, quotes, attribution, background sentences about earlier events and a second event told in
passing. Each report is coded end to end with its published date and country; five fields of the main event of the
69 event reports are checked against what a careful ACLED coder gives, and the 44 reports that tell no current event
must yield none. Fields sitrep gets wrong are strict xfails (`_miss`, `NON_EVENT_MISSES`), each with its reason: when
a change fixes one, the xfail turns into a failure and the entry must go.

First pass (68 event reports in 39 countries and 45 non-event reports, before any fix): sub-event type 88.2 %, event
type 89.7 %, actors 83.8 %, fatalities 92.6 %, admin1 90.3 % (56 of 62), false events 8 of 45 (17.8 %). Sub-type misses:
the main event displaced by a second event told in passing (a roadside bomb the day before, shelling of another town,
police reinforcements sent, an attack of last week) 4, drones shot down read as a drone strike, a base captured after an
assault read as a clash, a highway blockade read as a riot, a coup announced on television missed. False events: talks
arriving or postponed read as an agreement (2), soldiers killed last week at a funeral, fighting at the start of the
year, drones promised on a visit, displacement statistics, an army chief appointed, and a peace agreement initialled.
One coding was corrected after the first pass: that initialling of a peace agreement between two states is an ACLED
Agreement (now w69), not a non-event; with it the first pass reads sub-event type 87.0 %, event type 88.4 %, actors
82.6 %, fatalities 92.8 %, false events 7 of 44. Seven notes were reworded after it where a stock phrase of six words
happened to match a corpus (scripts/check_copied_text.py); their codings and results are unchanged.

After this round's rules (the lead sentence's event ranks first; agreements denied, weapons promised and attacks stepped
up are no events; control of the country taken is a coup; a deal initialled is an agreement; a military unit's
headquarters is ground; a toll counted at the start of a year is a tally; ground taken outranks the fighting told around
it across sentences; a rebel group named 'Army' that takes ground from state forces overtakes it): sub-event type 95.7
%, event type 95.7 %, actors 85.5 %, fatalities 97.1 %, admin1 91.9 % (57 of 62), false events 3 of 44 (6.8 %).
Later, task articles3's rule that police reinforcements sent after violence the report told are its answer, no change of
activity, let w32's lead event rank first again (its sub-type, event type, actors and fatalities now right)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes, unsettled
from reported import reported
from sitrep.api import extract_text
from sitrep.classify import classify
from sitrep.evaluation.seeds import main_event
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

NON_EVENT = "none: "
"""The sub_event_type column of a report that tells no current event starts with this, then names its kind."""


def _unchecked(row: dict[str, str], field: str) -> bool:
    """Non-event reports have no main event to check; admin1 '?' is left unchecked."""
    return row["sub_event_type"].startswith(NON_EVENT) or unsettled(row, field)


NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "wire_reports.tsv", NOTE_COLUMNS, NOTE_FIELDS, _unchecked)
ROWS = NOTES.rows
EVENT_ROWS = {note_id: row for note_id, row in ROWS.items() if not row["sub_event_type"].startswith(NON_EVENT)}
NON_EVENT_ROWS = {note_id: row for note_id, row in ROWS.items() if row["sub_event_type"].startswith(NON_EVENT)}
_miss = NOTES.miss


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("the main event is displaced by a second event told in passing whose cue scores higher than the lead's even "
      "with the lead's bonus (an attack of last week beside a ban on motorcycles at night)",
      "w60:sub_event_type", "w60:event_type", "w60:actors")
_miss("drones shot down whose launcher is named only after them, and states named only by their names in an "
      "agreement are not made actors", "w62:actors", "w69:actors")
_miss("students blocking a highway are coded rioters, as event_patterns.tsv codes any road blocked (the codebook's "
      "road-blocking with barricades); our coding, a blockade by sitting crowds, disagrees",
      "w46:sub_event_type", "w46:event_type", "w46:actors")
_miss("fatalities: militants killed in a gunfight a day earlier are counted in a grenade attack (casualties.py, left "
      "alone)", "w26:fatalities")
_miss("actors (roles.py and actors.py, left alone): a police post burned taken for the police as a side (the grenade "
      "thrower on a motorcycle, w25, is an armed group since roles.sub_types.ARMED_OR_SHOOTING_AFTER)", "w50:actors")
_miss("admin1 (geo.py, left alone): the place is put in another unit (the Neelum valley, Khayelitsha)",
      "w19:admin1", "w54:admin1")

NON_EVENT_MISSES = {
    "n03": "displacement statistics with attacks that 'forced schools to close' read as a current event",
    "n13": "soldiers 'killed in an ambush last week', at their funeral, read as a current clash",
    "n45": "a new army chief appointed read as a change to group/activity",
}
"""Non-event reports sitrep still codes an event in, with the reason."""


def test_the_reports_are_well_formed_and_broad():
    assert len(EVENT_ROWS) >= 60 and len(NON_EVENT_ROWS) >= 40
    assert len({row["country"] for row in EVENT_ROWS.values()}) >= 30
    assert {row["sub_event_type"] for row in EVENT_ROWS.values()} == {str(s) for s in ALL_SUB_EVENT_TYPES}
    NOTES.assert_rows_well_formed()


def test_every_known_miss_names_a_checked_field_or_a_non_event():
    assert not NOTES.unchecked_misses()
    assert set(NON_EVENT_MISSES) <= set(NON_EVENT_ROWS)


test_wire_reports_are_coded_as_a_careful_coder_does = NOTES.coding_test()


@pytest.mark.parametrize("note_id", [
    pytest.param(note_id, marks=[pytest.mark.xfail(strict=True, reason=NON_EVENT_MISSES[note_id])]
                 if note_id in NON_EVENT_MISSES else [])
    for note_id in NON_EVENT_ROWS
])
def test_wire_reports_of_no_current_event_yield_none(note_id):
    row = ROWS[note_id]
    events = extract_text(row["note"], document_id=note_id, published=dt.date.fromisoformat(row["published"]),
                          country=row["country"])
    assert [e.sub_event_type for e in events if not e.is_background] == [], row["note"]


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


def _current(text: str, country: str | None = None) -> list:
    return reported(text, country, "2025-05-08")


@pytest.mark.parametrize(("country", "text", "lead_type"), [
    ("NE", "AGADEZ, Niger, May 7 - Soldiers fought jihadist fighters near Tassara on Tuesday, killing five militants, "
     "the army said. Separately, a landmine wounded a driver near Tahoua on Monday.", "Armed clash"),
    ("PH", "COTABATO, May 7 - Gunmen shot dead a village councillor in Datu Odin Sinsuat on Tuesday, police said. "
     "Army artillery also shelled rebel camps near Shariff Aguak on Monday, a military spokesman said.", "Attack"),
])
def test_the_event_of_the_lead_sentence_is_the_main_event(country, text, lead_type):
    assert main_event(_current(text, country)).sub_event_type == lead_type


@pytest.mark.parametrize("text", [
    "Talks between the two sides in Addis Ababa collapsed without a truce on Friday.",
    "The parties could not agree on a ceasefire line at the meeting in Geneva on Monday.",
    "Earlier rounds of negotiations broke down over the release of prisoners.",
])
def test_an_agreement_denied_is_none(text):
    assert not _current(text)


def test_an_agreement_reached_after_failed_rounds_stays():
    assert [e.sub_event_type for e in _current("The army and the rebels agreed a ceasefire in Doha on Friday after "
                                               "earlier rounds collapsed.")] == ["Agreement"]


@pytest.mark.parametrize("text", [
    "The interior minister pledged more drones to the border guards during a visit to Zarasai on Tuesday.",
    "The president promised the navy new missiles and patrol boats at a ceremony in Constanta on Friday.",
])
def test_weapons_promised_to_troops_strike_nothing(text):
    assert not _current(text)


@pytest.mark.parametrize("text", [
    "The air force has intensified its strikes on rebel areas in the north this year.",
    "Gangs have stepped up their kidnappings on the highway to the port in recent months.",
])
def test_attacks_stepped_up_are_a_trend_not_an_event(text):
    assert not _current(text)


def test_strikes_stepped_up_on_a_day_with_a_toll_stay_an_event():
    assert _current("Jets stepped up their strikes on Tuesday, bombing a market in Kutum and killing nine people.")


@pytest.mark.parametrize("text", [
    "Special forces officers announced on national television in Conakry that they had seized control of the country.",
    "Mutinous soldiers said on state radio on Tuesday that they had taken full control of the state.",
])
def test_control_of_the_country_taken_is_a_coup(text):
    assert classify(text)[0][0] == "Other"


def test_control_of_a_city_of_the_country_is_no_coup():
    assert "Other" not in dict(classify("Rebels took control of the country's second city on Sunday."))


def test_a_peace_accord_initialled_is_an_agreement():
    assert classify("Government and rebel negotiators initialled a peace accord in Nairobi on Thursday.")[0][0] == \
        "Agreement"


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Separatist fighters seized a brigade headquarters outside Lashio after a week of fighting.",
     "Non-state actor overtakes territory"),
    ("Government troops recaptured the regimental headquarters in Malakal from the rebels on Monday.",
     "Government regains territory"),
])
def test_a_military_units_headquarters_is_ground(text, sub_type):
    assert classify(text)[0][0] == sub_type


def test_a_partys_headquarters_stormed_is_no_ground():
    assert "Non-state actor overtakes territory" not in dict(classify("Protesters stormed the ruling party's "
                                                                      "headquarters in Lilongwe."))


@pytest.mark.parametrize("text", [
    "Clashes between rival militias displaced more than 20,000 people in Ituri at the start of the year.",
    "Fighting in Jonglei displaced thousands of families in the beginning of the year, the UN said.",
])
def test_a_toll_counted_at_the_start_or_end_of_a_year_is_a_tally(text):
    assert not _current(text)


@pytest.mark.parametrize(("country", "text", "sub_type"), [
    ("MM", "The Kachin Independence Army captured an army outpost near Bhamo on Friday after a four-day assault. "
     "\"Every soldier there was killed or ran away,\" a KIA officer said.", "Non-state actor overtakes territory"),
    ("CD", "Soldiers recaptured the town of Kalehe from M23 rebels on Saturday after heavy fighting. Rebel fighters "
     "were killed or fled into the hills, an officer said.", "Government regains territory"),
])
def test_ground_taken_in_fighting_outranks_the_fighting_told_around_it(country, text, sub_type):
    events = _current(text, country)
    assert events and max(events, key=lambda e: e.confidence).sub_event_type == sub_type


def test_a_rebel_group_named_army_that_takes_ground_overtakes_it():
    events = _current("The Arakan Army seized a navy base near Kyaukphyu from junta troops on Sunday.", "MM")
    assert events and events[0].sub_event_type == "Non-state actor overtakes territory"
