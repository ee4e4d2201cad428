"""Crowds and the sub-types they make, on short reports we wrote (tests/fixtures/crowd_sub_types.tsv: 160 events and 20
reports of no event, 42 countries, Kenya and Bangladesh most often), each coded end to end with its country and
published date; the sub-type and the actors of its main event are checked against what a careful ACLED coder gives.

The codebook's definitions these codings rest on, in our words:

- Peaceful protest: people gather in public to make a demand or voice a grievance (a march, a sit-in, a human chain, a
  vigil, a picket) and nobody uses force: not the demonstrators, not the authorities. Police who only watch do not
  change it. Actor: Protesters (country).
- Protest with intervention: the demonstrators stay peaceful, but the authorities (or others) physically act on them
  with force short of lethal: tear gas, water cannon, batons, rubber bullets, pushing back, dispersal, arrests.
  Actors: Protesters against the force that intervened.
- Excessive force against protesters: peaceful demonstrators met with lethal force or force likely to kill (live
  fire, killings). The force is actor 1, the Protesters actor 2.
- Violent demonstration: the demonstrators themselves use violence or destroy property: burning tyres and blocking
  roads with barricades, stoning the police or passers-by, vandalising or torching offices and vehicles, storming a
  building. Actor: Rioters (country), against the police when they fight the police or the police intervene; it stays a
  violent demonstration when the police then shoot.
- Mob violence: a crowd with no demonstration purpose that attacks people or property: lynching a suspected thief or
  witch, vigilantes beating a suspect, a crowd that burns a police post in revenge after a killing, football fans or
  mourners, rally-goers and revellers who fight. Rioters against their victims (Civilians, the police) or against
  another crowd (Rioters). Villagers who fight villagers with sticks and machetes over land, with no organised armed
  group named, are such crowds too.
- Armed clash: organised armed groups fighting each other; armed men of two villages or two communities fighting (with
  guns, bows and arrows) are communal or ethnic militias, not a mob.
- Attack: an armed group (or a force) doing violence to unarmed people. Gunmen who fire on a march attack the
  Protesters (no demonstration sub-type: the demonstrators did nothing); police or soldiers who beat or tear-gas a
  crowd that is not demonstrating (patrons of a bar, vendors, fans celebrating) attack Civilians.
- No event: a vigil or protest announced, threatened, postponed, banned or called off; a court verdict on an old
  lynching; a festival or funeral that passed off peacefully.

Split: 'tune' rows (125 events, 15 non-events) were run and fixed against; 'held' rows (35 events, 5 non-events)
were run once, after the fixes.

First pass (sitrep at main f251ef4, before any change; tune rows): sub-type 103/125, actors 96/119 (three actor names
corrected after it to ACLED's spelling: 'the Democratic Republic of Congo', 'the Philippines', a gendarmerie unit);
2 of 15 reports of no event gave one. Misses: football fans, spectators, mourners and community members read as armed
groups (Attack, Armed clash: 6); partisans fighting at a rally read as a violent demonstration (3); crowds told with
their demand or strike who burn or vandalise read as mob violence (2); armed men attacking a march read as mob violence
or a peaceful protest, or attacking Civilians rather than Protesters (5); police beating or tear-gassing crowds that
are not demonstrating read as a protest with intervention or missed (5); others below.
Seven tune reports were reworded afterwards, keeping their meaning and coding, where a six-word run of common words
also stood in a corpus (scripts/check_copied_text.py). After this round's rules (tune rows): sub-type 110/125,
actors 106/119, 2 of 15 reports of no event give one.
Rules added: fans, spectators, revellers and community members are civilians, a crowd when they fight
(sitrep/actors.py); a crowd told with its demand or its strike doing a crowd's deed demonstrates
(`demonstrations.demonstrators_named`, CROWD_WITH_GRIEVANCE_DEED); a demonstration attacked by armed men is an Attack on
the Protesters (`demonstrations.demonstration_attacked_by_armed_group`, read in `sitrep.roles`).
Held out, run once after the fixes: sub-type 32/35, actors 29/32, no report of no event gives one (the same 40 on the
code before the fixes: 28/35, 24/32, none). Mourners were then taken out of the civilians' words again (they broke an
article test), which turns one held-out report into a miss: 31/35, 28/32 now.
Later, the actors6 branch's rule that "security forces" stand for the force the text names by its kind
(roles.captors._named_force) names vd34's soldiers right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import GoldenNotes
from reported import reported, surest_reported
from sitrep.evaluation.seeds import main_event
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

FIXTURE = Path(__file__).parent / "fixtures" / "crowd_sub_types.tsv"
COLUMNS = ("id", "part", "country", "published", "sub_event_type", "actor1", "actor2", "note")
FIELDS = ("sub_event_type", "actors")


def _skipped(row: dict[str, str], field: str) -> bool:
    """Whether a field goes unchecked: every field of a report of no event, actors a coder left unsettled ('?')."""
    return row["sub_event_type"] == "-" or (field == "actors" and "?" in (row["actor1"], row["actor2"]))


NOTES = GoldenNotes(FIXTURE, COLUMNS, FIELDS, _skipped)
ROWS = NOTES.rows
EVENTS = {key: row for key, row in ROWS.items() if row["sub_event_type"] != "-"}
NON_EVENTS = {key: row for key, row in ROWS.items() if row["sub_event_type"] == "-"}
_miss = NOTES.miss

# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("partisans or rival candidates' supporters fighting each other at a campaign rally are read as a violent "
      "demonstration; a rule naming such a rally only the venue of a mob's fight (mob violence) fixed a Kenya tune "
      "note and these, but lowered the Kenya check sub-type by one note, so it was left out",
      "mv26:sub_event_type", "mv27:sub_event_type", "mv29:sub_event_type")
_miss("detention of people 'gathered to oppose' something is read as arrests of civilians: the gathering's purpose is "
      "not read as a demonstration", "pi10:sub_event_type", "pi10:actors")
_miss("workers told as 'peacefully demanding' (no protest word) whom police shoot are read as civilians attacked",
      "ef02:sub_event_type", "ef02:actors")
_miss("motorists stoned by demonstrators are taken as the demonstration's second side (Civilians); coders differ",
      "vd08:actors")
_miss("'Kotoko' (a football club) is read as the Kotoko people, so the fans' fight is a clash of militias",
      "mv20:sub_event_type", "mv20:actors")
_miss("'a fight broke out among mourners' is no cue of a fight", "mv25:sub_event_type", "mv25:actors")
_miss("mourners are not read as a crowd: a rule naming them civilians made them the victims in a funeral report of "
      "police killed in an ambush (tests/test_articles2.py), so it was dropped after the held-out run",
      "mv40:sub_event_type", "mv40:actors")
_miss("a stabbing in a brawl among spectators is read as an attack by unidentified men, not the brawl's mob violence",
      "mv30:sub_event_type", "mv30:actors")
_miss("the second village or community of a communal clash is not named as its own militia (an armed group instead)",
      "ac01:actors", "ac03:actors")
_miss("police baton-charging or lathi-charging a crowd that is not demonstrating (passengers, devotees) is no cue",
      "pa02:sub_event_type", "pa02:actors", "pa05:sub_event_type", "pa05:actors")
_miss("police tear-gassing a crowd that is not demonstrating (fans, onlookers) is read as a protest with intervention; "
      "the codebook has no protest there, but the dispersal cue does not ask who gathered or why",
      "pa04:sub_event_type", "pa04:actors", "pa08:sub_event_type", "pa08:actors")
_miss("vendors assaulted and their goods 'seized' by police are read as looting", "pa06:sub_event_type")
_miss("'a few dozen people gathered ... to demand' is no protest cue without a protest word", "pp20:sub_event_type",
      "pp20:actors")

NON_EVENT_MISSES: dict[str, str] = {
    "ne05": "a by-law regulating marches and pickets is read as a protest",
}
"""Reports of no event that still give one, with why: strict xfails, to drop when fixed."""


def test_the_reports_are_broad_and_split():
    assert len(EVENTS) == 160 and len(NON_EVENTS) == 20
    assert len({row["country"] for row in ROWS.values()}) >= 35
    assert sum(row["part"] == "held" for row in ROWS.values()) == 40
    assert {row["sub_event_type"] for row in EVENTS.values()} <= set(ALL_SUB_EVENT_TYPES)


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()
    assert set(NON_EVENT_MISSES) <= set(NON_EVENTS)


test_crowd_reports_are_coded_as_a_careful_coder_does = NOTES.coding_test()


@pytest.mark.parametrize("note_id", [
    pytest.param(key, marks=[pytest.mark.xfail(strict=True, reason=NON_EVENT_MISSES[key])]
                 if key in NON_EVENT_MISSES else [], id=key) for key in NON_EVENTS])
def test_a_report_of_no_event_gives_none(note_id):
    row = NON_EVENTS[note_id]
    event = main_event(reported(row["note"], row["country"], row["published"]))
    assert event is None, (event.sub_event_type, row["note"])


# --- rules this round added, tried on sentences of other wording ------------------------------------------------------


@pytest.mark.parametrize(("country", "text"), [
    ("UG", "Gunmen opened fire on a procession of teachers demanding arrears in Gulu on Monday, wounding three."),
    ("NG", "Armed men attacked traders protesting new levies in Jos on Friday, injuring five."),
    ("MX", "Militiamen attacked a vigil of mothers of the disappeared in Celaya on Sunday."),
])
def test_an_armed_group_attacking_a_demonstration_attacks_the_protesters(country, text):
    event = surest_reported(text, country, "2024-05-06")
    assert (event.sub_event_type, event.actor2.split(" (")[0]) == ("Attack", "Protesters"), text


@pytest.mark.parametrize(("country", "text"), [
    ("KE", "Armed youths disrupted an ODM rally in Homa Bay on Saturday before police dispersed them."),
    ("BD", "A group of youths attacked a human chain of students demanding safe roads in Bogura on Sunday."),
])
def test_armed_youths_or_a_crowd_attacking_a_gathering_are_no_armed_group_attacking_protesters(country, text):
    event = surest_reported(text, country, "2024-05-06")
    assert (event.sub_event_type, event.actor2) != ("Attack", f"Protesters ({event.country})"), text


@pytest.mark.parametrize(("country", "text"), [
    pytest.param("ZM", "Bus drivers striking over unpaid wages smashed the windows of the depot office in Ndola on "
                 "Monday.", marks=pytest.mark.xfail(strict=True, reason="no event: windows smashed is no cue")),
    pytest.param("GH", "Teachers demanding their allowances stormed the district education office in Ho on Tuesday.",
                 marks=pytest.mark.xfail(strict=True, reason="no event: an office stormed by a crowd is no cue")),
    ("ZM", "Bus drivers striking over unpaid wages vandalised the depot office in Ndola on Monday."),
    ("GH", "Teachers demanding their allowances set the district education office ablaze in Ho on Tuesday."),
])
def test_a_crowd_told_with_its_demand_or_strike_doing_a_crowds_deed_demonstrates(country, text):
    event = surest_reported(text, country, "2024-05-06")
    assert (event.sub_event_type, event.actor1.split(" (")[0]) == ("Violent demonstration", "Rioters"), text


@pytest.mark.parametrize(("country", "text"), [
    ("TZ", "Football fans beat a linesman after a match in Mwanza on Sunday."),
    ("ZW", "Spectators at a village gala in Gokwe attacked two traders on Saturday."),
])
def test_fans_and_spectators_who_attack_are_a_mob(country, text):
    event = surest_reported(text, country, "2024-05-06")
    assert (event.sub_event_type, event.actor1.split(" (")[0]) == ("Mob violence", "Rioters"), text
