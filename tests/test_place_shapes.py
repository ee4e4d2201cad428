"""Where short reports place an event when they name it in the shapes reporters use: a district with its province
("X district, Y province", "X district of Y", "Y's X district"), a town that shares its name with its district, "on
the outskirts of X", "near the border town of X", "between X and Y" (the first named), a road named after the towns
it joins ("on the X-Y road": the first town, unless a town is named beside the road), and "the Y town of X".

All reports are ours, set in 24 countries. Gold is the province (admin1, under either of its common spellings) and the
town: its name, or a point within 15 km of the town (coordinates from general knowledge, only towns whose position
we know to within a few km); a district's name where the report names a district.

First pass, before the rules added with this file: 64 of 73 reports right (88%). Wrong were the Afghan districts
the packages lack (Zhari, Dand, Marjah), a Myanmar township (Kani), Makhmur (known only as Mexmur, not found), and
towns placed at the centroid of the district named after them (Zakho 17 km off, Lakki Marwat 6 km, Dera Ismail Khan
23 km, Cucuta 19 km). After: 67 of 73; Marjah is a supplement row, Zakho and Lakki Marwat their towns
(`geo._town_or_district`); the rest are marked xfail with their reason. Task places3: 69 of 73; a district
named after a town inside it now stands at that town, its seat (`gazetteer._note_seat_town`), so Dera Ismail Khan
and Cucuta are right whichever reading wins.
"""

from __future__ import annotations

import pytest

from sitrep.gazetteer import distance_km, name_key
from sitrep.geo import geoparse, locate_event

TOWN_REACH_KM = 15.0
SEAT_REACH_KM = 5.0
"""A town named like its district is judged by its point alone, closer than the district's centroid usually lies."""
MISSING_DISTRICT = "a district the packages lack; we do not know its centre to within a few km"

DISTRICT_SHAPES = [
    ("Gunmen killed two farmers in Shah Wali Kot district, Kandahar province, on Monday.", "AF", "Kandahar",
     "Shah Wali Kot", None),
    ("A roadside bomb struck a police pickup in Nad Ali district of Helmand on Tuesday.", "AF", "Helmand",
     "Nad 'Ali|Nad Ali", None),
    pytest.param("Taliban fighters overran an army checkpoint in Zhari district, Kandahar province.", "AF", "Kandahar",
                 "Zhari", None, marks=pytest.mark.xfail(reason=MISSING_DISTRICT, strict=True)),
    pytest.param("Heavy clashes were reported in Dand district of Kandahar province overnight.", "AF", "Kandahar",
                 "Dand", None, marks=pytest.mark.xfail(reason=MISSING_DISTRICT, strict=True)),
    ("An airstrike hit a compound in Maiwand district, Kandahar, killing four insurgents.", "AF", "Kandahar",
     "Maiwand|Maywand", None),
    ("Insurgents attacked a bazaar in Marjah district of Helmand province.", "AF", "Helmand", "Marjah", None),
    ("Special forces raided a hideout in Sangin district, Helmand province, before dawn.", "AF", "Helmand", "Sangin",
     None),
    ("Gunmen ambushed a supply convoy in Ghazni's Andar district.", "AF", "Ghazni", "Andar", None),
    ("A mine killed three children in Arghandab district of Kandahar.", "AF", "Kandahar", "Arghandab", None),
    ("Militants stormed a police post in Tank district of Khyber Pakhtunkhwa province.", "PK", "Khyber Pakhtunkhwa",
     "Tank", (32.22, 70.38)),
    ("Bandits killed five villagers in Tsafe local government area of Zamfara State.", "NG", "Zamfara", "Tsafe", None),
    ("Gunmen abducted eleven travellers in Kajuru district of Kaduna State.", "NG", "Kaduna", "Kajuru", None),
    ("Insurgents burned dozens of homes in Macomia district, Cabo Delgado province.", "MZ", "Cabo Delgado", "Macomia",
     None),
    ("Rebels killed ten civilians in Beni territory, North Kivu province.", "CD", "Nord-Kivu|North Kivu", "Beni", None),
    ("Al-Shabaab fighters attacked an army base in Afgoye district, Lower Shabelle region.", "SO",
     "Lower Shabelle|Shabeellaha Hoose", "Afgoye", None),
    ("Maoist rebels ambushed a patrol in Sukma district of Chhattisgarh.", "IN", "Chhattisgarh", "Sukma", None),
    ("Troops shelled villages in Kani township of Sagaing region.", "MM", "Sagaing", "Kani", None),
    ("Guerrillas bombed a pipeline in the municipality of Tame, Arauca department.", "CO", "Arauca", "Tame",
     (6.46, -71.73)),
    ("Soldiers clashed with gunmen in Datu Piang town, Maguindanao province.", "PH",
     "Bangsamoro Autonomous Region in Muslim Mindanao|Maguindanao", "Datu Piang", None),
    ("Police fired tear gas at protesters in Bannu district of Khyber Pakhtunkhwa.", "PK", "Khyber Pakhtunkhwa",
     "Bannu", (32.99, 70.60)),
    ("Unknown gunmen killed a trader in Kamuli district, eastern Uganda.", "UG", "Eastern", "Kamuli", None),
    ("A bomb exploded near a mosque in Bakool region's Hudur district.", "SO", "Bakool", "Hudur", None),
    ("Police arrested twelve protesters in Kamituga, in South Kivu's Mwenga territory.", "CD", "Sud-Kivu|South Kivu",
     "Kamituga", (-3.06, 28.18)),
]

