"""Where the event happened and how its province is named, in notes we wrote (tests/fixtures/event_places4.tsv):
40 notes from 26 countries, written before sitrep was run on any of them: provinces ACLED names otherwise than
GeoNames (Lebanon's 'Nabatieh' and 'South', the Philippines' 'Metropolitan Manila', Palestine's West Bank and Gaza
Strip, Uganda's districts), towns whose name a smaller place elsewhere in the country shares (Balakliia, Bijapur),
neighbourhoods and districts of big cities (Tondo, Hodan, Cite Soleil, Kibera), refugee and displacement camps,
'X district' / 'Y province' forms and places told by a direction ('20 km north of Dadaab'). The main event's admin1
(matched as `evaluation.acled.same_admin1` matches it) and, where we are sure of it, its location are checked.
Every fourth item (ids 'h', 10) is held out.

First pass (main 9ae8918): tune admin1 21/30, location 20/26; held out admin1 8/10, location 6/7. Right only by the
scorer's leniency, users got GeoNames' names: 'An Nabatiyah', 'National Capital Region', 'Kharkivska oblast',
'Halab', 'Banaadir', 'Amara', 'Ta`izz', 'Chattogram', 'Nairobi City'; wrong were Lebanon's 'Al Janub' for 'South',
'National Capital Region' for 'Metropolitan Manila', Palestine's governorates (Nablus, Khan Yunis) for the West Bank
and Gaza Strip, Uganda's region for its district, and places the gazetteer lacked (Tondo, Cite Soleil).

Rules added with this file (gazetteer schema 30): data/acled_admin1.csv and `gazetteer._acled_first_level` name
every place's first-level unit as ACLED does (GADM's level-1 names: Lebanon, the Philippines' regions, Kenya's
counties, Palestine's two territories with the governorates below them, Ukraine's oblasts, Syria, Yemen, Somalia,
Ethiopia, Bangladesh), the old names still finding the unit; `gazetteer._ukrainian_spellings` (Ukraine's 2010
romanisation: 'Balakliia', 'Kupiansk'); supplement rows for Tondo, Cite Soleil, the Dahiyeh and Balcad's other
spelling; Khiam's province spelled as GeoNames spells it.
After: tune admin1 27/30 (28/30 with the dropped Uganda rule), location 22/26. Held out, run once after: admin1
8/10 -> 10/10, location 6/7 -> 6/7, with Uganda's districts as its first level, a rule then dropped (below), after
which h12's admin1 (Uganda) is missed again: 9/10.
Dropped: Uganda's districts as its first level (GADM level 1): our other fixtures (east_notes, crowd_notes,
mob_attack_notes, actor_notes6/7) code Uganda's admin1 as the region, so the convention needs a ruling first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_event_places2 import PlaceNotes

from sitrep.api import extract_text
from sitrep.gazetteer import load

NOTES = PlaceNotes(Path(__file__).parent / "fixtures" / "event_places4.tsv",
                   ("id", "country", "published", "admin1", "location", "note"), ("admin1", "location"))
_miss = NOTES.miss

FIRST_PASS = {"tune": {"admin1": (21, 30), "location": (20, 26)}, "held": {"admin1": (8, 10), "location": (6, 7)}}
"""Right before the rules of this file, out of checked fields."""


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("the gazetteer's first level in Uganda is the region (Northern), not the district", "p11:admin1")
_miss("held out: as p11", "h12:admin1")
_miss("the camp is its own gazetteer row, so the location is the camp's name, not the town's", "p15:location",
      "h24:location")
_miss("no event: the act is told with a verb the classifier does not take ('struck X with glide bombs', 'burned a "
      "health centre')", "p17:admin1", "p17:location", "p22:admin1", "p22:location")
_miss("a district of Mogadishu is its own gazetteer row, so the location is the district's name", "p26:location")


def test_the_items_are_many_and_broad():
    NOTES.assert_broad(40, 25)


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_the_event_is_placed_where_it_happened = NOTES.coding_test()


@pytest.mark.parametrize(
    ("country", "sentence", "admin1"),
    [
        ("LB", "An Israeli drone struck a car in Nabatieh on Sunday, killing two men.", "Nabatieh"),
        ("LB", "Israeli shelling wounded three farmers near Tyre on Monday.", "South"),
        ("PH", "Gunmen shot dead a village chief in Quezon City on Tuesday.", "Metropolitan Manila"),
        ("PS", "Israeli troops shot dead two Palestinians in Nablus on Monday.", "West Bank"),
        ("PS", "An air strike on a house in Khan Yunis killed five people.", "Gaza Strip"),
        ("KE", "Police shot dead two robbery suspects in Kayole on Sunday.", "Nairobi"),
        ("UA", "Russian shelling killed two people in Kupiansk on Monday.", "Kharkiv"),
        ("SY", "Gunmen killed three people in Aleppo on Monday.", "Aleppo"),
        ("SO", "A roadside bomb killed three soldiers near Afgoye on Tuesday.", "Lower Shabelle"),
        ("ET", "Militiamen clashed with soldiers in Bahir Dar on Friday.", "Amhara"),
        ("YE", "Snipers shot dead a child in Taizz on Monday.", "Taizz"),
        ("BD", "Two Rohingya were killed in a clash at a camp in Ukhia on Monday.", "Chittagong"),
    ],
)
def test_the_province_is_named_as_acled_names_it(country, sentence, admin1):
    """ACLED's admin1 follows GADM's level-1 names ('Nabatieh', 'Metropolitan Manila', 'Kharkiv'), not GeoNames'
    ('An Nabatiyah', 'National Capital Region', 'Kharkivska oblast'): users get ACLED's name
    (`gazetteer._acled_first_level`)."""
    [event] = extract_text(sentence, country=country)[:1]
    assert event.admin1 == admin1


def test_a_province_is_still_found_by_its_old_name_and_a_capital_keeps_its_own():
    """GeoNames' name of a renamed province still finds it; ACLED's name of Kyiv oblast ('Kyiv') is not given to the
    oblast as a name, since the capital has it."""
    assert {c.place.name for c in load().lookup("An Nabatiyah") if c.place.feature_code == "ADM1"} == {"Nabatieh"}
    kyiv = [c.place for c in load().lookup("Kyiv") if c.official and c.place.country_code == "UA"]
    assert {(p.name, p.admin1) for p in kyiv} == {("Kyiv", "Kyiv City"), ("Kyiv City", "Kyiv City")}


@pytest.mark.parametrize(("name", "admin1"), [("Balakliia", "Kharkiv"), ("Kupiansk", "Kharkiv"),
                                               ("Huliaipole", "Zaporizhia"), ("Kostiantynivka", "Donetsk")])
def test_a_ukrainian_town_is_found_by_its_2010_romanisation(name, admin1):
    """News writes Ukrainian towns in the national romanisation of 2010 ('Balakliia'); GeoNames often in the older
    one ('Balakliya'): the most populous reading is the town, not a village of the new spelling elsewhere."""
    towns = [c.place for c in load().lookup(name) if c.place.country_code == "UA"]
    assert max(towns, key=lambda p: p.population).admin1 == admin1


@pytest.mark.parametrize(("country", "sentence", "place", "admin1"), [
    ("PH", "Gunmen shot dead two men in Tondo on Friday.", "Tondo", "Metropolitan Manila"),
    ("HT", "Gangs killed four people in Cite Soleil on Monday.", "Cite Soleil", "Ouest"),
    ("LB", "Israeli jets bombed a building in the Dahiyeh on Friday night, killing three.", "Dahiyeh", "Mount Lebanon"),
    ("SO", "Militants shelled an army base in Bal'ad, Middle Shabelle, on Monday, killing four.", "Bal'ad",
     "Middle Shabelle"),
])
def test_a_district_of_a_capital_the_packages_lack_is_a_place(country, sentence, place, admin1):
    """Manila's Tondo, Port-au-Prince's Cite Soleil and Beirut's southern suburbs (the Dahiyeh, which lie in Mount
    Lebanon, not in Beirut governorate), named in reports on their own, are supplement rows; so is Somalia's Balcad
    with its other spelling ('Bal\'ad')."""
    [event] = extract_text(sentence, country=country)[:1]
    assert (event.location, event.admin1) == (place, admin1)
