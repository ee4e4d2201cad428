"""Mob violence or an attack, and who the attackers are, on short reports we wrote (Kenya, Ethiopia, South Sudan,
Uganda, Zimbabwe, Bangladesh, South Africa, Pakistan, Tanzania, Nigeria, Malawi, DR Congo, Ghana, Cameroon, Mali).

ACLED's codebook: mob violence is violence by a crowd that is no organised armed group (lynching a suspected thief,
villagers torching a suspect's house); an attack is violence by an organised or armed actor on civilians. A party's
supporters attacking a chosen rival candidate or politician act as the party's militia (`crowds._party_attacks_rival`),
while supporters who clash, or riot, stay rioters. Attackers the text describes as a group ("attackers thought to be
Pokot raiders") are that group, and the noun "attackers" is never the deed (`sentence.find_trigger`). A party's members
named with the party's acronym in parentheses ("Chhatra League (BCL) members") are partisans all the same
(`demonstrations.PARTISANS`), a crowd, not an unidentified armed group. Youths or a gang the text says a party hired,
paid or recruited act as that party's militia whoever they attack (`roles.crowds.HIRED_BY_PARTY`)."""

from __future__ import annotations

import pytest

from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2024-05-01")


DESCRIBED_ATTACKERS = [
    ("KE", "Attackers thought to be Pokot raiders shot dead two herdsmen near Kapedo on Sunday.",
     "Pokot Ethnic Militia (Kenya)", "Civilians (Kenya)"),
    ("ET", "Attackers believed to be Hamar raiders killed four shepherds near Turmi on Monday.",
     "Hamar Ethnic Militia (Ethiopia)", "Civilians (Ethiopia)"),
    ("SS", "Attackers suspected to be Murle raiders killed two women near Pibor on Friday.",
     "Murle Ethnic Militia (South Sudan)", "Civilians (South Sudan)"),
    ("UG", "Attackers thought to be Karamojong warriors shot dead a herdsman near Moroto.",
     "Karamojong Ethnic Militia (Uganda)", "Civilians (Uganda)"),
    ("KE", "Assailants believed to be Turkana raiders killed a boy near Lokori and drove off goats.",
     "Turkana Ethnic Militia (Kenya)", "Civilians (Kenya)"),
    ("SS", "Attackers said to be Dinka raiders killed three cattle keepers near Tonj on Wednesday.",
     "Dinka Ethnic Militia (South Sudan)", "Civilians (South Sudan)"),
]


@pytest.mark.parametrize(("code", "text", "first", "second"), DESCRIBED_ATTACKERS)
def test_attackers_described_as_a_militia_are_that_militia_attacking_civilians(code, text, first, second):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", first, second)


PARTISAN_ATTACKS = [
    ("KE", "ODM supporters attacked a PNU parliamentary aspirant in Kisumu on Monday, injuring him.",
     "ODM: Orange Democratic Movement", "Kenya"),
    ("KE", "PNU supporters stoned the convoy of an ODM candidate near Nakuru on Tuesday.",
     "Party of National Unity", "Kenya"),
    ("ZW", "ZANU-PF supporters assaulted an opposition councillor in Mutare on Saturday.",
     "ZANU-PF: Zimbabwe African National Union-Patriotic Front", "Zimbabwe"),
    ("BD", "Supporters of the Awami League attacked an independent candidate in Bogura on Friday.",
     "AL: Awami League", "Bangladesh"),
    ("BD", "BNP supporters beat up a rival candidate in Feni on Thursday.",
     "BNP: Bangladesh Nationalist Party", "Bangladesh"),
    ("ZA", "ANC supporters attacked an EFF councillor outside a hall in Soweto on Sunday.",
     "ANC: African National Congress", "South Africa"),
    ("UG", "Supporters of the National Unity Platform attacked the motorcade of a rival candidate in Masaka, injuring two.",
     "NUP: National Unity Platform", "Uganda"),
    ("PK", "PTI supporters assaulted a rival candidate outside a polling camp in Mardan.",
     "PTI: Pakistan Tehreek-e-Insaf", "Pakistan"),
]


@pytest.mark.parametrize(("code", "text", "party", "country"), PARTISAN_ATTACKS)
def test_supporters_attacking_a_rival_politician_are_the_party_attacking_a_civilian(code, text, party, country):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", party, f"Civilians ({country})")