SEAT_TOWNS = [
    ("Turkish drones struck a car near Zakho in Duhok province.", "IQ", "Duhok|Dahuk", "Zakho", (37.14, 42.68)),
    ("A Turkish airstrike hit a village outside Akre, killing two fighters.", "IQ", "Duhok|Dahuk|Nineveh|Ninawa",
     "Akre", (36.74, 43.89)),
    ("Gunmen killed a shepherd in Sinjar on Friday.", "IQ", "Nineveh|Ninawa", "Sinjar", (36.32, 41.87)),
    ("A car bomb exploded in a market in Tal Afar.", "IQ", "Nineveh|Ninawa", "Tal Afar", (36.38, 42.45)),
    pytest.param("Militants attacked an army post in Makhmur overnight.", "IQ", "Erbil|Arbil|Nineveh|Ninawa", "Makhmur",
                 (35.78, 43.58), marks=pytest.mark.xfail(reason="the packages know it only as Mexmur", strict=True)),
    ("Residents of Manbij protested against the local council.", "SY", "Aleppo|Halab", "Manbij", (36.53, 37.95)),
    ("Shelling hit a school in Afrin on Sunday.", "SY", "Aleppo|Halab", "Afrin", (36.51, 36.87)),
    ("An explosion struck a checkpoint in Jarablus.", "SY", "Aleppo|Halab", "Jarablus", (36.82, 38.01)),
    ("Gunmen shot dead a policeman in Lakki Marwat.", "PK", "Khyber Pakhtunkhwa", "Lakki Marwat", (32.61, 70.91)),
    ("A suicide bomber struck a rally in Dera Ismail Khan.", "PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan",
     (31.83, 70.90)),
    ("Soldiers repelled an attack on a base in Spin Boldak.", "AF", "Kandahar", "Spin Boldak", (31.01, 66.40)),
    ("Militants fired rockets at the airport in Haditha.", "IQ", "Anbar|Al Anbar", "Haditha", (34.14, 42.38)),
    ("Protesters blocked the main road in Tuz Khurmatu.", "IQ", "Salah ad Din", "Tuz Khurmatu", (34.88, 44.63)),
    ("Gunmen killed twelve people in Kafanchan, southern Kaduna.", "NG", "Kaduna", "Kafanchan", (9.58, 8.29)),
    ("Armed men attacked migrants in the border town of Cucuta.", "CO", "Norte de Santander", "Cucuta", (7.89, -72.50)),
]

