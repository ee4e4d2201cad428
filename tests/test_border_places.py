"""Reports from border regions name towns on both sides of a border: each keeps its own country's reading, and a
country named as the far side of a border ("near the border with Somalia") never draws the event across it."""

from __future__ import annotations

import pytest

from sitrep.geo import geoparse, locate_event


@pytest.mark.parametrize(
    ("sentence", "hint", "expected"),
    [
        ("Fighting near Abu Kamal and Tal Afar.", None, {"Abu Kamal": "Syria", "Tal Afar": "Iraq"}),
        ("A car bomb exploded in Ras al-Ain. Fighting near Tal Afar.", None,
         {"Ras al-Ain": "Syria", "Tal Afar": "Iraq"}),
        ("Militants ambushed a convoy near Mandera. Later they crossed to Dolow.", "KE",
         {"Mandera": "Kenya", "Dolow": "Somalia"}),
        ("Bandits raided a market in Malanville, then fled towards Gaya.", "BJ",
         {"Malanville": "Benin", "Gaya": "Niger"}),
        ("Jihadists attacked a post in Menaka. Another unit struck near Tillaberi.", None,
         {"Menaka": "Mali", "Tillaberi": "Niger"}),
        ("Jihadists attacked a post in Menaka. Another unit struck near Tillaberi.", "ML",
         {"Menaka": "Mali", "Tillaberi": "Niger"}),
        ("Jihadists attacked a post near Ansongo. Another unit struck near Ayorou.", None,
         {"Ansongo": "Mali", "Ayorou": "Niger"}),
        ("Shells landed in Goma while troops massed near Gisenyi.", None,
         {"Goma": "Democratic Republic of Congo", "Gisenyi": "Rwanda"}),
        ("Troops clashed at Spin Boldak, and a bomb went off in Chaman.", None,
         {"Spin Boldak": "Afghanistan", "Chaman": "Pakistan"}),
    ],
)
def test_towns_on_both_sides_of_a_border_keep_their_countries(sentence, hint, expected):
    found = {t.text: t.country for t in geoparse(sentence, country_hint=hint)}
    assert {name: found.get(name) for name in expected} == expected


def test_a_lone_town_abroad_keeps_its_only_reading():
    assert [t.country for t in geoparse("Fighting was reported near Tal Afar.")] == ["Iraq"]


def test_an_ambiguous_name_far_from_the_articles_places_is_still_a_stray():
    """A Kenyan report's village "Ngoma" is no namesake in Rwanda or Congo, far from the Kenyan towns it names."""
    found = {t.text: t.country for t in geoparse("Raiders from Ngoma attacked herders near Lodwar.", country_hint="KE")}
    assert found.get("Ngoma") in (None, "Kenya")


@pytest.mark.parametrize(
    ("sentence", "hint", "place", "country"),
    [
        ("Gunmen attacked a bus in Mandera near the border with Somalia.", "KE", "Mandera", "Kenya"),
        ("Militants attacked a checkpoint in Tal Afar near the border with Syria.", None, "Tal Afar", "Iraq"),
        ("Militants attacked a checkpoint in Tal Afar near the Syrian border.", None, "Tal Afar", "Iraq"),
        ("Herders clashed in Moyale near the Ethiopian border.", "KE", "Moyale", "Kenya"),
    ],
)
def test_the_country_beyond_a_border_does_not_move_the_event(sentence, hint, place, country):
    location = locate_event(sentence, [(0, len(sentence))], geoparse(sentence, country_hint=hint))
    assert (location.location, location.country) == (place, country)


@pytest.mark.parametrize(
    ("sentence", "place", "country"),
    [
        ("Rebels shelled the frontier town of Bunagana in Uganda's Kisoro district.", "Bunagana", "Uganda"),
        ("Afghan and Pakistani guards traded fire at Torkham, on the Pakistani side.", "Torkham", "Pakistan"),
        ("Gunmen on motorbikes killed four farmers near Labbezanga, in Mali's Gao region.", "Labbezanga", "Mali"),
    ],
)
def test_a_border_town_is_read_on_the_side_the_report_names(sentence, place, country):
    found = {t.text: t.country for t in geoparse(sentence)}
    assert found.get(place) == country


@pytest.mark.parametrize(
    ("sentence", "place", "country"),
    [
        ("Nine herders were shot dead in Kenyan Wajir during a clan feud.", "Wajir", "Kenya"),
        ("A roadside bomb went off in Nigerien Tera, close to the frontier.", "Tera", "Niger"),
        ("Troops pushed into Somali Dolow after the raid.", "Dolow", "Somalia"),
    ],
)
def test_a_town_after_a_demonym_is_a_place_of_that_country(sentence, place, country):
    """'in Kenyan Wajir': the demonym says which side of a border the town lies on; it is no person's name."""
    found = {t.text: t.country for t in geoparse(sentence) if t.kind == "place"}
    assert found.get(place) == country


def test_a_demonym_without_a_place_word_before_it_adds_no_place():
    assert [t.kind for t in geoparse("The Nigerien Tera team won the cup.")] == ["demonym"]


@pytest.mark.parametrize(
    ("sentence", "country", "admin1"),
    [
        ("Armed men killed a ranger inside Park W in the north of Benin.", "Benin", "Alibori"),
        ("Poachers wounded two wardens within Parc W, Niger, on Tuesday.", "Niger", "Tillaberi"),
    ],
)
def test_a_park_across_three_borders_is_read_in_the_country_named(sentence, country, admin1):
    """'inside'/'within' before a name say it is a place, as 'in' does; the W park spans Benin, Niger and Burkina."""
    location = locate_event(sentence, [(0, len(sentence))], geoparse(sentence))
    assert (location.location, location.country, location.admin1) == ("W National Park", country, admin1)


@pytest.mark.parametrize(
    ("sentence", "place", "country"),
    [
        ("Rebels overran Bunagana, a frontier town of eastern Congo, at dawn.", "Congo", "Democratic Republic of Congo"),
        ("Riot police dispersed a march in Pointe-Noire, Congo.", "Congo", "Republic of Congo"),
    ],
)
def test_congo_is_either_country_and_context_decides(sentence, place, country):
    """Both Congos are called "Congo"; the larger, Kinshasa's, unless the report names the other's towns."""
    found = {t.text: t.country for t in geoparse(sentence)}
    assert found.get(place) == country


def test_a_park_is_finer_than_the_country_and_stands_for_the_event():
    """A national park or reserve is an area below a province, as a forest is: named with its commune in brackets,
    it is the event's place, not the coarser reading of a country."""
    sentence = "Soldiers traded fire with gunmen inside Park W (Malanville, Alibori) overnight."
    location = locate_event(sentence, [(0, len(sentence))], geoparse(sentence, country_hint="BJ"))
    assert (location.location, location.admin1) == ("W National Park", "Alibori")
