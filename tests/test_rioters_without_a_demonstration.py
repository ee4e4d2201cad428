"""Rioters told with no demonstration, on short reports we wrote (Kenya, Malawi, DR Congo, Ghana, Mali, Zambia).

ACLED's codebook names the participants of both riot sub-types 'rioters': a violent demonstration is a demonstration
whose participants turn violent, mob violence is crowd violence with no demonstration. So the noun "rioters" alone tells
no demonstration by itself (`demonstrations.demonstration_act`): rioters who beat or stone people with no protest, riot
or street blockade told are a mob, rioters against civilians, while rioters who loot, burn or fight the police riot as
demonstrators do (the codebook's violent demonstration: a demonstration turned violent or destructive)."""

from __future__ import annotations

import pytest

from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2024-05-01")


@pytest.mark.parametrize(("code", "text"), [
    ("KE", "Rioters beat up and injured followers of a ward councillor in Kakamega when the councillor was out "
           "greeting voters."),
    ("MW", "Rioters beat two shopkeepers in Mzuzu on Sunday."),
    ("CD", "Rioters stoned two traders near Kisangani on Tuesday."),
])
def test_rioters_with_no_demonstration_are_a_mob(code, text):
    assert main_event(text, code).sub_event_type == "Mob violence"


@pytest.mark.parametrize(("code", "text"), [
    ("GH", "Rioters burned tyres on the main road in Kumasi on Monday."),
    ("ML", "Riots broke out in Bamako after the vote, and rioters looted shops."),
    ("ZM", "Rioters who had marched to the council offices in Kitwe stoned police officers."),
    ("KE", "In Kakamega, rioters looted shops and set a petrol station ablaze after the results were announced."),
])
def test_rioters_in_a_riot_or_a_street_protest_stay_a_violent_demonstration(code, text):
    assert main_event(text, code).sub_event_type == "Violent demonstration"
