"""Units named by direction, on sentences we wrote: "the North-West region of Cameroon", "Ghana's Northern Region",
"the Centre-North region" of Burkina Faso (GeoNames' "Centre-Nord"). A name made only of compass words is a unit's
name when the unit's kind follows it, and then only a unit of a country the report is about; "the north" alone
stays a direction."""

from __future__ import annotations

import pytest

from reported import first_reported
from sitrep.gazetteer import _english_compass_names
from sitrep.geo import geoparse


def _units(text: str, hint: str | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.admin1, t.country_code) for t in geoparse(text, country_hint=hint) if t.feature_code == "ADM1"]


@pytest.mark.parametrize(("text", "hint", "unit"), [
    ("Gunmen shot dead four traders in the Centre-North region of Burkina Faso on Monday.", None,
     ("Centre-North", "Centre-Nord", "BF")),
    ("Soldiers fought militants for two hours in Burkina Faso's East region.", None, ("East", "Est", "BF")),
    ("An explosive device hit a supply convoy in the South-West region, the army said.", "BF",
     ("South-West", "Sud-Ouest", "BF")),
    ("Separatist fighters burned a school in the North-West region of Cameroon.", None,
     ("North-West", "North-West", "CM")),
    ("Separatist fighters ambushed gendarmes in the South West region, Cameroonian officials said.", None,
     ("South West", "South-West", "CM")),
    ("Two herders were killed in a dispute over grazing land in the Northern Region of Ghana.", None,
     ("Northern", "Northern", "GH")),
    ("Youths blocked the highway in Sierra Leone's Eastern Province after a miner died.", None,
     ("Eastern", "Eastern", "SL")),
    ("Villagers in Zambia's Northern Province marched to the district office over land seizures.", None,
     ("Northern", "Northern", "ZM")),
    ("Police dispersed a crowd in the North-West department of Haiti.", None, ("North-West", "Nord-Ouest", "HT")),
])
def test_a_direction_with_a_units_kind_after_it_names_that_unit(text, hint, unit):
    assert unit in _units(text, hint)


@pytest.mark.parametrize(("text", "hint"), [
    ("Rebels advanced across the north on Sunday, officials said.", "BF"),
    ("Fighting spread to the east as the rainy season ended.", "CM"),
    ("Troops clashed with militants in the East region of Mali.", None),
    ("Traders in the Northern region complained of new tolls.", "NG"),
])
def test_a_direction_alone_or_with_no_such_unit_in_the_country_is_no_unit(text, hint):
    assert _units(text, hint) == []


def test_the_english_names_of_units_named_by_french_or_spanish_compass_words():
    assert _english_compass_names("Centre-Nord") == ["Centre-North", "Centre North"]
    assert _english_compass_names("Extrême-Nord") == ["Far-North", "Far North"]
    assert _english_compass_names("Nord-Kivu") == [] and _english_compass_names("Norte de Santander") == []


def test_an_attack_in_a_compass_named_region_takes_that_region_as_its_admin1():
    event = first_reported("Gunmen attacked a market in the Centre-East region of Burkina Faso on Tuesday, killing "
                           "six traders.", None, "2024-05-01")
    assert (event.admin1, event.country) == ("Centre-Est", "Burkina Faso")
