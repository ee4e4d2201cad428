"""Provinces as reports romanise them (sentences we wrote, Iraq, Syria, the Philippines, Pakistan).

A province has one name in GeoNames and several in the press and in coders' lists ("Salah al-Din", "Salahuddin",
"Saladin" for GeoNames' "Salah ad Din"). `data/places_supplement.csv` gives a province the gazetteer holds its other
spellings (`gazetteer._provinces_written`), so a report that names it so is placed in it, and the province keeps one
name in the output."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.gazetteer import load

SPELLINGS = [
    ("IQ", "Gunmen killed two shepherds in Saladin province on Monday.", "Salah ad Din"),
    ("IQ", "A roadside bomb wounded three soldiers in Salahuddin province on Friday.", "Salah ad Din"),
    ("IQ", "Security forces arrested five suspects in Ninewa province on Tuesday.", "Ninawa"),
    ("IQ", "Protesters blocked a highway in Thi Qar province on Sunday.", "Dhi Qar"),
    ("SY", "Shelling killed a child in the Rural Damascus countryside town of Douma on Monday.", "Rural Damascus"),
    ("SY", "Gunmen shot dead a local official in Sweida province on Wednesday.", "As-Sweida"),
    ("PH", "Soldiers clashed with militants in BARMM on Thursday, killing three.",
     "Bangsamoro Autonomous Region in Muslim Mindanao"),
    ("PK", "Militants attacked a police post in Baluchistan on Monday, killing two officers.", "Balochistan"),
]


@pytest.mark.parametrize(("code", "text", "admin1"), SPELLINGS)
def test_a_province_spelt_as_reports_spell_it_is_that_province(code, text, admin1):
    events = extract_text(text, country=code, published="2024-05-01")
    assert events, text
    assert events[0].admin1 == admin1


def test_spellings_add_no_second_province():
    provinces = [c.place for c in load().lookup("Salah al-Din") if c.place.feature_code == "ADM1"]
    assert [(p.name, p.country_code) for p in provinces] == [("Salah ad Din", "IQ")]
