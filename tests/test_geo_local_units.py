"""Local units that packages name (Kenya's constituencies, sub-counties and wards; Benin's arrondissements) and how
an event is placed among the names of a report, on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import _split_units, _Unit, _unit_name, load
from sitrep.geo import geoparse, locate_event


def _places(name: str, country: str) -> list:
    return [c.place for c in load().lookup(name) if c.place.country_code == country]


def _located(text: str, hint: str):
    return locate_event(text, [(0, len(text))], geoparse(text, country_hint=hint))


def test_a_kenyan_ward_lies_in_its_county_at_its_constituency():
    [ward] = [p for p in _places("Tirioko", "KE") if p.feature_code == "ADM3"]
    [constituency] = [p for p in _places("Tiaty", "KE") if p.feature_code == "ADM2"]
    assert (ward.admin1, ward.admin2, ward.source) == ("Baringo", "Tiaty", "kenya-data")
    assert (ward.latitude, ward.longitude) == (constituency.latitude, constituency.longitude)


def test_a_ward_named_in_a_report_places_the_event_in_its_county():
    location = _located("Gunmen drove off hundreds of goats from Tirioko ward, Baringo county, on Monday.", "KE")
    assert (location.location, location.admin1, location.geo_precision) == ("Tirioko", "Baringo", 2)


def test_an_older_unit_split_by_compass_words_keeps_its_name():
    [kuresoi] = [p for p in _places("Kuresoi", "KE") if p.source == "kenya-data"]
    assert (kuresoi.admin1, kuresoi.feature_code) == ("Nakuru", "ADM2")
    assert _located("Youths burnt houses in Kuresoi after the announcement.", "KE").admin1 == "Nakuru"


def test_split_units_need_one_province_and_wards_one_constituency():
    parts = [_Unit("Upper Alpha", (), "KE", "Meru", "C1", (0.0, 37.0), "ADM3", "kenya-data"),
             _Unit("Lower Alpha", (), "KE", "Meru", "C1", (0.2, 37.2), "ADM3", "kenya-data"),
             _Unit("Beta East", (), "KE", "Meru", "C1", (0.0, 37.0), "ADM3", "kenya-data"),
             _Unit("Beta West", (), "KE", "Embu", "C2", (0.0, 37.0), "ADM3", "kenya-data")]
    [alpha] = _split_units(parts)
    assert (alpha.name, alpha.admin2, alpha.point) == ("Alpha", "C1", (0.1, 37.1))


def test_an_older_unit_named_after_the_places_it_joins_is_called_by_each():
    [gamma] = _split_units([_Unit("North Gamma/Delta", ("North Gamma", "Delta"), "KE", "Meru", "C1", (0.0, 37.0),
                                  "ADM3", "kenya-data")])
    assert (gamma.name, gamma.aliases) == ("Gamma/Delta", ("Gamma", "Delta"))
    location = _located("Floodwater cut off two villages in Kano on Thursday, officials said.", "KE")
    assert (location.location, location.admin1) == ("Kano", "Kisumu")
    text = "Floodwater cut off two villages near Kano, in Nigeria's north, on Thursday."
    assert _located(text, "KE").admin1 == "Kano"


def test_unit_names_are_written_as_reports_write_them():
    assert _unit_name("LAMU EAST") == "Lamu East"
    assert _unit_name("Mwingi Central Sub- County") == "Mwingi Central"
    assert _unit_name("Kamu 'b'") == "Kamu B"
    assert _unit_name("Alpha / Beta") == "Alpha/Beta"
    location = _located("Youths burnt a chief's office in Nyalenda A on Monday.", "KE")
    assert (location.location, location.admin1) == ("Nyalenda A", "Kisumu")


def test_a_generic_ward_name_is_no_place():
    assert not [p for p in _places("Township", "KE") if p.source == "kenya-data"]


def test_a_ward_named_by_a_short_or_english_word_is_read_only_where_written_as_a_place():
    assert _located("Youths set fire to a chief's camp in Soy overnight.", "KE").admin1 in ("Uasin Gishu",
                                                                                             "Elgeyo-Marakwet")
    assert _located("Rival groups traded blows at Ravine after the count.", "KE").admin1 == "Baringo"
    assert [t.text for t in geoparse("Police scattered hawkers in Manga ward on Tuesday.", country_hint="KE")] \
        == ["Manga"]
    assert geoparse("Soy growers marched to demand better prices for their beans.", country_hint="KE") == []
    assert geoparse("A Ravine opened after the heavy rain, cutting the road.", country_hint="KE") == []


def test_a_benin_arrondissement_lies_at_its_commune():
    [garou] = [p for p in _places("Garou", "BJ") if p.source == "benin-geo"]
    assert (garou.admin1, garou.feature_code) == ("Alibori", "ADM3")
    assert garou.admin2 and "Malanville" in garou.admin2


def test_a_county_word_after_a_kenyan_county_name_is_the_county():
    def readings(text):
        return [(t.text, t.feature_code, t.admin1) for t in geoparse(text, country_hint="KE")]

    assert readings("Herders clashed with farmers in Baringo county on Friday.") == [("Baringo", "ADM1", "Baringo")]
    assert readings("Herders clashed with farmers in Baringo on Friday.") == [("Baringo", "PPL", "Baringo")]


def test_a_name_written_as_two_words_finds_the_one_word_unit():
    readings = [(t.name, t.admin1) for t in geoparse("Raiders stole camels near Garba Tula on Sunday.", country_hint="KE")
                if t.latitude is not None]
    assert readings and readings[0][1] == "Isiolo"
    assert [t.admin1 for t in geoparse("Gunmen fired at a market in Ol Moran.", country_hint="KE")] == ["Laikipia"]


def test_a_place_people_came_from_yields_to_the_place_they_fought_in():
    location = _located("Fishermen from Parakou attacked traders in Guene (Malanville, Alibori) on Monday.", "BJ")
    assert (location.location, location.admin1) == ("Guene", "Alibori")


def test_from_governs_every_place_of_the_list_it_opens():
    location = _located("Herders from Parakou and Kandi attacked farmers in Guene on Monday.", "BJ")
    assert (location.location, location.admin1) == ("Guene", "Alibori")
    location = _located("Herders from Kandi and Parakou attacked farmers in Guene on Monday.", "BJ")
    assert (location.location, location.admin1) == ("Guene", "Alibori")


def test_the_first_listed_origin_stands_when_no_other_place_is_named():
    location = _located("Traders from Eldoret and Kapsabet blocked the highway for an hour.", "KE")
    assert location.location == "Eldoret"


def test_a_town_a_distance_is_measured_from_is_no_origin():
    location = _located("Traders of Garsen said bandits ambushed a lorry 30 km from Hola at dawn.", "KE")
    assert (location.location, location.admin1) == ("Hola", "Tana River")


def test_the_towns_a_road_is_named_after_are_not_where_it_was_blocked():
    location = _located("For hours, angry drivers parked across the Cotonou-Parakou highway at Glazoue (Collines).", "BJ")
    assert (location.location, location.admin1) == ("Glazoue", "Collines")


def test_a_town_named_beside_a_country_says_where_in_it():
    text = ("Soldiers stopped a truck of explosives before it crossed into Kenya from Somalia. "
            "Mandera lies where the borders of the two countries meet.")
    location = _located(text, "KE")
    assert (location.location, location.admin1) == ("Mandera", "Mandera")


@pytest.mark.parametrize(
    ("sentence", "admin1"),
    [
        ("Bandits drove away 300 camels in East Pokot district overnight.", "Baringo"),
        ("Two farmers were hacked to death in Tana Delta district on Friday.", "Tana River"),
        ("A herder was shot in Tana North district after a dispute over water.", "Tana River"),
        ("Raiders from across the border struck a settlement in Chalbi district.", "Marsabit"),
        ("Youths burnt a police post in Buret district, Kenya.", "Kericho"),
    ],
)
def test_a_former_kenyan_district_lies_in_its_county(sentence, admin1):
    """Kenya's 2007-2010 districts are still named in reports; "East Pokot" is Baringo's Tiaty, not West Pokot,
    and "Tana Delta" is no Madagascar "Tana"."""
    assert _located(sentence, "KE").admin1 == admin1


@pytest.mark.parametrize(
    ("sentence", "hint", "place"),
    [
        ("Following protests in Parakou, residents of Djougou blocked a road to stop a police convoy.", "BJ", "Djougou"),
        ("After a raid in Malanville last week, herders in Kandi clashed with farmers, leaving two dead.", "BJ", "Kandi"),
        ("In retaliation for a killing in Isiolo, youths in Marsabit torched four shops.", "KE", "Marsabit"),
    ],
)
def test_a_place_in_an_opener_about_an_earlier_event_is_not_the_events(sentence, hint, place):
    """'Following protests in X, ...' names what led to the event; the main clause says where it happened."""
    assert _located(sentence, hint).location == place


def test_a_gerund_opener_tells_the_same_actors_act_and_keeps_its_place():
    assert _located("After storming the town of Nikki on Monday, gunmen burnt the market.", "BJ").location == "Nikki"


@pytest.mark.parametrize(
    ("sentence", "place", "admin1"),
    [
        ("Clashes erupted in Marsabit's Saku constituency, leaving three dead.", "Saku", "Marsabit"),
        ("Raiders struck a manyatta in Tiaty sub-county of Baringo.", "Tiaty", "Baringo"),
        ("Gunmen shot two traders in Isiolo's Oldonyiro ward at night.", "Oldonyiro", "Isiolo"),
    ],
)
def test_a_kenyan_unit_named_with_its_kind_is_the_events_place_not_its_county(sentence, place, admin1):
    """Kenya's constituencies, sub-counties and wards are written with their kind, as districts are elsewhere
    ("Herat's Shindand district"): the unit, not the county's town of the county's name, is the place."""
    location = _located(sentence, "KE")
    assert (location.location, location.admin1) == (place, admin1)


@pytest.mark.parametrize(
    ("sentence", "admin1", "precision"),
    [
        ("Bandits stole cattle in Baringo and Turkana counties, killing two.", "Baringo", 3),
        ("Herders clashed at Kapedo, on the border of Baringo and Turkana counties.", "Turkana", 2),
    ],
)
def test_names_joined_before_a_plural_county_word_are_counties(sentence, admin1, precision):
    """'Baringo and Turkana counties': each name is a county, not the town of its name."""
    location = _located(sentence, "KE")
    assert (location.admin1, location.geo_precision) == (admin1, precision)


def test_a_ward_named_after_the_places_it_joins_is_named_as_the_report_wrote():
    """kenya-data names some wards after two places ("Kapedo/Napeitom"); the event's place is the one written."""
    assert _located("Raiders burnt six huts at Kapedo in Turkana East on Sunday.", "KE").location == "Kapedo"