CROWDS = [
    ("KE", "ODM and PNU supporters clashed in Kisumu on Monday, injuring five.", "Kenya"),
    ("ZA", "ANC supporters looted shops in Durban on Tuesday.", "South Africa"),
    ("TZ", "Villagers set ablaze the house of a man accused of witchcraft near Geita on Sunday.", "Tanzania"),
    ("KE", "A mob lynched two suspected thieves in Kakamega on Saturday.", "Kenya"),
    ("NG", "An angry crowd beat a suspected kidnapper to death in Owerri on Monday.", "Nigeria"),
    ("MW", "Residents stoned to death an elderly woman they accused of witchcraft in Nsanje.", "Malawi"),
    ("UG", "A mob burned a suspected motorcycle thief to death in Mbale on Friday.", "Uganda"),
    ("CD", "Residents of Goma lynched a suspected phone thief on Wednesday.", "Democratic Republic of Congo"),
    ("GH", "A mob attacked two suspected robbers at a market in Kumasi on Tuesday.", "Ghana"),
]


@pytest.mark.parametrize(("code", "text", "country"), CROWDS)
def test_unorganised_crowds_stay_rioters_in_mob_violence(code, text, country):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1) == ("Mob violence", f"Rioters ({country})")


UNSEEN_ATTACKERS = [
    ("NG", "Unknown assailants shot dead a trader in Onitsha on Monday.", "Nigeria"),
    ("CM", "Attackers killed a teacher in Bamenda on Tuesday.", "Cameroon"),
    ("ML", "Unidentified attackers killed a village chief near Segou on Thursday.", "Mali"),
    ("GH", "Suspected thugs attacked a radio presenter in Tamale on Sunday.", "Ghana"),
    ("KE", "Gunmen killed three herdsmen near Baragoi on Monday.", "Kenya"),
]


@pytest.mark.parametrize(("code", "text", "country"), UNSEEN_ATTACKERS)
def test_unidentified_attackers_are_an_armed_group_not_a_mob(code, text, country):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", f"Unidentified Armed Group ({country})", f"Civilians ({country})")


PARTISANS_WITH_ACRONYM = [
    ("BD", "Jatiotabadi Chatra Dal (JCD) members assaulted three students at a college in Rajshahi on Monday.",
     "Bangladesh"),
    ("BD", "Chhatra League (BCL) members assaulted two students in a dormitory in Sylhet.", "Bangladesh"),
    ("PK", "Pakistan Tehreek-e-Insaf (PTI) members assaulted a shopkeeper in Peshawar on Friday.", "Pakistan"),
    ("ZA", "Economic Freedom Fighters (EFF) members assaulted a shop owner in Polokwane.", "South Africa"),
]


@pytest.mark.parametrize(("code", "text", "country"), PARTISANS_WITH_ACRONYM)
def test_party_members_named_with_their_acronym_in_parentheses_are_a_crowd(code, text, country):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", f"Rioters ({country})", f"Civilians ({country})")


HIRED_BY_PARTY = [
    ("ZA", "Young men hired by the ANC attacked residents of an informal settlement in Durban, injuring six.",
     "ANC: African National Congress", "South Africa"),
    ("BD", "Youths recruited by the BNP attacked a bus driver in Narayanganj on Sunday.",
     "BNP: Bangladesh Nationalist Party", "Bangladesh"),
    ("KE", "A gang of youths paid by PNU officials attacked two shopkeepers in Naivasha.",
     "Party of National Unity", "Kenya"),
    ("ZW", "Youths paid by ZANU-PF attacked villagers in Mudzi on Sunday, injuring three.",
     "ZANU-PF: Zimbabwe African National Union-Patriotic Front", "Zimbabwe"),
    ("KE", "Youths hired by ODM attacked traders at a market in Kisumu on Monday, injuring four.",
     "ODM: Orange Democratic Movement", "Kenya"),
]


@pytest.mark.parametrize(("code", "text", "party", "country"), HIRED_BY_PARTY)
def test_youths_a_party_hired_or_paid_attack_as_its_militia(code, text, party, country):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", party, f"Civilians ({country})")
