"""Arrests a protest is about, named by the people they befell ("demanding the release of colleagues detained by
police", "their leaders, who were detained by the police last week"), on short reports we wrote (Ghana, Tanzania,
Zimbabwe, Malawi, Senegal).

ACLED's codebook codes the protest, not the arrest it protests: such a protest is peaceful, not a protest with
intervention (`classify._people_so_treated`, `classify.intervention_told`), however long the demands run, and a
further demand coordinated after ", and" ("..., and release of ...") stays in the cause (`classify.GRIEVANCE_END`).
Protesters who are themselves arrested ("and were arrested by police", ", and police arrested five of them") are
intervened upon.
"""

from __future__ import annotations

import pytest

from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2023-05-06")


DETENTIONS_PROTESTED = [
    ("GH", "On 4 May 2023, about 60 members of the Teachers Union staged a human chain in Kumasi, demanding the "
           "immediate release of their leaders, who were detained by the police last week."),
    ("GH", "On 4 May 2023, nurses and students staged protests in Tamale, demanding an inquiry into the clinic "
           "fire, and release of colleagues detained by police forces."),
    ("TZ", "Farmers marched in Arusha on Thursday, demanding compensation for their land and the release of their "
           "leaders detained by police."),
    ("SN", "Students staged a sit-in on the Dakar campus, demanding the reopening of the campus, and the release "
           "of classmates arrested by gendarmes."),
]


@pytest.mark.parametrize(("code", "text"), DETENTIONS_PROTESTED)
def test_a_protest_about_detained_people_is_peaceful(code, text):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", None)


@pytest.mark.parametrize(("code", "text"), [
    ("ZW", "Students marched in Harare demanding lower fees and were arrested by police."),
    ("MW", "Teachers protested in Blantyre, demanding payment of arrears, and police arrested five of them."),
])
def test_protesters_arrested_themselves_are_intervened_upon(code, text):
    assert main_event(text, code).sub_event_type == "Protest with intervention"
