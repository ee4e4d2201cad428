"""Where the event happened (issue #12), in notes and news sentences we wrote (tests/fixtures/event_places3.tsv):
157 items from 61 countries, written before sitrep was run on any of them, on how reports name places: a village with
its district and province in brackets, 'the X area of Y County', estates and suburbs of big cities, 'along the X-Y
road', 'near the border with Z', sub-county, location and ward names, namesakes of bigger places abroad (Bali in
Cameroon, Armenia in Colombia, Gombe in Kinshasa, Soweto market in Lusaka), places given only by a landmark (a market,
a school, a mine, a camp, a national park), directions ('30 km east of Garissa town'), several places in one note and
a dateline beside the named place. Each is coded end to end with its country; the main event's admin1 (matched as
`evaluation.acled.same_admin1` matches it) and, where we are sure of it, its location ('?' not checked) are checked.
Every fourth item (ids 'h', 39) was held out.

First pass (main cb7fa9d): tune part admin1 102/118 (86.4 %), location 60/72 (83.3 %). Wrong were two ACLED-style notes
dated 'On 12 March' and 'On 8 March' three weeks before publication (no main event: an old event is background; their
dates were moved to the last days of March after the run, a flaw of the fixture, not of the place), a road named by
its ends whose towns had too little evidence to be read as places ('along the Kandi-Segbana road'), landmarks the
gazetteer lacked (Gikomba market, Pendjari and Virunga National Parks, Minawao camp), a namesake abroad of a part of
Kinshasa ('Gombe, the administrative district of Kinshasa', read as Nigeria's Gombe), a township placed at the city
that holds it ('Alexandra township in Johannesburg'), a road named after a town ('the Thika Superhighway') taken for
the town, and the misses kept below. Held out: admin1 33/38, location 25/29.

Rules added with this file: `geo.ROAD_ENDS` (moved from extract) also gives the names of a road's ends evidence that
they are places (`ROAD_END_EVIDENCE`); `geo.STREET_AFTER` takes 'Superhighway', 'Expressway' and 'Bypass';
`event_places.PART_OF_TOWN_AFTER` also reads an apposition ('X, a suburb of Y'); `geo.PART_IN_TOWN_GAP` (a known place
written as a township, estate or suburb of any town is finer than the town); `geo._park_beside_a_finer_place` (a park
ranks after a commune or district named with it, not one in brackets after it: it was added when the new Pendjari row
took a Benin tune note from its town); supplement rows for national parks (Pendjari, Virunga, Garamba, Kahuzi-Biega,
Arly), Minawao camp and Gikomba market (gazetteer schema 29). Dropped: the province a text writes with its kind beside a
place ('Githurai 45 in Kiambu County') overriding the gazetteer's province: it fixed places2's p118 and this file's p017
but moved a Kenya tune note to the county its writer got wrong, and gained no note there.
After: tune admin1 109/118 (92.4 %), location 63/72 (87.5 %); held out, run once after: admin1 33/38 -> 33/38,
location 25/29 -> 26/29.
Later (stop 43, tests/test_weapon_verbs.py's rules: bombs made for aircraft, a place struck with a weapon of war):
p147 and held-out h128 find their event and its place; held out admin1 34/38, location 27/29.
Later (stop 44, the idiom batches' cues), p085 is found and placed right.
"""

from __future__ import annotations

from pathlib import Path

from test_event_places2 import PlaceNotes

from sitrep.api import extract_text

NOTES = PlaceNotes(Path(__file__).parent / "fixtures" / "event_places3.tsv",
                   ("id", "country", "published", "admin1", "location", "note"), ("admin1", "location"))
_miss = NOTES.miss


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("no event: the act is told with a verb or frame the classifier does not take ('struck X with glide bombs', "
      "'fought over an illegal gold mine', 'used tear gas on vendors', 'a police raid ... left six suspects dead', "
      "'burned a gendarmerie post', 'exchanged fire at a gold mine', 'bombed an army base')",
      "p131:admin1", "p131:location", "p142:admin1",
      "h044:admin1", "h044:location", "h048:admin1", "h048:location")
_miss("a part of a city the gazetteer lacks (Khayelitsha, Mirpur, Ratoma): the city that holds it is the location",
      "p089:location", "p119:location", "p153:location")
_miss("the camp is its own gazetteer row, so the location is the camp's name, not the town's", "p009:location")
_miss("the gazetteer spells it Olmoran, and 'Ol Moran' is not matched to it", "p018:location")
_miss("the gazetteer puts Githurai in Nairobi; the county the note writes beside it (Kiambu) does not move its admin1",
      "p017:admin1")
_miss("the gazetteer lacks Ethiopia's Moyale, and a region named as the owner of its police ('Oromia and Somali "
      "regional police') is taken for the place", "p059:location")
_miss("the gazetteer's first level in Uganda is the region (Western, Northern), not the district", "p079:admin1",
      "p081:admin1", "h080:admin1")

def test_the_items_are_many_and_broad():
    NOTES.assert_broad(150, 50)


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_the_event_is_placed_where_it_happened = NOTES.coding_test()


def test_a_park_yields_to_the_commune_named_with_it():
    """A national park is a wide stretch of land; a commune or town named with it places the event, the park alone
    only when nothing finer is named (`geo._park_beside_a_finer_place`)."""
    beside = extract_text("Poachers shot dead two rangers inside the Pendjari National Park near Tanguieta commune on "
                          "Monday.", country="BJ")[0]
    alone = extract_text("Poachers shot dead two rangers inside the Pendjari National Park on Monday.", country="BJ")[0]
    assert (beside.location, beside.admin1) == ("Tanguieta", "Atacora")
    assert (alone.location, alone.admin1) == ("Pendjari National Park", "Atacora")


def test_the_towns_a_road_is_named_after_are_read_as_places():
    """'the Kandi-Segbana road': small towns joined by a dash before a road word are places (`geo.ROAD_ENDS`)."""
    event = extract_text("Kidnappers seized a farmer on the Kandi-Segbana road on Monday.", country="BJ")[0]
    assert event.admin1 == "Alibori"
