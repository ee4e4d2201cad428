"""Labour actions coded as the ACLED codebook codes them (tests/fixtures/labour_actions.tsv, 52 short reports we wrote,
30 countries): a strike with a public gathering (a picket, a march, a sit-in, workers gathered outside offices, a road
or gate blocked by strikers) is a demonstration: 'Peaceful protest' when nothing else happens, 'Protest with
intervention' when police disperse, clear or arrest the strikers, 'Violent demonstration' when the strikers turn
violent. A strike announced, threatened, suspended, called off or only lasting as a stoppage of work is no event.
Each report's main event is checked for its sub-event type and the kinds of its actors (actor1's name opens with the
coder's kind; actor2 likewise, or none). Fields sitrep gets wrong are strict xfails (`KNOWN_MISSES`).

First pass (52 reports, before any fix; three reworded since to share no phrase with the corpora, counted as worded
now): sub-event type 31 of 52 (59.6 %), actors 31 of 52. Misses: strikers named with a trade or employer word
('striking garment workers', 'striking junior doctors') who gathered, occupied a ministry or blocked a road coded no
event (7); police arresting or clearing strikers coded Arrests with civilians as victims (4); strikers' vandalism,
stone-throwing or smashed windows coded mob violence (4); road blockades by strikers read as violent demonstrations
(4, the project's reading of road-blocking, a known miss of tests/test_terse_reports2.py too); police batons on
strikers who blocked a highway read as a violent demonstration (1); a general strike cancelled after the government
agreed to talks coded a peaceful protest (1, the talks left beside the cancelled strike read as an agreement).
After the fixes (@strikers widened, strikers who gather in @protest_core, cues for strikers arrested or cleared and
for strikers blocking a road, deals.civil_or_labour_deal in only_unreal_acts): sub-event type 47 of 52 (90.4 %),
actors 47 of 52."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluation.seeds import extract_events, main_event
from sitrep.classify import classify
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

COLUMNS = ("id", "country", "sub_event_type", "actor1", "actor2", "note")
FIXTURE = Path(__file__).parent / "fixtures" / "labour_actions.tsv"
ROWS = {row["id"]: row for row in (dict(zip(COLUMNS, line.split("\t"), strict=True))
                                   for line in FIXTURE.read_text(encoding="utf-8").splitlines()[3:]
                                   if line.strip() and not line.startswith("#"))}
PUBLISHED = "2026-03-20"

ROAD_BLOCK_READ_VIOLENT = ("a plain road blockade with a protest word is read as a violent demonstration (the "
                           "codebook's road-blocking with barricades); one without barricades, fire or force is "
                           "peaceful")
KNOWN_MISSES = {
    **{(note, field): ROAD_BLOCK_READ_VIOLENT for note in ("na1", "cm1", "co1", "bo1") for field in ("type", "actors")},
    ("bd1", "type"): "police batons on strikers who blocked a highway: the blockade outranks the intervention",
    ("bd1", "actors"): "police batons on strikers who blocked a highway: the strikers are coded rioters",
}


def _coded(row: dict[str, str]):
    events, _ = extract_events(row["note"], document_id=row["id"], published=PUBLISHED, country=row["country"])
    return main_event(events)


def _right(row: dict[str, str], field: str) -> tuple[bool, object]:
    event = _coded(row)
    if field == "type":
        got = event.sub_event_type if event else "-"
        return got == row["sub_event_type"], got
    if event is None:
        return row["sub_event_type"] == "-", None
    actor1, actor2 = row["actor1"].strip(), row["actor2"].strip()
    got = (event.actor1, event.actor2)
    first = bool(actor1) and (event.actor1 or "").startswith(actor1)
    second = (event.actor2 or "").startswith(actor2) if actor2 else event.actor2 is None
    return first and second, got


def test_the_reports_are_well_formed_and_broad():
    assert len(ROWS) >= 50
    assert len({row["country"] for row in ROWS.values()}) >= 25
    assert {row["sub_event_type"] for row in ROWS.values()} <= set(ALL_SUB_EVENT_TYPES) | {"-"}


@pytest.mark.parametrize(("note_id", "field"), [
    pytest.param(note, field, marks=pytest.mark.xfail(reason=KNOWN_MISSES[(note, field)], strict=True))
    if (note, field) in KNOWN_MISSES else (note, field)
    for note in ROWS for field in ("type", "actors")])
def test_labour_actions_are_coded_as_the_codebook_says(note_id, field):
    right, got = _right(ROWS[note_id], field)
    assert right, f"{field}: got {got!r} -- {ROWS[note_id]['note']}"


@pytest.mark.parametrize("text", [
    "Striking bakery workers gathered outside the head office in Tromso, demanding a pay rise.",
    "Striking state hospital nurses assembled at the gates of the ministry in Tbilisi.",
    "Striking bus drivers blocked the depot gates in Daugavpils on Monday.",
])
def test_striking_workers_who_gather_or_block_a_road_protest(text):
    assert classify(text)[0][0] == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Police arrested nine striking steel workers at the plant in Zenica.",
    "Riot police cleared striking dock workers from the quay in Gdynia.",
])
def test_strikers_arrested_or_cleared_are_a_protest_with_intervention(text):
    assert classify(text)[0][0] == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Police arrested the leaders of the striking teachers' union at their homes in Kumasi.",
    "Police arrested two men for robbing striking workers on their way home.",
])
def test_arrests_away_from_the_strikers_gathering_stay_arrests(text):
    assert classify(text)[0][0] == "Arrests"


@pytest.mark.parametrize(("country", "text"), [
    ("Czech Republic", "A striking number of workers skipped the union vote in Ostrava on Monday."),
    ("Portugal", "The general strike called for next week was cancelled after the government agreed to talks."),
    ("Romania", "Railway workers called off their strike on Friday after the company agreed to raise wages."),
])
def test_a_strike_with_no_gathering_is_no_event(country, text):
    events, _ = extract_events(text, document_id="strike", published=PUBLISHED, country=country)
    assert main_event(events) is None
