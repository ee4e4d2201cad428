"""Places as reporters in the region write them: hyphenated Arabic names stay whole, article forms and
transliterations find GeoNames' spelling, and `sitrep geoparse` puts them within 10 km of the real place."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.gazetteer import distance_km
from sitrep.geo import geoparse, key_variants

REAL = {
    "Deir ez-Zor": ("Syria", 35.336, 40.141),
    "Ras al-Ain": ("Syria", 36.850, 40.071),
    "Tal Afar": ("Iraq", 36.379, 42.448),
    "Abu Kamal": ("Syria", 34.452, 40.918),
}

REPORT = ("Unidentified gunmen shot dead a local official in Deir ez-Zor city on Monday. A car bomb exploded in "
          "Ras al-Ain, killing four people. In Iraq, militants attacked a checkpoint near Tal Afar, while a drone "
          "struck a truck outside Abu Kamal on the Syrian side of the border.\n")


def test_geoparse_command_keeps_arabic_names_whole_and_places_them(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["geoparse", str(path)])
    assert result.exit_code == 0, result.output
    toponyms = {t["text"]: t for t in json.loads(result.output.strip().splitlines()[-1])["toponyms"]}
    assert not {"Zor", "Ras", "Ain", "Kamal", "Afar"} & set(toponyms)
    for name, (country, latitude, longitude) in REAL.items():
        found = toponyms[name]
        assert found["country"] == country, name
        assert distance_km(found["latitude"], found["longitude"], latitude, longitude) < 10, name


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Clashes broke out in Jisr al-Shughur overnight.", "Jisr al-Shughur", "Syria"),
        ("Clashes broke out in Jisr ash-Shughur overnight.", "Jisr ash-Shughur", "Syria"),
        ("Fighters of the Rapid Support Forces seized the town of Wad Madani.", "Wad Madani", "Sudan"),
        ("A roadside bomb hit a patrol near al-Qaim.", "al-Qaim", "Iraq"),
        ("Militants attacked a checkpoint near Tel Afar.", "Tel Afar", "Iraq"),
        ("A drone struck a truck near Albu Kamal.", "Albu Kamal", "Syria"),
        ("A car bomb exploded in Ras al-Ain.", "Ras al-Ain", "Syria"),
        ("In Syria, fighters attacked a checkpoint near Deir Ezzor.", "Deir Ezzor", "Syria"),
        ("In Iraq, a bomb went off in Jalawla.", "Jalawla", "Iraq"),
        ("In Iraq, gunmen attacked a farm near al-Karmah.", "al-Karmah", "Iraq"),
        ("In Lebanon, shelling hit the outskirts of Khiam.", "Khiam", "Lebanon"),
        ("In Sudan, the RSF shelled El Fasher.", "El Fasher", "Sudan"),
        ("In Yemen, a drone hit a ship off Hodeidah.", "Hodeidah", "Yemen"),
        ("In Gaza, an air strike hit a house in Deir al-Balah.", "Deir al-Balah", "Palestine"),
    ],
)
def test_region_spellings_resolve(sentence, name, country):
    found = {t.text: t for t in geoparse(sentence)}
    assert name in found, list(found)
    assert found[name].country == country


def test_rapid_support_forces_is_not_a_place():
    assert "Rapid" not in {t.text for t in geoparse("Fighters of the Rapid Support Forces seized the town of Wad Madani.")}


def test_key_variants_respell_articles_and_vowels_but_never_split():
    variants = key_variants("jisr al shughur")
    assert "jisr ash shughur" in variants
    assert "ras al ayn" in key_variants("ras al ain")
    assert all(len(v.split()) == 3 for v in variants)
    assert key_variants("baghdad") == []


@pytest.mark.parametrize(
    ("sentence", "hint", "name", "country"),
    [
        ("Fighters attacked a checkpoint near Tripoli on Monday.", "LB", "Tripoli", "Lebanon"),
        ("Fighters attacked a checkpoint near Tripoli on Monday.", None, "Tripoli", "Libya"),
        ("In Lebanon, gunmen attacked a checkpoint near Tripoli.", None, "Tripoli", "Lebanon"),
        ("A crossing near Rafah was closed on Monday.", "EG", "Rafah", "Egypt"),
    ],
)
def test_the_documents_country_outweighs_a_bare_name_elsewhere(sentence, hint, name, country):
    found = {t.text: t for t in geoparse(sentence, country_hint=hint)}
    assert found[name].country == country
