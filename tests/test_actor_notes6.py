"""Golden test of actor notes (tests/fixtures/actor_notes6.tsv): 173 short event notes in ACLED coders' terse style and
in wire style, written before sitrep was run on any of them, from 40 countries (Kenya, Benin and Bangladesh left out),
over the conventions of ACLED's actor pairs: a riot with no target has no actor 2 and one the police break up has
them; a protest no one stops has no actor 2; victims are the country's civilians, the suspects a mob lynches among
them; a community named for its raiders is its ethnic militia; gunmen, village militias and tribesmen are an
unidentified armed group, communal militia or ethnic militia; party youths who beat a rival; police against military units; a neighbour's army and rebels; an event told from across a border. Each is coded as a
careful ACLED coder codes it (sub-event type, actor1 and actor2 under ACLED's names, fatalities, admin1). Ids 'a'
(130) are the tune part; ids 'h' (43, every fourth note) were held out, run once before the rules and once after.

Three codings were corrected before the held-out run, by the codebook and not by sitrep's output: a033's clan is
ACLED's "Abgaal", a111's roadside bomb is a remote explosive, a117's militants storming an army base fight a battle;
and a006's Chereponi lies in Ghana's North East region (split from the Northern region in 2019), a fact of ours mended.

First pass (tune part, sitrep at main 20ce2f0, before any rule, corrected codings): sub-event type 113/130, event
type 118/130, actors 111/130 (85.4 %), fatalities 124/130, admin1 107/122.
After the rules (tune): sub-event type 115/130, event type 120/130, actors 118/130 (90.8 %), fatalities 124/130,
admin1 107/122. Held-out part, run with the code before the rules (main 20ce2f0) and once after them, the same both
times: sub-event type 39/43 (90.7 %), event type 40/43, actors 35/42 (83.3 %), fatalities 41/43, admin1 34/40. None of
the rules touched a held-out note; their misses are of other kinds (names the base lacks, places, crowd sub-types).
Check halves before and after the rules, unchanged: acled-kenya actors 57.4, acled-benin 76.2, acled-bangladesh 90.2,
everyday 86.0 (tune 87.5 -> 88.5), case2021 event F1 85.6. A first form of `_force_does_deed` lowered three check
halves by one document each (police who restrain a mob, police with party activists); it was narrowed to a force
told with no crowd, no riot or dispersal and no other armed or partisan side. A rule that made a party's organiser,
agent or activist a rival figure (`crowds.RIVAL_FIGURE`, so party youths who beat one act as the party's militia, a021)
was dropped: the whole suite showed it breaks the project's convention (tests/test_partisan_violence.py zw1, ug1: party
youths who beat a rival's polling or campaign agent are rioters in mob violence); the tune figures above are without it
(it gave a021, 119/130 actors), the held-out ones the same with it or without.

Eleven notes (three of them held out) were reworded after these runs where scripts/check_copied_text.py found a stock
phrase of six words they shared with the corpora; every figure above is unchanged (both parts counted again).

The rules, each stating the ACLED convention it encodes:
- `roles.crowds._force_does_deed`: a state force that is the subject of the first deed, with no crowd told, attacks; its
  burning of houses is no mob violence (a124).
- `roles.crowds._suspects_set_upon`: the suspected gang members a mob lynches are civilians (a095).
- `crowds._public_property_only`: a riot that burns only a school's or a council's buildings has no actor 2 (a108).
- `roles.sentence.NAMING_AFTER`: who names a deed ("in what police described as ...") only tells of it (a121).
- `captors._named_force`: "security forces" stand for the force the text names by its kind ("soldiers opened fire"),
  before the rule that policing security forces are the police (a015).
- `actors._named_militia_of`: a people and the role noun the knowledge base names a militia by ("Meitei militants"
  -> "Meitei Militia (India)") are that militia also where a second people splits them ("Meitei and Kuki militants"),
  not a generic ethnic one (a057). A first form, by the people alone, made "armed Gumuz men" the base's "Gumuz
  Militia" against tests/test_attacker_identity.py et1's "Gumuz Ethnic Militia"; it was narrowed to the role noun.
- sitrep/data/actors.csv: "UPC" is the Central African rebels, bound to their country and its neighbours
  (`actors.COUNTRY_BOUND_ACRONYMS`), as Uganda's party shares the acronym (a047).

The whole suite found two strict xfails of other batches these rules clear, and they were removed:
tests/test_crowd_sub_types.py vd34 (`_named_force`) and tests/test_fresh_reports.py m03 (`_suspects_set_upon`).

Fields sitrep gets wrong are strict xfails with their reason: when a change fixes one, it must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import DEVELOPMENT_COUNTRIES, NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import first_reported
from sitrep.actors import find_actors

FIXTURE = Path(__file__).parent / "fixtures" / "actor_notes6.tsv"

NOTES = GoldenNotes(FIXTURE, NOTE_COLUMNS, NOTE_FIELDS)
ROWS = NOTES.rows
miss = NOTES.miss

# --- known misses, by kind --------------------------------------------------------------------------------------------

miss("a crowd's deed told with 'overturned stalls' gives no event (a022's brawl of miners with machetes and stones is "
     "found since stop 42's merges)", *(f"a002:{f}" for f in NOTE_FIELDS))
miss("youths or riders who burned a police vehicle or post and clashed with police are read as the police attacking "
     "civilians (the shooting or the arrest told after them is taken as the deed)", "a014:sub_event_type",
     "a014:event_type", "a014:actors", "a018:sub_event_type", "a018:event_type", "a018:actors")
miss("'killed eight displaced people' is read as a displacement (the 'Other' cue), so the attack has no victims",
     "a041:sub_event_type", "a041:event_type", "a041:actors")
miss("our coding disagrees with the project's convention (tests/test_partisan_violence.py zw1): party youths who "
     "assault a rival party's organiser are read as rioters in mob violence, not the party's militia attacking",
     "a021:sub_event_type", "a021:event_type", "a021:actors")
miss("a deadly fight of farmers and pastoralists with spears and machetes is mob violence by the project's convention "
     "(communities._hand_weapons_only; see tests/test_east_notes.py e044)", "a080:sub_event_type", "a080:event_type",
     "a080:actors")
miss("crowd sub-types: stones thrown at the police, a riot after an arrest or a death, a dormitory burnt over food or "
     "a protest arrest are read as mob violence or an intervention where a grievance makes a violent demonstration",
     "a058:sub_event_type", "a069:sub_event_type", "a076:sub_event_type", "a102:sub_event_type",
     "a108:sub_event_type", "a097:sub_event_type", "a097:event_type")
miss("names: Dozo hunters near Bankass are read as Dan Na Ambassagou; 'Arab Choa' is no people the base knows and "
     "'Mousgoum' is spelt 'Musgum'; 'Karimojong' is spelt 'Karamojong'", "a012:actors", "a053:actors", "a078:actors")
miss("a place the gazetteer lacks or places in a namesake elsewhere (Koundjoare, Tamou, Duk, Al Meiram, Tourou, Gangaw, "
     "Bui, Tassia, Bijapur), or the country's first-level unit written as the gazetteer's district (Mulanje)",
     "a008:admin1", "a010:admin1", "a036:admin1", "a040:admin1",
     "a052:admin1", "a065:admin1", "a089:admin1", "a093:admin1", "a123:admin1")
miss("fatalities: the colleague a police officer killed before the riot is counted; a man 'beat and burned' is not "
     "counted dead", "a088:fatalities", "a126:fatalities")

# Held out, run once before and once after the rules; left as they failed (the same fields both times).
miss("held out: the house burnt for a child's death counts that death", "h005:fatalities")
miss("held out: Kauda is placed in the wrong first-level unit, Kurram in Islamabad (Lilongwe's h008 and Mzuzu's h032 "
     "have Malawi's region since stop 42's places2 rule; the held-out figures above are the single run)",
     "h013:admin1", "h020:admin1")
miss("held out: insurgents in Cabo Delgado are an unidentified armed group, not Islamic State (Mozambique)",
     "h009:actors")
miss("held out: the arrested members of a party the base lacks (CNL) are civilians", "h015:actors")
miss("held out: motorcyclists who burned a task force vehicle are an armed group looting", "h018:sub_event_type",
     "h018:event_type", "h018:actors")
miss("held out: riot police who removed protesters make them rioters", "h024:sub_event_type", "h024:event_type",
     "h024:actors")
miss("held out: residents who 'caught and burned' three suspects: the dead are not counted (the event itself is coded "
     "since riots3's cue for a crowd that burns people suspected of kidnapping)", "h025:fatalities")
miss("held out: 'Afar and Issa militias' name the second an unidentified armed group and the place Addis Ababa",
     "h027:actors", "h027:admin1")
miss("held out: teachers who burned a patrol car and clashed with police are read as mob violence",
     "h035:sub_event_type")
miss("held out: 'a critic of the government' makes the government the one arrested", "h038:actors")
miss("held out: the place is not found (Kotahena beside '(Colombo)'; the Juba-Nimule road), so the event lies in no "
     "province; both passed only while such an event took the seat of government's province (stop 42)",
     "h034:admin1", "h037:admin1")


def test_the_notes_are_many_and_from_many_countries():
    assert len(ROWS) == 173
    assert len({row["country"] for row in ROWS.values()}) >= 25
    assert not {row["country"] for row in ROWS.values()} & DEVELOPMENT_COUNTRIES
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 43
    NOTES.assert_rows_well_formed()


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_actor_notes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- the rules this batch added, on sentences of their own -----------------------------------------------------------


@pytest.mark.parametrize(("code", "text", "sides"), [
    ("ML", "On 3 July 2026, Malian soldiers killed four villagers and burned houses near Tenenkou.",
     ("Attack", "Military Forces of Mali", "Civilians (Mali)")),
    ("CM", "On 4 July 2026, gendarmes killed two villagers and burned houses near Garoua.",
     ("Attack", "Police Forces of Cameroon Gendarmerie", "Civilians (Cameroon)")),
    ("UG", "On 5 July 2026, police were stoned by a mob in Arua after a motorcyclist died.",
     ("Mob violence", "Rioters (Uganda)", "Police Forces of Uganda")),
])
def test_a_state_force_that_does_violence_attacks(code, text, sides):
    """roles.crowds._force_does_deed: ACLED keeps mob violence for crowds; a force that suffers a mob's stones stays its
    target."""
    event = first_reported(text, code, "2026-07-06")
    assert (event.sub_event_type, event.actor1, event.actor2) == sides


@pytest.mark.parametrize(("code", "text", "actor2"), [
    ("GH", "On 6 July 2026, residents of Tamale beat to death two suspected gang members who broke into a shop.",
     "Civilians (Ghana)"),
    ("TZ", "On 7 July 2026, a mob in Moshi lynched an alleged member of a gang of burglars.", "Civilians (Tanzania)"),
])
def test_suspects_a_mob_sets_upon_are_civilians(code, text, actor2):
    """crowds._suspects_set_upon: the victims of mob justice are civilians, whatever gang they were suspected of."""
    event = first_reported(text, code, "2026-07-08")
    assert (event.sub_event_type, event.actor2) == ("Mob violence", actor2)


@pytest.mark.parametrize(("text", "public_only"), [
    ("Pupils set fire to two dormitories and the library of their school overnight.", True),
    ("A mob torched the district offices over the sale of communal land.", True),
    ("Students burnt a dormitory and beat the deputy head teacher.", False),
    ("Youths burned the council offices and three houses of councillors.", False),
])
def test_a_riot_on_public_buildings_only_has_no_target(text, public_only):
    """roles.crowds._public_property_only: civilians are a riot's actor 2 only when people or their property are hit."""
    from sitrep import roles

    assert roles.crowds._public_property_only(text) is public_only


