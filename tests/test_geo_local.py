"""Places as a local source writes them, on sentences we wrote: towns whose GeoNames province code is outdated,
areas named without the word for their kind, towns named as a modifier or after "through", the source's own
country as evidence of a place, and foreign villages nothing points to."""

from __future__ import annotations

from sitrep.gazetteer import _admin1_names, _supplement_rows, without_area_words, load, name_key
from sitrep.geo import geoparse


def _readings(text: str, hint: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(t.text, t.name, t.country_code, t.admin1) for t in geoparse(text, country_hint=hint)
            if t.latitude is not None and t.kind == "place"]


def test_a_town_with_an_outdated_province_code_takes_its_neighbours_province():
    sololo = [c.place for c in load().lookup("Sololo") if c.place.country_code == "KE"]
    assert [p.admin1 for p in sololo] == ["Marsabit"]
    assert ("Sololo", "Sololo", "KE", "Marsabit") in _readings("Two herders were shot dead in Sololo on Friday night.", "KE")


def test_an_area_is_also_known_by_its_name_without_the_word_for_its_kind():
    assert without_area_words("Trans Mara District") == "Trans Mara"
    assert without_area_words("Commune of Tchaourou") == "Tchaourou"
    assert without_area_words("La Paz Municipality") == "La Paz"
    assert without_area_words("Mopti") == ""
    # The name in two words is also the one-word sub-county (kenya_places.csv), which stands at its own point, finer
    # than the old district placed at its county's middle.
    assert _readings("Cattle thieves drove off forty cows in Trans Mara on Sunday.", "KE") == [
        ("Trans Mara", "Transmara", "KE", "Narok")]


def test_a_town_marched_through_is_a_place():
    assert _readings("Thousands of teachers marched through Cotonou on Tuesday to demand their arrears.", "BJ") == [
        ("Cotonou", "Cotonou", "BJ", "Littoral")]


def test_a_town_named_as_a_modifier_of_its_people_is_a_place():
    assert _readings("5 March: Eldoret traders closed their stalls over a rise in market fees.", "KE") == [
        ("Eldoret", "Eldoret", "KE", "Uasin Gishu")]


def test_a_town_of_the_source_country_is_read_as_a_place():
    assert _readings("Bante nurses stopped work on Monday over unpaid allowances.", "BJ") == [
        ("Bante", "Bante", "BJ", "Collines")]


def test_a_foreign_village_nothing_points_to_is_left_unresolved_in_a_local_note():
    text = "Kenyan raiders from Trans district attacked a Tanzanian village across the border in Tanzania."
    assert [r for r in _readings(text, "KE") if r[0] == "Trans"] == []


def test_a_kenyan_constituency_places_an_event_in_its_county():
    assert _readings("Police fired tear gas at stone-throwing youths in Kibera on Monday.", "KE") == [
        ("Kibera", "Kibra", "KE", "Nairobi")]
    assert _readings("Traders in Changamwe closed their shops after a night of looting.", "KE") == [
        ("Changamwe", "Changamwe", "KE", "Mombasa")]


def test_every_constituency_lies_in_a_county_the_gazetteer_knows():
    counties = {c.place.admin1 for c in load().lookup("Kibra") + load().lookup("Saku") + load().lookup("Kwanza")
                if c.place.country_code == "KE"}
    assert counties == {"Nairobi", "Marsabit", "Trans Nzoia"}
    provinces = {name for (country, _), name in _admin1_names().items() if country == "KE"}
    rows = [r for r in _supplement_rows() if r["country"] == "KE" and r["feature_code"] == "ADMD"]
    assert len(rows) > 200
    assert all(_admin1_names().get(("KE", name_key(r["admin1"]))) in provinces for r in rows)


def test_a_misspelt_local_place_is_the_one_place_of_the_country_it_nearly_spells():
    assert _readings("Gunmen torched two shops in Mpeketani on Sunday night.", "KE") == [
        ("Mpeketani", "Mpeketoni", "KE", "Lamu")]
    assert _readings("Thugs robbed a bus near Eldret on Friday.", "KE") == [("Eldret", "Eldoret", "KE", "Uasin Gishu")]


def test_a_misspelling_needs_the_source_country_and_one_near_name():
    assert _readings("Gunmen torched two shops in Mpeketani on Sunday night.") == []
    assert load().one_edit_away("malindu", "KE") == ()
    assert _readings("Raiders stole goats near Malindu on Monday.", "KE") == []


def test_a_near_miss_inside_a_longer_name_or_before_a_unit_word_is_no_misspelt_town():
    assert _readings("Police said Mr Baraka Eldret was arrested at his home.", "KE") == []
    assert _readings("Youths blocked the road in Lodwat County on Monday.", "KE") == []


def test_a_vehicle_word_opening_a_sentence_before_its_drivers_is_no_misspelt_town():
    assert _readings("Matatu owners went on strike over higher licence fees.", "KE") == []
    assert _readings("Matatu conductors and police exchanged blows at a stage in Thika.", "KE") == [
        ("Thika", "Thika", "KE", "Kiambu")]
    assert _readings("The attackers fled towards Eldret drivers' lodgings.", "KE")[0][1] == "Eldoret"


def test_a_misspelling_of_a_place_in_another_province_than_the_named_area_is_left_unresolved():
    assert _readings("A trader was robbed in Karwn on Friday.", "KE") == [("Karwn", "Karen", "KE", "Nairobi")]
    assert _readings("A trader was robbed in Karwn village, Marakwet East, on Friday.", "KE") == [
        ("Marakwet East", "Marakwet East", "KE", "Elgeyo-Marakwet")]
