"""Clause shapes, second batch: one-sentence reports whose event is told around a clause that can mislead the cue
readers (tests/fixtures/clause_shapes2.tsv), written by the clauses2 helper before sitrep was run on any of them:
present and past participle openings ('Returning from a wedding in Zurmi, eleven guests were shot dead by bandits',
'Struck repeatedly by Russian artillery overnight, ...'), 'Having ...' and 'After being ...' openings, absolute
phrases ('With the ceasefire collapsing, army artillery shelled ...'), appositives naming the victim ('Luis Ortega, a
former police officer, was shot dead by gunmen'), relative clauses carrying past or habitual time ('Villagers who used
to farm along the Semliki river were massacred'), reported-speech wrappers ('Police said that gunmen ...'), fronted
adverbials of place and time, and two acts joined ('Gunmen stormed the village ... and abducted 12 women'). 64
reports, 40 countries, 20 ACLED sub-types; every fourth (ids 'h', 16) held out. Each is coded as a careful ACLED
coder codes it: the sub-type of the main event (the current event sitrep is surest of) and, where the coder is sure,
its two actors under ACLED's names.

First pass (48 tune reports, main 38e443a): sub-type 38/48, actors 19/29. Missed: four relative clauses with time
words ('who used to farm', 'that had fed the town for decades', 'that had served as a shelter since 2022', 'who had
been jobless for years') made the whole sentence history, so no event; students 'who had demonstrated ... the week
before' arrested read as a protest's grievance (no event); 'With the ceasefire collapsing, army artillery shelled
...' read as an agreement; 'twelve women were seized by armed men' an attack; a raid that only looted and burned an
attack; people who 'gathered ... and were dispersed by police' no event; bodies 'found bound and gagged' with gunshot
wounds no event; worshippers named in a 'Having walked into the mosque with the worshippers' opening taken for the
bomber's side. One label was ours: c47, M23 entering a town 'after the army withdrew' and taking control, was coded
an overtaking of territory, but the codebook codes ground taken without fighting as a 'Non-violent transfer of
territory', which sitrep gave; relabelled before any rule, by the codebook, not by the output.

The rules:
- sitrep/classify.py `TIMED_RELATIVE`, `confined_to_relative_clause`: a word of time or habit ('for years', 'since
  2022', 'used to') inside a relative clause in the perfect or of habit modifies that clause's verb, not the main
  clause's, so it does not make the main clause's cue history; sitrep/extract.py leaves such words and such dates
  out when it decides whether a sentence is history or what day it tells (`_is_context`,
  `_dates_a_describing_clause`).
- classify `told_as_before`: a protest told in such a clause with words of an earlier occasion ('who had
  demonstrated ... the week before') establishes no protest now and opens no grievance: the arrest is an arrest.
- (dropped after the merge) classify `ABSOLUTE_OPENING`: cues inside an absolute phrase opening a sentence ('With
  the ceasefire collapsing,') discounted as the circumstance; it lowered RAMS's check half (head F1 23.2 -> 22.5,
  targets 18.2 -> 12.5) and was removed, not narrowed blind; c22 is a strict xfail again.
- classify `past_role`: force words after 'former', 'retired', 'ex-' name civilians, so no battle is read off them
  (also fixes tests/test_clause_shapes.py c21, 'three former police officers were shot dead by Taliban fighters').
- event_patterns: people 'were seized / snatched / carried off by' armed men are abducted (the passive of the
  existing active cue); people who 'gathered ... and were dispersed' make a protest with intervention.
- sitrep/roles.py `OPENING_ADVERBIAL`: a participle phrase opening the sentence ('Having ...', 'After being ...',
  'Marching toward ...', 'Dragged from ...') shares the main clause's subject, so sides named inside it are not the
  doers, even when that subject names no side.
Now (tune): sub-type 46/48, actors 24/29 with it; 45/48, 23/29 without it.

Held out (16 reports), run once before the rules and once after: sub-type 11/16, actors 8/11, both times; the
rules reached none of the five missed (a killer pair named 'two men' read as a mob, a commander 'captured by
soldiers', a town named only by its name split from 'was overrun by' by a clause, people 'who had protested' with no
words of an earlier occasion, miners' road block and arson with no protest word). h01 was reworded after these runs
(scripts/check_copied_text.py found a six-word run it shared with a corpus); main and this branch code it right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import GoldenNotes
from reported import first_reported, surest_reported
from sitrep import classify

FIXTURE = Path(__file__).parent / "fixtures" / "clause_shapes2.tsv"
COLUMNS = ("id", "split", "country", "published", "sub_event_type", "actor1", "actor2", "note")

NOTES = GoldenNotes(FIXTURE, COLUMNS, ("sub_event_type", "actors"))
ROWS = NOTES.rows
miss = NOTES.miss

# --- known misses: strict xfails, one line a case ---------------------------------------------------------------------

miss("bodies 'found bound and gagged' bearing gunshot wounds: no cue reads a killing off the wounds of the dead",
     "c11:sub_event_type", "c11:actors")
miss("lawyers 'detained at a sit-in' and taken to police stations: no agent is named, so no police side", "c12:actors")
miss("an absolute opening's cue ('With the ceasefire collapsing,') outranks the shelling of the main clause (the rule "
     "that discounted it lowered RAMS's check half and was dropped)", "c22:sub_event_type", "c22:actors")
miss("'a mob of cow vigilantes': the vigilantes name a communal militia, not the mob's rioters", "c30:actors")
miss("a drone strike on a bakery that harmed no one: the bakery's owners are no side, so no Civilians", "c33:actors")
miss("a raid whose joined acts only looted and burned is read as an attack; a rule making such raids looting "
     "(codebook: an attack is violence against people) lowered the Kenya check half by one event and was dropped",
     "c46:sub_event_type")
miss("held out: 'two men on a motorcycle' who shot a village chief are named with no arms, so read as a mob",
     "h03:sub_event_type", "h03:actors")
miss("held out: a commander 'captured by soldiers': no cue reads the capture of a person as an arrest",
     "h06:sub_event_type")
miss("held out: 'Damasak, which troops had defended for years, was overrun': read across the clause only with a word "
     "for ground, and the town is named by its name alone", "h10:sub_event_type", "h10:actors")
miss("held out: people 'who had protested' with no words of an earlier occasion (classify.told_as_before): their "
     "arrest reads as a protest broken up", "h13:sub_event_type")
miss("held out: miners who blocked a road with boulders and set fire to a toll booth name no protest word: a mob",
     "h16:sub_event_type", "h16:actors")
miss("an unattributed drone strike in Amhara: only the state flies drones there, but the striker is unidentified",
     "c42:actors")


def test_the_reports_are_broad():
    """64 reports from 20 countries or more over 12 sub-types or more, a quarter held out."""
    assert len(ROWS) == 64
    assert len({row["country"] for row in ROWS.values()}) >= 20
    assert len({row["sub_event_type"] for row in ROWS.values()}) >= 12
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 16
    assert all(row["split"] == ("held" if row["id"].startswith("h") else "tune") for row in ROWS.values())


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_the_event_told_around_a_clause_is_coded = NOTES.coding_test()


# --- the rules this batch added, on sentences of their own -----------------------------------------------------------


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Herders who had grazed their cattle on the plain for decades were shot dead by gunmen near Mopti.", "Attack"),
    ("A clinic that used to serve three villages was hit by artillery shells on Sunday.",
     "Shelling/artillery/missile attack"),
    ("Soldiers burned a granary that had fed the hamlet since 2019.", "Looting/property destruction"),
])
def test_time_words_in_a_relative_clause_date_only_that_clause(text: str, sub_type: str):
    """'for decades', 'used to', 'since 2019' describe the noun's past; the main clause's act is news."""
    assert classify.classify(text)[0][0] == sub_type
    assert surest_reported(text).sub_event_type == sub_type


def test_time_words_in_a_relative_clause_still_make_its_own_cue_history():
    """A cue inside the clause keeps its discount: the clause is what came before."""
    text = "Traders who had been attacked by bandits for years marched to the governor's office."
    attacks = [hit for hit in classify._classify(text)[1] if hit.sub_type == "Attack"]
    assert attacks and all(hit.note == "after a hedge or negation, or in a sentence about the past" for hit in attacks)
    assert classify.classify(text)[0][0] == "Peaceful protest"


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Nurses who had marched for higher pay two weeks earlier were detained by police in the capital.", "Arrests"),
    ("Police detained 30 activists who had sat down on a busy avenue outside the ministry.",
     "Protest with intervention"),
])
def test_a_protest_on_an_earlier_occasion_makes_no_intervention(text: str, sub_type: str):
    """A protest told with words of an earlier occasion in a relative clause is the people's past; without them the
    clause may tell the protest broken up."""
    assert classify.classify(text)[0][0] == sub_type


@pytest.mark.xfail(strict=True, reason="the absolute-opening discount was dropped: it lowered RAMS's check half")
def test_an_absolute_opening_tells_the_circumstance():
    """'With the truce collapsing,' is the scene; the shelling after the comma is the act."""
    text = "With the truce collapsing, rebel mortars pounded the market of the town, wounding six traders."
    assert classify.classify(text)[0][0] == "Shelling/artillery/missile attack"
    notes = {hit.text: hit.note for hit in classify._classify(text)[1]}
    assert notes["truce"] == "in an absolute phrase that tells the circumstance"


def test_people_named_by_a_role_they_left_are_civilians():
    """'Two retired soldiers were shot dead by militants': an attack on civilians, not a battle."""
    assert classify.classify("Two retired soldiers were shot dead by militants outside their homes.")[0][0] == "Attack"
    assert classify.classify("Two soldiers were shot dead by militants outside their barracks.")[0][0] == \
        "Armed clash"


def test_sides_inside_a_participle_opening_are_not_the_doers():
    """'Having slipped in among the mourners, a bomber ...': the mourners did not bomb."""
    event = first_reported("Having slipped in among the mourners at a funeral in Quetta, a bomber blew himself up, "
                           "killing nine people.", "PK")
    assert event.actor1 != "Civilians (Pakistan)"
