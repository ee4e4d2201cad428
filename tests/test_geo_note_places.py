"""Places as short conflict notes write them, on sentences we wrote: the areas a border is named after, a village
written inside a larger area, a unit named after its district with a compass word, a capital given as a gloss,
a settlement the gazetteer lacks written before its province, units below a district before a comma, a place
abroad glued to a local name, and a town divided into numbered arrondissements."""

from __future__ import annotations

from sitrep.gazetteer import load
from sitrep.geo import geoparse, locate_event, location_labels


def _located(text: str, hint: str):
    return locate_event(text, [(0, len(text))], geoparse(text, country_hint=hint))


def _resolved(text: str, hint: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.country_code, t.admin1) for t in geoparse(text, country_hint=hint) if t.latitude is not None]


def test_the_areas_a_border_is_named_after_are_not_where_the_raid_was():
    location = _located("Two herders were shot in an Isiolo-Garissa border raid near Garba Tula on Monday.", "KE")
    assert (location.admin1, location.latitude is not None) == ("Isiolo", True)
    assert location.location == "Garba Tula"


def test_a_village_written_inside_an_area_is_no_namesake_far_from_it():
    text = "Bandits torched huts in Kilimani village in the Endebes area overnight."
    assert [r for r in _resolved(text, "KE") if r[0] == "Kilimani"] == []
    assert _located(text, "KE").admin1 == "Trans Nzoia"


def test_a_district_name_with_a_compass_word_is_a_unit_of_that_area():
    readings = [(t.text, t.feature_code, t.admin1) for t in geoparse(
        "Youths stoned a police post at Kamukuru village, Embu East, on Sunday.", country_hint="KE")
        if t.latitude is not None]
    assert readings == [("Embu East", "ADM1", "Embu")]
    assert all(" " not in t.text for t in geoparse("Madison Central beat Scott West 3-1 on Friday night."))


def test_a_capital_glossed_in_brackets_is_not_the_event_place():
    text = "Shops were looted. LOCATION: Molo, in the old Rift Valley Province (its capital = Nakuru)."
    labels = location_labels(text)
    toponyms = [t for t in geoparse(text, country_hint="KE") if any(a <= t.start and t.end <= b for a, b in labels)]
    location = locate_event(text, labels, toponyms)
    assert (location.location, location.admin1) == ("Molo", "Nakuru")


def test_a_province_after_an_unknown_village_stands_for_it():
    location = _located("Raiders from Masol attacked the village of Lokapelwa (Turkana) and drove off goats.", "KE")
    assert location.admin1 == "Turkana"


def test_a_union_before_its_upazila_lies_in_it():
    text = "On Sunday shots rang out near a polling centre of Azimpur union, Biral upazila, Dinajpur."
    assert [r for r in _resolved(text, "BD") if r[0] == "Azimpur"] == []
    assert _located(text, "BD").admin1 == "Rangpur"


def test_a_place_abroad_glued_to_a_local_name_is_part_of_it():
    assert [r for r in _resolved("Members of the Chatra Dal marched in Jessore on Monday.", "BD") if r[1] != "BD"] == []
    assert [r for r in _resolved("Voters queued in Banari Para upazila (Barisal) at dawn.", "BD") if r[1] != "BD"] == []
    assert ("Van Province", "TR", "Van") in _resolved("Floods cut the road from Van Province to Hakkari in Turkey.", "BD")


def test_a_town_divided_into_numbered_arrondissements_is_named_without_the_number():
    semere = [c.place for c in load().lookup("Semere") if c.place.country_code == "BJ"]
    assert [(p.admin1, p.feature_code) for p in semere] == [("Donga", "ADM3")]
    assert not load().lookup("Semere 1")
