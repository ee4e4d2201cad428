"""Event arguments as extract fills them, on short dispatches we wrote ourselves."""

from __future__ import annotations

import datetime as dt

from sitrep.api import extract_text


def _roles(text: str) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for event in extract_text(text, published=dt.date(2024, 3, 5)):
        for argument in event.arguments:
            assert text[argument.start : argument.end] == argument.text
            roles.setdefault(argument.role, set()).add(argument.text)
    return roles


def test_group_blamed_elsewhere_in_the_article_is_the_attacker() -> None:
    text = ("Gunmen attacked a bus on the road to Saravena on Monday, killing two passengers.\n\n"
            "The army blamed the ELN for the attack.")
    assert "ELN" in _roles(text)["attacker"]


def test_all_caps_wire_copy_gets_targets_and_named_victims() -> None:
    text = ("SAN MIGUEL, 4 MAR 24 (XNA) -- [TEXT] URBAN GUERRILLAS TODAY DYNAMITED THE OFFICES OF THE\n"
            "ELECTRIC COMPANY IN SAN MIGUEL AND KILLED MAYOR ROBERTO ALVARENGA, POLICE SAID.\n\n"
            "   THE POLICE ADDED THAT THE EXPLOSION DESTROYED TWO VEHICLES PARKED NEAR THE\n"
            "BUILDING AND THAT NOBODY ELSE WAS HURT IN THE ATTACK ON THE OFFICES.\n\n"
            "   THE GOVERNMENT CONDEMNED THE ATTACK AND SAID THE ARMY WOULD FIND THOSE RESPONSIBLE\n"
            "FOR THE MURDER OF THE MAYOR, WHO HAD RECEIVED THREATS SINCE JANUARY.\n")
    roles = _roles(text)
    assert any("GUERRILLAS" in a for a in roles["attacker"])
    assert any("OFFICES" in t for t in roles["target"])
    assert any("ALVARENGA" in v for v in roles["victim"])


def test_a_person_named_by_surname_takes_the_fullest_name_the_article_gives() -> None:
    text = ("Gunmen shot and killed Carmen Elisa Baptista in Kisangani on Sunday. "
            "Two days later a second group of gunmen killed Baptista's brother.")
    events = extract_text(text, published=dt.date(2024, 3, 5))
    people = {a.person for e in events for a in e.arguments if a.person}
    assert people == {"Carmen Elisa Baptista"}
    assert all(a.person is None for e in events for a in e.arguments if a.role != "victim")


def test_a_question_reports_no_event() -> None:
    assert extract_text("Who fired the rockets that hit the market in Gao on Tuesday?",
                        published=dt.date(2024, 3, 5)) == []
