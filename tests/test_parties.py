"""Political parties of the actor knowledge base on short reports we wrote (Nigeria, Uganda, Tanzania, Ghana, Kenya,
India, Pakistan, Myanmar, Cambodia, Zimbabwe, Malawi, Nepal, Ivory Coast, Cameroon).

ACLED's codebook names a party when its members are the ones arrested (actor 2), and when its supporters attack a
chosen rival politician (the party acting as a political militia, `crowds._party_attacks_rival`); supporters of two
parties who merely clash are rioters. A party's name alone is never an actor (`actors.UNFINDABLE_KINDS`), so an
acronym that is also a thing ("an APC", an armoured personnel carrier) names no party. In South Asian English a
party's 'workers' are its activists (`roles.captors.PARTY_PEOPLE`)."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2024-05-01")


MEMBERS_ARRESTED = [
    ("TZ", "Police detained 12 CHADEMA members in Arusha on Sunday.", "CHADEMA: Party for Democracy and Progress"),
    ("PK", "Police arrested 40 PML-N activists in Lahore on Wednesday.", "PML-N: Pakistan Muslim League (Nawaz)"),
    ("MM", "Soldiers detained three NLD members in Mandalay on Saturday.", "NLD: National League for Democracy"),
    ("KH", "Police arrested two CNRP activists in Phnom Penh on Monday.", "CNRP: Cambodia National Rescue Party"),
    ("ZW", "Police arrested 15 CCC activists in Harare on Sunday.", "CCC: Citizens Coalition for Change"),
    ("NP", "Police arrested nine CPN-UML cadres in Biratnagar on Friday.",
     "CPN-UML: Communist Party of Nepal (Unified Marxist-Leninist)"),
    ("CI", "Gendarmes arrested six PDCI activists in Daoukro on Tuesday.", "PDCI: Democratic Party of Cote d'Ivoire"),
    ("UG", "Police arrested 30 FDC supporters in Kasese on Thursday.", "FDC: Forum for Democratic Change"),
]


@pytest.mark.parametrize(("code", "text", "party"), MEMBERS_ARRESTED)
def test_a_partys_arrested_members_name_the_party(code, text, party):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor2) == ("Arrests", party)


RIVAL_ATTACKED = [
    ("NG", "APC supporters attacked a PDP governorship candidate in Ibadan on Saturday, injuring him.",
     "APC: All Progressives Congress"),
    ("UG", "NRM supporters beat up an FDC aspirant in Mbarara on Tuesday.", "NRM: National Resistance Movement"),
    ("KE", "Jubilee supporters stoned the convoy of a KANU candidate in Baringo on Thursday.", "Jubilee Party"),
    ("IN", "BJP workers attacked a Trinamool Congress councillor in Howrah on Monday.",
     "BJP: Bharatiya Janata Party"),
    ("MW", "DPP supporters assaulted an MCP parliamentary candidate in Blantyre on Friday.",
     "DPP: Democratic Progressive Party"),
    ("CM", "CPDM activists beat up an opposition mayor in Bafoussam on Sunday.",
     "CPDM: Cameroon People's Democratic Movement"),
]


@pytest.mark.parametrize(("code", "text", "party"), RIVAL_ATTACKED)
def test_supporters_attacking_a_rival_politician_are_the_party_attacking(code, text, party):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1) == ("Attack", party)


def test_supporters_of_two_parties_who_clash_are_rioters():
    event = main_event("NPP supporters clashed with NDC supporters in Tamale on Friday, injuring five people.", "GH")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", "Rioters (Ghana)", "Rioters (Ghana)")


def test_an_acronym_that_is_also_a_vehicle_names_no_party():
    event = main_event("Soldiers in an APC opened fire on bandits near Zurmi on Monday, killing six.", "NG")
    assert (event.sub_event_type, event.actor1) == ("Armed clash", "Military Forces of Nigeria")


def test_the_knowledge_base_lists_parties_of_many_countries():
    with resources.files("sitrep.data").joinpath("actors.csv").open(encoding="utf-8") as stream:
        parties = [row for row in csv.DictReader(stream) if row["kind"] == "party"]
    assert len(parties) >= 60
    assert len({row["country"] for row in parties}) >= 25
