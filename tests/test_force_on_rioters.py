"""Force used on violent crowds and the forms a demonstration takes, on short reports we wrote (many countries).

ACLED codebook: people killed or wounded by police or soldiers while they disperse demonstrators who were themselves
violent (burning tyres, stoning, barricading, looting) are coded in the violent demonstration, rioters against the
force, with those deaths counted; 'Excessive force against protesters' is force on peaceful protesters, and an armed
group's killing beside a riot stays its own attack. A human chain, sit-in, public hunger strike, march, procession,
motorcade rally or boycott rally is a demonstration."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.evaluation.seeds import main_event

R, P = "Rioters", "Protesters"

FORCE = [
    # Force on a crowd that was rioting: the riot, rioters against the force, deaths counted.
    ("Police shot dead a man as they dispersed youths burning tyres in Eldoret.", "KE",
     ("Violent demonstration", f"{R} (Kenya)", "Police Forces of Kenya", 1)),
    ("Soldiers killed two people while dispersing rioters who were looting shops in Maiduguri.", "NG",
     ("Violent demonstration", f"{R} (Nigeria)", "Military Forces of Nigeria", 2)),
    ("Riot police shot dead three men while breaking up a crowd that had barricaded the road with burning tyres in Kindia.",
     "GN", ("Violent demonstration", f"{R} (Guinea)", "Police Forces of Guinea", 3)),
    ("Police in Ndola killed a teenager as officers dispersed a crowd that was looting shops and burning tyres.", "ZM",
     ("Violent demonstration", f"{R} (Zambia)", "Police Forces of Zambia", 1)),
    # Force on a peaceful demonstration stays excessive force.
    ("Police shot dead a peaceful protester in Bulawayo.", "ZW",
     ("Excessive force against protesters", "Police Forces of Zimbabwe", f"{P} (Zimbabwe)", 1)),
    ("Police fired live rounds at peaceful marchers in Segou, killing two.", "ML",
     ("Excessive force against protesters", "Police Forces of Mali", f"{P} (Mali)", 2)),
]


@pytest.mark.parametrize(("text", "country", "expected"), FORCE, ids=[case[0][:48] for case in FORCE])
def test_force_on_a_violent_crowd_is_the_riot(text: str, country: str, expected: tuple) -> None:
    event = main_event(extract_text(text, country=country, published="2024-03-01"))
    assert event is not None
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == expected


STONING = [
    # Force on a crowd stoning traffic: no attack on civilians, the crowd (rioters) against the police. Whether such a
    # crowd, told with no protest word, is a riot or a mob is left to demonstrations.DEMONSTRATION_ACT.
    ("Police opened fire on youths who were stoning vehicles in Jinja, killing one.", "UG", ("Uganda", 1)),
    ("Police in Gulu fired live rounds at a crowd that was pelting stones at passing cars, wounding four men.", "UG", ("Uganda", 0)),
    ("Soldiers opened fire on youths who were stoning buses near Bouake, killing two.", "CI", ("Ivory Coast", 2)),
]


@pytest.mark.parametrize(("text", "country", "expected"), STONING, ids=[case[0][:48] for case in STONING])
def test_force_on_a_stoning_crowd_is_no_attack_on_civilians(text: str, country: str, expected: tuple) -> None:
    event = main_event(extract_text(text, country=country, published="2024-03-01"))
    assert event is not None
    assert event.sub_event_type in {"Violent demonstration", "Mob violence"}
    assert (event.actor1, event.fatalities) == (f"{R} ({expected[0]})", expected[1])
    assert event.actor2 is not None and event.actor2.startswith(("Police Forces", "Military Forces"))


def test_an_armed_groups_killing_beside_a_riot_stays_an_attack() -> None:
    text = "Gunmen shot dead a man as police dispersed youths burning tyres in Kisii."
    events = extract_text(text, country="KE", published="2024-03-01")
    assert any(e.sub_event_type == "Attack" for e in events)


FORMS = [
    ("Hundreds of teachers formed a human chain along the highway in Comilla demanding pay arrears.", "BD"),
    ("Students formed a human chain in front of the press club in Barisal.", "BD"),
    ("Nurses in Kumasi held a sit-in outside the health directorate over unpaid allowances.", "GH"),
    ("A group of farmers went on a hunger strike outside the district office in Sialkot.", "PK"),
    ("Party supporters held a motorcade rally through Malindi.", "KE"),
    ("Traders brought out a procession in Bogura against extortion by local toughs.", "BD"),
    ("Hundreds of residents marched to the prefect's office in Abomey.", "BJ"),
    ("Activists held a boycott rally in Rangpur urging shoppers to shun imported goods.", "BD"),
    ("Villagers began a hunger strike outside the mayor's office in Natitingou.", "BJ"),
]


@pytest.mark.parametrize(("text", "country"), FORMS, ids=[case[0][:48] for case in FORMS])
def test_demonstration_forms_are_peaceful_protests(text: str, country: str) -> None:
    event = main_event(extract_text(text, country=country, published="2024-03-01"))
    assert event is not None
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor1.startswith(P)