OUTSKIRTS_AND_BORDER_TOWNS = [
    ("Insurgents attacked a camp on the outskirts of Maiduguri on Wednesday.", "NG", "Borno", "Maiduguri",
     (11.85, 13.16)),
    ("Rebels shelled a displacement camp on the outskirts of Goma.", "CD", "Nord-Kivu|North Kivu", "Goma",
     (-1.68, 29.22)),
    ("A mortar round hit houses on the outskirts of Mogadishu.", "SO", "Banaadir", "Mogadishu", (2.04, 45.34)),
    ("Missiles struck a warehouse on the outskirts of Kharkiv.", "UA", "Kharkiv|Kharkivska oblast", "Kharkiv",
     (49.99, 36.23)),
    ("Militias clashed on the outskirts of Tripoli overnight.", "LY", "Tripoli|Tarabulus", "Tripoli", (32.89, 13.19)),
    ("Gunmen killed two soldiers on the outskirts of Gao.", "ML", "Gao", "Gao", (16.27, -0.04)),
    ("Jihadists attacked a military post on the outskirts of Djibo.", "BF", "Sahel", "Djibo", (14.10, -1.63)),
    ("Police dispersed squatters on the outskirts of Eldoret.", "KE", "Uasin Gishu", "Eldoret", (0.52, 35.27)),
    ("Gunmen killed three traders near the border town of Moyale.", "KE", "Marsabit", "Moyale", (3.52, 39.06)),
    ("Smugglers clashed with police in the border town of Busia.", "KE", "Busia", "Busia", (0.46, 34.09)),
    ("A bomb went off in a market in the border town of Chaman.", "PK", "Balochistan", "Chaman", (30.92, 66.45)),
    ("Boko Haram fighters raided the border town of Gamboru.", "NG", "Borno", "Gamboru", (12.37, 14.20)),
    ("Jihadists attacked a gendarmerie post near the border town of Malanville.", "BJ", "Alibori", "Malanville",
     (11.86, 3.39)),
    ("Separatists attacked soldiers near the border town of Kousseri.", "CM", "Far North|Extreme-Nord", "Kousseri",
     (12.08, 15.03)),
    ("Rebels seized the border town of Tamu on Thursday.", "MM", "Sagaing", "Tamu", (24.22, 94.31)),
    ("Militants attacked a police station in the Helmand town of Gereshk.", "AF", "Helmand", "Gereshk", (31.82, 64.57)),
    ("Jihadists raided the Borno town of Monguno overnight.", "NG", "Borno", "Monguno", (12.67, 13.61)),
    ("Clashes broke out in Nyala, South Darfur's state capital, at dusk.", "SD", "South Darfur|Janub Darfur", "Nyala",
     (12.05, 24.88)),
]

BETWEEN_AND_ROADS = [
    ("Raiders ambushed a lorry between Lodwar and Kakuma.", "KE", "Turkana", "Lodwar", (3.12, 35.60)),
    ("An improvised device hit a convoy between Gao and Ansongo.", "ML", "Gao", "Gao", (16.27, -0.04)),
    ("Heavy fighting was reported between Marib and Sirwah.", "YE", "Marib|Ma'rib", "Marib", (15.46, 45.32)),
    ("Gunmen attacked a bus between Dori and Gorom-Gorom.", "BF", "Sahel", "Dori", (14.03, -0.03)),
    ("Militants ambushed troops between Beledweyne and Bulo Burte.", "SO", "Hiiraan|Hiraan", "Beledweyne",
     (4.74, 45.20)),
    ("Bandits robbed travellers between Juba and Yei.", "SS", "Central Equatoria", "Juba", (4.85, 31.58)),
    ("Herders clashed with farmers between Garsen and Hola.", "KE", "Tana River", "Garsen", (-2.27, 40.12)),
    ("Bandits ambushed a bus on the Isiolo-Marsabit road.", "KE", "Isiolo", "Isiolo", (0.35, 37.58)),
    ("Insurgents set up a checkpoint on the Maiduguri-Damboa road.", "NG", "Borno", "Maiduguri", (11.85, 13.16)),
    ("Gunmen attacked a truck near Gwoza on the Maiduguri-Bama road.", "NG", "Borno", "Gwoza", (11.08, 13.69)),
    ("A bomb hit a minibus on the Mogadishu-Afgoye road.", "SO", "Banaadir", "Mogadishu", (2.04, 45.34)),
    ("Rebels burned trucks on the Beni-Kasindi road.", "CD", "Nord-Kivu|North Kivu", "Beni", (0.49, 29.47)),
    ("Police escorted buses on the Lamu-Garsen road after an ambush near Mpeketoni.", "KE", "Lamu", "Mpeketoni",
     (-2.39, 40.70)),
    ("Robbers stopped a car on the Kisumu-Busia highway near Maseno.", "KE", "Kisumu", "Maseno", (0.00, 34.60)),
    ("Soldiers cleared roadblocks along the Mandalay-Lashio highway.", "MM", "Mandalay", "Mandalay", (21.97, 96.08)),
    ("An ambush was reported between Kidal and Aguelhok.", "ML", "Kidal", "Kidal", (18.44, 1.41)),
    ("Rioters looted shops between Kousseri and Maltam.", "CM", "Far North|Extreme-Nord", "Kousseri", (12.08, 15.03)),
]


