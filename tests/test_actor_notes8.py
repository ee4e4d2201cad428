"""Golden test of actor notes (tests/fixtures/actor_notes8.tsv): 160 short event notes in ACLED coders' terse style and
in wire style, written before sitrep was run on any of them, from 71 countries (Kenya, Benin and Bangladesh left out),
over how ACLED names the actors: ethnic and clan militias named by their community ("Pokot raiders", "armed Fulani
herders", "Dozo hunters", "Habar Gidir and Murusade clan militias"); communities as victims (civilians of the country,
or of their own nationality when foreign: "three Chinese workers", "two Cameroonian truck drivers"); police sub-units
and paramilitaries as their state's police or military forces (Mobile Police, Field Force Unit, CRPF, Brimob,
Frontier Corps, the Rapid Intervention Battalion, gendarmes, anti-riot squads); officials as victims (civilians);
suspected and alleged doers; gangs, named (Haiti's, Ecuador's) and unnamed; vigilantes and community defence groups
(Koglweogo, CJTF, Amotekun); private security guards; prisoners; students; herders against farmers; and foreign
forces named by their own state (Rwandan, Eritrean, Burundian, Chadian, Turkish troops). Each is coded as a careful
ACLED coder codes it (sub-event type, actor1 and actor2 under ACLED's names, fatalities, admin1). Ids 'a' (120) are
the tune part; ids 'h' (40, every fourth note) were held out, run once before the rules and once after.

Codings were corrected after the first pass, by the codebook and by fact, not by sitrep's output: vigilantes who kill
suspects with no named movement of their own are ACLED's mob violence, rioters against civilians (a052, the codebook's
vigilante violence, as a068 was coded); ACLED names the Gambia's forces "... of the Gambia" (a097, as
`actors.THE_COUNTRIES` records) and the Karamojong "Karimojong" (a048, a092); Uganda's first-level unit is left
unsettled (its region or its district: the project's fixtures disagree; a001, a016, a048, a092, a093), as is Nabire's
province, split in 2022 (a013); soldiers who "shot three men" killed no one the note tells of (a085); and gunmen who
kill police officers fight an armed force, an armed clash in the codebook, not an attack on civilians (h028, h039).

First pass (tune part, sitrep at main cb7fa9d, before any rule, corrected codings): sub-event type 113/120, event type
113/120, actors 100/120 (83.3 %), fatalities 115/120, admin1 95/100. Misses of actors: "an alleged drug dealer" made
the police the teller of the story ("police ... alleged"), "Congolese soldiers" in a report from Brazzaville read as
the other Congo's, civilians named by nationality and trade ("Cameroonian truck drivers", "Zimbabwean street traders")
or as "a Haitian migrant" read as the country's own, the MFDC unknown; and those left below.
After the rules (tune): sub-event type 113/120, event type 113/120, actors 105/120 (87.5 %), fatalities 115/120,
admin1 95/100.
Held-out part, run with the code before the rules (main cb7fa9d) and once after them, corrected codings: sub-event
type 38/40 -> 38/40, event type 38/40 -> 38/40, actors 36/40 (90.0 %) -> 36/40 (90.0 %), fatalities 40/40 -> 40/40,
admin1 34/35 -> 34/35: the rules fixed no held-out note and broke none.

Every corpus was measured before and after the rules (sitrep eval all): no figure moved, tune or check. Check halves
(tune in brackets), unchanged: acled-kenya actors 57.8 (73.2), acled-benin actors 76.2 (78.6), acled-bangladesh
actors 90.2 (93.9), everyday actors 86.0 (88.5), case2021 weighted F1 88.2 (91.9), rams head F1 23.2 (14.1),
wikievents head F1 27.5 (32.0), muc4 template F1 47.6 (43.3), the negatives' false event rates and the geoparsing
figures as they were. The rules' words (alleged doers after an article, demonyms before a trade, one migrant,
"Congolese" outside Kinshasa's Congo, tribesmen in Arab states) are rare in the Kenyan, Beninese and Bangladeshi
rows, whose actor misses are of other kinds (crowds read as protesters or rioters, which community's militia raided).

The rules, each stating the convention it encodes:
- `casualties._SUBJECT`: an article is never the last word of a speaker's name, so the participle after it
  ("an alleged robber", "the reported attack") is an adjective, not a verb of speech (a054).
- `actors.QUALIFIERS` (a trade or workplace between a demonym and a civilian role) and `actors.NATIONAL_COMMUNITY`
  (one migrant, immigrant or expatriate): ACLED names civilians by their own nationality (a090, a103, a109's victim).
- `actors.SHARED_DEMONYMS`: "Congolese" names the report's own Congo when it is one of the two (a063).
- `actors.TRIBAL_COUNTRIES`, `actors.identity_kind`: the armed men of an unnamed tribe in Yemen, Iraq, Libya or Syria
  are an "Unidentified Tribal Militia", as an unnamed clan's in Somalia are an "Unidentified Clan Militia".
- `actors.FORMER_BEFORE`, now the one definition `classify.past_role` reads too (the twin `classify.FORMER_ROLE` had
  other words): people who left a force or a group are civilians; "ex-soldiers" and "one-time rebels" too, and not a
  group's old name ("dissidents of the former FARC guerrilla").
- sitrep/data/actors.csv: the MFDC, Senegal's Casamance rebels (a084).

The MFDC's row cleared tests/test_actor_pairs4.py h031's two strict xfails ('MFDC fighters' unknown), which went.

Tried and dropped: customs officers and posts as "Police Forces of <country> Customs", and Kenya's General Service Unit
as "Police Forces of Kenya General Service Unit" (ACLED writes some units of the police after the force's name, as it
does prison guards and the gendarmerie): ACLED's own Beninese coding names the customs so only from late 2022 and a
plain police force before, so the rule lowered acled-benin's tune actors (78.6 -> 77.9) and moved no check figure;
the GSU moved nothing. Bare "vigilantes" stay a mob (the codebook's vigilante violence), as the classifier reads them.

Fields sitrep gets wrong are strict xfails with their reason: when a change fixes one, it must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import DEVELOPMENT_COUNTRIES, NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import first_reported
from sitrep.actors import find_actors
from sitrep.classify import past_role

FIXTURE = Path(__file__).parent / "fixtures" / "actor_notes8.tsv"

NOTES = GoldenNotes(FIXTURE, NOTE_COLUMNS, NOTE_FIELDS)
ROWS = NOTES.rows
miss = NOTES.miss

# --- known misses, by kind --------------------------------------------------------------------------------------------

miss("Koglweogo members who 'seized three men ... and held them at their base': no event",
     *(f"a020:{f}" for f in NOTE_FIELDS))
miss("crowd sub-types: people blocking a highway whom an anti-riot squad fired on read as rioters; taxi drivers shot "
     "during a strike read as civilians attacked", "a030:sub_event_type", "a030:event_type", "a030:actors",
     "a062:sub_event_type", "a062:event_type", "a062:actors")
miss("bare 'insurgents' in Narathiwat and Cabo Delgado stay an unidentified armed group (ACLED's coder names the "
     "insurgency the region knows)", "a040:actors", "a077:actors")
miss("ACLED writes 'Karimojong'; the ethnic-group list spells the name 'Karamojong'", "a048:actors", "a092:actors")
miss("rival clans who 'exchanged gunfire', and 'a tribal dispute' that 'escalated into a gunfight', are no "
     "identity fight (the communities' rule reads clashes and fights only)", "a065:actors", "a066:actors")
miss("'a mob of alleged cow vigilantes': the vigilantes read as a communal militia beside the mob, and the lynched "
     "trader ('a Muslim cattle trader') not found", "a068:actors")
miss("'a chieftaincy clash between rival factions' with two shot dead read as an attack on civilians",
     "a082:sub_event_type", "a082:event_type", "a082:actors")
miss("youths who threw fireworks at police and burned cars: no event", *(f"a107:{f}" for f in NOTE_FIELDS))
miss("named Bwa Kale vigilantes who lynched suspects: the lynching cue makes them a mob", "a108:sub_event_type",
     "a108:event_type", "a108:actors")
miss("'Military Forces of the Dominican Republic': the country is not among actors.THE_COUNTRIES", "a109:actors")
miss("two villages that 'fought with machetes and arrows' read as mob violence between rioters",
     "a115:sub_event_type", "a115:event_type", "a115:actors")
miss("fatalities: two women 'burned to death' by villagers not counted, 'left six inmates dead' in a gang fight not "
     "read, the year read as the toll of 'left six combatants dead'", "a035:fatalities", "a057:fatalities",
     "a110:fatalities")
miss("first-level units: Istanbul's Bogazici University placed in Izmir, Chapare not found", "a106:admin1",
     "a111:admin1")

# Held out, run once before and once after the rules; left as they failed.
miss("held out: Moyale's water point is placed in no first-level unit", "h001:admin1")
miss("held out: Rwandan and Congolese troops who 'exchanged artillery fire' read as Rwanda's shelling with no target",
     "h008:sub_event_type", "h008:event_type", "h008:actors")
miss("held out: tribal fighters in Enga read as an ethnic militia, not ACLED's communal militias of Papua New Guinea",
     "h023:actors")
miss("held out: CODECO militiamen who killed displaced people at a camp read as a change of activity",
     "h025:sub_event_type", "h025:event_type", "h025:actors")
miss("held out: community self-defence groups who exchanged fire with cartel gunmen read as a second armed group",
     "h040:actors")


def test_the_notes_are_many_and_from_many_countries():
    assert len(ROWS) == 160
    assert len({row["country"] for row in ROWS.values()}) >= 50
    assert not {row["country"] for row in ROWS.values()} & DEVELOPMENT_COUNTRIES
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 40
    NOTES.assert_rows_well_formed()


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_actor_notes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- the rules this batch added, on sentences of their own -----------------------------------------------------------


@pytest.mark.parametrize(("country", "text", "names"), [
    ("Central African Republic", "Armed men killed two Cameroonian truck drivers near Bouar.",
     ["Unidentified Armed Group (Central African Republic)", "Civilians (Cameroon)"]),
    ("South Africa", "Gunmen robbed Malawian farm workers in Limpopo.",
     ["Unidentified Armed Group (South Africa)", "Civilians (Malawi)"]),
    ("Dominican Republic", "Police beat a Haitian migrant in Dajabon.",
     ["Police Forces of Dominican Republic", "Civilians (Haiti)"]),
    ("Republic of Congo", "Congolese soldiers stopped a convoy near Kinkala.",
     ["Military Forces of the Republic of Congo"]),
    ("Democratic Republic of Congo", "Congolese soldiers stopped a convoy near Beni.",
     ["Military Forces of the Democratic Republic of Congo"]),
    ("Yemen", "Tribesmen blew up an oil pipeline in Marib.", ["Unidentified Tribal Militia (Yemen)"]),
    ("Iraq", "Tribal fighters blocked a road near Nasiriyah.", ["Unidentified Tribal Militia (Iraq)"]),
    ("Somalia", "Clan militias fought near Galkayo.", ["Unidentified Clan Militia (Somalia)"]),
    ("Ethiopia", "Tribesmen raided a village near Moyale.", ["Unidentified Ethnic Militia (Ethiopia)"]),
    ("Senegal", "MFDC rebels ambushed a patrol near Bignona.", ["MFDC: Movement of Democratic Forces of Casamance"]),
])
def test_names_by_nationality_and_identity(country, text, names):
    """QUALIFIERS and NATIONAL_COMMUNITY, SHARED_DEMONYMS, identity_kind, the MFDC."""
    assert [m.name for m in find_actors(text, country=country)] == names


@pytest.mark.parametrize(("text", "word", "left"), [
    ("Gunmen killed two ex-soldiers in Kidal.", "soldiers", True),
    ("A one-time rebel commander was shot in Beni.", "rebel", True),
    ("Two discharged policemen were beaten in Goma.", "policemen", True),
    ("Dissidents of the former FARC guerrilla attacked a post.", "FARC", False),
    ("Soldiers attacked a former market town.", "Soldiers", False),
])
def test_one_definition_of_people_who_left_a_force(text, word, left):
    """actors.FORMER_BEFORE, read by classify.past_role too."""
    assert past_role(text, text.index(word)) is left


@pytest.mark.parametrize("text", [
    "On 3 May 2026, police shot dead an alleged robber in Kisumu.",
    "On 3 May 2026, police beat the alleged thief to death in Nakuru.",
])
def test_an_alleged_doer_is_no_source(text):
    """casualties._SUBJECT: "an alleged robber" is a noun phrase, not the police alleging something."""
    event = first_reported(text, "KE", "2026-05-04")
    assert (event.actor1, event.actor2) == ("Police Forces of Kenya", "Civilians (Kenya)")
