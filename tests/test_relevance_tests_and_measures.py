"""Aircraft that drop water, aid or leaflets strike no one, on sentences we wrote; and the strikes from the air
beside them that must still be coded."""

from __future__ import annotations

import pytest

from reported import reported_sub_types


@pytest.mark.parametrize("text", [
    "A military helicopter dropped water on the flames above the village of Kesra.",
    "A military aircraft dropped aid packages over the besieged district of Lantry.",
    "Army helicopters airdropped food and medicine to hamlets cut off by the snow.",
    "Planes dropped leaflets over the old town urging residents to stay indoors.",
    "A cargo drone delivered vaccines to a clinic on the island of Morvel.",
])
def test_an_aircraft_that_drops_water_aid_or_leaflets_strikes_no_one(text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text", [
    "Government aircraft dropped barrel bombs on aid convoys near Dashta, killing four drivers.",
    "A helicopter dropped explosives on the market in Talvar, killing two traders.",
    "Warplanes bombed the camp where aid workers were handing out food, killing six people.",
])
def test_a_strike_from_the_air_beside_aid_is_still_a_strike(text):
    assert reported_sub_types(text)