@pytest.mark.parametrize(
    ("sentence", "hint", "place", "admin1"),
    [
        ("Militants ambushed a patrol in Boni forest, near the Somali border.", "KE", "Boni Forest", "Lamu"),
        ("Troops raided a hideout in Sambisa forest on Monday.", "NG", "Sambisa Forest", "Borno"),
    ],
)
def test_a_forest_written_with_a_lower_case_kind_word_is_the_forest(sentence, hint, place, admin1):
    """'Boni forest': "forest" (and "reserve") can end a curated place's name, as "camp" or "desert" do."""
    location = _located(sentence, hint)
    assert (location.location, location.admin1) == (place, admin1)


def test_a_kenyan_constituency_that_is_an_english_word_is_known():
    assert any(p.admin1 == "Siaya" for p in _places("Gem", "KE"))


@pytest.mark.parametrize(
    ("sentence", "place", "admin1"),
    [
        ("A crowd stoned a police car in Gem, Siaya, on Saturday.", "Gem", "Siaya"),
        ("Officers shot a protester dead in Kondele, Kisumu.", "Kondele", "Kisumu"),
    ],
)
def test_a_unit_before_its_countys_name_is_the_place_not_the_county_town(sentence, place, admin1):
    """'Gem, Siaya': after a unit of the county, the county's name is the county, not its town."""
    location = _located(sentence, "KE")
    assert (location.location, location.admin1) == (place, admin1)


