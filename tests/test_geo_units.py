"""Administrative units as reports name them, on sentences we wrote: a province called by its seat district's
older spelling, Bangladesh's "<district> Sadar" upazilas, a curated town that corrects its GeoNames twin, and a
place followed by its unit word and the bracket of areas that hold it."""

from __future__ import annotations

from sitrep.gazetteer import load
from sitrep.geo import geoparse


def _readings(text: str, hint: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(t.text, t.feature_code, t.country_code, t.admin1) for t in geoparse(text, country_hint=hint)
            if t.latitude is not None and t.kind == "place"]


def test_a_province_is_also_called_by_the_spellings_of_the_district_it_is_named_after():
    provinces = [c.place for c in load().lookup("Barisal") if c.place.feature_code == "ADM1"]
    assert [(p.country_code, p.name) for p in provinces] == [("BD", "Barisal")]
    assert ("Barisal", "ADM1", "BD", "Barisal") in _readings(
        "Two rival groups clashed in Patuakhali town (Patuakhali, Barisal) over a market lease.", "BD")


def test_a_sadar_upazila_is_the_area_of_its_districts_seat():
    [sadar] = [c.place for c in load().lookup("Netrakona Sadar")]
    assert (sadar.feature_code, sadar.admin1, sadar.admin2) == ("ADM2", "Mymensingh", "Netrakona")


def test_a_curated_town_gives_its_geonames_twin_the_province_it_lies_in():
    thika = [c.place for c in load().lookup("Thika") if c.place.country_code == "KE"]
    assert [(p.admin1, p.source) for p in thika] == [("Kiambu", "geonames")]


def test_a_place_with_its_unit_word_before_a_bracket_of_areas_lies_inside_them():
    readings = _readings("Backers of rival mayoral hopefuls fought in Durgapur upazila (Netrakona, Mymensingh) on Sunday.", "BD")
    assert readings[0] == ("Durgapur", "PPL", "BD", "Mymensingh")
    unknown = geoparse("Police charged marchers in Mohanpur upazila (Netrakona, Mymensingh) on Sunday.", country_hint="BD")
    assert [t.latitude for t in unknown if t.text == "Mohanpur"] == [None]


def test_a_long_list_in_brackets_names_places_inside_not_around():
    readings = _readings("Raiders struck several villages in Tiati sub-county (Silale, Nadome, Chepisya, Kapetareng) "
                         "and drove off cattle.", "KE")
    assert readings[0][:3] == ("Tiati", "ADM2", "KE") and readings[0][3] == "Baringo"


def test_a_possessive_inside_a_name_the_gazetteer_knows_whole_is_part_of_it():
    readings = _readings("Hundreds of camp residents rallied in Cox's Bazar on Thursday for safe return.", "BD")
    assert readings and readings[0][0] == "Cox's Bazar" and readings[0][3] == "Chittagong"


def test_a_name_with_a_single_first_letter_is_found_written_with_a_hyphen():
    readings = _readings("Farmers and herders fought near N-Dali on Friday over trampled fields.", "BJ")
    assert readings and readings[0][0] == "N-Dali" and readings[0][3] == "Borgou"


def test_a_name_before_upazila_is_a_place():
    readings = _readings("Two families fought with sticks in a hamlet, Godagari upazila (Rajshahi), over a boundary.", "BD")
    assert readings[0] == ("Godagari", "PPL", "BD", "Rajshahi")


def test_a_curated_town_without_a_known_district_may_lie_in_the_district_named_around_it():
    readings = _readings("Students formed a human chain in Thanchi upazila (Bandarban, Chittagong) on Sunday.", "BD")
    assert readings[0] == ("Thanchi", "PPL", "BD", "Chittagong")


def test_a_bracket_whose_first_area_is_unknown_still_holds_the_place_before_it():
    readings = geoparse("Rival camps fought at Sultanabad village (Dashmina upazila, Patuakhali district) after the vote.",
                        country_hint="BD")
    assert [t.latitude for t in readings if t.text == "Sultanabad"] == [None]
    assert [(t.text, t.feature_code) for t in readings if t.latitude is not None][0] == ("Patuakhali", "ADM2")
