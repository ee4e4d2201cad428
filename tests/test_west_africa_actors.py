"""ACLED's actor names for West African reports, on short reports we wrote (invented villages and people): a
village's armed men who clash with the state's forces are that village's communal militia, the Beninese army goes by
its French acronym, those a force searched for are no side, traders are civilians of their own nation, and
transhumant herders are a Fulani ethnic militia."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text

REPORTS = [
    ('BJ', 'Armed villagers fought customs agents at Agbodje on Sunday, leaving two agents hurt.',
     'Armed clash', 'Agbodje Communal Militia (Benin)', 'Police Forces of Benin'),
    ('BJ', 'Soldiers fought local hunters at Kossoukpa on Sunday; one soldier died.',
     'Armed clash', 'Military Forces of Benin', 'Kossoukpa Communal Militia (Benin)'),
    ('BJ', 'Armed farmers ambushed policemen near Tikoubou on Sunday and wounded one of them.',
     'Armed clash', 'Tikoubou Communal Militia (Benin)', 'Police Forces of Benin'),
    ('BJ', 'On Sunday, the FAB raided a camp near Gbessou in search of militants and shot two herders.',
     'Attack', 'Military Forces of Benin', 'Civilians (Benin)'),
    ('BJ', 'On Sunday, gunmen attacked a post of the Forces Armees Beninoises in Gbessou, wounding two soldiers.',
     'Armed clash', 'Unidentified Armed Group (Benin)', 'Military Forces of Benin'),
    ('BJ', 'On Sunday, gunmen killed a Togolese cattle trader near Zanlokpa.',
     'Attack', 'Unidentified Armed Group (Benin)', 'Civilians (Togo)'),
    ('BJ', 'Gunmen robbed and killed a Burkinabe gold trader at Zanlokpa on Sunday.',
     'Attack', 'Unidentified Armed Group (Benin)', 'Civilians (Burkina Faso)'),
    ('BJ', 'On Sunday, transhumant herders wounded two farmers in Kpakpadji.',
     'Attack', 'Fulani Ethnic Militia (Benin)', 'Civilians (Benin)'),
]


@pytest.mark.parametrize(("country", "text", "sub_type", "actor1", "actor2"), REPORTS)
def test_west_african_actors_are_named_as_acled_names_them(country, text, sub_type, actor1, actor2):
    events = [e for e in extract_text(text, country=country, published="2024-05-01") if not e.is_background]
    assert events, text
    assert (events[0].sub_event_type, events[0].actor1, events[0].actor2) == (sub_type, actor1, actor2)


@pytest.mark.parametrize("text", [
    "On Sunday, police searched for the suspects in Gbessou after a shop was robbed.",
    "On Sunday, soldiers combed the forest near Gbessou for the jihadists and arrested two herders.",
])
def test_those_a_force_searched_for_are_no_side(text):
    events = [e for e in extract_text(text, country="BJ", published="2024-05-01") if not e.is_background]
    sides = {e.actor1 for e in events} | {e.actor2 for e in events}
    assert "Unidentified Armed Group (Benin)" not in sides


def test_a_trade_without_a_nationality_names_no_nation():
    events = extract_text("On Sunday, gunmen killed a gold trader in Zanlokpa.", country="BJ",
                          published="2024-05-01")
    assert events[0].actor2 == "Civilians (Benin)"


@pytest.mark.parametrize(("country", "text"), [
    ("TG", "On Sunday, a Fulani herder killed his cousin with a machete in the village of Koumongou."),
    ("NE", "On Sunday, a herdsman stabbed two women with a knife at the Tessaoua market before gendarmes held him."),
    ("GH", "On Sunday, one villager beat an elderly neighbour to death with a hoe in Bimbilla; the motive is unknown."),
])
def test_one_person_of_no_armed_group_is_a_rioter_not_a_militia(country, text):
    events = [e for e in extract_text(text, country=country, published="2024-05-01") if not e.is_background]
    assert events, text
    assert events[0].sub_event_type == "Mob violence"
    assert events[0].actor1.startswith("Rioters") and events[0].actor2.startswith("Civilians")


@pytest.mark.parametrize(("country", "text"), [
    ("TG", "On Sunday, a group of Fulani herders killed a trader with machetes in the village of Koumongou."),
    ("NE", "On Sunday, a herder shot dead a trader near Tessaoua."),
    ("GH", "On Sunday, a Konkomba farmer hacked a Fulani herder to death with a cutlass near Bimbilla."),
])
def test_groups_gunmen_and_violence_across_the_farmer_herder_line_are_not_lone_rioters(country, text):
    events = [e for e in extract_text(text, country=country, published="2024-05-01") if not e.is_background]
    assert events, text
    assert not events[0].actor1.startswith("Rioters")


@pytest.mark.parametrize(("text", "group"), [
    ("On Sunday, armed men (JNIM suspected) attacked an army post in Diapaga. The army repelled the attack.",
     "JNIM: Group for Support of Islam and Muslims"),
    ("On Sunday, gunmen (Ansaroul Islam militants presumed) killed two traders near Djibo.", "Ansaroul Islam"),
])
def test_a_group_suspected_in_brackets_after_unnamed_attackers_is_the_doer(text, group):
    events = [e for e in extract_text(text, country="BF", published="2024-05-01") if not e.is_background]
    assert events and events[0].actor1 == group


def test_a_crowd_that_tried_to_lynch_someone_is_the_doer_not_the_police_who_stepped_in():
    text = ("On Sunday, a crowd tried to lynch an alleged thief at the Tamale market. "
            "The police intervened to stop it.")
    events = [e for e in extract_text(text, country="GH", published="2024-05-01") if not e.is_background]
    assert events and (events[0].sub_event_type, events[0].actor1) == ("Mob violence", "Rioters (Ghana)")


@pytest.mark.parametrize("text", [
    "On Sunday, a farmer took three herders hostage after their cattle ate his millet near Tillaberi.",
    "On Sunday, farmers abducted two herders after cattle destroyed their fields near Tillaberi.",
])
def test_farmers_or_herders_who_take_captives_are_a_communal_militia_not_civilians(text):
    events = [e for e in extract_text(text, country="NE", published="2024-05-01") if not e.is_background]
    assert events and events[0].actor1 == "Unidentified Communal Militia (Niger)"


@pytest.mark.parametrize(("text", "sub_type"), [
    ("On Sunday, jihadists kidnapped two forest guards (who were unarmed) near Mandouri.",
     "Abduction/forced disappearance"),
    ("On Sunday, gunmen shot dead two unarmed policemen near Kara.", "Attack"),
])
def test_state_agents_told_as_unarmed_are_civilians(text, sub_type):
    events = [e for e in extract_text(text, country="TG", published="2024-05-01") if not e.is_background]
    assert events and (events[0].sub_event_type, events[0].actor2) == (sub_type, "Civilians (Togo)")


def test_rangers_not_told_as_unarmed_stay_their_force():
    events = extract_text("On Sunday, gunmen abducted three park rangers near Mandouri.", country="TG",
                          published="2024-05-01")
    assert events[0].actor2 == "Police Forces of Togo Forest Guards"


def test_forest_guards_the_text_calls_soldiers_are_a_military_unit():
    from sitrep.actors import find_actors

    names = [m.name for m in find_actors("Jihadists ambushed forest guard soldiers near Say at dawn.", country="Niger")]
    assert names[-1] == "Military Forces of Niger Forest Guards"
    names = [m.name for m in find_actors("Jihadists ambushed two forest guards near Say at dawn.", country="Niger")]
    assert names[-1] == "Police Forces of Niger Forest Guards"