def _located(text: str, hint: str):
    return locate_event(text, [(0, len(text))], geoparse(text, country_hint=hint))


def _right_place(text: str, hint: str, admin1: str, town: str, point: tuple[float, float] | None,
                 seat: bool = False) -> bool:
    """Whether the report's event lies in one of the province's spellings, named as the town or near its point; a
    seat town (`seat`) only at its point."""
    location = _located(text, hint)
    if location is None or name_key(location.admin1 or "") not in {name_key(a) for a in admin1.split("|")}:
        return False
    if seat:
        return distance_km(location.latitude, location.longitude, *point) <= SEAT_REACH_KM
    if location.location and name_key(location.location) in {name_key(t) for t in town.split("|")}:
        return True
    return point is not None and distance_km(location.latitude, location.longitude, *point) <= TOWN_REACH_KM


@pytest.mark.parametrize(("text", "hint", "admin1", "town", "point"), DISTRICT_SHAPES)
def test_a_district_named_with_its_province(text, hint, admin1, town, point):
    assert _right_place(text, hint, admin1, town, point)


@pytest.mark.parametrize(("text", "hint", "admin1", "town", "point"), SEAT_TOWNS)
def test_a_bare_name_shared_by_a_town_and_its_district_is_the_town(text, hint, admin1, town, point):
    assert _right_place(text, hint, admin1, town, point, seat=True)


@pytest.mark.parametrize(("text", "hint", "admin1", "town", "point"), OUTSKIRTS_AND_BORDER_TOWNS)
def test_outskirts_border_towns_and_province_towns(text, hint, admin1, town, point):
    assert _right_place(text, hint, admin1, town, point)


@pytest.mark.parametrize(("text", "hint", "admin1", "town", "point"), BETWEEN_AND_ROADS)
def test_between_two_towns_and_on_a_road_the_first_named_or_the_one_beside(text, hint, admin1, town, point):
    assert _right_place(text, hint, admin1, town, point)


def test_a_district_named_as_such_keeps_its_province():
    """"Zakho district" names the district, whose province is the town's."""
    assert _located("Drones struck two cars in Zakho district on Monday.", "IQ").admin1 == "Dahuk"


def test_a_name_written_as_the_area_of_another_stays_the_district():
    """After a comma the name holds the village before it: the district, not its seat town."""
    text = "Gunmen killed a farmer in a village of Naurang tehsil, Lakki Marwat, Khyber Pakhtunkhwa."
    location = _located(text, "PK")
    assert (location.admin1, location.geo_precision) == ("Khyber Pakhtunkhwa", 2)


def test_a_province_in_brackets_is_not_raised_to_its_capital():
    """"(Khulna)" after a district names the division: the seat rule raises a town only above its district."""
    location = _located("Two groups clashed at Gopalpur village in Bagerhat Sadar (Khulna) over a canal.", "BD")
    assert (location.location, location.admin1, location.geo_precision) == ("Bagerhat", "Khulna", 2)


@pytest.mark.parametrize(
    ("text", "hint", "place", "admin1"),
    [
        ("Rebels ambushed a convoy near Beni. The attackers later fled into Uganda.", "CD", "Beni", "Nord-Kivu"),
        ("Militants raided a gendarmerie post in Diffa. They withdrew across the border to Nigeria.", "NE", "Diffa",
         "Diffa"),
        ("Bandits stole cattle at Loima on Sunday. The raiders drove back into South Sudan with the herd.", "KE",
         "Loima", "Turkana"),
    ],
)
def test_a_country_the_actors_went_to_afterwards_is_not_the_event_place(text, hint, place, admin1):
    """The event's sentence names only the country the attackers left for: the event lies at the report's other
    places."""
    last = text.index(". ") + 2
    location = locate_event(text, [(last, len(text))], geoparse(text, country_hint=hint))
    assert (location.location, location.admin1) == (place, admin1)


def test_a_country_entered_for_the_event_is_still_its_place():
    """'Crossed into Kenya and torched a school': crossing brings the raiders to the event's country."""
    text = "Raiders crossed into Kenya and torched a school."
    assert _located(text, "UG").country == "Kenya"


def test_a_country_only_fled_to_says_nothing_of_where_the_event_was():
    text = "Thousands of villagers fled into Chad on Tuesday."
    assert _located(text, "SD") is None