@pytest.mark.parametrize(
    ("sentence", "place", "admin1"),
    [
        ("Police clashed with hawkers in Migosi in Kisumu on Monday.", "Migosi", "Kisumu"),
        ("Police clashed with hawkers in the Migosi area of Kisumu on Monday.", "Migosi", "Kisumu"),
        ("Gangs robbed shoppers in Bamburi estate in Mombasa at dusk.", "Bamburi", "Mombasa"),
        ("Residents of the Kaptembwo area in Nakuru town blocked a road over a killing.", "Kaptembwo", "Nakuru"),
        ("Gunmen raided Kolowa, a village in Baringo, at dawn.", "Kolowa", "Baringo"),
        ("Police shot a suspect at Kiamaiko shopping centre in Nairobi.", "Kiamaiko", "Nairobi"),
    ],
)
def test_a_unit_in_or_of_the_county_town_is_the_place(sentence, place, admin1):
    """'Migosi in Kisumu', 'the Migosi area of Kisumu': however the county town is joined to a unit it holds,
    the unit is where the event happened (`UNIT_IN_TOWN_GAP`)."""
    location = _located(sentence, "KE")
    assert (location.location, location.admin1) == (place, admin1)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("After storming Kaptembwo, gunmen torched shops and shot two traders.", "Kaptembwo"),
        ("Armed men invaded Kivumbini before dawn and killed a herder.", "Kivumbini"),
        ("Bandits raiding Shanzu shot a night watchman.", "Shanzu"),
    ],
)
def test_what_attackers_storm_raid_or_invade_is_a_place(sentence, place):
    """'After storming X', 'invaded X', 'raiding X': a verb of attack before a name cues a place
    (`CONFLICT_VERB_BEFORE`, participles too)."""
    assert _located(sentence, "KE").location == place


