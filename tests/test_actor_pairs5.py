"""Who did it to whom, in order, on 160 short reports we wrote (tests/fixtures/actor_pairs5.tsv, 48 countries) before
running sitrep on any of them, in shapes the earlier batches lack: the deed as a noun ("an attack by X on Y", "X's
assault on Y", "the killing of Y by X", "a raid on Y by X"), headlines, appositions, coordinated doers or targets,
"clashes between X and Y", "fighting pitted X against Y", "X was blamed for", "targeting Y", "allegedly by X",
participles on the victims, "left N dead", a pronoun doer after the named side, a weapon as the subject ("a bomb
planted by X killed Y"), and 30 near misses (two sides named and no violent act, which must give no event, or a deed
of one side only). Actor 1 must be the doer and actor 2 the side acted on (ACLED's order), under
`sitrep.evaluation.acled.actor_key`.

First pass on the 120 `tune` reports (before any fix, with two codings of ours corrected first: the Congolese army
is "the Democratic Republic of Congo"'s, and territory handed over without a fight keeps the side that withdrew as
actor 2, as `roles.acled_roles` codes it): both actors right and in order 106/120, actor 1 right 109/120, actor 2
right 108/120, sub-type right 109/120. After the rules of this branch (roles: the object of a deed told as a noun,
"a raid on X by Y", is acted on; a side with an apposed participle of harm, "X, caught in an ambush laid by Y", is
acted on; a noun right before a bare harm participle, "Two soldiers killed as jihadists attack", is acted on; a
pronoun subject, "They attacked at dawn", is never a headline passive; a side named only in a reduced clause that
describes another, "troops deployed to fight X", "traders accused of supplying the army", is no side): 111, 114,
113, 110. The 40 `held` reports, run once after those rules: both 37/40, actor 1 37/40, actor 2 38/40, sub-type
37/40 (main's code before the rules: the same, 37/40 both). The rules were narrowed after that run on what two tune
notes of ACLED's Benin set showed (the object of a deed noun only where an agent is named and not before a date; a
reduced clause's side left out only right after a named side): tune figures unchanged, held outcomes unchanged (their
strict xfails hold). Three texts were reworded afterwards (t053, t068, t111) so no six-word run matches a corpus
(scripts/check_copied_text.py); their outcomes did not change.

Merged with main, the remote-explosive cue through a reduced relative clause (tests/test_either_of_two_groups.py) types
t091's "bomb planted by" right.

Branch leftovers (tests/test_leftovers2.py): a junta named alone is the country's Military Forces (actors.JUNTA)
codes t012's "the junta's air strike" right; vigilantes named in one clause with state forces are no mob
(classify._vigilantes_with_forces) codes t042 right, and also clears held h035 ("Vigilantes and soldiers held a joint
training exercise" no longer typed mob violence), which no rule was written for; an aircraft or drone whose sender a
reduced relative clause names before the verb strikes from the air (event_patterns.tsv, 'launched by ... hit') types
t095 right, and held h017 with it (same shape; the rule was written from t095 and our own sentences); a beheading,
decapitation or stabbing named as a noun with its victims is a killing the text reports (event_patterns.tsv, the
'killings of' noun cue) codes t020 right; a market, where traders and shoppers gather, is raided as a village or
a home is (event_patterns.tsv, the raid cue) codes t023 right; a "since" date inside an apposition on a side dates
the side's lasting state, not the act (extract._apposition_since), and a fighting cue inside such an aside is the
side's description when a cue outside it tells the act (classify._in_side_description): t041 right; a convoy "of"
civilians is people travelling, no force's movement (event_patterns.tsv, the 'convoy' cue of Change to group/activity)
codes t079 right; an infinitive of purpose ("deployed to fight X") is no clash (the state-against-named-group cue of
event_patterns.tsv), and a side named only in a reduced clause on another side is no fighting side
(roles.sub_types._other_fighting_side asks roles.sentence._aim_of_other_side): t114 right.

What stays wrong is a strict xfail with its reason (KNOWN_MISSES, SUB_TYPE_MISSES)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import reported, surest_reported
from sitrep.evaluation.acled import actor_key

FIXTURE = Path(__file__).parent / "fixtures" / "actor_pairs5.tsv"

NO_EVENT = "-"
"""The actor and sub-type columns of a near miss that tells no violent act: sitrep must report no event."""


def _rows() -> list[tuple[str, ...]]:
    """(id, part, country, shape, text, actor1, actor2, sub-type) for each report of the fixture."""
    return [tuple(line.split("\t")) for line in FIXTURE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


ARREST_OF_HERDERS = "'arrested twelve herders' after 'sent to secure the border against JNIM' gives no arrest event"

KNOWN_MISSES: dict[str, str] = {
    "t024": "'a Maoist camp': the adjective 'Maoist' is read as an unidentified armed group, not the CPI (Maoist) "
            "(actors)",
    "t116": ARREST_OF_HERDERS,
    "h009": "'raided the Complexo da Mare' gives no trigger: the raid cue needs a village or home as its object "
            "(classify)",
    "h022": "'Pokot youths' inside the apposition on 'the raiders' is not taken as the raiders' name: they read as an "
            "unidentified ethnic militia (actors)",
}
"""Report id -> why sitrep still codes another ordered pair (or an event where there is none)."""

SUB_TYPE_MISSES: dict[str, str] = {
    "t090": "'entered the Solino neighbourhood' in the first sentence is typed as territory taken, and weighs over "
            "'shot dead' in the second (classify)",
    "t116": ARREST_OF_HERDERS,
    "h009": "'raided the Complexo da Mare' gives no trigger (classify), so no event is reported",
}
"""Report id -> why sitrep still codes another sub-type."""


def _params(misses: dict[str, str], events: bool) -> list:
    """One pytest case per report that tells an event (`events`) or tells none, a strict xfail with its reason where it
    is still missed."""
    return [pytest.param(country, text, actor1, actor2, sub_type, id=id_,
                         marks=[pytest.mark.xfail(strict=True, reason=misses[id_])] if id_ in misses else [])
            for id_, _part, country, _shape, text, actor1, actor2, sub_type in _rows()
            if (sub_type != NO_EVENT) == events]


def test_fixture_has_120_tune_and_40_held_reports_in_45_countries_with_30_near_misses():
    rows = _rows()
    assert sum(row[1] == "tune" for row in rows) == 120
    assert sum(row[1] == "held" for row in rows) == 40
    assert len({row[2] for row in rows}) >= 45
    assert sum(row[3] == "near" for row in rows) == 30


@pytest.mark.parametrize(("country", "text", "actor1", "actor2", "sub_type"), _params(KNOWN_MISSES, True))
def test_doer_is_actor1_and_target_actor2(country: str, text: str, actor1: str, actor2: str, sub_type: str):
    event = surest_reported(text, country, "2024-05-01")
    assert (actor_key(event.actor1), actor_key(event.actor2)) == (actor_key(actor1), actor_key(actor2))


@pytest.mark.parametrize(("country", "text", "actor1", "actor2", "sub_type"), _params(SUB_TYPE_MISSES, True))
def test_sub_type(country: str, text: str, actor1: str, actor2: str, sub_type: str):
    assert surest_reported(text, country, "2024-05-01").sub_event_type == sub_type


@pytest.mark.parametrize(("country", "text", "actor1", "actor2", "sub_type"), _params(KNOWN_MISSES, False))
def test_two_sides_and_no_violent_act_is_no_event(country: str, text: str, actor1: str, actor2: str, sub_type: str):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in reported(text, country, "2024-05-01")] == []


@pytest.mark.parametrize(("text", "actor2"), [
    ("Traders accused of helping the soldiers were flogged by fighters near Kerou on Monday.", "Civilians (Benin)"),
    ("Fighters flogged all those accused of helping the soldiers near Kerou on Monday.", "Military Forces of Benin"),
])
def test_side_in_a_reduced_clause_is_no_side_only_after_a_named_side(text: str, actor2: str):
    """sentence._aim_of_other_side, written after the batch's first pass: the reduced clause describes the noun right
    before it, so its side is left out only where that noun is itself a side ("traders"); after a pronoun ("all
    those") the side in it is the only one the deed aims at, and stays."""
    assert actor_key(surest_reported(text, "Benin", "2024-05-01").actor2) == actor_key(actor2)


@pytest.mark.parametrize("text", [
    "In an attack on 9 March unidentified gunmen killed two soldiers in Porga.",
    "In an attack on Sunday night gunmen killed two soldiers near Porga.",
])
def test_a_date_after_the_deed_noun_is_no_object(text: str):
    """sentence.DEED_OBJECT_BEFORE and sentence._object_of_deed_noun, narrowed after a tune note of ACLED's Benin set
    moved: "on" before a date names the deed's time, not its target, and a sentence that names no agent ("by X") may
    have its doer right after the noun phrase, so the side after the date is the doer."""
    event = surest_reported(text, "Benin", "2024-03-12")
    assert (actor_key(event.actor1), actor_key(event.actor2)) == (actor_key("Unidentified Armed Group (Benin)"),
                                                                  actor_key("Military Forces of Benin"))
