"""Who did the deed, a crowd (mob violence by rioters) or an organised armed group (an attack), on short reports we
wrote (India, Nigeria, Ghana, Uganda, Togo, Pakistan, Cameroon, Sierra Leone, Malawi, Tanzania).

ACLED's codebook tells them apart by size and organisation: faceless doers counted in tens with no firearm are a mob
(`crowds._counted_crowd`), a handful of a community's people who beat someone with no arms and no death are rioters,
not the community's ethnic militia (`roles._community_crowd`); a harm named as what a fight is over is its cause, not
the event (`classify.FIGHT_OVER`); a beating on a suspicion of theft or witchcraft is mob justice (event_patterns.tsv).
"""

from __future__ import annotations

import pytest

from sitrep import classify
from sitrep.api import extract_text
from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2022-05-14")


CROWDS = [
    ("IN", "On 12 May 2022, at least 30-35 assailants beat two reporters and smashed a pharmacy in Gaya after a bus "
     "ran over a child.", "India"),
    ("PK", "On 12 May 2022, dozens of attackers thrashed shopkeepers and broke windows at a market in Multan.",
     "Pakistan"),
    ("NG", "On 12 May 2022, a group of Hausa beat and injured a Yoruba butcher at the abattoir in Ogbomosho.",
     "Nigeria"),
    ("GH", "On 12 May 2022, several Konkomba assaulted a cattle dealer at the Yendi market.", "Ghana"),
    ("UG", "On 12 May 2022, two groups of boda boda riders clashed in Mbale over the alleged rape of a passenger. "
     "Six riders were injured.", "Uganda"),
    ("MW", "On 12 May 2022, vendors and porters stoned a man at the Lilongwe bus depot on suspicion of being a "
     "pickpocket.", "Malawi"),
]


@pytest.mark.parametrize(("iso", "text", "country"), CROWDS)
def test_crowds_are_rioters(iso, text, country):
    event = main_event(text, iso)
    assert (event.sub_event_type, event.actor1) == ("Mob violence", f"Rioters ({country})"), text


ARMED = [
    ("IN", "On 12 May 2022, dozens of gunmen beat shopkeepers and broke windows at a market in Gaya.", "India"),
    ("PK", "On 12 May 2022, about 40 attackers shot two shopkeepers at a market in Multan.", "Pakistan"),
    ("CM", "On 12 May 2022, assailants stabbed a trader near the market in Bamenda.", "Cameroon"),
]


@pytest.mark.parametrize(("iso", "text", "country"), ARMED)
def test_armed_or_faceless_few_stay_an_armed_group(iso, text, country):
    event = main_event(text, iso)
    assert (event.sub_event_type, event.actor1) == ("Attack", f"Unidentified Armed Group ({country})"), text


MILITIA = [
    ("NG", "On 12 May 2022, a group of Fulani killed a farmer near Kaiama.", "Fulani Ethnic Militia (Nigeria)"),
    ("NG", "On 12 May 2022, a group of Fulani with machetes wounded a farmer near Kaiama.",
     "Fulani Ethnic Militia (Nigeria)"),
]


@pytest.mark.parametrize(("iso", "text", "actor"), MILITIA)
def test_community_that_kills_or_is_armed_stays_its_militia(iso, text, actor):
    event = main_event(text, iso)
    assert (event.sub_event_type, event.actor1) == ("Attack", actor), text


def test_harm_by_soldiers_after_a_quarrel_is_still_the_event():
    event = main_event("On 12 May 2022, soldiers raped two women in Kenema after fighting over a goat.", "Sierra Leone")
    assert event.sub_event_type == "Sexual violence"


def test_arrest_on_suspicion_is_no_mob_justice():
    events = extract_text("On 12 May 2022, police arrested two men in Dodoma on suspicion of theft.", country="TZ",
                          published="2022-05-14")
    assert all(e.sub_event_type != "Mob violence" for e in events)


def test_over_a_span_of_time_names_no_cause():
    ranked = classify.classify("Fighting over the weekend killed five civilians in the town.")
    assert "Attack" in dict(ranked)
    assert dict(ranked)["Attack"] > 0.8
