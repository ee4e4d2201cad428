"""Golden test of actor notes (tests/fixtures/actor_notes7.tsv): 160 short event notes in ACLED coders' terse style and
in wire style, written before sitrep was run on any of them, from 70 countries (Kenya, Benin and Bangladesh left out),
over actors ACLED names by a convention rather than by the words: club and party supporters as the country's rioters or
protesters; former and retired soldiers, police and rebels as civilians; Brazil's military police, Chile's
Carabineros, Italy's Carabinieri, Spain's Guardia Civil and gendarmeries as police forces; the Taliban's forces after
August 2021 as Afghanistan's state forces; private security guards; off-duty soldiers and police (still their force);
prison guards and inmates; vigilantes and community defence groups by their local names; gangs as unidentified armed
groups; students, teachers, health workers, journalists and lawyers as protesters or civilians. Each is coded as a
careful ACLED coder codes it (sub-event type, actor1 and actor2 under ACLED's names, fatalities, admin1). Ids 'a' (120)
are the tune part; ids 'h' (40, every fourth note) were held out, run once before the rules and once after.

Three codings were corrected before the held-out run, by the codebook and not by sitrep's output: ACLED names the
Congo's state forces "... of the Democratic Republic of Congo" (a031, a101), and rival fans a crowd attacks without
fighting back are civilians, not rioters (a001).

First pass (tune part, sitrep at main 38e443a, before any rule, corrected codings): sub-event type 98/120, event type
104/120, actors 90/120 (75.0 %), fatalities 114/120, admin1 106/116. Misses of actors: military police and Carabineros
read as the military or as no one, the Taliban as the rebel group in 2026, "former FARC combatants" as FARC, "the
disbanded army" and "the military law" as the army, prison guards and inmates not found.
After the rules (tune): sub-event type 101/120, event type 107/120, actors 105/120 (87.5 %), fatalities 114/120,
admin1 106/116.
Held-out part, run with the code before the rules (main 38e443a) and once after them: sub-event type 35/40 ->
35/40, event type 36/40 -> 36/40, actors 32/40 (80.0 %) -> 34/40 (85.0 %), fatalities 39/40 -> 39/40, admin1 37/38 ->
37/38. The rules fixed two held-out notes' actors (h008's Taliban intelligence officers, h028's prison guards) and
broke none.
Check halves before and after the rules, unchanged: acled-kenya actors 57.4 (tune 73.0), acled-benin actors 76.2
(78.6), acled-bangladesh actors 90.2 (93.9), everyday actors 86.0 (88.5), case2021 weighted F1 88.2 (91.9); no figure
of these corpora moved, tune or check. The rules' words (military police, Carabineros,
the Taliban after 2021, former rebels, prison guards) do not occur in the Kenyan, Beninese or Bangladeshi rows, whose
remaining actor misses are of other kinds (which community's militia raided, which clans fought).

Two tune notes (a045, a097) were reworded after these runs where scripts/check_copied_text.py found a stock phrase of
six words they shared with the corpora; both are right before and after the rules, as they were.

The rules, each stating the ACLED convention it encodes:
- `actors.MILITARY_POLICE`, `actors.MILITARY_POLICE_ARE_POLICE`: "military police" is one name, Brazil's state police
  (Police Forces of Brazil), elsewhere the army's corps (Military Forces) (a016, a017, a079).
- `actors.POLICE_BY_NAME`: Carabineros, Carabinieri and the Guardia Civil are police forces (a018, a020, a068).
- `sides.RULING_MOVEMENTS`: the Taliban, in a report from Afghanistan published after 15 August 2021, are the state's
  Military Forces, or its Police Forces where named as police (a022, a023, a024, a073, a075).
- `actors._former_members`: former members of a named armed group are civilians, as former soldiers are (a012).
- `actors.DISBANDED_BEFORE`, `actors.INSTITUTION_AFTER`: a disbanded force, and a force's name on a law, a court or a
  budget, are no side (a015, a056).
- `actors.GUARDS`, `actors.PRISON_TOLD`, `actors.INMATES`: bare guards in a sentence about a prison are its prison
  guards, and its inmates are civilians (rioters when they riot) (a031, a036). A first form read "prisoners" in any
  sentence: the whole batch of neighbouring modules showed a prisoner exchange given civilians for a side
  (tests/test_wire_reports.py w55) and prisoners the bandits freed made a looting event (tests/test_articles2.py 05);
  inmates are now read only where a prison is told and not where they are set free (`actors.SET_FREE_BEFORE`).

The neighbouring modules found five strict xfails of other batches these rules clear, and they were removed:
tests/test_crowd_notes.py h027 and tests/test_mob_attack_notes.py h006 (Brazil's military police), m020, m090 and h037
(the Taliban's forces since 2021). tests/fixtures/actor_pairs.tsv f091 (Taliban fighters in Panjshir, run as of May
2024) was coded "Taliban" against the codebook's Military Forces of Afghanistan (2021-), and was recoded; and
tests/test_actors_conventions.py's prison guards who fire on inmates now find the inmates as civilians too.

Tried and dropped: "supporters" as a crowd word (civilians, rioters when they riot) fixed a006 but made a105's
arrested party supporters rioters in mob violence; an alias "guards of a private security firm" found the firm
but the roles still made an unidentified armed group the shooter (a026). The coordinator's note that club names after
"supporters of" are read as a foreign country's rioters did not hold on these notes (a001-a005, a100-a102 keep the
country).

Fields sitrep gets wrong are strict xfails with their reason: when a change fixes one, it must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import DEVELOPMENT_COUNTRIES, NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import first_reported
from sitrep.actors import find_actors

FIXTURE = Path(__file__).parent / "fixtures" / "actor_notes7.tsv"

NOTES = GoldenNotes(FIXTURE, NOTE_COLUMNS, NOTE_FIELDS)
ROWS = NOTES.rows
miss = NOTES.miss

# --- known misses, by kind --------------------------------------------------------------------------------------------

miss("no event: supporters who 'scuffled' until police separated them, guards who 'fired pellets' at people blocking "
     "a mine road", *(f"{n}:{f}" for n in ("a063", "a078") for f in NOTE_FIELDS))
miss("farmers who blocked a road 'with rocks' and were tear-gassed read as an intervention, not the rioters' road "
     "block", "a069:sub_event_type", "a069:event_type", "a069:actors")
miss("supporters of a club named only by 'X supporters' are no crowd: a pitch invasion reads as property "
     "destruction, a clash with police as an armed group's battle", "a003:sub_event_type", "a003:event_type",
     "a003:actors", "a006:sub_event_type", "a006:event_type", "a006:actors")
miss("former rebels who 'surrendered to the government' and rallied read as an agreement", "a014:sub_event_type",
     "a014:event_type", "a014:actors")
miss("suspects 'who opened fire' on military police are read as the police's civilian victims", "a016:sub_event_type",
     "a016:event_type", "a016:actors")
miss("guards of a private security firm who fired on strikers are an unidentified armed group attacking",
     "a026:sub_event_type", "a026:event_type", "a026:actors")
miss("journalists arrested and beaten while covering a protest make the event the protest", "a054:sub_event_type",
     "a054:event_type", "a054:actors")
miss("military police who 'evicted' occupying landless workers are no intervention", "a067:sub_event_type",
     "a067:actors")
miss("inmates of 'a police holding cell' who riot alone: the cell's police are taken as their target",
     "a084:sub_event_type", "a084:actors")
miss("Hisbah officials who arrested young men: the police are taken as actor 2", "a087:actors")
miss("police who 'beat and arrested' journalists: the arrest is coded", "a095:sub_event_type", "a095:event_type")
miss("party supporters who 'stoned a campaign convoy' read as a change of activity with no actors",
     "a103:sub_event_type", "a103:event_type", "a103:actors")
miss("party supporters or members dispersed or arrested while gathering or marching are coded as the party's arrest "
     "(its name as actor 1)", "a105:sub_event_type", "a105:event_type", "a105:actors", "a120:actors")
miss("crowd sub-types: stones at police after an arrest, a clash with police in a march, dynamite on a highway read as "
     "mob violence; doctors who marched as an intervention", "a008:sub_event_type", "a053:sub_event_type",
     "a072:sub_event_type", "a104:sub_event_type")
miss("an attack on a prison 'with gunfire and grenades' is coded as a grenade attack", "a082:sub_event_type",
     "a082:event_type")
miss("fatalities: two ex-combatants 'shot dead', a driver 'shot dead' in a robbery not counted; a teenager's earlier "
     "death counted", "a012:fatalities", "a017:fatalities", "a043:fatalities")
miss("first-level units: a city's own district or province (Tunis for Rades, Lilongwe, Blantyre, Kigali for Rubavu, "
     "Niamey for Makalondi, Dodoma)", "a005:admin1", "a071:admin1", "a105:admin1", "a111:admin1")
miss("a place the gazetteer lacks (the Pavon jail, Riverlea, Cairo's stadium named as a stadium) leaves the event in no "
     "first-level unit since stop 42 (before, the seat of government's was guessed)", "a036:admin1", "h001:admin1",
     "h031:admin1")

# Held out, run once before and once after the rules; left as they failed.
miss("held out: football supporters who clashed with police and were arrested read as the arrest of civilians",
     "h001:sub_event_type", "h001:event_type", "h001:actors")
miss("held out: two parties' supporters police dispersed are read as rioters against the police, and Yopougon is "
     "placed in Pennsylvania", "h022:actors", "h022:admin1")
miss("held out: residents who blocked a road, and teachers who blocked a highway, are read as rioters",
     "h023:sub_event_type", "h023:event_type", "h023:actors", "h039:sub_event_type", "h039:event_type",
     "h039:actors")
miss("held out: a prisoner who 'died after guards beat him' is not counted dead", "h028:fatalities")
miss("held out: a gang of illegal miners that attacked rival miners makes the rivals civilians",
     "h031:sub_event_type", "h031:event_type", "h031:actors")
miss("held out: supporters who scuffled with police read as mob violence", "h035:sub_event_type")
miss("held out: ronderos of a peasant patrol are an unidentified armed group, not a communal militia", "h038:actors")


def test_the_notes_are_many_and_from_many_countries():
    assert len(ROWS) == 160
    assert len({row["country"] for row in ROWS.values()}) >= 40
    assert not {row["country"] for row in ROWS.values()} & DEVELOPMENT_COUNTRIES
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 40
    NOTES.assert_rows_well_formed()


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_actor_notes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- the rules this batch added, on sentences of their own -----------------------------------------------------------


@pytest.mark.parametrize(("country", "text", "name"), [
    ("Brazil", "Military police raided a favela in Belem.", "Police Forces of Brazil"),
    ("Brazil", "A military policeman was wounded in Recife.", "Police Forces of Brazil"),
    ("Uganda", "Military police arrested two deserters in Gulu.", "Military Forces of Uganda"),
    ("Chile", "Carabineros used water cannon in Valparaiso.", "Police Forces of Chile"),
    ("Italy", "Carabinieri searched a farm near Foggia.", "Police Forces of Italy"),
    ("Spain", "The Guardia Civil stopped a boat near Almeria.", "Police Forces of Spain"),
])
def test_police_forces_by_their_own_names(country, text, name):
    """actors.MILITARY_POLICE and actors.POLICE_BY_NAME: one force, named as ACLED names it, and no second side."""
    assert [m.name for m in find_actors(text, country=country)] == [name]


@pytest.mark.parametrize(("published", "text", "sides"), [
    ("2026-03-02", "On 1 March 2026, Taliban fighters shot dead a shopkeeper in Kunduz.",
     ("Military Forces of Afghanistan", "Civilians (Afghanistan)")),
    ("2026-03-02", "On 1 March 2026, Taliban police beat a street vendor to death in Mazar-i-Sharif.",
     ("Police Forces of Afghanistan", "Civilians (Afghanistan)")),
    ("2019-03-02", "On 1 March 2019, Taliban fighters shot dead a shopkeeper in Kunduz.",
     ("Taliban", "Civilians (Afghanistan)")),
])
def test_the_taliban_are_the_state_after_august_2021(published, text, sides):
    """sides.RULING_MOVEMENTS: ACLED's Military or Police Forces of Afghanistan (2021-) after the fall of Kabul, the
    Taliban group before it."""
    event = first_reported(text, "AF", published)
    assert (event.actor1, event.actor2) == sides


@pytest.mark.parametrize(("country", "text", "names"), [
    ("Colombia", "Gunmen killed two former FARC fighters in Cauca.",
     ["Unidentified Armed Group (Colombia)", "Civilians (Colombia)"]),
    ("Liberia", "Veterans of the disbanded army marched in Monrovia.", []),
    ("Indonesia", "Students marched against the military law in Jakarta.", ["Civilians (Indonesia)"]),
    ("Guatemala", "Inmates of the Pavon prison attacked guards with knives.",
     ["Civilians (Guatemala)", "Police Forces of Guatemala Prison Guards"]),
    ("Guinea", "Presidential guards fired on a crowd near the central prison.", []),
    ("Ukraine", "Prisoners of war were exchanged near Sumy.", []),
])
def test_former_members_disbanded_forces_and_prisons(country, text, names):
    """actors._former_members, DISBANDED_BEFORE, INSTITUTION_AFTER, GUARDS and INMATES."""
    assert [m.name for m in find_actors(text, country=country)] == names
