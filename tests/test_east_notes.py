"""Golden test of east notes (tests/fixtures/east_notes.tsv): 200 short event notes in the terse style of ACLED's
coders, written before sitrep was run on any of them, from Kenya's neighbours and the region around it (Uganda's
Karamoja, South Sudan, Ethiopia, Somalia, Sudan, Tanzania, DR Congo's Ituri and Kivus, Burundi, Rwanda, the Central
African Republic, Chad, Nigeria's Middle Belt, Cameroon, Mozambique, Madagascar, Zambia, Malawi), Kenya left out,
over cattle and revenge raids, fights between named communities, militias attacking villagers, mob justice on
suspected thieves and witches, lynchings, boda-boda riders, traders and students rioting or protesting, the police
who break up riots and protests, land disputes, vigilantes, pastoralists against farmers and armed guards. Each is
coded as a careful ACLED coder codes it (sub-event type, actor1 and actor2 under ACLED's names, fatalities, admin1).
Ids 'e' (150) are the tune part; ids 'h' (50, every fourth note) were held out and run once, after the rules.

The codebook's boundaries the notes are coded by:
- Battles need two organised, armed sides: a community that fights back with its own armed men (or herders, villagers
  told as armed) makes a raid an Armed clash between the raiders and a communal militia; raiders who kill unarmed
  villagers or herders commit an Attack on civilians.
- Mob violence is a crowd's violence with no protest aim (a lynching, mob justice on a suspected thief or witch, a
  house burnt in a feud); a Violent demonstration has a demand or a target (stones thrown at the police who evict
  traders, a vehicle burnt to demand an official's release). Police who break up a riot are its actor2, and police
  who disperse a peaceful protest make it a Protest with intervention.
- An ethnic militia is named after its community when the note names it ("Pokot raiders" -> "Pokot Ethnic Militia
  (Uganda)"; "Kurya cattle raiders" -> "Kurya Ethnic Militia (Tanzania)"), else "Unidentified Ethnic Militia" for
  raiders, rustlers or tribesmen and "Unidentified Communal Militia" for a village's, herders' or farmers' armed men,
  "Unidentified Clan Militia" in Somalia; gunmen and bandits (dahalo) stay an "Unidentified Armed Group". Crowds are
  Rioters or Protesters of the country, their victims Civilians.

Two codings were corrected before any held-out note was run, by the rule above and not by sitrep's output on them:
e131's Berom youths and h037's Tiv community's youths are those peoples' ethnic militias, not unidentified ones.
Later (task places2): the nine Malawi notes' admin1 is the region (Northern, Central, Southern), ACLED's first-level
unit as GeoNames' and ISO 3166-2's, where they had named the district (Mzimba, Blantyre, Zomba, Mangochi, Lilongwe);
the gazetteer now reads the regions as admin1 (`gazetteer._grouping_regions_lowered`).

First pass (tune part, sitrep at main 6feb04c, before any rule): sub-event type 136/150 (90.7 %), event type
141/150 (94.0 %), actors 118/150 (78.7 %), fatalities 145/150 (96.7 %), admin1 141/145 (97.2 %).

After the rules (tune): sub-event type 142/150 (94.7 %), event type 145/150 (96.7 %), actors 130/150 (86.7 %),
fatalities 146/150 (97.3 %), admin1 142/145 (97.9 %) (actors at main with the two corrected codings: 119/150).
Held-out part, run once after the rules: sub-event type 44/50 (88.0 %), event type 44/50 (88.0 %), actors 37/50
(74.0 %), fatalities 49/50, admin1 44/48; the same 50 with the code before the rules (main 6feb04c): sub-event type
41/50 (82.0 %), event type 44/50, actors 34/50 (68.0 %), fatalities 49/50, admin1 44/48. That run still had a rule
that made stones thrown at the police a violent demonstration; the whole suite then showed it broke the project's
convention (tests/test_acled_roles.py: stones with no demand told are mob violence) and it was dropped, so the tune
part lost three sub-types (e022, e086, e128) and the held-out part two (h043, h045): 42/50 (84.0 %) now.

The rules: a crowd that tells a demand demonstrates (`demonstrations.crowd_states_demand`, read by
`demonstration_act` and by roles' demonstrating branch), and stoning the police is a riot act (a cue in
sitrep/data/event_patterns.tsv: mob violence unless a protest or demand is told); raiders, warriors or tribesmen
named by a people the knowledge base lacks are that people's ethnic militia (`actors._raider_people_mentions`); armed
herders or pastoralists, and a community's people who fight back, are a communal militia (`actors.ARMED_COMMUNITY`,
`FOUGHT_BACK_AFTER`); Madagascar's dahalo are bandits; two villages or two sections of a community in a deadly
battle are communal militias on both sides (`roles.IDENTITY_FIGHT`); cattle keepers and cultivators are herders and
farmers (`roles.communities.COMMUNITY_DOER`).

Twelve notes were reworded after these runs where scripts/check_copied_text.py found a stock phrase of six words
they shared with the corpora (a lynching or a burnt house told in the corpora's words); the figures above are
unchanged by the rewording (tune and held-out counted again).

Fields sitrep gets wrong are strict xfails with their reason: when a change fixes one, it must go.
Merged with main, the claims3 branch's reading of two plural nouns under one count (`casualties._SHARED_COUNT`:
'five soldiers and youths were killed') gives e021's fatalities.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import first_reported
from sitrep import demonstrations
from sitrep.actors import find_actors

FIXTURE = Path(__file__).parent / "fixtures" / "east_notes.tsv"
NEIGHBOURS = {"UG", "SS", "ET", "SO", "SD", "TZ", "CD", "BI", "RW", "CF", "TD", "NG", "CM", "MZ", "MG", "ZM", "MW"}

NOTES = GoldenNotes(FIXTURE, NOTE_COLUMNS, NOTE_FIELDS)
ROWS = NOTES.rows
miss = NOTES.miss

# --- known misses, by kind --------------------------------------------------------------------------------------------

miss("our codings disagree: a deadly fight with machetes, spears or arrows between farmers and herders or two families "
     "is read as mob violence between rioters (roles._quarrel_over_crops, _hand_weapons_only), not an armed clash of "
     "communal militias", "e044:sub_event_type", "e044:event_type", "e044:actors", "e058:sub_event_type",
     "e058:event_type", "e058:actors")
miss("our coding disagrees with the project's convention (tests/test_acled_roles.py, ACLED's Benin coding): stones "
     "thrown at the police with no demand told are mob violence; a rule that made them a violent demonstration lowered "
     "Benin's check figure and was dropped", "e022:sub_event_type", "e086:sub_event_type", "e128:sub_event_type")
miss("'local defence men' who fought back are no actor, so the raid stays an attack on civilians",
     "e138:sub_event_type", "e138:event_type", "e138:actors")
miss("villagers who destroyed a neighbour's crops in a land dispute are read as a communal militia's property "
     "destruction, not mob violence", "e139:sub_event_type", "e139:event_type", "e139:actors")
miss("a people the knowledge base lacks is not named when written as a sub-group ('Lou Nuer', 'Arab', 'Arab Choa') or "
     "is folded into another ('Mbororo' as Fulani)", "e015:actors", "e038:actors", "e066:actors", "e077:actors",
     "e078:actors")
miss("a side named by its people only through a place or a camp ('a Dinka Bor cattle camp', 'two Dinka sections') "
     "is not named after that people", "e097:actors", "e140:actors")
miss("armed youth near a town are named after the town ('Cueibet Communal Militia')", "e021:actors")
miss("militiamen of a neighbouring kebele, villagers armed with bows, guards of a private company and Zaire "
     "militiamen are read as an unidentified armed group or as the raiders the sentence names after them",
     "e030:actors", "e037:actors", "e050:actors", "e103:actors")
miss("'fighting between Dir and Marehan clan militias' names only the second clan", "e033:actors")
miss("insurgents in Cabo Delgado are an unidentified armed group, not Islamic State (Mozambique)", "e116:actors")
miss("a man lynched as a suspected Boko Haram informant makes Boko Haram an actor", "e145:actors")
miss("the killing the victim was accused of is counted with his own", "e040:fatalities")
miss("a death told as 'killed two farmers whose fields ...' or 'set ablaze a man' is not counted",
     "e064:fatalities", "e073:fatalities")
miss("a place the gazetteer lacks (Gumuruk, Anyidi, Ndu) is taken for a namesake elsewhere", "e015:admin1",
     "e140:admin1", "e078:admin1")

# Held out, run once after the rules; left as they failed.
miss("held out: stones thrown at the police with no demand told are mob violence (see e022); passed with the dropped "
     "rule in the held-out run", "h043:sub_event_type", "h045:sub_event_type")
miss("held out: 'Bokora cattle raiders' pursued by soldiers are an unidentified ethnic militia", "h001:actors")
miss("held out: two families' deadly fight with spears and machetes is read as mob violence (see e044)",
     "h003:sub_event_type", "h003:event_type", "h003:actors")
miss("held out: rioters who stoned a police station and were shot at are read as a violent demonstration, not a clash",
     "h004:sub_event_type", "h004:event_type")
miss("held out: 'Afar and Somali militias' are read as Somalia's, and the border place as Addis Ababa", "h008:actors",
     "h008:admin1")
miss("held out: 'rival tribal militias clashed' names one side an unidentified armed group", "h014:actors")
miss("held out: 'Banyamulenge self-defence militiamen' are an unidentified armed group", "h017:actors")
miss("held out: armed villagers near a town are named after the town ('Am Timan Communal Militia')", "h023:actors")
miss("held out: marketeers who overturned a council vehicle and fought police give no event",
     "h029:sub_event_type", "h029:event_type", "h029:actors", "h029:fatalities", "h029:admin1")
miss("Kaaraan district (of Mogadishu) is not found, so the event lies in no province; it passed only while such an "
     "event took the seat of government's province (stop 42)", "e035:admin1")
miss("held out: Amudat is placed in the Northern region, not the Eastern", "h031:admin1")
miss("held out: 'Hamar and Dassanech pastoralists' name only the Hamar", "h033:actors")
miss("held out: residents who burned tyres and threw stones at police 'to protest' are read as a protest with "
     "intervention by rioters", "h034:sub_event_type", "h034:event_type", "h034:actors")
miss("held out: a suspected CODECO militiaman stoned by a crowd makes CODECO an actor", "h035:actors")
miss("held out: youths of a Tiv community who attacked Fulani herders make the herders an armed side",
     "h037:sub_event_type", "h037:event_type", "h037:actors")
miss("held out: Mbororo herders are named Fulani, the villagers after their village, and Bali Nyonga is placed in the "
     "Centre region", "h038:actors", "h038:admin1")
miss("held out: village vigilantes who beat a suspect to death are read as a mob (see e045)", "h048:sub_event_type",
     "h048:event_type", "h048:actors")




def test_the_notes_are_many_and_from_kenyas_neighbours():
    assert len(ROWS) == 200
    assert {row["country"] for row in ROWS.values()} == NEIGHBOURS
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 50
    NOTES.assert_rows_well_formed()


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_east_notes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- the rules this batch added, on sentences of their own -----------------------------------------------------------


@pytest.mark.parametrize(("text", "demands"), [
    ("Youths in Bor burned a council lorry to demand the reopening of the road.", True),
    ("Students in Gitega smashed the windows of the school office, demanding the return of their headmaster.", True),
    ("Market vendors in Kasese threw stones at police who were closing the market.", False),
    ("A mob stoned the police post in Lira, demanding that officers release a suspected thief to them.", False),
    ("Supporters of the ruling party burned a car to demand the arrest of a rival candidate in Mbale.", False),
    ("Kidnappers demanding a ransom beat the hostages.", False),
])
def test_a_crowd_that_states_a_demand_is_demonstrating(text, demands):
    """demonstrations.crowd_states_demand: a demand told makes a crowd's violence a violent demonstration; stones
    thrown at the police with no demand told, a lynching mob, partisans and kidnappers are no demonstrators."""
    assert demonstrations.crowd_states_demand(text) is demands


@pytest.mark.parametrize(("code", "text", "sub_type", "actor2"), [
    ("ET", "On 3 May 2026, youths in Dilla burned a municipal truck to demand the release of a detained elder.",
     "Violent demonstration", None),
    ("MW", "On 4 May 2026, vendors in Zomba threw stones at police who were confiscating their wares.",
     "Mob violence", "Police Forces of Malawi"),
])
def test_a_crowds_demand_makes_a_violent_demonstration_and_stones_alone_mob_violence(code, text, sub_type, actor2):
    """The codebook's line, as the project codes it (tests/test_acled_roles.py): a demand makes a violent demonstration;
    stones thrown at the police with no demand told are mob violence, the police its actor2."""
    event = first_reported(text, code, "2026-05-06")
    assert (event.sub_event_type, event.actor2) == (sub_type, actor2)
    assert event.actor1.startswith("Rioters")


@pytest.mark.parametrize(("country", "text", "name"), [
    ("Ethiopia", "On 2 May 2026, Bodi cattle raiders shot dead two Mursi herders near Hana.",
     "Bodi Ethnic Militia (Ethiopia)"),
    ("South Sudan", "On 5 May 2026, Tennet warriors raided a cattle camp near Lafon.",
     "Tennet Ethnic Militia (South Sudan)"),
    ("Uganda", "On 6 May 2026, Armed raiders drove off 40 goats near Loyoro.", "Unidentified Ethnic Militia (Uganda)"),
    ("Uganda", "Police said Sunday raiders drove off 40 goats near Loyoro.", "Unidentified Ethnic Militia (Uganda)"),
])
def test_raiders_named_by_a_people_the_knowledge_base_lacks_are_that_peoples_militia(country, text, name):
    """actors._raider_people_mentions: a capitalised name before raiders, warriors or tribesmen is their people, not a
    word opening the sentence, a day or a place."""
    assert name in [m.name for m in find_actors(text, country=country)]


@pytest.mark.parametrize(("code", "text", "sides"), [
    ("TD", "On 7 May 2026, armed herders attacked a village near Bousso, killing three farmers.",
     ("Attack", "Unidentified Communal Militia (Chad)", "Civilians (Chad)")),
    ("SS", "On 8 May 2026, Arrow Boys fought armed herders near Yambio, killing one.",
     ("Armed clash", "Arrow Boys", "Unidentified Communal Militia (South Sudan)")),
    ("MG", "On 9 May 2026, dahalo raided a village near Betroka; villagers fought back and killed one of them.",
     ("Armed clash", "Unidentified Armed Group (Madagascar)", "Unidentified Communal Militia (Madagascar)")),
])
def test_armed_herders_and_a_community_that_fights_back_are_a_communal_militia(code, text, sides):
    """actors.ARMED_COMMUNITY and actors.FOUGHT_BACK_AFTER: a community's people told as armed, or fighting back
    against raiders, are a communal militia, so their fight is a battle and their raid an attack."""
    event = first_reported(text, code, "2026-05-10")
    assert (event.sub_event_type, *sorted((event.actor1, event.actor2))) == (sides[0], *sorted(sides[1:]))
