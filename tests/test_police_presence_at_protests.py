"""Police present at a protest, on short reports we wrote (Kenya, Uganda, Ghana, Zimbabwe, Nigeria).

ACLED's codebook: a protest with intervention is one that forces physically stop or disperse; police who deploy,
monitor, escort or keep watch do not intervene, and neither does a force the text says did not step in
(`classify.intervention_told` skips a denied or hedged intervention)."""

from __future__ import annotations

import pytest

from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2024-05-01")


@pytest.mark.parametrize(("code", "text"), [
    ("KE", "Teachers marched in Nakuru on Monday demanding pay arrears, under heavy police deployment."),
    ("UG", "Police monitored a protest by traders in Jinja against new taxes on Tuesday."),
    ("GH", "Nurses staged a sit-in outside the health ministry in Accra; police officers kept watch but did not "
           "intervene."),
    ("ZW", "Police stood guard as vendors demonstrated in Bulawayo against evictions."),
    ("NG", "Police escorted the marchers through Abuja as they protested fuel prices."),
])
def test_police_present_at_a_protest_do_not_intervene(code, text):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", None)


def test_police_who_step_in_intervene():
    assert main_event("Nurses staged a sit-in outside the health ministry in Accra; police officers intervened and "
                      "dispersed them.", "GH").sub_event_type == "Protest with intervention"
