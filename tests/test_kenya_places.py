"""Kenyan places as reports name them, on sentences we wrote: a university by its own name or acronym (where its
main campus stands, never a region of its name abroad), the curated table of places the packages lack, wards told
apart by a letter named without it, and a place written with its kind and then a larger place after a comma (in
Kenya and elsewhere)."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import _package_file, _supplement_rows, load
from sitrep.geo import geoparse, locate_event


def _located(text: str, hint: str | None = "KE"):
    return locate_event(text, [(0, len(text))], geoparse(text, country_hint=hint))


@pytest.mark.parametrize("sentence, admin1", [
    ("Students of Moi University stoned cars on Thursday after a classmate drowned.", "Uasin Gishu"),
    ("Maseno University students blocked the road over a power outage.", "Kisumu"),
    ("JKUAT students set a bus alight to protest insecurity near the campus.", "Kiambu"),
    ("Riot police fired teargas at Egerton University students on Monday.", "Nakuru"),
    ("Dedan Kimathi University students marched over a lecturer's sacking.", "Nyeri"),
])
def test_a_university_named_in_a_report_is_where_its_campus_stands(sentence, admin1):
    assert _located(sentence).admin1 == admin1


def test_a_kenyan_university_named_after_a_word_for_coast_is_no_region_abroad():
    location = _located("Pwani University students boycotted lectures over unpaid stipends.")
    assert (location.admin1, location.iso) == ("Kilifi", 404)


def test_the_curated_kenyan_places_say_what_they_are_and_lie_in_kenyan_counties():
    lines = _package_file("sitrep", "data/kenya_places.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "fact about the world" in " ".join(lines[:4])
    kenyan = [r for r in _supplement_rows() if r["name"] in ("Mount Kulal", "Kerio Valley", "Todonyang", "Salgaa")]
    assert sorted((r["name"], r["admin1"]) for r in kenyan) == [
        ("Kerio Valley", "Elgeyo-Marakwet"), ("Mount Kulal", "Marsabit"), ("Salgaa", "Nakuru"), ("Todonyang", "Turkana")]


@pytest.mark.parametrize("sentence, admin1, place", [
    ("Herders fought over water near Mt Kulal on Friday.", "Marsabit", "Mount Kulal"),
    ("Bandits shot a teacher in the Kerio Valley on Saturday.", "Elgeyo-Marakwet", "Kerio Valley"),
    ("Turkana fishermen were shot dead at Todonyang by raiders from across the border.", "Turkana", "Todonyang"),
    ("Truckers blocked the highway at Salgaa after a crash.", "Nakuru", "Salgaa"),
])
def test_a_place_the_packages_lack_is_read_from_the_curated_table(sentence, admin1, place):
    location = _located(sentence)
    assert (location.admin1, location.location) == (admin1, place)


def test_wards_told_apart_by_a_letter_are_named_without_it():
    kisumu = {c.place.admin1 for c in load().lookup("Manyatta") if c.place.country_code == "KE"}
    assert "Kisumu" in kisumu and "Embu" in kisumu
    assert _located("Police dispersed youths in Manyatta estate in Kisumu on Sunday.").admin1 == "Kisumu"


def test_a_spelling_of_a_unit_in_two_words_finds_the_unit_at_its_own_point():
    location = _located("A trader was robbed and stabbed in Trans Mara, Narok County, on Friday.")
    assert location.admin1 == "Narok" and location.longitude < 35.2


@pytest.mark.parametrize("sentence, hint, admin1", [
    ("Gunmen torched Majengo village, Lamu, at dawn.", "KE", "Lamu"),
    ("Rioters looted kiosks in Kaloleni area, Kisumu, on Tuesday.", "KE", "Kisumu"),
    ("Armed men raided Madina village, Borno, on Sunday night.", None, "Borno"),
    ("Insurgents stormed Salem village, Diyala, before dawn.", None, "Diyala"),
    ("Militiamen burned Bella village, Ituri, on Wednesday.", None, "Ituri"),
    ("Police and protesters clashed in Kalyanpur area, Khulna, on Friday.", None, "Khulna"),
    ("Bandits stole cattle from Kwara village, Zamfara, on Monday.", None, "Zamfara"),
])
def test_a_place_written_with_its_kind_before_a_comma_lies_in_the_place_after_it(sentence, hint, admin1):
    assert _located(sentence, hint).admin1 == admin1


@pytest.mark.parametrize("sentence, hint, admin1", [
    ("Fishermen protested the seizure of their nets in Homabay on Friday.", "KE", "Homa Bay"),
    ("Squatters fought with police in TransNzoia over a disputed farm.", "KE", "Trans Nzoia"),
    ("Oil workers blocked the refinery gates in Portharcourt on Tuesday.", "NG", "Rivers"),
    ("Traders shut their shops in Addisababa to protest new taxes.", "ET", "Addis Ababa"),
    ("Rohingya refugees marched in Coxsbazar on Thursday.", "BD", "Chittagong"),
    ("Dockers walked out in Sanjose over unpaid wages.", "CR", "San Jose"),
])
def test_a_two_word_name_written_as_one_word_is_a_place_of_the_source_country(sentence, hint, admin1):
    assert _located(sentence, hint).admin1 == admin1


def test_a_word_is_parted_only_into_a_place_of_the_source_country():
    from sitrep.geo import _variant_candidates

    assert _variant_candidates("homabay", load(), "KE")
    assert _variant_candidates("homabay", load()) == ()
    assert _variant_candidates("homabay", load(), "NG") == ()
    assert _variant_candidates("qqqzzzxxx", load(), "KE") == ()