@pytest.mark.parametrize(("code", "text", "sides"), [
    ("ZA", "Two minibus owners were gunned down in Tembisa on Friday in what police described as a taxi feud killing.",
     ("Unidentified Armed Group (South Africa)", "Civilians (South Africa)")),
    ("ZA", "A councillor was shot dead in Inanda on Friday in what police described as a political killing.",
     ("Unidentified Armed Group (South Africa)", "Civilians (South Africa)")),
    ("GN", "On 10 July 2026, youths threw stones at security forces in Labe; soldiers fired live rounds at them.",
     ("Rioters (Guinea)", "Military Forces of Guinea")),
])
def test_speakers_and_vague_forces(code, text, sides):
    """roles.sentence.NAMING_AFTER and roles.captors._named_force on sentences of their own."""
    event = first_reported(text, code, "2026-07-11")
    assert (event.actor1, event.actor2) == sides


@pytest.mark.parametrize(("country", "text", "name"), [
    ("India", "Armed Meitei and Kuki militants traded fire in Churachandpur district.", "Meitei Militia (India)"),
    ("Central African Republic", "UPC fighters looted a market near Bambari.",
     "UPC: Union for Peace in the Central African Republic"),
])
def test_a_peoples_militia_and_an_acronym_bound_to_its_country(country, text, name):
    """actors._named_militia_of and the country-bound 'UPC'."""
    assert name in [m.name for m in find_actors(text, country=country)]


def test_ugandas_upc_is_no_central_african_rebel_group():
    names = [m.name for m in find_actors("Police arrested ten UPC supporters in Lira.", country="Uganda")]
    assert "UPC: Union for Peace in the Central African Republic" not in names
