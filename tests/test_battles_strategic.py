"""Battles against strategic developments, through the whole extractor, on sentences we wrote (task battles).

Codebook rules: two armed sides exchanging fire is an Armed clash; an armed group's violence on people who cannot
fight back is an Attack; a security operation, a deployment or a closure for security that kills no one is a
'Change to group/activity'; an armed group's threats or orders to civilians with no violence are 'Other', and the
civilians threatened are its second actor.
"""

from __future__ import annotations

import pytest

from sitrep import api

CASES = [
    ("Armed clash", "Soldiers and Boko Haram fighters exchanged gunfire for two hours near Gwoza on Sunday."),
    ("Armed clash", "Gunmen ambushed a military patrol near Kidal; the soldiers returned fire, killing three attackers."),
    ("Armed clash", "Police engaged a gang of cattle rustlers in a fierce gunfight in Turkana."),
    ("Armed clash", "Suspected jihadists and Beninese soldiers traded gunfire near the Pendjari park."),
    ("Armed clash", "Rebels attacked an army post in Ituri; the soldiers fought them off."),
    ("Armed clash", "Troops killed six insurgents during a military operation in the eastern hills of Ituri on Monday."),
    ("Attack", "Gunmen ordered villagers out of their homes in Zamfara and shot dead four men."),
    ("Attack", "Nyakach homestead raided by armed men overnight; an elderly woman was hacked to death."),
    ("Change to group/activity", "Soldiers conducted a clearance operation in the villages around Diffa but made no contact with the militants."),
    ("Change to group/activity", "Police launched a crackdown on illegal gun holders in Baringo county."),
    ("Change to group/activity", "Hundreds of police officers were sent to Lamu to pursue militants hiding in the forest."),
    ("Change to group/activity", "Two primary schools in Tahoua were closed because of threats from armed groups."),
    ("Change to group/activity", "The army closed the border with Somalia after a spate of attacks."),
    ("Other", "Armed men threatened residents of a village in Tillaberi and ordered them to leave within three days."),
    ("Other", "Jihadists gave residents of a village near Djibo an ultimatum to leave within a week."),
    ("Change to group/activity", "About twenty armed men entered the village of Gogounou at night, asked for food and then left."),
    ("Non-state actor overtakes territory", "Militants entered the town of Palma and took control of the port."),
]


@pytest.mark.parametrize(("expected", "sentence"), CASES, ids=[s[:40] for _, s in CASES])
def test_main_event_type(expected, sentence):
    events = api.extract_text(sentence)
    assert events, f"no event in: {sentence}"
    assert events[0].sub_event_type == expected


@pytest.mark.parametrize("sentence", [
    "The ministry closed all schools in the county because of the cholera outbreak.",
    "The governor warned residents to stay indoors during the holiday weekend.",
    "Security forces launched a search operation in the forest area after a tip-off from residents of Kilifi.",
])
def test_no_event(sentence):
    assert api.extract_text(sentence) == []


def test_threatened_civilians_are_the_second_actor():
    events = api.extract_text("Jihadists gave residents of a village near Djibo an ultimatum to leave within a week.")
    assert events[0].sub_event_type == "Other"
    assert events[0].actor2 is not None and events[0].actor2.startswith("Civilians")