def test_tana_in_a_kenyan_report_is_the_tana_river_region_not_antananarivo():
    """'Tana' is Kenyans' name for the Tana River region (county and valley) and a nickname of Antananarivo: the
    region (a province-wide area, prior of a village) wins in a Kenyan source, the capital elsewhere."""
    sentence = "Clashes between farmers and herders in Tana left four people dead."
    assert _located(sentence, "KE").admin1 == "Tana River"
    abroad = _located("Students marched through Tana, the capital of Madagascar, on Friday.", None)
    assert abroad.country == "Madagascar"


@pytest.mark.parametrize(
    ("sentence", "place", "admin1"),
    [
        ("Youths torched a police post in Nakuru's Kaptembwo estate on Monday.", "Kaptembwo", "Nakuru"),
        ("Police dispersed protesters in Mombasa town's Majengo area.", "Majengo", "Mombasa"),
        ("A mob beat a suspected thief to death in Mathare slums, Nairobi.", "Mathare", "Nairobi"),
        ("Militants attacked a bus in Lamu's Mpeketoni area on Sunday.", "Mpeketoni", "Lamu"),
    ],
)
def test_a_unit_owned_by_the_county_town_or_written_as_its_slum_is_the_place(sentence, place, admin1):
    """'Nakuru's Kaptembwo estate', 'Mathare slums, Nairobi': the county town names where the unit lies
    (`TOWN_POSSESSOR_GAP`, `UNIT_IN_TOWN_GAP`)."""
    location = _located(sentence, "KE")
    assert (location.location, location.admin1) == (place, admin1)


@pytest.mark.parametrize(("name", "admin1"), [("Nyando", "Kisumu"), ("Lugari", "Kakamega"), ("Teso", "Busia")])
def test_a_constituency_named_like_an_old_district_placed_at_its_county_middle_is_still_added(name, admin1):
    """GeoNames knows some old districts only at their province's middle (ADMD, 'Nyando District'); IEBC's
    constituency of that name is added at its own point, so 'in Nyando' is read as a place."""
    [unit] = [p for p in _places(name, "KE") if p.source == "kenya-data" and p.feature_code == "ADM2"]
    assert unit.admin1 == admin1
    location = _located(f"Youths burnt a chief's office in {name} on Monday.", "KE")
    assert (location.location, location.admin1) == (name, admin1)


@pytest.mark.parametrize(("part", "admin1"), [("Ganyure", "Wajir"), ("Kaikor", "Turkana")])
def test_each_place_a_joined_ward_is_named_after_is_an_official_name_of_it(part, admin1):
    """'Wagalla/Ganyure', 'Kaaleng/Kaikor': a ward named after the places it joins is called by each of them."""
    assert any(c.official and c.place.admin1 == admin1 for c in load().lookup(part))
    location = _located(f"Herders fought over a water point in {part} on Monday.", "KE")
    assert location.admin1 == admin1
